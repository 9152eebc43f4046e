// Reads a MemoryWorkbook the way the Excel adapter reads Excel: tables as grids.
import { EMPTY_CELL, type MemoryCell, type MemorySheet, type MemoryWorkbook } from './memory-workbook';
import type { CellType, CellValue, SheetInfo, TableGrid, WorkbookSnapshot } from '../../workbook/snapshot';
import { isOwnedSheet } from './ownership';

export function readSnapshot(workbook: MemoryWorkbook): WorkbookSnapshot {
  const tables: TableGrid[] = [];
  const cellsBySheet = new Map<MemorySheet, SheetCells>();
  for (const table of workbook.tables) {
    const sheet = workbook.getSheet(table.sheet);
    // The summary's tables are output, never input; the Excel adapter does not read them either.
    if (!sheet || isOwnedSheet(workbook, sheet.name)) continue;
    let cells = cellsBySheet.get(sheet);
    if (!cells) cellsBySheet.set(sheet, (cells = sheetCells(sheet)));
    const { top, left, right } = table.range;
    // A table over whole columns (down to row 1 048 576) is read only as far as the sheet has cells.
    // An Excel table always has a data row, also an empty one (the template's, which the first
    // cut fills), so at least that one is read.
    const bottom = Math.min(table.range.bottom, Math.max(cells.lastRow, top + 1));
    const headers: string[] = [];
    for (let c = left; c <= right; c++) headers.push(String(sheet.getCell(top, c).value));
    const width = right - left + 1;
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const valueTypes: CellType[][] = [];
    for (let r = top + 1; r <= bottom; r++) {
      values.push(new Array<CellValue>(width).fill(EMPTY_CELL.value));
      numberFormats.push(new Array<string>(width).fill(EMPTY_CELL.numberFormat));
      valueTypes.push(new Array<CellType>(width).fill(EMPTY_CELL.type));
    }
    const formulasWithoutValue: Array<{ row: number; column: number }> = [];
    let firstBelow = Infinity;
    // The table's own total row is not a row typed below it.
    const lastOfTable = table.range.bottom + (table.totalsRows ?? 0);
    // One pass over the sheet's cells, not a lookup by a made key per grid cell.
    for (let i = 0; i < cells.rows.length; i++) {
      const r = cells.rows[i]!;
      const c = cells.columns[i]!;
      if (c < left || c > right) continue;
      const cell = cells.cells[i]!;
      if (r > top && r <= bottom) {
        const row = r - top - 1;
        const column = c - left;
        if (cell.formula && cell.type === 'Empty') formulasWithoutValue.push({ row, column });
        values[row]![column] = cell.value;
        numberFormats[row]![column] = cell.numberFormat;
        valueTypes[row]![column] = cell.type;
      }
      // Rows typed below the table: the first that holds a value in one of its columns.
      if (r > lastOfTable && r < firstBelow && (cell.type !== 'Empty' || cell.formula)) firstBelow = r;
    }
    formulasWithoutValue.sort((x, y) => x.row - y.row || x.column - y.column);
    tables.push({
      name: table.name,
      sheet: sheet.name,
      headerRow: top + 1,
      firstColumn: left,
      headers,
      values,
      numberFormats,
      valueTypes,
      ...(workbook.date1904 ? { date1904: true } : {}),
      ...(formulasWithoutValue.length ? { formulasWithoutValue } : {}),
      ...(firstBelow === Infinity ? {} : { firstRowBelow: firstBelow + 1 }),
    });
  }
  return { tables, sheets: sheetInfos(workbook) };
}

/** A sheet's cells with their 0-based rows and columns read once from the keys, and the last row (-1: none). */
interface SheetCells {
  rows: number[];
  columns: number[];
  cells: MemoryCell[];
  lastRow: number;
}

function sheetCells(sheet: MemorySheet): SheetCells {
  const out: SheetCells = { rows: [], columns: [], cells: [], lastRow: -1 };
  cells: for (const [k, cell] of sheet.cells) {
    // 'row,column', read without a slice or a split per cell. A key that is not two whole numbers
    // (a row 0 or a broken r="…" in a file) is at no place a table or getCell reaches.
    let i = 0;
    let row = 0;
    let column = 0;
    for (let code = k.charCodeAt(0); code !== 44; code = k.charCodeAt(++i)) {
      if (!(code >= 48 && code <= 57)) continue cells;
      row = row * 10 + (code - 48);
    }
    if (i === 0 || i === k.length - 1) continue;
    for (i++; i < k.length; i++) {
      const code = k.charCodeAt(i);
      if (!(code >= 48 && code <= 57)) continue cells;
      column = column * 10 + (code - 48);
    }
    out.rows.push(row);
    out.columns.push(column);
    out.cells.push(cell);
    if (row > out.lastRow) out.lastRow = row;
  }
  return out;
}

/** The sheets with their ownership, without reading any table. */
export function sheetInfos(workbook: MemoryWorkbook): SheetInfo[] {
  return workbook.sheets.map((s) => ({ name: s.name, ownedByAddin: isOwnedSheet(workbook, s.name) }));
}
