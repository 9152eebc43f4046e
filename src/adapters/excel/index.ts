// The Office.js adapter: the pane's WorkbookPort in Excel.
export { createExcelPort } from './excel-port';
export type { ExcelPortOptions } from './excel-port';
