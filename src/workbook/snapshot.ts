// What an adapter reads from a workbook: plain grids shaped like Office.js Range properties, so
// the Excel adapter copies them as they come and every other adapter imitates Excel.

/** A cell value as Office.js `Range.values` gives it: '' for an empty cell; dates are serial numbers. */
export type CellValue = string | number | boolean;

/** As Office.js `Range.valueTypes`. An 'Error' cell's value is its error text, e.g. '#REF!'. */
export type CellType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

/** One Excel table (ListObject) with its header and data rows. */
export interface TableGrid {
  /** The table's name as Excel has it, e.g. 'Bemanning' or 'Tabell3'. */
  name: string;
  /** The worksheet the table is on. */
  sheet: string;
  /** 1-based worksheet row of the header row. */
  headerRow: number;
  /** 0-based worksheet column of the table's first column (A = 0). */
  firstColumn: number;
  /** Header texts as written. */
  headers: string[];
  /** Data rows only (no header, no total row); each as wide as headers. */
  values: CellValue[][];
  /** Number formats of the data cells, same shape as values ('General', '0%', 'yyyy-mm-dd', …). */
  numberFormats: string[][];
  /** Same shape as values. */
  valueTypes: CellType[][];
  /**
   * Cells that hold a formula without a computed value (files written by scripts, openpyxl,
   * ExcelJS): 0-based data row and column within the grid. Their value reads as empty.
   */
  formulasWithoutValue?: Array<{ row: number; column: number }>;
  /** 1-based worksheet row of the first non-empty row directly below the table, within its columns, if any. */
  firstRowBelow?: number;
  /** The workbook counts dates from 1904 (serials 1 462 days smaller than in the 1900 system); absent: 1900. */
  date1904?: boolean;
}

export interface SheetInfo {
  name: string;
  /** The sheet was written by Insatsbudget (its ownership mark is present). */
  ownedByAddin: boolean;
}

export interface WorkbookSnapshot {
  tables: TableGrid[];
  sheets: SheetInfo[];
}

/** 'A' for 0, 'AA' for 26. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0 for 'A', 26 for 'AA'. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based row/column pair, e.g. (6, 3) → 'D7'. */
export function a1(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

/** Sheet-qualified address as Excel writes it: Bemanning!D7, 'Min flik'!A1. */
export function qualified(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}
