// The pane's frame (header, controls, tabs), shared with the first paint (src/pane/first-paint) so
// that what is drawn before the session has loaded sits where the pane will draw it.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useShellStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    justifyContent: 'space-between',
  },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  tabs: { flexWrap: 'wrap' },
  main: { minWidth: 0 },
  // The first paint's stand-in for the controls, as tall as a small Field with its label, so that
  // nothing below moves when the pane takes over.
  controlsPlaceholder: { minHeight: '46px' },
  checking: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flex: '1 1 160px',
    alignSelf: 'center',
    color: tokens.colorNeutralForeground2,
  },
  status: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
