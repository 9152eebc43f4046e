// Task pane entry point (taskpane.html, the page the manifest names): the pane on the Office.js
// adapter. Opened in a plain browser, Office.onReady reports no host and the page moves on to the
// preview, which has its own page without office.js (preview.html) so that it never waits for it.
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
    window.location.replace(`preview.html${window.location.search}`);
  }
});
