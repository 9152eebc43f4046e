// Mounts the pane into an element for a port: Excel's adapter in Office, the memory port in the preview.
import { createRoot } from 'react-dom/client';
import type { WorkbookPort } from '../workbook/port';
import { Pane, type PaneTheme } from './shell/Pane';

export interface MountOptions {
  /** Office.context.displayLanguage, e.g. 'sv-SE'; null outside Office. */
  officeLanguage: string | null;
  theme?: PaneTheme;
  preview?: boolean;
}

export function mountPane(root: HTMLElement, port: WorkbookPort, options: MountOptions): { unmount(): void } {
  const reactRoot = createRoot(root);
  reactRoot.render(
    <Pane
      port={port}
      officeLanguage={options.officeLanguage}
      theme={options.theme}
      preview={options.preview}
    />,
  );
  return { unmount: () => reactRoot.unmount() };
}

export { Pane, type PaneProps, type PaneTheme } from './shell/Pane';
