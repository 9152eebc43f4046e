// The browser preview: the pane outside Office (Office.onReady reports no host), on an in-memory
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
import { quietOfficeTelemetry } from './quiet-office';

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

/** Renders the preview into root. Called by the pane's entry when Office reports no host. */
export async function startPreview(root: HTMLElement): Promise<void> {
  quietOfficeTelemetry();
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
