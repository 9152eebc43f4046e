// Text stays text. Microsoft documents that a string assigned to Range.values is taken like typed
// input: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
// interprets this value as a formula" (Excel.Range.values, ExcelApi 1.1), and strings such as
// "00123", "2024-10-01" or "50%" become numbers and dates. A cell whose number format is Text ('@')
// keeps what is entered as text, formulas included. So every text cell is written by
// prepareTextCell: the '@' format is set on the cell BEFORE its value, in the same batch (queued
// operations run in order). A leading apostrophe is not used: what Office.js does with it is not
// documented, and Excel drops it from the value when read back (OfficeDev/office-js#6687), so a
// round trip would not be stable.
import type { CellValue } from '../../workbook/snapshot';

export const TEXT_FORMAT = '@';

export interface PreparedCell {
  value: CellValue;
  /** Number format to set before the value ('@' for text), or null to leave the cell's format. */
  formatBefore: string | null;
}

/** The one way a text cell is written, whatever its first character. */
export function prepareTextCell(text: string): PreparedCell {
  return { value: text, formatBefore: TEXT_FORMAT };
}

/** Any cell value of an input row: strings through prepareTextCell, numbers and booleans as they are. */
export function prepareValue(value: CellValue): PreparedCell {
  if (typeof value === 'string')
    return value === '' ? { value: '', formatBefore: null } : prepareTextCell(value);
  return { value, formatBefore: null };
}
