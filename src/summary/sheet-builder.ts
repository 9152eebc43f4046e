// A small helper that stacks sections of a sheet top to bottom, so that blocks never overlap and
// every table and formula knows the rows it was written to.
import type Decimal from 'decimal.js';
import type { CellStyle, PlanBlock, PlanCell, PlanChart, PlanTable, SheetPlan } from '../workbook/sheet-plan';
import { a1, columnLetter } from '../workbook/snapshot';
import { DATE_FORMAT, KRONOR_FORMAT } from '../format/excel-formats';

export const STYLE = {
  title: { bold: true, fontSize: 16 } satisfies CellStyle,
  heading: { bold: true, fontSize: 13, borderBottom: true } satisfies CellStyle,
  subheading: { bold: true, fontSize: 11 } satisfies CellStyle,
  header: { bold: true, wrap: true, vertical: 'bottom' } satisfies CellStyle,
  note: { italic: true, fontColor: '#595959', wrap: true, vertical: 'top' } satisfies CellStyle,
  /** A remark beside other cells: never wrapped, so the row keeps its height. */
  aside: { italic: true, fontColor: '#595959' } satisfies CellStyle,
  wrapped: { wrap: true, vertical: 'top' } satisfies CellStyle,
  /** Names in a table's rows. One object for all: the writers find a cell's format by its style's identity. */
  wrap: { wrap: true } satisfies CellStyle,
  total: { bold: true, borderTop: true } satisfies CellStyle,
};

export const text = (value: string, style?: CellStyle): PlanCell =>
  style ? { kind: 'text', text: value, style } : { kind: 'text', text: value };

/**
 * A cell's number: the engine's whole kronor come as bigint (exact below 2^53 kr), the rest as
 * Decimal, or as a number already made from one.
 */
type Amount = Decimal | bigint | number;
const numberOf = (value: Amount): number =>
  typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : value.toNumber();

export const num = (value: Amount, format: string, style?: CellStyle): PlanCell =>
  style
    ? { kind: 'number', value: numberOf(value), format, style }
    : { kind: 'number', value: numberOf(value), format };

export const money = (value: Amount, style?: CellStyle): PlanCell => num(value, KRONOR_FORMAT, style);

export const date = (iso: string, style?: CellStyle): PlanCell =>
  style ? { kind: 'date', iso, format: DATE_FORMAT, style } : { kind: 'date', iso, format: DATE_FORMAT };

export const formula = (f: string, expected: Amount, format: string, style?: CellStyle): PlanCell =>
  style
    ? { kind: 'formula', formula: f, format, expected: numberOf(expected), style }
    : { kind: 'formula', formula: f, format, expected: numberOf(expected) };

/** "=SUM(D12:D15)" over one column's rows (0-based, inclusive). */
export const sumColumn = (column: number, firstRow: number, lastRow: number): string =>
  `=SUM(${a1(firstRow, column)}:${a1(lastRow, column)})`;

/** "=SUM(B5,D5:G5)" over runs of columns in one row. */
export function sumRow(row: number, runs: ReadonlyArray<readonly [number, number]>): string {
  const parts = runs.map(([from, to]) => (from === to ? a1(row, from) : `${a1(row, from)}:${a1(row, to)}`));
  return `=SUM(${parts.join(',')})`;
}

export const rangeA1 = (top: number, left: number, bottom: number, right: number): string =>
  `${a1(top, left)}:${a1(bottom, right)}`;

/** Where a table landed: header row and data rows, 0-based worksheet rows. */
export interface PlacedTable {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  columns: number;
}

/**
 * The summary always sets the plan's row heights and print layout (optional in SheetPlan, since
 * input-table plans have none), so its plans type them as present.
 */
export type SummaryLayout = Required<Pick<SheetPlan, 'rowHeights' | 'print'>>;
export type SummarySheetPlan = SheetPlan & SummaryLayout;

/** Points per line of 11 pt text, as Excel's default row. */
const LINE_HEIGHT = 15;
/**
 * Characters of running text per column-width unit. Width units are the width of the digit 0
 * (7 px in Calibri 11); average Swedish text in Calibri (or its metric twin Carlito, LibreOffice's
 * stand-in) is about 5.5 px a character, 1.25 a unit, and wrapping at word boundaries wastes some:
 * 1.05 errs towards a row a little too tall rather than a line cut off (checked in the PDF).
 */
export const CHARS_PER_WIDTH_UNIT = 1.05;

/** Lines a wrapped text needs in a cell this many width units wide, wrapping at spaces. */
export function wrappedLines(value: string, widthUnits: number, fontSize = 11): number {
  const perLine = Math.max(1, Math.floor((widthUnits * CHARS_PER_WIDTH_UNIT * 11) / fontSize));
  // A text no longer than a line fits on it, however it splits (most names in a table's rows).
  if (value.length <= perLine) return 1;
  let lines = 1;
  let used = 0;
  for (const word of value.split(/\s+/)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines += 1;
      used = length;
    }
    while (used > perLine) {
      lines += 1;
      used -= perLine;
    }
  }
  return lines;
}

/** A4 in points, and the page margins the writers leave (Excel's defaults: 0,7" sides, 0,75" top and bottom). */
const A4 = { short: 595.3, long: 841.9 };
const MARGIN = { side: 0.7 * 72, end: 0.75 * 72 };

/**
 * The height in sheet points that one printed page holds when the sheet is fit to one page wide:
 * the scale is the page's printable width over the columns' width (7 px a unit + 5 px, 0,75 pt a px).
 */
export function pageHeightInSheetPoints(
  widths: readonly number[],
  orientation: 'portrait' | 'landscape',
): number {
  const pageWidth = (orientation === 'portrait' ? A4.short : A4.long) - 2 * MARGIN.side;
  const pageHeight = (orientation === 'portrait' ? A4.long : A4.short) - 2 * MARGIN.end;
  const sheetWidth = widths.reduce((a, w) => a + (w * 7 + 5) * 0.75, 0);
  const scale = Math.min(1, pageWidth / sheetWidth);
  return pageHeight / scale;
}

export class SheetBuilder {
  readonly blocks: PlanBlock[] = [];
  readonly merges: string[] = [];
  readonly tables: PlanTable[] = [];
  readonly charts: PlanChart[] = [];
  readonly rowHeights: Array<{ row: number; height: number }> = [];
  /** The next free row, 0-based. */
  next = 0;

  /** mergeWidth: columns that titles and running text span; widths: every column's width. */
  constructor(
    private readonly mergeWidth: number,
    readonly widths: readonly number[],
  ) {}

  /**
   * Writes rows at the next free row, starting in column A; returns the first row. A row whose
   * wrapped text needs more than one line gets its height: Excel autofits such rows, but not every
   * program a party opens the workbook in does (LibreOffice keeps the default height).
   */
  put(rows: PlanCell[][], measure = true): number {
    const row = this.next;
    if (rows.length > 0) this.blocks.push({ row, column: 0, cells: rows });
    if (measure) rows.forEach((cells, r) => this.fitHeight(row + r, cells));
    this.next += rows.length;
    return row;
  }

  private fitHeight(row: number, cells: readonly PlanCell[]): void {
    let height = 0;
    cells.forEach((cell, column) => {
      if (cell?.kind !== 'text' || !cell.style?.wrap) return;
      const fontSize = cell.style.fontSize ?? 11;
      const lines = wrappedLines(cell.text, this.widths[column] ?? 8.43, fontSize);
      if (lines > 1) height = Math.max(height, Math.ceil((lines * LINE_HEIGHT * fontSize) / 11));
    });
    if (height > 0) this.rowHeights.push({ row, height });
  }

  /**
   * One row of cells from column A, and a text from column `from` merged to the text width (a reason
   * beside the figures it explains); the row is as high as the taller of the two needs.
   */
  putWithMergedTail(cells: PlanCell[], from: number, value: string, style: CellStyle): number {
    // No reason: no empty merged cell (a merge without a value is a trap for some readers).
    if (value === '') return this.put([cells]);
    const row = this.put(
      [[...cells, ...Array.from({ length: from - cells.length }, () => null), text(value, style)]],
      false,
    );
    this.fitHeight(row, cells);
    // Rows are placed in order (next only grows), so only the fitHeight just above can have set
    // this row's height, as the last entry: no search of every height so far (a search per
    // adjustment over the 20 000-row staffing table's heights was quadratic).
    const last = this.rowHeights.length - 1;
    const own = last >= 0 && this.rowHeights[last]!.row === row ? last : -1;
    const width = this.widths.slice(from, this.mergeWidth).reduce((a, w) => a + w, 0);
    const fontSize = style.fontSize ?? 11;
    const lines = style.wrap ? wrappedLines(value, width, fontSize) : 1;
    const height = Math.ceil((lines * LINE_HEIGHT * fontSize) / 11);
    if (own >= 0) this.rowHeights[own]!.height = Math.max(this.rowHeights[own]!.height, height);
    else if (lines > 1) this.rowHeights.push({ row, height });
    if (this.mergeWidth - 1 > from) this.merges.push(rangeA1(row, from, row, this.mergeWidth - 1));
    return row;
  }

  /** Points that rows [from, to) take: their set heights, Excel's default row elsewhere. */
  heightOf(from: number, to: number): number {
    const set = new Map(this.rowHeights.map((h) => [h.row, h.height]));
    let h = 0;
    for (let r = from; r < to; r++) h += set.get(r) ?? LINE_HEIGHT;
    return h;
  }

  /**
   * Page breaks that keep each of the given row spans on one page where it fits one: a span that
   * would cross the end of a page starts the next one. Spans in order, [from, to).
   */
  breaksKeeping(spans: ReadonlyArray<readonly [number, number]>, pageHeight: number): number[] {
    const breaks: number[] = [];
    let pageStart = 0;
    for (const [from, to] of spans) {
      if (this.heightOf(pageStart, to) > pageHeight && from > pageStart) {
        breaks.push(from);
        pageStart = from;
      }
    }
    return breaks;
  }

  gap(rows = 1): void {
    this.next += rows;
  }

  /** One text cell merged across the sheet's text width (titles, decision texts, notes). */
  putMerged(value: string, style?: CellStyle): number {
    const row = this.put([[text(value, style)]], false);
    if (this.mergeWidth > 1) this.merges.push(`A${row + 1}:${columnLetter(this.mergeWidth - 1)}${row + 1}`);
    if (style?.wrap) {
      const width = this.widths.slice(0, this.mergeWidth).reduce((a, w) => a + w, 0);
      const fontSize = style.fontSize ?? 11;
      const lines = wrappedLines(value, width, fontSize);
      if (lines > 1) this.rowHeights.push({ row, height: Math.ceil((lines * LINE_HEIGHT * fontSize) / 11) });
    }
    return row;
  }

  /** An Excel table: header row and data rows, registered as a PlanTable. Needs at least one row. */
  putTable(
    name: string,
    headers: readonly string[],
    rows: PlanCell[][],
    style = 'TableStyleLight9',
  ): PlacedTable {
    const headerRow = this.put([headers.map((h) => text(h, STYLE.header)), ...rows]);
    const lastDataRow = headerRow + rows.length;
    this.tables.push({ name, range: rangeA1(headerRow, 0, lastDataRow, headers.length - 1), style });
    return { headerRow, firstDataRow: headerRow + 1, lastDataRow, columns: headers.length };
  }
}
