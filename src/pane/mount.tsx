// Mounts the pane into an element for a port: Excel's adapter in Office, the memory port in the preview.
import { createRoot } from 'react-dom/client';
import type { WorkbookPort } from '../workbook/port';
import { Pane, type PaneTheme } from './shell/Pane';
import type { FirstView } from '../session/views/first-view-model';

export interface MountOptions {
  /** Office.context.displayLanguage, e.g. 'sv-SE'; null outside Office. */
  officeLanguage: string | null;
  theme?: PaneTheme;
  preview?: boolean;
  /** Figures from last time, shown as being checked until the session has read the workbook. */
  firstView?: FirstView | null;
}

export function mountPane(root: HTMLElement, port: WorkbookPort, options: MountOptions): { unmount(): void } {
  const reactRoot = createRoot(root);
  reactRoot.render(
    <Pane
      port={port}
      officeLanguage={options.officeLanguage}
      theme={options.theme}
      preview={options.preview}
      firstView={options.firstView}
    />,
  );
  return { unmount: () => reactRoot.unmount() };
}

export { Pane, startedSession, type PaneProps, type PaneTheme } from './shell/Pane';
