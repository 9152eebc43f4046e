// The frame strip's look, shared with the first paint (src/pane/first-paint), so that the strip
// drawn from the cached figures and the live one are the same.
import type { CSSProperties } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

/** Heard by screen readers, not seen. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export const useStripStyles = makeStyles({
  strip: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} 0`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  line: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: 0 },
  item: { whiteSpace: 'nowrap' },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  room: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  change: { color: tokens.colorNeutralForeground2 },
  own: { color: tokens.colorNeutralForeground2 },
  name: { maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});
