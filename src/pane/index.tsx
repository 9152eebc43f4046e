// Task pane entry point: in Excel, the pane on the Office.js adapter; in a plain browser, the
// preview on an in-memory workbook (loaded only then, so the add-in never downloads it).
import { createExcelPort } from '../adapters/excel';
import { mountPane } from './mount';
import { themeOf } from './theme';

Office.onReady((info) => {
  const root = document.getElementById('root')!;
  if (info.host === Office.HostType.Excel) {
    mountPane(root, createExcelPort(), {
      officeLanguage: Office.context.displayLanguage ?? null,
      theme: themeOf(
        Office.context.officeTheme,
        typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches,
      ),
    });
  } else {
    void import(/* webpackChunkName: "preview" */ '../preview/start').then((m) => m.startPreview(root));
  }
});
