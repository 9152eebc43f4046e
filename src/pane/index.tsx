// Task pane entry point (taskpane.html, the page the manifest names): the pane on the Office.js
// adapter. The first download holds only React, Fluent's provider and a spinner (PaneLoading); the
// pane itself is a chunk whose download starts at once, while office.js is still starting.
// Opened in a plain browser, Office.onReady reports no host and the page moves on to the preview,
// which has its own page without office.js (preview.html) so that it never waits for it.
import { createRoot } from 'react-dom/client';
import { PaneLoading } from './loading';
import { themeOf } from './theme';

const pane = import(/* webpackChunkName: "pane" */ './excel-pane');

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    window.location.replace(`preview.html${window.location.search}`);
    return;
  }
  const officeLanguage = Office.context.displayLanguage ?? null;
  const theme = themeOf(
    Office.context.officeTheme,
    typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches,
  );
  const root = createRoot(document.getElementById('root')!);
  root.render(<PaneLoading theme={theme} officeLanguage={officeLanguage} />);
  pane.then(
    ({ createExcelPort, Pane }) =>
      root.render(<Pane port={createExcelPort()} officeLanguage={officeLanguage} theme={theme} />),
    () => root.render(<PaneLoading theme={theme} officeLanguage={officeLanguage} failed />),
  );
});
