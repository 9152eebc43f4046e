// Which date system the workbook counts in, from what Excel shows. The Excel JavaScript API has no
// released member for it: Workbook.use1904DateSystem exists only in the preview API (ExcelApi BETA;
// in no set up to 1.21, not in @types/office-js nor in the client @microsoft/office-js ships), and
// preview APIs are not for production add-ins. But Range.text is the value as Excel displays it,
// counted in the workbook's own date system, while Range.values gives the bare serial. A date
// shown with its year tells the two systems apart: the same serial is 1 462 days (four years and
// a day) later in the 1904 system, so its year differs.
import type { CellValue } from '../../workbook/snapshot';
import { isDateFormat, serialToIso } from '../../workbook/excel-dates';

export interface ShownCell {
  value: CellValue;
  numberFormat: string;
  /** Range.text of the cell. */
  text: string;
}

/**
 * true: 1904; false: 1900; null when no cell shows a year that only one system gives (no date
 * shown with a four-digit year, or cells that disagree).
 */
export function dateSystemFromText(cells: readonly ShownCell[]): boolean | null {
  let answer: boolean | null = null;
  for (const { value, numberFormat, text } of cells) {
    if (typeof value !== 'number' || typeof text !== 'string' || !isDateFormat(numberFormat)) continue;
    const years = new Set((text.match(/(?<!\d)\d{4}(?!\d)/g) ?? []).map(Number));
    const y1900 = yearOf(serialToIso(value, false));
    const y1904 = yearOf(serialToIso(value, true));
    if (y1900 === null || y1904 === null) continue;
    const vote =
      years.has(y1904) && !years.has(y1900) ? true : years.has(y1900) && !years.has(y1904) ? false : null;
    if (vote === null) continue;
    if (answer !== null && answer !== vote) return null;
    answer = vote;
  }
  return answer;
}

function yearOf(iso: string | null): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}
