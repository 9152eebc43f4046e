// WorkbookPort over a MemoryWorkbook: the pane's workbook in the component tests and the browser
// preview. It imitates what the Excel adapter does to Excel, including table resizing, and lets a
// test or the preview's grid stand in for a user or co-author editing the sheets.
import type {
  AddinState,
  RowCell,
  TableColumnEdit,
  TableRowEdit,
  Unsubscribe,
  WorkbookPort,
  WrittenSheet,
} from '../../workbook/port';
import { EMPTY_STATE } from '../../workbook/port';
import type { SheetPlan } from '../../workbook/sheet-plan';
import type { CellValue, WorkbookSnapshot } from '../../workbook/snapshot';
import {
  MemoryWorkbook,
  parseRange,
  typeOf,
  type MemoryCell,
  type MemorySheet,
  type MemoryTable,
} from './memory-workbook';
import { readSnapshot } from './read-snapshot';
import { sheetOfReference } from './ownership';
import { renderInto, writePlans } from './write-plan';
import { placeSheet } from '../../workbook/placement';
import { nameKey } from '../../workbook/names';

/** The document setting that holds the add-in's state as JSON. */
export const STATE_SETTING = 'Insatsbudget.state';

export interface MemoryPortOptions {
  /** Delay before inputs-changed listeners run after a simulated edit, as Excel's adapter debounces. */
  debounceMs?: number;
}

export class MemoryPort implements WorkbookPort {
  readonly workbook: MemoryWorkbook;
  /** The last cell selectCell was asked for, e.g. 'Bemanning!D7'. */
  selection: string | null = null;
  /** How many times each method was called; lets tests check that a view wrote once. */
  readonly calls = {
    readSnapshot: 0,
    writeSheets: 0,
    createInputTables: 0,
    editTableRows: 0,
    editTableColumn: 0,
    selectCell: 0,
    saveState: 0,
  };

  private readonly inputListeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();
  private readonly debounceMs: number;
  private pending: ReturnType<typeof setTimeout> | null = null;

  constructor(workbook: MemoryWorkbook = new MemoryWorkbook(), options: MemoryPortOptions = {}) {
    this.workbook = workbook;
    this.debounceMs = options.debounceMs ?? 0;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.calls.readSnapshot++;
    return readSnapshot(this.workbook);
  }

  async writeSheets(plans: SheetPlan[]): Promise<WrittenSheet[]> {
    this.calls.writeSheets++;
    const written = writePlans(this.workbook, plans);
    this.changed();
    return written;
  }

  async createInputTables(plans: SheetPlan[]): Promise<void> {
    this.calls.createInputTables++;
    createInputTablesIn(this.workbook, plans);
    this.changed();
  }

  async editTableRows(edit: TableRowEdit): Promise<void> {
    this.calls.editTableRows++;
    editTableRowsIn(this.workbook, edit);
    this.changed();
  }

  async editTableColumn(edit: TableColumnEdit): Promise<void> {
    this.calls.editTableColumn++;
    editTableColumnIn(this.workbook, edit);
    this.changed();
  }

  async selectCell(qualifiedAddress: string): Promise<void> {
    this.calls.selectCell++;
    this.selection = qualifiedAddress;
    // Selecting a cell on another sheet shows that sheet, as in Excel.
    const sheet = sheetOfReference(qualifiedAddress);
    if (sheet && this.workbook.getSheet(sheet))
      this.workbook.activeSheet = this.workbook.getSheet(sheet)!.name;
    this.changed();
  }

  onInputsChanged(listener: () => void): Unsubscribe {
    this.inputListeners.add(listener);
    return () => this.inputListeners.delete(listener);
  }

  /** Every change, the port's own writes and selections included: for the preview's grids. */
  onWorkbookChanged(listener: () => void): Unsubscribe {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  async loadState(): Promise<AddinState> {
    const json = this.workbook.settings.get(STATE_SETTING);
    if (!json) return { ...EMPTY_STATE };
    try {
      return { ...EMPTY_STATE, ...(JSON.parse(json) as Partial<AddinState>) };
    } catch {
      return { ...EMPTY_STATE };
    }
  }

  async saveState(state: AddinState): Promise<void> {
    this.calls.saveState++;
    this.workbook.settings.set(STATE_SETTING, JSON.stringify(state));
  }

  /**
   * A user or co-author types into a cell, e.g. simulateUserEdit('Bemanning', 'C3', 2.5, '0%').
   * Inputs-changed listeners run after the debounce, once for a burst of edits.
   */
  simulateUserEdit(sheet: string, address: string, value: CellValue, numberFormat?: string): void {
    const target = this.workbook.getSheet(sheet);
    if (!target) throw new Error(`No sheet named ${sheet}`);
    const { top, left } = parseRange(address);
    const cell: Partial<MemoryCell> = { value, formula: null };
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    target.setCell(top, left, cell);
    this.userChanged();
  }

  /** Any other change a user or co-author makes (rows, tables, sheets), as a function of the workbook. */
  simulateUserChange(change: (workbook: MemoryWorkbook) => void): void {
    change(this.workbook);
    this.userChanged();
  }

  private userChanged(): void {
    this.changed();
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = null;
      for (const listener of [...this.inputListeners]) listener();
    }, this.debounceMs);
  }

  private changed(): void {
    for (const listener of [...this.changeListeners]) listener();
  }
}

/** Creates the tables of 'inputs' plans whose tables are not there yet, each on a sheet of its own. */
export function createInputTablesIn(workbook: MemoryWorkbook, plans: readonly SheetPlan[]): void {
  for (const plan of plans) {
    if (plan.kind !== 'inputs') throw new Error(`createInputTables takes 'inputs' plans, not '${plan.kind}'`);
    // Never touch an existing table: a plan whose tables all exist is skipped; a partly present
    // plan is skipped too, since writing it would duplicate a user's table.
    if (plan.tables.some((t) => workbook.getTable(t.name))) continue;
    // A sheet of notes (no table) is written once.
    if (!plan.tables.length && workbook.getSheet(plan.name)) continue;
    const name = placeSheet(plan.name, readSnapshot(workbook).sheets, null).name;
    workbook.addSheet(name);
    renderInto(workbook, name, plan);
  }
}

/**
 * Applies a TableRowEdit as the Excel adapter does: indexes refer to the table before the edit;
 * changed rows are rewritten in place, removed rows are deleted (cells below in the table's
 * columns move up), new rows go after the last row (cells below move down).
 */
export function editTableRowsIn(workbook: MemoryWorkbook, edit: TableRowEdit): void {
  const table = workbook.getTable(edit.table);
  if (!table) throw new Error(`No table named ${edit.table}`);
  const sheet = workbook.getSheet(table.sheet)!;
  const width = table.range.right - table.range.left + 1;
  const count = table.range.bottom - table.range.top;
  for (const index of [...edit.remove, ...edit.update.map((u) => u.index)]) {
    if (!Number.isInteger(index) || index < 0 || index >= count)
      throw new Error(`Row ${index} is not a data row of ${table.name}`);
  }
  for (const row of [...edit.append, ...edit.update.map((u) => u.cells)]) {
    if (row.length !== width)
      throw new Error(`A row of ${table.name} needs ${width} cells, got ${row.length}`);
  }
  for (const { index, cells } of edit.update)
    writeRow(sheet, table.range.top + 1 + index, table.range.left, cells);
  // Delete from the bottom up so that the indexes above stay valid.
  const removed = [...new Set(edit.remove)].sort((a, b) => b - a);
  for (const index of removed) deleteRow(workbook, sheet, table, table.range.top + 1 + index);
  for (const cells of edit.append) {
    const row = table.range.bottom + 1;
    insertRow(workbook, sheet, table, row);
    writeRow(sheet, row, table.range.left, cells);
  }
}

// A header is a name: found by the contract's rule (nameKey), as the session's columnOf finds it.
const headerKey = (text: unknown) => nameKey(String(text));

/**
 * Applies a TableColumnEdit as the Excel adapter does: the column is found by its header; when it
 * is to be added, the column right of the table must be empty over the table's rows (header
 * included), and the table grows over it. Checked before anything changes.
 */
export function editTableColumnIn(workbook: MemoryWorkbook, edit: TableColumnEdit): void {
  const table = workbook.getTable(edit.table);
  if (!table) throw new Error(`No table named ${edit.table}`);
  const sheet = workbook.getSheet(table.sheet)!;
  const { top, left, right, bottom } = table.range;
  const count = bottom - top;
  for (const { index } of edit.cells) {
    if (!Number.isInteger(index) || index < 0 || index >= count)
      throw new Error(`Row ${index} is not a data row of ${table.name}`);
  }
  let column = -1;
  for (let c = left; c <= right; c++)
    if (headerKey(sheet.getCell(top, c).value) === headerKey(edit.header)) column = c;
  if (edit.addColumn) {
    if (column >= 0) throw new Error(`Table ${table.name} already has a column ${edit.header}`);
    for (let r = top; r <= bottom; r++) {
      const cell = sheet.getCell(r, right + 1);
      if (cell.value !== '' || cell.formula)
        throw new Error(`The column right of table ${table.name} is not empty`);
    }
    column = right + 1;
    sheet.setCell(top, column, { value: edit.header, formula: null, type: 'String' });
    table.range.right = column;
  } else if (column < 0) throw new Error(`Table ${table.name} has no column ${edit.header}`);
  for (const { index, cell } of edit.cells) writeRow(sheet, top + 1 + index, column, [cell]);
}

function writeRow(sheet: MemorySheet, row: number, left: number, cells: readonly RowCell[]): void {
  cells.forEach((cell, c) => {
    sheet.setCell(row, left + c, {
      value: cell.value,
      formula: null,
      numberFormat: cell.numberFormat,
      type: typeOf(cell.value),
    });
  });
}

/** Deletes a worksheet row within the table's columns; cells and tables below move up. */
function deleteRow(workbook: MemoryWorkbook, sheet: MemorySheet, table: MemoryTable, row: number): void {
  shiftColumns(sheet, table.range.left, table.range.right, row, -1);
  table.range.bottom--;
  moveTablesBelow(workbook, table, row, -1);
}

/** Inserts an empty worksheet row within the table's columns and grows the table over it. */
function insertRow(workbook: MemoryWorkbook, sheet: MemorySheet, table: MemoryTable, row: number): void {
  shiftColumns(sheet, table.range.left, table.range.right, row, +1);
  table.range.bottom++;
  moveTablesBelow(workbook, table, row, +1);
}

/** Moves the cells of columns left..right from row `from` down (+1) or up (-1, deleting row `from`). */
function shiftColumns(sheet: MemorySheet, left: number, right: number, from: number, delta: 1 | -1): void {
  const moved: Array<[number, number, MemoryCell]> = [];
  for (const [k, cell] of [...sheet.cells]) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    if (c < left || c > right || r < from) continue;
    sheet.cells.delete(k);
    if (delta === -1 && r === from) continue;
    moved.push([r + delta, c, cell]);
  }
  for (const [r, c, cell] of moved) sheet.cells.set(`${r},${c}`, cell);
}

function moveTablesBelow(workbook: MemoryWorkbook, table: MemoryTable, row: number, delta: 1 | -1): void {
  for (const other of workbook.tables) {
    if (other === table || other.sheet !== table.sheet) continue;
    const overlaps = other.range.left <= table.range.right && other.range.right >= table.range.left;
    if (overlaps && other.range.top >= row) {
      other.range.top += delta;
      other.range.bottom += delta;
    }
  }
}
