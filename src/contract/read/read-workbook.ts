// Reads the input tables of a workbook snapshot into the engine's input, reporting every bad
// cell in one pass. Cell- and table-level checks live here; cross-row checks (duplicates, unknown
// initiatives, dates outside the period, adjustments that match nothing) are the engine's.
import type { BudgetInput, RejectedRow } from '../../engine/types';
import type { Issue } from '../../issues/types';
import type { TableGrid, WorkbookSnapshot } from '../../workbook/snapshot';
import { type FnvState, fnv1a64, fnv1a64Update, fnvHex } from '../fingerprint';
import type { TableName } from '../tables';
import { readAdjustments } from './adjustments';
import { type FoundTable, type FoundTables, findTables } from './find-tables';
import { readContributions, readCosts, readFrame, readInitiatives, readStaffing } from './input-rows';
import { readParameters } from './parameters';

export interface ReadResult {
  input: BudgetInput;
  issues: Issue[];
  /** 12 hex digits; see fingerprint.ts and docs/workbook-contract.md. */
  fingerprint: string;
  /** Per input table: 16 hex digits of its canonical content (the fingerprint hashes them joined). */
  tableFingerprints: Readonly<Record<TableName, string>>;
  tables: FoundTables;
  /** Every scenario a Justeringar row names, in table order, also when all its rows have errors. */
  scenarioNames: string[];
}

/** One table as read: its rows (whatever the reader returns), issues and canonical content. */
interface TableRead<T> {
  grid: TableGrid | null;
  /** The mapping the rows were read with; a changed header reads the table again. */
  shape: string;
  read: T;
  issues: Issue[];
  content: string;
  fingerprint: string;
}

interface Reads {
  Insatser: TableRead<ReturnType<typeof readInitiatives>>;
  Bemanning: TableRead<ReturnType<typeof readStaffing>>;
  Kostnader: TableRead<ReturnType<typeof readCosts>>;
  Ram: TableRead<ReturnType<typeof readFrame>>;
  Parametrar: TableRead<ReturnType<typeof readParameters>>;
  Justeringar: TableRead<ReturnType<typeof readAdjustments>>;
  Medlemsbidrag: TableRead<ReturnType<typeof readContributions>>;
  /** The fingerprint's hash state after the tables before Justeringar. */
  beforeAdjustments: FnvState;
}

const cache = new WeakMap<ReadResult, Reads>();

/**
 * Reads every input table of the snapshot; never throws on bad input. With `previous` (the read of
 * an earlier snapshot, e.g. before a cut) a table whose grid is the same object, found the same
 * way, is not read again: a cut re-reads only Justeringar. The result is the same either way.
 */
export function readWorkbook(snapshot: WorkbookSnapshot, previous?: ReadResult | null): ReadResult {
  const { tables, issues: tableIssues } = findTables(snapshot);
  const before = previous ? cache.get(previous) : undefined;
  const table = <T>(
    name: TableName,
    reader: (found: FoundTable | null, issues: Issue[]) => T & { content: string },
  ): TableRead<T & { content: string }> => {
    const found = tables[name];
    const shape = found ? JSON.stringify([found.columns, found.complete]) : 'none';
    const old = before?.[name] as TableRead<T & { content: string }> | undefined;
    if (old && old.grid === (found?.grid ?? null) && old.shape === shape) return old;
    const issues: Issue[] = [];
    const read = reader(found, issues);
    const content = read.content;
    return { grid: found?.grid ?? null, shape, read, issues, content, fingerprint: fnv1a64(content) };
  };
  const initiatives = table('Insatser', readInitiatives);
  const staffing = table('Bemanning', readStaffing);
  const costs = table('Kostnader', readCosts);
  const frame = table('Ram', readFrame);
  const parameters = table('Parametrar', readParameters);
  const adjustments = table('Justeringar', readAdjustments);
  const contributions = table('Medlemsbidrag', readContributions);
  const inputs = [initiatives, staffing, costs, frame, parameters];
  const beforeAdjustments =
    before &&
    inputs.every(
      (t, i) => t === [before.Insatser, before.Bemanning, before.Kostnader, before.Ram, before.Parametrar][i],
    )
      ? before.beforeAdjustments
      : fnv1a64Update(inputs.map((t) => `${t.content}\u001c`).join(''));
  const input: { -readonly [K in keyof BudgetInput]: BudgetInput[K] } = {
    initiatives: initiatives.read.rows,
    staffing: staffing.read.rows,
    costs: costs.read.rows,
    frame: frame.read.rows,
    parameters: parameters.read.parameters,
    adjustments: adjustments.read.rows,
    rejectedInitiatives: initiatives.read.rejected,
    ...(contributions.read.rows.length > 0 ? { contributions: contributions.read.rows } : {}),
  };
  const issues = [...tableIssues, ...[...inputs, adjustments, contributions].flatMap((t) => t.issues)];
  const rejected = rejectedRows(issues, tables);
  // The same rows as before stay the same array: the engine's cut reuses what it computed only for
  // inputs that are the same objects except the adjustments (and a cut mostly leaves these alone).
  const kept = previous?.input.rejectedRows;
  if (rejected.length > 0) input.rejectedRows = kept && sameRejected(kept, rejected) ? kept : rejected;
  const all = {
    Insatser: initiatives,
    Bemanning: staffing,
    Kostnader: costs,
    Ram: frame,
    Parametrar: parameters,
    Justeringar: adjustments,
    Medlemsbidrag: contributions,
  };
  const tableFingerprints = Object.fromEntries(
    Object.entries(all).map(([name, t]) => [name, t.fingerprint]),
  ) as Record<TableName, string>;
  const result: ReadResult = {
    input,
    issues,
    fingerprint: fnvHex(
      // Medlemsbidrag (issue 13) joins the fingerprint only when the table exists, so that a
      // workbook without it keeps the fingerprint it had.
      fnv1a64Update(
        tables.Medlemsbidrag ? `${adjustments.content}\u001c${contributions.content}` : adjustments.content,
        beforeAdjustments,
      ),
    ).slice(0, 12),
    tableFingerprints,
    tables,
    scenarioNames: adjustments.read.scenarios,
  };
  cache.set(result, { ...all, beforeAdjustments });
  return result;
}

/**
 * Every row an error kept out (a row with an error is never read), with the initiative its Insats
 * cell names: that initiative's figures lack the row.
 */
function rejectedRows(issues: readonly Issue[], tables: FoundTables): RejectedRow[] {
  const seen = new Set<string>();
  const rows: RejectedRow[] = [];
  for (const issue of issues) {
    if (issue.severity !== 'error' || issue.table === null || issue.row === null) continue;
    const key = `${issue.table}\u0000${issue.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = (tables as Readonly<Record<string, FoundTable | null>>)[issue.table] ?? null;
    rows.push({
      table: issue.table,
      row: issue.row,
      initiative: found ? insatsText(found, issue.row) : null,
      ...(issue.table === 'Ram' ? { year: found ? yearText(found, issue.row) : null } : {}),
    });
  }
  return rows;
}

function sameRejected(a: readonly RejectedRow[], b: readonly RejectedRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const o = b[i]!;
      return r.table === o.table && r.row === o.row && r.initiative === o.initiative && r.year === o.year;
    })
  );
}

function insatsText(found: FoundTable, row: number): string | null {
  const value = cellValue(found, 'Insats', row);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Ram's År cell as written (a number as its digits), trimmed; null when blank. */
function yearText(found: FoundTable, row: number): string | null {
  const value = cellValue(found, 'År', row);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function cellValue(found: FoundTable, header: string, row: number): unknown {
  const column = found.columns[header];
  return column === undefined ? undefined : found.grid.values[row - found.grid.headerRow - 1]?.[column];
}
