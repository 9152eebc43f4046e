// The add-in's state in the workbook: Office.context.document.settings. Settings are stored in the
// file itself (per add-in), so a reopened, copied or shared workbook restores the active scenario
// for anyone who opens it with Insatsbudget; they need no newer requirement set than ExcelApi 1.7
// and no XML. (A custom XML part would also work but needs XML handling for four fields.) The
// display language is the user's own (see AddinStateStore).
import type { AddinState } from '../../workbook/port';
import { EMPTY_STATE } from '../../workbook/port';
import { keepLanguage, savedLanguage } from './local-store';

export const STATE_KEY = 'Insatsbudget.state';
/** The display language is the user's, not the document's: browser storage, per add-in (local-store.ts). */
export { LANGUAGE_KEY } from './local-store';

function settings(): Office.Settings {
  return Office.context.document.settings;
}

type DocumentKey = Exclude<keyof AddinState, 'language'>;
const DOCUMENT_KEYS: readonly DocumentKey[] = ['activeScenario', 'summaryFingerprint', 'summaryWrittenAt'];

/**
 * Document settings are per add-in instance: each holds its own copy in memory, and saveAsync
 * writes that whole copy back to the document (Office.Settings; refreshAsync "reads all settings
 * persisted in the document and refreshes the ... add-in's copy of those settings held in
 * memory"). A co-author's stale copy would overwrite the other's activeScenario or
 * summaryFingerprint. So every save refreshes first and writes back only the keys this instance
 * changed, onto what is stored now.
 *
 * The language is kept per user in localStorage (local-store.ts, under Office.context.partitionKey),
 * never in the shared document.
 */
export class AddinStateStore {
  /** What this instance last read or wrote: what a save compares with. */
  private known: AddinState = { ...EMPTY_STATE };

  async load(): Promise<AddinState> {
    const stored = parseState(await refreshed());
    // A document written before the language moved out of it still carries one: a fallback.
    this.known = { ...stored, language: savedLanguage() ?? stored.language };
    return { ...this.known };
  }

  async save(state: AddinState): Promise<void> {
    if (state.language !== this.known.language) keepLanguage(state.language);
    const changed = DOCUMENT_KEYS.filter((k) => state[k] !== this.known[k]);
    if (changed.length > 0) {
      const current = parseState(await refreshed());
      const merged: AddinState = { ...current, language: null };
      for (const k of changed) merged[k] = state[k];
      const s = settings();
      s.set(STATE_KEY, { ...merged });
      await new Promise<void>((resolve, reject) =>
        s.saveAsync((result) => {
          if (String(result.status) === 'failed')
            reject(new Error(result.error?.message ?? 'Settings could not be saved'));
          else resolve();
        }),
      );
      this.known = { ...merged, language: state.language };
    } else this.known = { ...this.known, language: state.language };
  }
}

/** The settings as stored in the document now (a co-author may have saved newer ones). */
async function refreshed(): Promise<unknown> {
  const s = settings();
  if (typeof s.refreshAsync === 'function')
    await new Promise<void>((resolve) => s.refreshAsync(() => resolve()));
  return s.get(STATE_KEY);
}

/** Anything unreadable falls back field by field to the empty state: never a crash. */
export function parseState(raw: unknown): AddinState {
  if (!raw || typeof raw !== 'object') return { ...EMPTY_STATE };
  const r = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    activeScenario: text(r.activeScenario),
    language: r.language === 'sv' || r.language === 'en' ? r.language : null,
    summaryFingerprint: text(r.summaryFingerprint),
    summaryWrittenAt: text(r.summaryWrittenAt),
  };
}
