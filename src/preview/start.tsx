// The browser preview (preview.html): the pane outside Office, on an in-memory
// workbook holding the example data, beside read-only grids of that workbook.
//
// URL parameters, for demos and tests: ?lang=en (as if Office's display language were English),
// ?theme=light|dark|highContrast (otherwise the system's preference).
import { createRoot } from 'react-dom/client';
import { MemoryWorkbook } from '../adapters/memory/memory-workbook';
import { createInputTablesIn } from '../adapters/memory/memory-port';
import { examplePlans } from '../contract';
import { mountPane } from '../pane/mount';
import { PreviewApp, type PreviewTheme } from './preview-app';
import { xlsxFiles } from './xlsx-files';

/** A new in-memory workbook with the example workbook's input tables. */
export function exampleWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  createInputTablesIn(workbook, examplePlans());
  return workbook;
}

function themeFrom(params: URLSearchParams): PreviewTheme {
  const asked = params.get('theme');
  if (asked === 'light' || asked === 'dark' || asked === 'highContrast') return asked;
  if (typeof matchMedia === 'function') {
    if (matchMedia('(forced-colors: active)').matches) return 'highContrast';
    if (matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  }
  return 'light';
}

/** Renders the preview into root (preview.html's entry). */
export async function startPreview(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const officeLanguage = params.get('lang');
  createRoot(root).render(
    <PreviewApp
      initial={exampleWorkbook()}
      initialName="Insatsbudget-exempel"
      mountPane={mountPane}
      files={xlsxFiles}
      officeLanguage={officeLanguage}
      theme={themeFrom(params)}
    />,
  );
}
