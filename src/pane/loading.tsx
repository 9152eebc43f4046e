// The pane's first paint in Excel: the frame and a "reading the workbook" spinner, from the small
// first download, while the pane itself (session, contract, engine, views, the Excel adapter)
// arrives in its own chunk. With figures from last time (a FirstView) it draws them marked as being
// checked against the workbook, never as current; without, it shows no figure.
import { FluentProvider, Spinner } from '@fluentui/react-components';
import { FLUENT_THEMES } from './theme';
import type { PaneTheme } from './shell/Pane';
import type { FirstView } from '../session/views/first-view-model';
import { FirstPaint } from './first-paint/FirstPaint';

/**
 * The three messages, here rather than from src/i18n so that the whole catalogue stays out of the
 * first download; test/pane/loading.test.tsx keeps them equal to the catalogue's.
 */
export const LOADING_TEXT = {
  sv: {
    loading: 'Läser arbetsboken …',
    firstPaintChecking: 'Siffror från förra gången. Kontrollerar mot arbetsboken …',
    failed: 'Tillägget kunde inte laddas. Stäng fönstret och öppna det igen.',
  },
  en: {
    loading: 'Reading the workbook …',
    firstPaintChecking: 'Figures from last time. Checking against the workbook …',
    failed: 'The add-in could not be loaded. Close the pane and open it again.',
  },
} as const;

/** As resolveLanguage (src/i18n) decides before a saved choice is known: Swedish unless Office says otherwise. */
export function loadingLanguage(officeLanguage: string | null): 'sv' | 'en' {
  return !officeLanguage || officeLanguage.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

export function PaneLoading({
  theme,
  officeLanguage,
  failed = false,
  firstView = null,
  preview = false,
}: {
  theme: PaneTheme;
  officeLanguage: string | null;
  failed?: boolean;
  /** Figures from last time: drawn as the pane will draw them, marked as being checked. */
  firstView?: FirstView | null;
  preview?: boolean;
}) {
  const lang = loadingLanguage(officeLanguage);
  const text = LOADING_TEXT[lang];
  if (firstView && !failed)
    return (
      <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh' }}>
        <FirstPaint view={firstView[lang]} checking={text.firstPaintChecking} preview={preview} lang={lang} />
      </FluentProvider>
    );
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh', padding: 12 }}>
      {failed ? <p role="alert">{text.failed}</p> : <Spinner label={text.loading} />}
    </FluentProvider>
  );
}
