// The browser preview (preview.html): the pane outside Office, on an in-memory
// workbook holding the example data, beside read-only grids of that workbook. Loaded after the
// page's first paint (first-paint.tsx), into the same React root, which it replaces.
//
// URL parameters, for demos and tests: ?lang=en (as if Office's display language were English),
// ?theme=light|dark|highContrast (otherwise the system's preference).
import type { Root } from 'react-dom/client';
import type { FirstView } from '../pane/first-paint/FirstPaint';
import { PreviewApp, previewSession } from './preview-app';
import { themeFrom } from './theme';
import { xlsxFiles } from './xlsx-files';
import { exampleWorkbook } from './example-workbook';

export { exampleWorkbook } from './example-workbook';

/**
 * Renders the preview into root (preview.html's entry), the pane's session on the example started
 * first. firstView: the example's figures as the
 * page's first paint showed them, for the pane to keep showing (as being checked) until it has read
 * the example itself.
 */
export function startPreview(root: Root, firstView: FirstView | null): void {
  const params = new URLSearchParams(window.location.search);
  const officeLanguage = params.get('lang');
  // Started before rendering: the session reads and computes the example (microtasks) before React
  // renders the preview (a task), so the first render already has the verified figures.
  const initial = previewSession(exampleWorkbook(), 'Insatsbudget-exempel', officeLanguage);
  root.render(
    <PreviewApp
      initial={initial}
      initialFirstView={firstView}
      files={xlsxFiles}
      officeLanguage={officeLanguage}
      theme={themeFrom(params)}
    />,
  );
}
