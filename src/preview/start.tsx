// The browser preview: the pane outside Office, on an in-memory workbook with the example data.
import { createRoot } from 'react-dom/client';

/** Renders the preview into root. Called by the pane's entry when Office reports no host. */
export async function startPreview(root: HTMLElement): Promise<void> {
  createRoot(root).render(<p>Förhandsvisning</p>);
}
