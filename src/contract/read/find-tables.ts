// Which grid of the snapshot is which input table: by name (Swedish or English), else by headers;
// the tables on the add-in's own sheets are output, never input.
import type { Issue, LocalizedText } from '../../issues/types';
import type { TableGrid, WorkbookSnapshot } from '../../workbook/snapshot';
import { nameKey } from '../../workbook/names';
import { a1, qualified } from '../../workbook/snapshot';
import {
  isBlank,
  isPercentFormat,
  parseFunding,
  parsePercentSyntax,
  parseRoundStatus,
  parseYear,
  type RawCell,
} from '../cells';
import { tableMessages, type ContractIssueCode } from '../messages';
import {
  TABLE_NAMES,
  TABLE_SPECS,
  hasRequiredColumns,
  mapColumns,
  matchedColumnCount,
  tableForName,
  type ColumnKind,
  type TableName,
} from '../tables';

/** One input table as found in the workbook. */
export interface FoundTable {
  table: TableName;
  grid: TableGrid;
  /** Canonical (Swedish) header → 0-based column index within the grid. */
  columns: Readonly<Record<string, number>>;
  /** False when a required column is missing: then no row of it is read. */
  complete: boolean;
}

/** Which grid is which canonical table; null where none is (or where several claimed it). */
export type FoundTables = { readonly [K in TableName]: FoundTable | null };

export function findTables(snapshot: WorkbookSnapshot): { tables: FoundTables; issues: Issue[] } {
  const issues: Issue[] = [];
  const ownSheets = new Set(snapshot.sheets.filter((s) => s.ownedByAddin).map((s) => nameKey(s.name)));
  const grids = snapshot.tables.filter((g) => !ownSheets.has(nameKey(g.sheet)));
  const chosen = new Map<TableName, TableGrid>();
  const ambiguous = new Set<TableName>();
  /** Tables with the headers of one that was found by its name: not read, and said so. */
  const copies: Array<{ name: TableName; grid: TableGrid }> = [];

  // By name first (Swedish or English, case-insensitive).
  for (const name of TABLE_NAMES) {
    const named = grids.filter((g) => tableForName(g.name) === name);
    if (named.length === 1) chosen.set(name, named[0]!);
    if (named.length > 1) ambiguous.add(name);
  }
  // Else by header: each unnamed grid goes to the table whose columns it matches best.
  const byHeader = new Map<TableName, TableGrid[]>();
  for (const grid of grids) {
    if (tableForName(grid.name)) continue;
    let best: TableName | null = null;
    let bestCount = 0;
    for (const name of TABLE_NAMES) {
      if (!hasRequiredColumns(TABLE_SPECS[name], grid)) continue;
      const count = matchedColumnCount(TABLE_SPECS[name], grid);
      if (count > bestCount) [best, bestCount] = [name, count];
    }
    if (best && !chosen.has(best) && !ambiguous.has(best))
      byHeader.set(best, [...(byHeader.get(best) ?? []), grid]);
    else if (best && chosen.has(best)) copies.push({ name: best, grid });
  }
  for (const [name, candidates] of byHeader) {
    if (candidates.length === 1) chosen.set(name, candidates[0]!);
    else ambiguous.add(name);
  }

  const result: Partial<Record<TableName, FoundTable | null>> = {};
  for (const name of TABLE_NAMES) {
    const spec = TABLE_SPECS[name];
    const tableName = { sv: name, en: spec.en };
    if (ambiguous.has(name)) {
      const claimants = [
        ...grids.filter((g) => tableForName(g.name) === name),
        ...(byHeader.get(name) ?? []),
      ];
      issues.push(
        tableIssue(
          'error',
          'duplicate-table',
          name,
          tableMessages.duplicateTable(
            tableName,
            claimants.map((g) => `${g.name} (${g.sheet})`),
          ),
        ),
      );
      result[name] = null;
      continue;
    }
    const grid = chosen.get(name);
    if (!grid) {
      if (spec.required) {
        const required = spec.columns.filter((c) => c.required).map((c) => ({ sv: c.sv, en: c.en }));
        issues.push(
          tableIssue('error', 'missing-table', name, tableMessages.missingTable(tableName, required)),
        );
      }
      result[name] = null;
      continue;
    }
    const { columns, duplicates } = mapColumns(spec, grid);
    for (const dup of duplicates) {
      issues.push({
        ...tableIssue('warning', 'duplicate-column', name, tableMessages.duplicateColumn(tableName, dup)),
        column: dup.sv,
      });
    }
    let complete = true;
    for (const c of spec.columns) {
      if (!c.required || columns[c.sv] !== undefined) continue;
      complete = false;
      issues.push({
        ...tableIssue('error', 'missing-column', name, tableMessages.missingColumn(tableName, c, grid.name)),
        column: c.sv,
      });
    }
    for (const renamed of renamedColumns(spec, grid, columns)) {
      issues.push({
        ...tableIssue(
          'warning',
          'column-renamed',
          name,
          renamed.example === null
            ? tableMessages.columnRenamed(tableName, renamed.header, renamed.expected)
            : tableMessages.columnHoldsValuesOf(tableName, renamed.header, renamed.expected, renamed.example),
        ),
        row: grid.headerRow,
        column: renamed.expected.sv,
        cell: qualified(grid.sheet, a1(grid.headerRow - 1, grid.firstColumn + renamed.index)),
        value: renamed.header,
      });
    }
    if (grid.firstRowBelow !== undefined) {
      issues.push({
        ...tableIssue(
          'warning',
          'rows-below-table',
          name,
          tableMessages.rowsBelowTable(tableName, grid.name, grid.firstRowBelow),
        ),
        row: grid.firstRowBelow,
        cell: qualified(grid.sheet, a1(grid.firstRowBelow - 1, grid.firstColumn)),
      });
    }
    result[name] = { table: name, grid, columns, complete };
  }
  for (const copy of copies) {
    const taken = chosen.get(copy.name)!;
    issues.push(
      tableIssue(
        'warning',
        'second-table',
        copy.name,
        tableMessages.secondTable(
          { sv: copy.name, en: TABLE_SPECS[copy.name].en },
          `${taken.name} (${taken.sheet})`,
          `${copy.grid.name} (${copy.grid.sheet})`,
        ),
      ),
    );
  }
  return { tables: result as FoundTables, issues };
}

const letters = (s: string) => nameKey(s).replace(/[^\p{L}]/gu, '');

/** Close enough to be a renamed column: Finansiär ~ Finansiering, Budgetår ~ År, PO (%) ~ PO-pålägg. */
function similar(header: string, known: string): boolean {
  const u = letters(header);
  const k = letters(known);
  if (u.length < 2 || k.length < 2) return false;
  let prefix = 0;
  while (prefix < u.length && prefix < k.length && u[prefix] === k[prefix]) prefix++;
  return prefix >= 5 || u.endsWith(k) || (k.startsWith(u) && u.length >= 2);
}

interface Renamed {
  header: string;
  index: number;
  expected: { sv: string; en: string };
  /** A value of the expected kind the column holds, when its values (not its header) gave it away. */
  example: LocalizedText | null;
}

/**
 * Unknown columns that look like an optional column the table lacks, whose values would otherwise
 * be silently dropped: by a header close to the expected one (Finansiär ~ Finansiering), or by
 * values that are all of the missing column's kind (a "Betalare" of Egen and Förbundet).
 */
function renamedColumns(
  spec: (typeof TABLE_SPECS)[TableName],
  grid: TableGrid,
  columns: Readonly<Record<string, number>>,
): Renamed[] {
  const mapped = new Set(Object.values(columns));
  const missing = spec.columns.filter((c) => !c.required && columns[c.sv] === undefined);
  const out: Renamed[] = [];
  const unknown = grid.headers
    .map((h, index) => ({ header: String(h), index }))
    .filter(({ header, index }) => !mapped.has(index) && header.trim() !== '');
  for (const { header, index } of unknown) {
    const expected = missing.find((c) => similar(header, c.sv) || similar(header, c.en));
    if (expected) out.push({ header, index, expected: { sv: expected.sv, en: expected.en }, example: null });
  }
  for (const expected of missing) {
    if (out.some((r) => r.expected.sv === expected.sv)) continue;
    const holds = KIND_OF_VALUES[expected.kind];
    if (!holds) continue;
    for (const { header, index } of unknown) {
      if (out.some((r) => r.index === index)) continue;
      const example = valuesOfKind(grid, index, holds);
      if (example === null) continue;
      out.push({ header, index, expected: { sv: expected.sv, en: expected.en }, example });
      break;
    }
  }
  return out;
}

const NONE = { sv: '', en: '' };

/**
 * The kinds whose values tell their column apart: words only that column takes, years, and payroll
 * overheads (30–55 %, where employers' rates lie). Text, amounts and dates could be anything.
 */
const KIND_OF_VALUES: Partial<Record<ColumnKind, (cell: RawCell) => boolean>> = {
  funding: (cell) => parseFunding(cell, NONE).value !== undefined,
  status: (cell) => parseRoundStatus(cell, NONE).value !== undefined,
  year: (cell) => typeof cell.value !== 'boolean' && parseYear(cell, NONE).value !== undefined,
  percent: (cell) => {
    // 0,42 in a General cell or 42 % (a percent format or typed with %), not 42 alone: ages, counts.
    const fraction =
      typeof cell.value === 'number' && !isPercentFormat(cell.format)
        ? cell.value
        : typeof cell.value === 'string' && !/%\s*$/.test(cell.value)
          ? undefined
          : parsePercentSyntax(cell, NONE).value?.fraction.toNumber();
    return fraction !== undefined && fraction >= 0.3 && fraction <= 0.55;
  },
};

/** The column's first value when it holds one and every value is of the kind; else null. */
function valuesOfKind(
  grid: TableGrid,
  index: number,
  holds: (cell: RawCell) => boolean,
): LocalizedText | null {
  let first: LocalizedText | null = null;
  for (let r = 0; r < grid.values.length; r++) {
    const cell: RawCell = {
      value: grid.values[r]![index] ?? '',
      type: grid.valueTypes[r]?.[index] ?? 'Empty',
      format: grid.numberFormats[r]?.[index] ?? 'General',
    };
    if (isBlank(cell)) continue;
    if (!holds(cell)) return null;
    if (first) continue;
    if (typeof cell.value === 'number' && isPercentFormat(cell.format)) {
      const points = String(+(cell.value * 100).toFixed(4));
      first = { sv: `${points.replace('.', ',')} %`, en: `${points} %` };
    } else first = { sv: String(cell.value), en: String(cell.value) };
  }
  return first;
}

function tableIssue(
  severity: Issue['severity'],
  code: ContractIssueCode,
  table: TableName,
  message: LocalizedText,
): Issue {
  return { severity, code, table, row: null, column: null, cell: null, value: null, message };
}
