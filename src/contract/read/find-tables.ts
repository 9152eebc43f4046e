// Which grid of the snapshot is which input table: by name (Swedish or English), else by headers;
// the tables on the add-in's own sheets are output, never input.
import type { Issue, LocalizedText } from '../../issues/types';
import type { TableGrid, WorkbookSnapshot } from '../../workbook/snapshot';
import { nameKey } from '../../workbook/names';
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
    result[name] = { table: name, grid, columns, complete };
  }
  return { tables: result as FoundTables, issues };
}

function tableIssue(
  severity: Issue['severity'],
  code: ContractIssueCode,
  table: TableName,
  message: LocalizedText,
): Issue {
  return { severity, code, table, row: null, column: null, cell: null, value: null, message };
}
