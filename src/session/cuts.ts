// The cuts a meeting makes, as Justeringar edits. One cut is one TableRowEdit (one undo step):
// a repeated change of the same kind rewrites the scenario's existing row instead of piling up
// rows (ten clicks on −5 leave one "Omfattning" row), and restoring deletes the rows that cut.
import type Decimal from 'decimal.js';
import type { Adjustment, AdjustmentAction, BudgetInput, IsoDate, RoundStatus } from '../engine/types';
import type { TableRowEdit } from '../workbook/port';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { appendAdjustments, removeAdjustmentRows, type NewAdjustment } from '../contract/adjustment-rows';
import type { FoundTables } from '../contract/read/find-tables';
import { tableOf } from './row-edits';
import { nameKey, sameName } from '../workbook/names';

export type Cut =
  /** fte as a fraction: 250 % is 2.5. */
  | { kind: 'setFte'; initiative: string; role: string; fte: Decimal; reason: string | null }
  | { kind: 'removeRole'; initiative: string; role: string; reason: string | null }
  | { kind: 'restoreRole'; initiative: string; role: string }
  | { kind: 'setEnd'; initiative: string; role: string | null; end: IsoDate; reason: string | null }
  | { kind: 'cap'; initiative: string; amount: Decimal; reason: string | null }
  | { kind: 'removeCap'; initiative: string }
  | { kind: 'removeInitiative'; initiative: string; reason: string | null }
  | { kind: 'restoreInitiative'; initiative: string };

/** What the session knows of the workbook as last read. */
export interface CutContext {
  snapshot: WorkbookSnapshot;
  input: BudgetInput;
  tables: FoundTables;
}

const sameRole = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : sameName(a, b);

function roleOf(a: Adjustment): string | null {
  return a.action === 'cap' ? null : a.role;
}

/** The scenario's adjustments of an initiative (and role), of the given actions, in table order. */
export function adjustmentsFor(
  input: BudgetInput,
  scenario: string,
  initiative: string,
  role: string | null,
  actions: readonly AdjustmentAction[],
): Adjustment[] {
  return input.adjustments.filter(
    (a) =>
      sameName(a.scenario, scenario) &&
      sameName(a.initiative, initiative) &&
      actions.includes(a.action) &&
      (a.action === 'cap' || sameRole(roleOf(a), role)),
  );
}

function worksheetRows(adjustments: readonly Adjustment[]): number[] {
  return adjustments.map((a) => a.source?.row).filter((row): row is number => typeof row === 'number');
}

/** Two edits of the same table as one (indexes of both refer to the table before either). */
function merge(a: TableRowEdit, b: TableRowEdit): TableRowEdit {
  return {
    table: a.table,
    append: [...a.append, ...b.append],
    update: [...a.update, ...b.update],
    remove: [...new Set([...a.remove, ...b.remove])].sort((x, y) => x - y),
  };
}

/**
 * Sets a value: rewrites the scenario's last row of the same action and role if there is one,
 * else appends a row. The reason given replaces the old one; none given keeps it.
 */
function upsert(ctx: CutContext, adjustment: NewAdjustment, existing: readonly Adjustment[]): TableRowEdit {
  const appended = appendAdjustments(ctx.tables, [adjustment]);
  const last = existing[existing.length - 1];
  const grid = tableOf(ctx.snapshot, appended.table);
  if (!last?.source || !grid) return appended;
  const cells = appendAdjustments(ctx.tables, [{ ...adjustment, reason: adjustment.reason ?? last.reason }])
    .append[0]!;
  const index = last.source.row - grid.headerRow - 1;
  return { table: appended.table, append: [], update: [{ index, cells }], remove: [] };
}

const WRITES_A_ROW: ReadonlySet<Cut['kind']> = new Set([
  'setFte',
  'removeRole',
  'setEnd',
  'cap',
  'removeInitiative',
]);

/** Per Insatser as read (the same array until the table changes): a cut does not walk it again. */
const statusByKey = new WeakMap<BudgetInput['initiatives'], Map<string, RoundStatus | undefined>>();

function isDecided(input: BudgetInput, initiative: string): boolean {
  let statuses = statusByKey.get(input.initiatives);
  if (!statuses) {
    statuses = new Map();
    // The first initiative of a name, as a search in table order would find it.
    for (const i of input.initiatives)
      if (!statuses.has(nameKey(i.name))) statuses.set(nameKey(i.name), i.roundStatus);
    statusByKey.set(input.initiatives, statuses);
  }
  const status = statuses.get(nameKey(initiative));
  return status === 'granted' || status === 'rejected';
}

/** The edit for a cut under a scenario; null when the cut changes nothing (e.g. restoring an intact role). */
export function cutEdit(ctx: CutContext, scenario: string, cut: Cut): TableRowEdit | null {
  // A granted or rejected initiative is decided: the engine would report the row as an error at its
  // cell, so no cut writes one. Restoring stays possible, to take such a row away again.
  if (WRITES_A_ROW.has(cut.kind) && isDecided(ctx.input, cut.initiative)) return null;
  const base = { scenario, initiative: cut.initiative };
  switch (cut.kind) {
    case 'setFte': {
      const removals = adjustmentsFor(ctx.input, scenario, cut.initiative, cut.role, ['remove']);
      const set = upsert(
        ctx,
        { ...base, role: cut.role, action: 'setFte', value: cut.fte, reason: cut.reason },
        adjustmentsFor(ctx.input, scenario, cut.initiative, cut.role, ['setFte']),
      );
      // Setting an FTE on a removed role brings it back at that FTE.
      return removals.length ? merge(set, removeAdjustmentRows(ctx.tables, worksheetRows(removals))) : set;
    }
    case 'removeRole': {
      if (adjustmentsFor(ctx.input, scenario, cut.initiative, cut.role, ['remove']).length) return null;
      return appendAdjustments(ctx.tables, [
        { ...base, role: cut.role, action: 'remove', value: null, reason: cut.reason },
      ]);
    }
    case 'restoreRole':
      return removing(
        ctx,
        adjustmentsFor(ctx.input, scenario, cut.initiative, cut.role, ['remove', 'setFte', 'setEnd']),
      );
    case 'setEnd':
      return upsert(
        ctx,
        { ...base, role: cut.role, action: 'setEnd', value: cut.end, reason: cut.reason },
        adjustmentsFor(ctx.input, scenario, cut.initiative, cut.role, ['setEnd']),
      );
    case 'cap':
      return upsert(
        ctx,
        { ...base, role: null, action: 'cap', value: cut.amount, reason: cut.reason },
        adjustmentsFor(ctx.input, scenario, cut.initiative, null, ['cap']),
      );
    case 'removeCap':
      return removing(ctx, adjustmentsFor(ctx.input, scenario, cut.initiative, null, ['cap']));
    case 'removeInitiative': {
      if (adjustmentsFor(ctx.input, scenario, cut.initiative, null, ['remove']).length) return null;
      return appendAdjustments(ctx.tables, [
        { ...base, role: null, action: 'remove', value: null, reason: cut.reason },
      ]);
    }
    case 'restoreInitiative':
      return removing(ctx, adjustmentsFor(ctx.input, scenario, cut.initiative, null, ['remove']));
  }
}

function removing(ctx: CutContext, adjustments: readonly Adjustment[]): TableRowEdit | null {
  const rows = worksheetRows(adjustments);
  if (!rows.length) return null;
  const edit = removeAdjustmentRows(ctx.tables, rows);
  return edit.remove.length || edit.update.length || edit.append.length ? edit : null;
}
