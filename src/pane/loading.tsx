// The pane's first paint in Excel: the frame and a "reading the workbook" spinner, from the small
// first download, while the pane itself (session, contract, engine, views, the Excel adapter)
// arrives in its own chunk. Shows no figure, so nothing it shows can be stale.
import { FluentProvider, Spinner } from '@fluentui/react-components';
import { FLUENT_THEMES } from './theme';
import type { PaneTheme } from './shell/Pane';

/**
 * The two messages, here rather than from src/i18n so that the whole catalogue stays out of the
 * first download; test/pane/loading.test.tsx keeps them equal to the catalogue's.
 */
export const LOADING_TEXT = {
  sv: {
    loading: 'Läser arbetsboken …',
    failed: 'Tillägget kunde inte laddas. Stäng fönstret och öppna det igen.',
  },
  en: {
    loading: 'Reading the workbook …',
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
}: {
  theme: PaneTheme;
  officeLanguage: string | null;
  failed?: boolean;
}) {
  const text = LOADING_TEXT[loadingLanguage(officeLanguage)];
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh', padding: 12 }}>
      {failed ? <p role="alert">{text.failed}</p> : <Spinner label={text.loading} />}
    </FluentProvider>
  );
}
