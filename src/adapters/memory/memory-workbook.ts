// An in-memory workbook: the common model behind the .xlsx adapter (ExcelJS reads into it and
// writes from it), the Office.js test fake and the browser preview. It stores what Excel stores
// and evaluates nothing: a formula cell keeps whatever value it was last given.
import type { CellType, CellValue } from '../../workbook/snapshot';
import type { CellStyle, PlanBlock, PlanCell, PlanChart, PrintSetup } from '../../workbook/sheet-plan';
import { columnIndex } from '../../workbook/snapshot';
import { excelNameKey } from '../../workbook/names';

export interface MemoryCell {
  value: CellValue;
  /** A1 formula starting with '=', or null. */
  formula: string | null;
  numberFormat: string;
  type: CellType;
  style?: CellStyle;
}

export const EMPTY_CELL: Readonly<MemoryCell> = Object.freeze({
  value: '',
  formula: null,
  numberFormat: 'General',
  type: 'Empty' as CellType,
});

export interface CellRange {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses 'A1' or 'A1:C3' (no sheet). */
export function parseRange(address: string): CellRange {
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 range: ${address}`);
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]!);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

export interface MemoryTable {
  name: string;
  sheet: string;
  /** Header row included; no total row. */
  range: CellRange;
  style: string;
  /** Total rows under the range (Table Design → Total Row), when the table shows them. */
  totalsRows?: number;
}

export interface MemoryChart extends PlanChart {
  name: string;
}

/** A sheet's cells as a plan's blocks (a later block's cell over an earlier one's), and how one becomes a MemoryCell. */
export interface PlannedCells {
  blocks: readonly PlanBlock[];
  cell(cell: Exclude<PlanCell, null>): MemoryCell;
}

export class MemorySheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  private readonly cellMap = new Map<string, MemoryCell>();
  private pending: PlannedCells | null = null;
  merges: string[] = [];
  readonly columnWidths = new Map<number, number>();
  charts: MemoryChart[] = [];
  validations: Array<{ range: string; list: string[] }> = [];
  freeze: { rows: number; columns: number } | null = null;
  tabColor: string | null = null;
  /** 0-based row → height in points. */
  readonly rowHeights = new Map<number, number>();
  print: PrintSetup | null = null;
  /** Where an adapter read the sheet from (the .xlsx package's part); opaque here, kept by clone. */
  source: object | null = null;

  constructor(name: string) {
    this.name = name;
  }

  /**
   * Cells by 'row,column'. A sheet rendered from a plan (setPlanned) makes this map on first use
   * only: the .xlsx writer writes such a sheet from its blocks, without a map of 100 000s of keys.
   */
  get cells(): Map<string, MemoryCell> {
    const planned = this.pending;
    if (planned) {
      this.pending = null;
      this.fill(planned);
    }
    return this.cellMap;
  }

  /** The plan's blocks of a sheet whose cells no one has asked for one by one yet. */
  get planned(): PlannedCells | null {
    return this.pending;
  }

  /** Cells from a plan's blocks: kept as blocks until asked for, when the sheet had none. */
  setPlanned(planned: PlannedCells): void {
    if (this.pending === null && this.cellMap.size === 0) this.pending = planned;
    else this.fill(planned, this.cells);
  }

  private fill(planned: PlannedCells, into = this.cellMap): void {
    for (const block of planned.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell) into.set(key(block.row + r, block.column + c), planned.cell(cell));
        }),
      );
  }

  getCell(row: number, column: number): Readonly<MemoryCell> {
    const planned = this.pending;
    if (!planned) return this.cellMap.get(key(row, column)) ?? EMPTY_CELL;
    for (let i = planned.blocks.length - 1; i >= 0; i--) {
      const block = planned.blocks[i]!;
      const cell = block.cells[row - block.row]?.[column - block.column];
      if (cell) return planned.cell(cell);
    }
    return EMPTY_CELL;
  }

  setCell(row: number, column: number, cell: Partial<MemoryCell>): void {
    const merged: MemoryCell = { ...this.getCell(row, column), ...cell };
    if (cell.type === undefined && cell.value !== undefined) merged.type = typeOf(merged.value);
    this.cells.set(key(row, column), merged);
  }

  clearCell(row: number, column: number): void {
    this.cells.delete(key(row, column));
  }

  /** The smallest range holding every non-empty cell, or null for an empty sheet. */
  usedRange(): CellRange | null {
    let r: CellRange | null = null;
    for (const k of this.cells.keys()) {
      const [row, col] = k.split(',').map(Number) as [number, number];
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.left = Math.min(r.left, col);
        r.bottom = Math.max(r.bottom, row);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }

  clone(): MemorySheet {
    const s = new MemorySheet(this.name);
    s.visibility = this.visibility;
    for (const [k, c] of this.cells) s.cells.set(k, { ...c, style: c.style ? { ...c.style } : undefined });
    s.merges = [...this.merges];
    for (const [k, w] of this.columnWidths) s.columnWidths.set(k, w);
    s.charts = this.charts.map((c) => ({ ...c }));
    s.validations = this.validations.map((v) => ({ range: v.range, list: [...v.list] }));
    s.freeze = this.freeze ? { ...this.freeze } : null;
    s.tabColor = this.tabColor;
    for (const [k, h] of this.rowHeights) s.rowHeights.set(k, h);
    s.print = this.print ? copyPrint(this.print) : null;
    s.source = this.source;
    return s;
  }
}

/** A page setup with its own arrays, so that a copy never shares them with the original. */
export function copyPrint(print: PrintSetup): PrintSetup {
  const copy: PrintSetup = { ...print };
  if (print.titleRows) copy.titleRows = { ...print.titleRows };
  if (print.rowBreaks) copy.rowBreaks = [...print.rowBreaks];
  if (print.footer) copy.footer = { ...print.footer };
  return copy;
}

export function typeOf(value: CellValue): CellType {
  if (value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

export class MemoryWorkbook {
  sheets: MemorySheet[] = [];
  tables: MemoryTable[] = [];
  /** Workbook-scoped defined names → reference, e.g. "=Beslutsunderlag!$A$1" or '="text"'. */
  readonly names = new Map<string, string>();
  /** Document settings (Office.context.document.settings), persisted with the workbook. */
  readonly settings = new Map<string, string>();
  /** The sheet shown, and the one a saved file opens on; null: the first visible sheet. */
  activeSheet: string | null = null;
  /** The workbook counts dates from 1904-01-01 (Excel for Mac's old default): serials are 1 462 days smaller. */
  date1904 = false;
  /** The package an adapter read the workbook from; opaque here, kept by clone. */
  source: object | null = null;

  /** Excel compares sheet names case-insensitively. */
  getSheet(name: string): MemorySheet | undefined {
    const wanted = excelNameKey(name);
    return this.sheets.find((s) => excelNameKey(s.name) === wanted);
  }

  addSheet(name: string): MemorySheet {
    if (this.getSheet(name)) throw new Error(`A sheet named ${name} exists already`);
    const sheet = new MemorySheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  removeSheet(name: string): void {
    const sheet = this.getSheet(name);
    if (!sheet) return;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet.name);
    if (this.activeSheet === sheet.name) this.activeSheet = null;
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.getSheet(from);
    if (!sheet) throw new Error(`No sheet named ${from}`);
    if (this.getSheet(to) && this.getSheet(to) !== sheet)
      throw new Error(`A sheet named ${to} exists already`);
    for (const t of this.tables) if (t.sheet === sheet.name) t.sheet = to;
    if (this.activeSheet === sheet.name) this.activeSheet = to;
    sheet.name = to;
  }

  /** Excel compares table names case-insensitively. */
  getTable(name: string): MemoryTable | undefined {
    const wanted = excelNameKey(name);
    return this.tables.find((t) => excelNameKey(t.name) === wanted);
  }

  addTable(table: MemoryTable): void {
    if (this.getTable(table.name)) throw new Error(`A table named ${table.name} exists already`);
    if (!this.getSheet(table.sheet)) throw new Error(`No sheet named ${table.sheet}`);
    this.tables.push({ ...table, range: { ...table.range } });
  }

  /** A copy; with shareSheets the sheets are the same objects (for a draft that never changes them). */
  clone(options: { shareSheets?: boolean } = {}): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.sheets = options.shareSheets ? [...this.sheets] : this.sheets.map((s) => s.clone());
    wb.tables = this.tables.map((t) => ({ ...t, range: { ...t.range } }));
    for (const [k, v] of this.names) wb.names.set(k, v);
    for (const [k, v] of this.settings) wb.settings.set(k, v);
    wb.activeSheet = this.activeSheet;
    wb.date1904 = this.date1904;
    wb.source = this.source;
    return wb;
  }
}
