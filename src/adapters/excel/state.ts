// The add-in's state in the workbook: Office.context.document.settings. Settings are stored in the
// file itself (per add-in), so a reopened, copied or shared workbook restores the active scenario
// for anyone who opens it with Insatsbudget; they need no newer requirement set than ExcelApi 1.7
// and no XML. (A custom XML part would also work but needs XML handling for four fields.)
import type { AddinState } from '../../workbook/port';
import { EMPTY_STATE } from '../../workbook/port';

export const STATE_KEY = 'Insatsbudget.state';

function settings(): Office.Settings {
  return Office.context.document.settings;
}

/** Reads the settings as stored in the document (a co-author may have saved newer ones). */
export async function loadState(): Promise<AddinState> {
  const s = settings();
  if (typeof s.refreshAsync === 'function') {
    await new Promise<void>((resolve) => s.refreshAsync(() => resolve()));
  }
  return parseState(s.get(STATE_KEY));
}

export async function saveState(state: AddinState): Promise<void> {
  const s = settings();
  s.set(STATE_KEY, { ...state });
  await new Promise<void>((resolve, reject) =>
    s.saveAsync((result) => {
      if (String(result.status) === 'failed')
        reject(new Error(result.error?.message ?? 'Settings could not be saved'));
      else resolve();
    }),
  );
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
