// Which figures an error made incomplete. An error keeps its row (or the whole initiative) out of
// every figure, so the initiative's amounts are smaller than the application: the meeting must not
// decide on them. Every error blocks the decision text; the ones that can be tied to an initiative
// mark that initiative, and through it the frame years it runs in.
import type { Issue } from '../issues/types';
import { nameKey } from '../workbook/names';
import type { BudgetInput, BudgetResult } from './types';

export interface Incompleteness {
  /** Names of the initiatives whose figures lack rows, as written in Insatser, in input order. */
  initiatives: string[];
  /** Frame years in which an incomplete initiative runs, ascending. */
  years: number[];
  /** Errors that belong to no initiative: an unknown initiative name, Ram, Parametrar, a table. */
  unattributed: Issue[];
  /** Every error: while there is one, no decision may be written from these figures. */
  errors: Issue[];
  /**
   * Ram rows an error kept out: their year has no frame in the figures, so it is missing from the
   * frame years. `year` is the År cell as written, `cell` the first error's cell.
   */
  unreadFrameRows: Array<{ year: string | null; cell: string | null }>;
}

/** Before a workbook is read, or with no error. */
export const NOTHING_INCOMPLETE: Incompleteness = {
  initiatives: [],
  years: [],
  unattributed: [],
  errors: [],
  unreadFrameRows: [],
};

/** issues: the contract's and the engine's (every issue of the workbook as read). */
export function incompleteness(
  result: BudgetResult,
  input: BudgetInput,
  issues: readonly Issue[],
): Incompleteness {
  const errors = issues.filter((i) => i.severity === 'error');
  const marked = new Set<string>();
  for (const r of result.initiatives) if (!r.included) marked.add(nameKey(r.initiative.name));
  for (const n of input.rejectedInitiatives ?? []) marked.add(nameKey(n));
  if (errors.length === 0 && marked.size === 0)
    return { initiatives: [], years: [], unattributed: [], errors, unreadFrameRows: [] };
  const unreadFrameRows = (input.rejectedRows ?? [])
    .filter((r) => r.table === 'Ram')
    .map((r) => ({
      year: r.year ?? null,
      cell: errors.find((e) => e.table === 'Ram' && e.row === r.row)?.cell ?? null,
    }));
  // Row → the initiative its Insats cell names, for rows read and for rows rejected while reading.
  const rowInitiative = new Map<string, string | null>();
  const at = (table: string, row: number) => `${table}\u0000${row}`;
  for (const r of input.rejectedRows ?? []) rowInitiative.set(at(r.table, r.row), r.initiative);
  for (const i of input.initiatives)
    if (i.source) rowInitiative.set(at(i.source.table, i.source.row), i.name);
  for (const rows of [input.staffing, input.costs, input.adjustments])
    for (const r of rows) if (r.source) rowInitiative.set(at(r.source.table, r.source.row), r.initiative);

  // Known names: the initiatives of the result and those rejected while reading.
  const names = new Map<string, string>();
  for (const r of result.initiatives)
    if (!names.has(nameKey(r.initiative.name))) names.set(nameKey(r.initiative.name), r.initiative.name);
  for (const n of input.rejectedInitiatives ?? []) if (!names.has(nameKey(n))) names.set(nameKey(n), n);

  const unattributed: Issue[] = [];
  for (const e of errors) {
    const name = e.table !== null && e.row !== null ? rowInitiative.get(at(e.table, e.row)) : null;
    if (name && names.has(nameKey(name))) marked.add(nameKey(name));
    else unattributed.push(e);
  }

  const initiatives = [...names.entries()].filter(([k]) => marked.has(k)).map(([, n]) => n);
  const frameYears = new Set(result.frame.map((f) => f.year));
  const years = new Set<number>();
  for (const r of result.initiatives) {
    if (!marked.has(nameKey(r.initiative.name))) continue;
    const from = Number(r.initiative.start.slice(0, 4));
    const to = Number(r.initiative.end.slice(0, 4));
    if (!Number.isInteger(from) || !Number.isInteger(to)) continue;
    for (let y = from; y <= to; y++) if (frameYears.has(y)) years.add(y);
  }
  return { initiatives, years: [...years].sort((a, b) => a - b), unattributed, errors, unreadFrameRows };
}

/** True when the initiative is among the incomplete ones (by the name rule). */
export function isIncomplete(incomplete: Incompleteness, name: string): boolean {
  return incomplete.initiatives.some((n) => nameKey(n) === nameKey(name));
}
