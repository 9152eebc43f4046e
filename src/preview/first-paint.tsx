// The preview page's first paint, from its first download alone: the preview's frame with, in the
// pane's column, the built-in example's decision years and frame strip as the session computed them
// at build time (example-first-view.json, kept equal to the session's output by
// test/preview/first-view.test.ts), marked as being checked. The preview itself (pane, session,
// engine, grids) loads meanwhile and replaces this; its pane shows the same figures, still marked,
// until it has read the example workbook and its own figures take their place.
import { FluentProvider } from '@fluentui/react-components';
import { FirstPaint, type FirstView } from '../pane/first-paint/FirstPaint';
import { LOADING_TEXT, loadingLanguage } from '../pane/loading';
import { PREVIEW_THEMES, PreviewBanner, usePreviewStyles, type PreviewTheme } from './preview-frame';
import { PREVIEW_STRINGS } from './strings';

export function PreviewFirstPaint({
  firstView,
  officeLanguage,
  theme,
}: {
  firstView: FirstView;
  officeLanguage: string | null;
  theme: PreviewTheme;
}) {
  const styles = usePreviewStyles();
  const lang = loadingLanguage(officeLanguage);
  const noop = () => {};
  return (
    <FluentProvider theme={PREVIEW_THEMES[theme]} className={styles.page}>
      <PreviewBanner lang={lang} disabled onOpen={noop} onDownload={noop} />
      <div className={styles.main}>
        <div className={styles.pane} data-testid="pane">
          <FluentProvider theme={PREVIEW_THEMES[theme]} style={{ minHeight: '100vh' }}>
            <FirstPaint
              view={firstView[lang]}
              checking={LOADING_TEXT[lang].firstPaintChecking}
              preview
              lang={lang}
            />
          </FluentProvider>
        </div>
        <section className={styles.grids} aria-label={PREVIEW_STRINGS[lang].gridRegion} />
      </div>
    </FluentProvider>
  );
}
