// The first paint once the session has read and computed the workbook: its own figures (the same
// view models Översikt draws), marked as verified the way the pane marks them (no checking line,
// main no longer busy, the live region saying how the check of the figures from last time came
// out). Loaded with the session, not in the first download: it needs the session and the strings.
import {
  firstViewOf,
  sameFigures,
  type FirstView,
  type FirstViewText,
  type SessionState,
} from '../../session';
import { stringsFor } from '../../i18n';

/** How the figures from last time (firstView) compare with the session's; null without them. */
export function firstViewCheck(
  firstView: FirstView | null,
  state: SessionState,
): 'checking' | 'checked' | 'changed' | null {
  if (!firstView) return null;
  if (state.phase === 'loading') return 'checking';
  const now = firstViewOf(state);
  return now && sameFigures(now[state.lang], firstView[state.lang]) ? 'checked' : 'changed';
}

/** The words the live region says for a check (empty without figures from last time). */
export function firstViewCheckText(check: ReturnType<typeof firstViewCheck>, lang: 'sv' | 'en'): string {
  const s = stringsFor(lang);
  if (check === 'checking') return s.firstPaintChecking;
  if (check === 'checked') return s.firstPaintChecked;
  if (check === 'changed') return s.firstPaintChanged;
  return '';
}

/** What the first paint draws with the session's own figures. */
export interface VerifiedPaint {
  view: FirstViewText;
  lang: 'sv' | 'en';
  /** What the live region says: the check's outcome, or nothing without figures from last time. */
  status: string;
}

/**
 * The session's figures for the first paint, once it has computed them; null while it reads, and
 * when there is nothing for Översikt's decision years (a new workbook, a failed read, no frame):
 * then the pane itself is awaited.
 */
export function verifiedPaint(state: SessionState, firstView: FirstView | null): VerifiedPaint | null {
  const view = firstViewOf(state);
  if (!view) return null;
  return {
    view: view[state.lang],
    lang: state.lang,
    status: firstViewCheckText(firstViewCheck(firstView, state), state.lang),
  };
}
