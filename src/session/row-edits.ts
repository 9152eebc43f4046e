// TableRowEdits as data: apply one to a snapshot (so that the pane recomputes without waiting for
// a second read), and find the edit that turns a table's rows back into earlier rows (undo/redo).
import type { RowCell, TableColumnEdit, TableRowEdit } from '../workbook/port';
import type { CellType, CellValue, TableGrid, WorkbookSnapshot } from '../workbook/snapshot';
import { excelNameKey, nameKey } from '../workbook/names';

export function tableOf(snapshot: WorkbookSnapshot, name: string): TableGrid | undefined {
  const wanted = excelNameKey(name);
  return snapshot.tables.find((t) => excelNameKey(t.name) === wanted);
}

/** A table's data rows as the cells a TableRowEdit would write. */
export function rowsOf(grid: TableGrid | undefined): RowCell[][] {
  if (!grid) return [];
  return grid.values.map((row, r) =>
    row.map((value, c) => ({ value, numberFormat: grid.numberFormats[r]?.[c] ?? 'General' })),
  );
}

function typeOf(value: CellValue): CellType {
  if (value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/** The rows of a table after an edit, with the port's semantics (indexes are the rows before it). */
export function editedRows(rows: readonly RowCell[][], edit: TableRowEdit): RowCell[][] {
  const updated = rows.map((row) => row);
  for (const { index, cells } of edit.update) updated[index] = cells;
  const removed = new Set(edit.remove);
  return [...updated.filter((_, i) => !removed.has(i)), ...edit.append];
}

/**
 * The snapshot after an edit, as the port would leave it. Other tables on the same sheet are not
 * moved: the contract reads tables, not sheet positions, and the next read corrects any detail.
 * Returns null when the table is not in the snapshot (the port will create it; read again then).
 */
export function applyRowEdit(snapshot: WorkbookSnapshot, edit: TableRowEdit): WorkbookSnapshot | null {
  const grid = tableOf(snapshot, edit.table);
  if (!grid) return null;
  const rows = editedRows(rowsOf(grid), edit);
  const next: TableGrid = {
    ...grid,
    values: rows.map((row) => row.map((cell) => cell.value)),
    numberFormats: rows.map((row) => row.map((cell) => cell.numberFormat)),
    valueTypes: rows.map((row) => row.map((cell) => typeOf(cell.value))),
  };
  return { ...snapshot, tables: snapshot.tables.map((t) => (t === grid ? next : t)) };
}

// A header is a name: the contract finds its columns by nameKey, and so must an edit.
const headerKey = (text: unknown) => nameKey(String(text));

/** 0-based position of the column with this header in the grid (as the adapters find it), or -1. */
export function columnOf(grid: TableGrid, header: string): number {
  return grid.headers.findIndex((h) => headerKey(h) === headerKey(header));
}

/**
 * The snapshot after a column edit, as the port would leave it (the column added at the right end
 * with blank cells, then the cells set). Null when the table is not in the snapshot.
 */
export function applyColumnEdit(snapshot: WorkbookSnapshot, edit: TableColumnEdit): WorkbookSnapshot | null {
  const grid = tableOf(snapshot, edit.table);
  if (!grid) return null;
  const added = edit.addColumn && columnOf(grid, edit.header) < 0;
  const widen = <T>(rows: T[][], blank: T): T[][] => rows.map((row) => (added ? [...row, blank] : [...row]));
  const next: TableGrid = {
    ...grid,
    headers: added ? [...grid.headers, edit.header] : grid.headers,
    values: widen(grid.values, '' as CellValue),
    numberFormats: widen(grid.numberFormats, 'General'),
    valueTypes: widen(grid.valueTypes, 'Empty' as CellType),
  };
  const column = columnOf(next, edit.header);
  for (const { index, cell } of edit.cells) {
    if (!next.values[index]) continue;
    next.values[index]![column] = cell.value;
    next.numberFormats[index]![column] = cell.numberFormat;
    next.valueTypes[index]![column] = typeOf(cell.value);
  }
  return { ...snapshot, tables: snapshot.tables.map((t) => (t === grid ? next : t)) };
}

/** Same values in the same places; number formats are not compared (Excel may spell them its way). */
export function sameValues(a: readonly RowCell[][], b: readonly RowCell[][]): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (row, r) => row.length === b[r]!.length && row.every((cell, c) => sameValue(cell.value, b[r]![c]!.value)),
  );
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

/**
 * The edit that turns `current` into `target`, row by row in place: rows that differ are
 * rewritten, extra rows at the end removed, missing ones appended. Undoing an append is thus a
 * removal of that row, undoing a change rewrites the previous cells, and undoing a removal puts
 * every later row back where it was.
 */
export function editTowards(
  table: string,
  current: readonly RowCell[][],
  target: readonly RowCell[][],
): TableRowEdit {
  const edit: TableRowEdit = { table, append: [], update: [], remove: [] };
  const common = Math.min(current.length, target.length);
  for (let i = 0; i < common; i++) {
    if (
      !sameValues([current[i]!], [target[i]!]) ||
      current[i]!.some((cell, c) => cell.numberFormat !== target[i]![c]!.numberFormat)
    ) {
      edit.update.push({ index: i, cells: target[i]!.map((cell) => ({ ...cell })) });
    }
  }
  for (let i = common; i < current.length; i++) edit.remove.push(i);
  for (let i = common; i < target.length; i++) edit.append.push(target[i]!.map((cell) => ({ ...cell })));
  return edit;
}

export function isEmptyEdit(edit: TableRowEdit): boolean {
  return edit.append.length === 0 && edit.update.length === 0 && edit.remove.length === 0;
}

/**
 * New rows go into the blank rows at the table's end first (an empty template table has one
 * blank data row, as Excel tables need), so that a first cut does not leave a blank row above it.
 */
export function fillTrailingBlankRows(grid: TableGrid | undefined, edit: TableRowEdit): TableRowEdit {
  if (!grid || !edit.append.length) return edit;
  const touched = new Set([...edit.remove, ...edit.update.map((u) => u.index)]);
  let firstBlank = grid.values.length;
  while (
    firstBlank > 0 &&
    grid.values[firstBlank - 1]!.every((v) => v === '') &&
    !touched.has(firstBlank - 1)
  )
    firstBlank--;
  const blanks = grid.values.length - firstBlank;
  if (!blanks) return edit;
  const into = edit.append.slice(0, blanks).map((cells, i) => ({ index: firstBlank + i, cells }));
  return { ...edit, append: edit.append.slice(blanks), update: [...edit.update, ...into] };
}
