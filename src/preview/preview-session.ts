// The preview's sessions, apart from its Fluent frame (preview-app.tsx): preview.html loads this
// as its own chunk (session, contract, engine, the in-memory workbook; no Fluent), starts the
// session on the example and draws its figures as verified in the first paint (first-paint.tsx)
// before the preview's frame and pane are evaluated.
import type { MemoryWorkbook } from '../adapters/memory/memory-workbook';
import { startedSession } from '../pane/shell/started-session';
import { PreviewPort } from './preview-port';
import { exampleWorkbook } from './example-workbook';

export { verifiedPaint } from '../pane/first-paint/verified';

/** A workbook in the preview: its port and the pane's meeting session on it, started at once. */
export interface PreviewSession {
  workbook: MemoryWorkbook;
  port: PreviewPort;
  meeting: ReturnType<typeof startedSession>;
  name: string;
  id: number;
}

let sessions = 0;

/**
 * The pane's session starts reading and computing the workbook here, before the preview renders:
 * for the example at page start (index.tsx) it is done before the preview's code is evaluated, and
 * the first paint draws its figures.
 */
export function previewSession(
  workbook: MemoryWorkbook,
  name: string,
  officeLanguage: string | null,
): PreviewSession {
  const port = new PreviewPort(workbook);
  return { workbook, port, meeting: startedSession(port, { officeLanguage }), name, id: ++sessions };
}

/** The session on the built-in example, the workbook the preview opens with. */
export function exampleSession(officeLanguage: string | null): PreviewSession {
  return previewSession(exampleWorkbook(), 'Insatsbudget-exempel', officeLanguage);
}
