// Where each planned sheet goes and what the commit and the recovery after a failure must do.
// Pure: the Office.js writer carries these decisions out.
import type { SheetPlan } from '../../workbook/sheet-plan';
import type { SheetInfo } from '../../workbook/snapshot';
import { placeSheet, finalName } from '../../workbook/placement';
import { excelNameKey } from '../../workbook/names';
import { OWNERSHIP_NAMES, PENDING_MARK_PREFIX, sheetOfReference } from '../memory/ownership';

export interface WorkbookFacts {
  sheets: Array<{ name: string; id: string }>;
  /** Workbook-scoped defined names and their formulas ('=Beslutsunderlag!$A$1'). */
  names: Array<{ name: string; formula: string }>;
  tables: string[];
}

export interface SheetWrite {
  plan: SheetPlan;
  /** The name the new sheet is written under (never an existing sheet's). */
  writeName: string;
  /** The name it ends with once the add-in's earlier sheet of the kind is gone. */
  finalName: string;
  /** The add-in's earlier sheet of this kind, replaced at commit. */
  replaces: { name: string; id: string; tempName: string } | null;
  /** The ownership mark to point at the new sheet; null for input sheets. */
  mark: { name: string; previousFormula: string | null } | null;
  /** Table names, unique in the workbook (the old sheet's tables still exist while writing). */
  tableNames: string[];
  /** The defined name that marks the new sheet as being written, until the commit removes it. */
  pendingMark: string;
}

const lower = excelNameKey;

/** The add-in's sheets: those its ownership marks name, and half-written ones (pending marks). */
export function ownedSheets(facts: WorkbookFacts): SheetInfo[] {
  const owned = new Set<string>();
  for (const markName of Object.values(OWNERSHIP_NAMES)) {
    const item = facts.names.find((n) => lower(n.name) === lower(markName));
    const sheet = item ? sheetOfReference(item.formula) : null;
    if (sheet) owned.add(lower(sheet));
  }
  for (const l of leftovers(facts)) if (l.sheet) owned.add(lower(l.sheet.name));
  return facts.sheets.map((s) => ({ name: s.name, ownedByAddin: owned.has(lower(s.name)) }));
}

/**
 * Pending marks of earlier writes that did not finish, with the sheet each still names (null: the
 * sheet is gone and only the name is left). A sheet an ownership mark names is never a leftover.
 */
export function leftovers(
  facts: WorkbookFacts,
): Array<{ mark: string; sheet: { name: string; id: string } | null }> {
  const live = new Set(
    Object.values(OWNERSHIP_NAMES)
      .map((m) => facts.names.find((n) => lower(n.name) === lower(m)))
      .map((n) => (n ? sheetOfReference(n.formula) : null))
      .filter((s): s is string => !!s)
      .map(lower),
  );
  return facts.names
    .filter((n) => lower(n.name).startsWith(lower(PENDING_MARK_PREFIX)))
    .map((n) => {
      const name = sheetOfReference(n.formula);
      const sheet = name ? (facts.sheets.find((s) => lower(s.name) === lower(name)) ?? null) : null;
      return { mark: n.name, sheet: sheet && !live.has(lower(sheet.name)) ? sheet : null };
    });
}

export function planSheetWrites(plans: readonly SheetPlan[], facts: WorkbookFacts): SheetWrite[] {
  const infos = ownedSheets(facts);
  const taken: string[] = [];
  const tableNames = new Set(facts.tables.map(lower));
  const writes: SheetWrite[] = [];
  for (const plan of plans) {
    let previous: string | null = null;
    let mark: SheetWrite['mark'] = null;
    if (plan.kind !== 'inputs') {
      const markName = OWNERSHIP_NAMES[plan.kind];
      const item = facts.names.find((n) => lower(n.name) === lower(markName));
      mark = { name: item?.name ?? markName, previousFormula: item?.formula ?? null };
      const referred = item ? sheetOfReference(item.formula) : null;
      previous = referred
        ? (facts.sheets.find((s) => lower(s.name) === lower(referred))?.name ?? null)
        : null;
    }
    const placement = placeSheet(plan.name, infos, previous, taken);
    taken.push(placement.name);
    let replaces: SheetWrite['replaces'] = null;
    if (placement.replaces) {
      const old = facts.sheets.find((s) => lower(s.name) === lower(placement.replaces!))!;
      const tempName = freeName('~Insatsbudget', [...facts.sheets.map((s) => s.name), ...taken]);
      taken.push(tempName);
      replaces = { name: old.name, id: old.id, tempName };
    }
    const afterDelete = infos.filter((s) => !replaces || lower(s.name) !== lower(replaces.name));
    const otherWrites = writes.map((w) => ({ name: w.finalName, ownedByAddin: true }));
    const final =
      plan.kind === 'inputs'
        ? placement.name
        : finalName(placement, plan.name, [...afterDelete, ...otherWrites]);
    const names: string[] = [];
    for (const t of plan.tables) {
      let candidate = t.name;
      for (let n = 2; tableNames.has(lower(candidate)); n++) candidate = `${t.name}${n}`;
      tableNames.add(lower(candidate));
      names.push(candidate);
    }
    const pendingMark = freeName(PENDING_MARK_PREFIX, [
      ...facts.names.map((n) => n.name),
      ...writes.map((w) => w.pendingMark),
    ]);
    writes.push({
      plan,
      writeName: placement.name,
      finalName: final,
      replaces,
      mark,
      tableNames: names,
      pendingMark,
    });
  }
  return writes;
}

function freeName(base: string, used: readonly string[]): string {
  const usedLower = new Set(used.map(lower));
  for (let n = 1; ; n++) {
    const candidate = `${base}${n}`;
    if (!usedLower.has(lower(candidate))) return candidate;
  }
}

/** What to do after a failed write, from the workbook as it now is. */
export type Recovery =
  /** Every earlier sheet is still there: remove the new sheets, restore names and marks. */
  | {
      mode: 'rollback';
      deleteIds: string[];
      renames: Array<{ id: string; to: string }>;
      marks: Array<{ name: string; formula: string | null }>;
    }
  /** An earlier sheet is already deleted, so the new (complete) sheets are kept and the commit finished. */
  | {
      mode: 'forward';
      deleteIds: string[];
      renames: Array<{ id: string; to: string }>;
      marks: Array<{ name: string; sheetId: string }>;
    };

/**
 * before: the sheet ids at the first sync; now: the workbook after the failure. A new sheet is one
 * whose id was not there before and whose name is one the write used.
 */
export function planRecovery(
  writes: readonly SheetWrite[],
  before: ReadonlySet<string>,
  now: WorkbookFacts,
  commitStarted: boolean,
): Recovery {
  const newSheetOf = (w: SheetWrite) =>
    now.sheets.find(
      (s) =>
        !before.has(s.id) && (lower(s.name) === lower(w.writeName) || lower(s.name) === lower(w.finalName)),
    );
  const olds = writes.filter((w) => w.replaces);
  const allOldsThere = olds.every((w) => now.sheets.some((s) => s.id === w.replaces!.id));
  const allNewThere = writes.every((w) => newSheetOf(w));
  if (allOldsThere || !commitStarted || !allNewThere) {
    const deleteIds = writes
      .map(newSheetOf)
      .filter((s): s is { name: string; id: string } => !!s)
      .map((s) => s.id);
    const renames = olds
      .map((w) => ({ w, s: now.sheets.find((s) => s.id === w.replaces!.id) }))
      .filter(({ w, s }) => s && s.name !== w.replaces!.name)
      .map(({ w }) => ({ id: w.replaces!.id, to: w.replaces!.name }));
    // Every mark is restored: its text may read the same while it points at the new sheet.
    const marks = writes
      .filter((w) => w.mark)
      .map((w) => ({ name: w.mark!.name, formula: w.mark!.previousFormula }));
    return { mode: 'rollback', deleteIds, renames, marks };
  }
  const deleteIds = olds
    .filter((w) => now.sheets.some((s) => s.id === w.replaces!.id))
    .map((w) => w.replaces!.id);
  const renames: Array<{ id: string; to: string }> = [];
  const marks: Array<{ name: string; sheetId: string }> = [];
  for (const w of writes) {
    const s = newSheetOf(w)!;
    if (s.name !== w.finalName) renames.push({ id: s.id, to: w.finalName });
    if (w.mark) marks.push({ name: w.mark.name, sheetId: s.id });
  }
  return { mode: 'forward', deleteIds, renames, marks };
}
