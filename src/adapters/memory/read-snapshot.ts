// Reads a MemoryWorkbook the way the Excel adapter reads Excel: tables as grids.
import type { MemorySheet, MemoryWorkbook } from './memory-workbook';
import type { CellType, CellValue, SheetInfo, TableGrid, WorkbookSnapshot } from '../../workbook/snapshot';
import { isOwnedSheet } from './ownership';

export function readSnapshot(workbook: MemoryWorkbook): WorkbookSnapshot {
  const tables: TableGrid[] = [];
  const lastRows = new Map<MemorySheet, number>();
  for (const table of workbook.tables) {
    const sheet = workbook.getSheet(table.sheet);
    // The summary's tables are output, never input; the Excel adapter does not read them either.
    if (!sheet || isOwnedSheet(workbook, sheet.name)) continue;
    const { top, left, right } = table.range;
    // A table over whole columns (down to row 1 048 576) is read only as far as the sheet has cells.
    let lastUsed = lastRows.get(sheet);
    if (lastUsed === undefined) lastRows.set(sheet, (lastUsed = lastRow(sheet)));
    // An Excel table always has a data row, also an empty one (the template's, which the first
    // cut fills), so at least that one is read.
    const bottom = Math.min(table.range.bottom, Math.max(lastUsed, top + 1));
    const headers: string[] = [];
    for (let c = left; c <= right; c++) headers.push(String(sheet.getCell(top, c).value));
    const values: CellValue[][] = [];
    const formulasWithoutValue: Array<{ row: number; column: number }> = [];
    const numberFormats: string[][] = [];
    const valueTypes: CellType[][] = [];
    for (let r = top + 1; r <= bottom; r++) {
      const rowValues: CellValue[] = [];
      const rowFormats: string[] = [];
      const rowTypes: CellType[] = [];
      for (let c = left; c <= right; c++) {
        const cell = sheet.getCell(r, c);
        if (cell.formula && cell.type === 'Empty')
          formulasWithoutValue.push({ row: r - top - 1, column: c - left });
        rowValues.push(cell.value);
        rowFormats.push(cell.numberFormat);
        rowTypes.push(cell.type);
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
      valueTypes.push(rowTypes);
    }
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
      ...below(sheet, table.range),
    });
  }
  return { tables, sheets: sheetInfos(workbook) };
}

/** The sheets with their ownership, without reading any table. */
export function sheetInfos(workbook: MemoryWorkbook): SheetInfo[] {
  return workbook.sheets.map((s) => ({ name: s.name, ownedByAddin: isOwnedSheet(workbook, s.name) }));
}

/** The last 0-based row that holds a cell, or -1. */
function lastRow(sheet: MemorySheet): number {
  let last = -1;
  for (const k of sheet.cells.keys()) {
    const row = Number(k.slice(0, k.indexOf(',')));
    if (row > last) last = row;
  }
  return last;
}

/** The first row under the table that holds a value in one of its columns (rows typed below it). */
function below(
  sheet: MemorySheet,
  range: { left: number; right: number; bottom: number },
): { firstRowBelow?: number } {
  let first = Infinity;
  for (const [k, cell] of sheet.cells) {
    if (cell.type === 'Empty' && !cell.formula) continue;
    const i = k.indexOf(',');
    const row = Number(k.slice(0, i));
    const col = Number(k.slice(i + 1));
    if (row > range.bottom && row < first && col >= range.left && col <= range.right) first = row;
  }
  return first === Infinity ? {} : { firstRowBelow: first + 1 };
}
