// Where Excel's pane keeps its first view between starts: the user's browser storage for the add-in
// (localStorage, under Office.context.partitionKey as Microsoft advises), one entry for the last
// workbook the pane computed, named by the document's URL. Not in the document's settings: the
// figures change with every cut, and writing them there would change the user's file and a
// co-author's on every cut. Read synchronously at start, before anything else has loaded; anything
// unreadable is ignored (the pane then starts with its spinner, as without a cache).
import { storedFirstView, type FirstView } from '../../session/views/first-view-model';

export const FIRST_VIEW_KEY = 'Insatsbudget.firstView';

function storageKey(): string {
  let partition: string | undefined;
  try {
    partition = Office.context.partitionKey;
  } catch {
    partition = undefined;
  }
  return `${partition ?? ''}${FIRST_VIEW_KEY}`;
}

/** The saved workbook's address; null for a new, unsaved one (nothing to tell it apart by). */
function documentUrl(): string | null {
  try {
    return Office.context.document?.url || null;
  } catch {
    return null;
  }
}

export function loadFirstView(): FirstView | null {
  const url = documentUrl();
  if (!url) return null;
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey()) ?? 'null') as {
      url?: unknown;
      view?: unknown;
    } | null;
    return raw?.url === url ? storedFirstView(raw.view) : null;
  } catch {
    return null;
  }
}

export function keepFirstView(view: FirstView): void {
  const url = documentUrl();
  if (!url) return;
  try {
    localStorage.setItem(storageKey(), JSON.stringify({ url, view }));
  } catch {
    // Full or refused: the next start shows the spinner instead.
  }
}
