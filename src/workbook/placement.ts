// Where a planned sheet goes: over the add-in's own earlier sheet of the same kind, or under a
// free name when a user's sheet has the preferred one. A user's sheet is never a target.
import type { SheetInfo } from './snapshot';
import { excelNameKey } from './names';

export interface Placement {
  /** The add-in's earlier sheet of this kind, to be deleted once the new one is complete. */
  replaces: string | null;
  /** The name the new sheet gets. */
  name: string;
}

/**
 * previousOwned: the sheet the ownership mark of this kind points at, if any.
 * Names are compared case-insensitively, as Excel does.
 */
export function placeSheet(
  preferred: string,
  sheets: readonly SheetInfo[],
  previousOwned: string | null,
  taken: readonly string[] = [],
): Placement {
  const lower = excelNameKey;
  const used = new Set([...sheets.map((s) => lower(s.name)), ...taken.map(lower)]);
  const replaces =
    previousOwned && sheets.some((s) => lower(s.name) === lower(previousOwned) && s.ownedByAddin)
      ? previousOwned
      : null;
  // The new sheet is written beside the old one first (atomicity), so it never reuses the old name
  // directly; the writer renames it to the preferred name after deleting the old sheet.
  let name = preferred;
  for (let n = 2; used.has(lower(name)); n++) name = `${preferred} (${n})`.slice(0, 31);
  return { replaces, name };
}

/** The name to rename the new sheet to after the old one is gone: the old one's, if it was ours. */
export function finalName(
  placement: Placement,
  preferred: string,
  sheetsAfterDelete: readonly SheetInfo[],
): string {
  const lower = excelNameKey;
  if (lower(placement.name) === lower(preferred)) return placement.name;
  const taken = (name: string) => sheetsAfterDelete.some((s) => lower(s.name) === lower(name));
  if (!taken(preferred)) return preferred;
  // A user's sheet holds the preferred name: keep the name our earlier sheet had, so that
  // rewriting the summary does not walk from "Beslutsunderlag (2)" to "(3)".
  if (placement.replaces && !taken(placement.replaces)) return placement.replaces;
  return placement.name;
}
