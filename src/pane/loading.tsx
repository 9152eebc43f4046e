// The pane's first paint in Excel: the frame and a "reading the workbook" spinner, from the small
// first download, while the pane itself (session, contract, engine, views, Fluent, the Excel adapter)
// arrives in its own chunk. With figures from last time (a FirstView) it draws them marked as being
// checked against the workbook, never as current; without, it shows no figure. Plain React and CSS
// (first-paint/style.ts): no Fluent in the first download.
import type { PaneTheme } from './shell/Pane';
import type { FirstView } from '../session/views/first-view-model';
import { FirstPaint, PlainProvider, PlainSpinner } from './first-paint/FirstPaint';
import type { VerifiedPaint } from './first-paint/verified';

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

/**
 * As resolveLanguage (src/i18n) decides: the language the user saved in the pane when there is one,
 * else Swedish unless Office says otherwise.
 */
export function loadingLanguage(
  officeLanguage: string | null,
  saved: 'sv' | 'en' | null = null,
): 'sv' | 'en' {
  if (saved) return saved;
  return !officeLanguage || officeLanguage.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

export function PaneLoading({
  theme,
  officeLanguage,
  savedLanguage = null,
  failed = false,
  firstView = null,
  preview = false,
  verified = null,
}: {
  theme: PaneTheme;
  officeLanguage: string | null;
  /** The language the user chose in the pane, as the host keeps it (null: none chosen). */
  savedLanguage?: 'sv' | 'en' | null;
  failed?: boolean;
  /** Figures from last time: drawn as the pane will draw them, marked as being checked. */
  firstView?: FirstView | null;
  preview?: boolean;
  /**
   * The session's own figures, computed before the pane's code has arrived (excel-session.ts):
   * drawn as verified in place of the figures from last time or the spinner.
   */
  verified?: VerifiedPaint | null;
}) {
  const lang = loadingLanguage(officeLanguage, savedLanguage);
  const text = LOADING_TEXT[lang];
  if ((firstView || verified) && !failed)
    return (
      <PlainProvider theme={theme} style={{ minHeight: '100vh' }}>
        <FirstPaint
          view={firstView?.[lang] ?? verified!.view}
          checking={text.firstPaintChecking}
          preview={preview}
          lang={lang}
          verified={verified}
        />
      </PlainProvider>
    );
  return (
    <PlainProvider theme={theme} style={{ minHeight: '100vh', padding: 12 }}>
      <div lang={lang}>
        {failed ? (
          <p role="alert">{text.failed}</p>
        ) : (
          // As Fluent's Spinner with a label: the ring, and its words under it, said as they change.
          <div className="fp-loading" role="progressbar" aria-label={text.loading}>
            <PlainSpinner large />
            <span>{text.loading}</span>
          </div>
        )}
      </div>
    </PlainProvider>
  );
}
