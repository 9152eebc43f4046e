// Writes src/preview/example-first-view.json: the preview's first paint, i.e. what the session
// shows first for the built-in example workbook, computed by the session itself. The preview always
// starts from that workbook, so these are its figures; test/preview/first-view.test.ts fails when
// the file no longer equals the session's output (then run this again).
//
//   npx tsx scripts/example-first-view.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MemoryPort } from '../src/adapters/memory/memory-port';
import { exampleWorkbook } from '../src/preview/example-workbook';
import { MeetingSession, firstViewOf, type FirstView } from '../src/session';

export const EXAMPLE_FIRST_VIEW = path.join(__dirname, '..', 'src', 'preview', 'example-first-view.json');

export async function exampleFirstView(): Promise<FirstView> {
  const session = new MeetingSession(new MemoryPort(exampleWorkbook()), { officeLanguage: null });
  await session.start();
  const view = firstViewOf(session.getState());
  session.dispose();
  if (!view) throw new Error('The example workbook has no frame: no first view');
  return view;
}

if (require.main === module) {
  void exampleFirstView().then((view) => {
    fs.writeFileSync(EXAMPLE_FIRST_VIEW, `${JSON.stringify(view, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), EXAMPLE_FIRST_VIEW)}`);
  });
}
