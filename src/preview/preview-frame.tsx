// The preview page's frame (banner, the pane's column beside the grids). The page's first paint
// (first-paint.tsx) draws the same frame in plain CSS, before Fluent has loaded; keep the two alike.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { DisplayLanguage } from './format-cell';
import { PREVIEW_STRINGS } from './strings';

export { themeFrom, type PreviewTheme } from './theme';

export const PREVIEW_THEMES = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export const usePreviewStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // Narrow (a phone, or a window as wide as a task pane): one column, the page itself scrolls.
    '@media (max-width: 759px)': {
      height: 'auto',
      minHeight: '100vh',
    },
  },
  banner: {
    flexShrink: 0,
    borderRadius: 0,
  },
  fileInput: {
    // Visually hidden but reachable for the label and for tests.
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  main: {
    display: 'flex',
    flexDirection: 'row',
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 759px)': {
      flexDirection: 'column',
    },
  },
  grids: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    order: 1,
    '@media (max-width: 759px)': {
      order: 2,
      height: '70vh',
      minHeight: '320px',
    },
  },
  tabs: {
    flexShrink: 0,
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  gridScroll: {
    flexGrow: 1,
    overflow: 'auto',
    minHeight: 0,
    backgroundColor: '#ffffff',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  pane: {
    order: 2,
    flexShrink: 0,
    width: 'clamp(320px, 30vw, 450px)',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 759px)': {
      order: 1,
      width: 'auto',
      borderLeft: 'none',
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      overflowY: 'visible',
    },
  },
  busy: {
    padding: tokens.spacingHorizontalM,
  },
  status: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
  },
});

/** What this page is, with the two things it can do with a workbook. */
export function PreviewBanner({
  lang,
  disabled,
  onOpen,
  onDownload,
}: {
  lang: DisplayLanguage;
  disabled: boolean;
  onOpen: () => void;
  onDownload: () => void;
}) {
  const styles = usePreviewStyles();
  const t = PREVIEW_STRINGS[lang];
  return (
    <div role="region" aria-label={t.bannerRegion}>
      <MessageBar intent="warning" layout="multiline" className={styles.banner} data-testid="preview-banner">
        <MessageBarBody>{t.banner}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onOpen} disabled={disabled}>
            {t.open}
          </Button>
          <Button size="small" appearance="primary" onClick={onDownload} disabled={disabled}>
            {t.download}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
