// The browser preview (preview.html): the pane outside Office, on an in-memory
// workbook holding the example data, beside read-only grids of that workbook. Loaded after the
// page's first paint (first-paint.tsx) has drawn the example's figures, into the same React root,
// which it replaces.
//
// URL parameters, for demos and tests: ?lang=en (as if Office's display language were English),
// ?theme=light|dark|highContrast (otherwise the system's preference).
import type { Root } from 'react-dom/client';
import type { FirstView } from '../pane/first-paint/FirstPaint';
import { PreviewApp } from './preview-app';
import type { PreviewSession } from './preview-session';
import { themeFrom } from './theme';
import { xlsxFiles } from './xlsx-files';

/**
 * Renders the preview into root (preview.html's entry), on the example's session, which the entry
 * started (and whose figures the first paint may already show). firstView: the example's figures as
 * the page's first paint showed them, for the pane to keep showing (as being checked) until it has
 * read the example itself.
 */
export function startPreview(root: Root, firstView: FirstView | null, initial: PreviewSession): void {
  const params = new URLSearchParams(window.location.search);
  root.render(
    <PreviewApp
      initial={initial}
      initialFirstView={firstView}
      files={xlsxFiles}
      officeLanguage={params.get('lang')}
      theme={themeFrom(params)}
    />,
  );
}
