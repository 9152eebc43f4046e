// Which grid of the snapshot is which input table: by name (Swedish or English), else by headers;
// the tables on the add-in's own sheets are output, never input.
import type { Issue, LocalizedText } from '../../issues/types';
import type { TableGrid, WorkbookSnapshot } from '../../workbook/snapshot';
import { nameKey } from '../../workbook/names';
import { a1, qualified } from '../../workbook/snapshot';
import { tableMessages, type ContractIssueCode } from '../messages';
import {
  TABLE_NAMES,
  TABLE_SPECS,
  hasRequiredColumns,
  mapColumns,
  matchedColumnCount,
  tableForName,
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
          tableMessages.columnRenamed(tableName, renamed.header, renamed.expected),
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

/** Unknown headers that look like an optional column the table lacks: its values would be silently dropped. */
function renamedColumns(
  spec: (typeof TABLE_SPECS)[TableName],
  grid: TableGrid,
  columns: Readonly<Record<string, number>>,
): Array<{ header: string; index: number; expected: { sv: string; en: string } }> {
  const mapped = new Set(Object.values(columns));
  const missing = spec.columns.filter((c) => !c.required && columns[c.sv] === undefined);
  const out: Array<{ header: string; index: number; expected: { sv: string; en: string } }> = [];
  grid.headers.forEach((h, index) => {
    const header = String(h);
    if (mapped.has(index) || header.trim() === '') return;
    const expected = missing.find((c) => similar(header, c.sv) || similar(header, c.en));
    if (expected) out.push({ header, index, expected: { sv: expected.sv, en: expected.en } });
  });
  return out;
}

function tableIssue(
  severity: Issue['severity'],
  code: ContractIssueCode,
  table: TableName,
  message: LocalizedText,
): Issue {
  return { severity, code, table, row: null, column: null, cell: null, value: null, message };
}
