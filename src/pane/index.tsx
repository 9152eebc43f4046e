// Task pane entry point (taskpane.html, the page the manifest names): the pane on the Office.js
// adapter. The first download holds only React and the first paint in plain CSS (PaneLoading: this
// workbook's figures from last time, marked as being checked, or a spinner), with what the Excel
// adapter keeps in the user's browser storage (local-store.ts: the first view and the language the
// user chose). The session (no Fluent) and the pane itself (Fluent) are two chunks whose downloads
// start at once, while office.js is still starting; the session's figures are drawn by the first
// paint, verified, when it is done before the pane (see below).
// Opened in a plain browser, Office.onReady reports no host and the page moves on to the preview,
// which has its own page without office.js (preview.html) so that it never waits for it.
import type { ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { PaneLoading } from './loading';
import { themeOf } from './theme';
import { keepFirstView, loadFirstView, savedLanguage } from '../adapters/excel/local-store';
import { storedFirstView } from '../session/views/first-view-model';

// Both downloads start at once, while office.js is still starting. The session's chunk (no Fluent)
// reads and computes the workbook; if it is done before the pane's chunk is evaluated, the first
// paint draws its figures as verified, so that they do not wait for Fluent.
const paneSession = import(/* webpackChunkName: "pane-session" */ './excel-session');
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
  // This workbook's figures from the pane's last run, shown as being checked until read again, in
  // the language the user chose in the pane (Office's only when none was chosen).
  const firstView = storedFirstView(loadFirstView());
  const language = savedLanguage();
  const root = createRoot(document.getElementById('root')!);
  // The first paint's states: figures from last time (or a spinner), verified, failed.
  const loading = (
    state: Omit<ComponentProps<typeof PaneLoading>, 'theme' | 'officeLanguage' | 'savedLanguage'>,
  ) =>
    root.render(
      <PaneLoading theme={theme} officeLanguage={officeLanguage} savedLanguage={language} {...state} />,
    );
  const failed = () => loading({ failed: true });
  loading({ firstView });
  paneSession.then(({ createExcelPort, startedSession, verifiedPaint }) => {
    const port = createExcelPort();
    const session = startedSession(port, { officeLanguage, savedLanguage: language });
    let paneShown = false;
    void session.idle().then(() => {
      const verified = verifiedPaint(session.getState(), firstView);
      if (paneShown || !verified) return;
      loading({ firstView, verified });
    });
    pane.then(({ Pane }) => {
      paneShown = true;
      root.render(
        <Pane
          port={port}
          session={session}
          officeLanguage={officeLanguage}
          savedLanguage={language}
          theme={theme}
          firstView={firstView}
          keepFirstView={keepFirstView}
        />,
      );
    }, failed);
  }, failed);
});
