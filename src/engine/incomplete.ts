// Which figures an error made incomplete. An error keeps its row (or the whole initiative) out of
// every figure, so the initiative's amounts are smaller than the application: the meeting must not
// decide on them. Every error blocks the decision text; the ones that can be tied to an initiative
// mark that initiative, and through it the frame years it runs in.
//
// A cut must cost the same at any workbook size (issue 9), also while the input has errors. So what
// depends on the tables a cut does not change is indexed once per read of them (the initiatives'
// names, periods and exclusions per Insatser array; row → initiative per row array), and a call
// looks up only the rows its errors name. An unchanged answer is the same object as the last one,
// so that views keyed on it (Översikt's rows) are not made again.
import type { Issue } from '../issues/types';
import { nameKey } from '../workbook/names';
import type { BudgetInput, BudgetResult, InitiativeResult } from './types';

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

/** What the initiatives' own rows decide, the same for every result of one Insatser array. */
interface InitiativeIndex {
  rejected: BudgetInput['rejectedInitiatives'];
  count: number;
  /** Known names (results first, then those rejected while reading) → the name as first written and its place. */
  names: Map<string, { name: string; order: number }>;
  /** Keys marked without any error's help: an initiative left out, or rejected while reading. */
  excluded: Set<string>;
  /** Key → the calendar years [from, to] of each of its results whose dates can be read. */
  spans: Map<string, Array<[number, number]>>;
}

// An initiative is left out (not included) for its Insatser row alone (a period that cannot be
// read, a name written twice: validate/initiatives.ts), and its period is that row's: so the index
// holds for every result computed from the same Insatser array, whatever else changed.
const initiativeIndexes = new WeakMap<BudgetInput['initiatives'], InitiativeIndex>();

function initiativeIndex(result: BudgetResult, input: BudgetInput): InitiativeIndex {
  const old = initiativeIndexes.get(input.initiatives);
  if (old && old.rejected === input.rejectedInitiatives && old.count === result.initiatives.length)
    return old;
  const names = new Map<string, { name: string; order: number }>();
  const known = (name: string) => {
    const k = nameKey(name);
    if (!names.has(k)) names.set(k, { name, order: names.size });
    return k;
  };
  const excluded = new Set<string>();
  const spans = new Map<string, Array<[number, number]>>();
  for (const r of result.initiatives) {
    const k = known(r.initiative.name);
    if (!r.included) excluded.add(k);
    const span = yearsOf(r);
    if (span) {
      const list = spans.get(k);
      if (list) list.push(span);
      else spans.set(k, [span]);
    }
  }
  for (const n of input.rejectedInitiatives ?? []) excluded.add(known(n));
  const index: InitiativeIndex = {
    rejected: input.rejectedInitiatives,
    count: result.initiatives.length,
    names,
    excluded,
    spans,
  };
  initiativeIndexes.set(input.initiatives, index);
  return index;
}

function yearsOf(r: InitiativeResult): [number, number] | null {
  const from = Number(r.initiative.start.slice(0, 4));
  const to = Number(r.initiative.end.slice(0, 4));
  return Number.isInteger(from) && Number.isInteger(to) ? [from, to] : null;
}

type SourcedRows = ReadonlyArray<{
  source?: { table: string; row: number };
  initiative?: string;
  name?: string;
}>;

/** Per row array of the input (one table each): its table, and worksheet row → the initiative named. */
const rowIndexes = new WeakMap<
  SourcedRows,
  { table: string | null; initiatives: Map<number, string> | null }
>();

function rowIndex(rows: SourcedRows, table: string): Map<number, string> | null {
  let index = rowIndexes.get(rows);
  if (!index)
    rowIndexes.set(
      rows,
      (index = { table: rows.find((r) => r.source)?.source!.table ?? null, initiatives: null }),
    );
  // One table per array: an array whose rows come from another table cannot hold the row.
  if (index.table !== table) return null;
  if (!index.initiatives) {
    index.initiatives = new Map();
    for (const r of rows) if (r.source) index.initiatives.set(r.source.row, (r.initiative ?? r.name)!);
  }
  return index.initiatives;
}

/** The initiative a table row names, for rows read and for rows rejected while reading. */
function initiativeOfRow(input: BudgetInput, table: string, row: number): string | null | undefined {
  // Rows read come before rows rejected (a row is one or the other).
  for (const rows of [input.initiatives, input.staffing, input.costs, input.adjustments] as SourcedRows[]) {
    const name = rowIndex(rows, table)?.get(row);
    if (name !== undefined) return name;
  }
  return input.rejectedRows?.find((r) => r.table === table && r.row === row)?.initiative;
}

/** issues: the contract's and the engine's (every issue of the workbook as read). */
export function incompleteness(
  result: BudgetResult,
  input: BudgetInput,
  issues: readonly Issue[],
): Incompleteness {
  const errors = issues.filter((i) => i.severity === 'error');
  const index = initiativeIndex(result, input);
  const unreadFrameRows = (input.rejectedRows ?? [])
    .filter((r) => r.table === 'Ram')
    .map((r) => ({
      year: r.year ?? null,
      cell: errors.find((e) => e.table === 'Ram' && e.row === r.row)?.cell ?? null,
    }));

  const marked = new Set(index.excluded);
  const unattributed: Issue[] = [];
  for (const e of errors) {
    const name = e.table !== null && e.row !== null ? initiativeOfRow(input, e.table, e.row) : null;
    if (name && index.names.has(nameKey(name))) marked.add(nameKey(name));
    else unattributed.push(e);
  }

  const inOrder = [...marked].map((k) => index.names.get(k)!).sort((a, b) => a.order - b.order);
  const frameYears = new Set(result.frame.map((f) => f.year));
  const years = new Set<number>();
  for (const k of marked)
    for (const [from, to] of index.spans.get(k) ?? [])
      for (let y = from; y <= to; y++) if (frameYears.has(y)) years.add(y);
  const answer: Incompleteness = {
    initiatives: inOrder.map((n) => n.name),
    years: [...years].sort((a, b) => a - b),
    unattributed,
    errors,
    unreadFrameRows,
  };
  if (last && sameAnswer(last, answer)) return last;
  last = answer;
  return answer;
}

/** The last answer, handed back while the answer is the same (also after a whole new read). */
let last: Incompleteness | null = null;

function sameAnswer(a: Incompleteness, b: Incompleteness): boolean {
  const same = <T>(x: readonly T[], y: readonly T[], eq: (p: T, q: T) => boolean) =>
    x.length === y.length && x.every((p, i) => eq(p, y[i]!));
  const is = <T>(p: T, q: T) => p === q;
  const sameIssue = (p: Issue, q: Issue) => p === q || JSON.stringify(p) === JSON.stringify(q);
  return (
    same(a.initiatives, b.initiatives, is) &&
    same(a.years, b.years, is) &&
    same(a.unattributed, b.unattributed, sameIssue) &&
    same(a.errors, b.errors, sameIssue) &&
    same(a.unreadFrameRows, b.unreadFrameRows, (p, q) => p.year === q.year && p.cell === q.cell)
  );
}

/** True when the initiative is among the incomplete ones (by the name rule). */
export function isIncomplete(incomplete: Incompleteness, name: string): boolean {
  return incomplete.initiatives.some((n) => nameKey(n) === nameKey(name));
}
