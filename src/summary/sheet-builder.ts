// A small helper that stacks sections of a sheet top to bottom, so that blocks never overlap and
// every table and formula knows the rows it was written to.
import type Decimal from 'decimal.js';
import type { CellStyle, PlanBlock, PlanCell, PlanChart, PlanTable } from '../workbook/sheet-plan';
import { a1, columnLetter } from '../workbook/snapshot';
import { DATE_FORMAT, KRONOR_FORMAT } from '../format/excel-formats';

export const STYLE = {
  title: { bold: true, fontSize: 16 } satisfies CellStyle,
  heading: { bold: true, fontSize: 13, borderBottom: true } satisfies CellStyle,
  header: { bold: true, wrap: true, vertical: 'bottom' } satisfies CellStyle,
  note: { italic: true, fontColor: '#595959' } satisfies CellStyle,
  wrapped: { wrap: true, vertical: 'top' } satisfies CellStyle,
  total: { bold: true, borderTop: true } satisfies CellStyle,
};

export const text = (value: string, style?: CellStyle): PlanCell =>
  style ? { kind: 'text', text: value, style } : { kind: 'text', text: value };

export const num = (value: Decimal, format: string, style?: CellStyle): PlanCell =>
  style
    ? { kind: 'number', value: value.toNumber(), format, style }
    : { kind: 'number', value: value.toNumber(), format };

export const money = (value: Decimal, style?: CellStyle): PlanCell => num(value, KRONOR_FORMAT, style);

export const date = (iso: string, style?: CellStyle): PlanCell =>
  style ? { kind: 'date', iso, format: DATE_FORMAT, style } : { kind: 'date', iso, format: DATE_FORMAT };

export const formula = (f: string, expected: Decimal, format: string, style?: CellStyle): PlanCell =>
  style
    ? { kind: 'formula', formula: f, format, expected: expected.toNumber(), style }
    : { kind: 'formula', formula: f, format, expected: expected.toNumber() };

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

export class SheetBuilder {
  readonly blocks: PlanBlock[] = [];
  readonly merges: string[] = [];
  readonly tables: PlanTable[] = [];
  readonly charts: PlanChart[] = [];
  /** The next free row, 0-based. */
  next = 0;

  constructor(private readonly mergeWidth: number) {}

  /** Writes rows at the next free row, starting in column A; returns the first row. */
  put(rows: PlanCell[][]): number {
    const row = this.next;
    if (rows.length > 0) this.blocks.push({ row, column: 0, cells: rows });
    this.next += rows.length;
    return row;
  }

  gap(rows = 1): void {
    this.next += rows;
  }

  /** One text cell merged across the sheet's text width (titles, decision texts, notes). */
  putMerged(value: string, style?: CellStyle): number {
    const row = this.put([[text(value, style)]]);
    if (this.mergeWidth > 1) this.merges.push(`A${row + 1}:${columnLetter(this.mergeWidth - 1)}${row + 1}`);
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
