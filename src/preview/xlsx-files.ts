// Opening and downloading .xlsx in the preview. ExcelJS is large: it is imported only when the user
// opens or downloads a workbook, so it never weighs on the pane's first load.
import type { WorkbookFiles } from './preview-app';

export const xlsxFiles: WorkbookFiles = {
  async open(bytes) {
    const { readXlsxData } = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx/read');
    return readXlsxData(bytes);
  },
  async save(workbook) {
    const { writeXlsxData } = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx/write');
    return writeXlsxData(workbook);
  },
};
