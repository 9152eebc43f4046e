// What the add-in keeps in the user's browser storage rather than in the document: the display
// language the user chose, and the first view (the figures the pane last computed for a workbook).
// localStorage, each key prefixed with Office.context.partitionKey (Microsoft's guidance for add-ins
// that use localStorage: the partition key keeps the add-in's data apart where Office partitions
// storage). Read synchronously, so that the pane's first paint (src/pane/index.tsx) can use both
// before anything else has loaded; this module is in that first download and imports nothing.
// Anything unreadable or refused is ignored: never a crash.

/** The display language is the user's, not the document's. */
export const LANGUAGE_KEY = 'Insatsbudget.language';
/** One entry: the last workbook the pane computed, named by the document's URL. */
export const FIRST_VIEW_KEY = 'Insatsbudget.firstView';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be refused (privacy settings).
    return null;
  }
}

/** key under Office's partition for this add-in (none outside a partitioned host). */
function partitioned(key: string): string {
  let partition: string | undefined;
  try {
    partition = Office.context.partitionKey;
  } catch {
    partition = undefined;
  }
  return `${partition ?? ''}${key}`;
}

/** The language the user chose in the pane; null when none was chosen (or it cannot be read). */
export function savedLanguage(): 'sv' | 'en' | null {
  try {
    const value = storage()?.getItem(partitioned(LANGUAGE_KEY));
    return value === 'sv' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export function keepLanguage(language: 'sv' | 'en' | null): void {
  try {
    const store = storage();
    if (!store) return;
    if (language === null) store.removeItem(partitioned(LANGUAGE_KEY));
    else store.setItem(partitioned(LANGUAGE_KEY), language);
  } catch {
    // Full or refused: the choice lasts for the session.
  }
}

/** The saved workbook's address; null for a new, unsaved one (nothing to tell it apart by). */
function documentUrl(): string | null {
  try {
    return Office.context.document?.url || null;
  } catch {
    return null;
  }
}

/**
 * The first view kept for this workbook, as stored (the pane checks its shape and version:
 * storedFirstView in src/session); null when there is none for this document.
 * Not in the document's settings: the figures change with every cut, and writing them there would
 * change the user's file, and a co-author's, on every cut.
 */
export function loadFirstView(): unknown {
  const url = documentUrl();
  if (!url) return null;
  try {
    const raw = JSON.parse(storage()?.getItem(partitioned(FIRST_VIEW_KEY)) ?? 'null') as {
      url?: unknown;
      view?: unknown;
    } | null;
    return raw?.url === url ? (raw.view ?? null) : null;
  } catch {
    return null;
  }
}

export function keepFirstView(view: unknown): void {
  const url = documentUrl();
  if (!url) return;
  try {
    storage()?.setItem(partitioned(FIRST_VIEW_KEY), JSON.stringify({ url, view }));
  } catch {
    // Full or refused: the next start shows the spinner instead.
  }
}
