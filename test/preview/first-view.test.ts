// The preview's first paint shows the example's figures computed at build time
// (src/preview/example-first-view.json): they must be exactly what the session shows for the
// example, or the preview would paint figures the session does not produce.
import * as fs from 'node:fs';
import { EXAMPLE_FIRST_VIEW, exampleFirstView } from '../../scripts/example-first-view';
import { storedFirstView } from '../../src/session';

it('is the session’s first view of the example workbook (else: npx tsx scripts/example-first-view.ts)', async () => {
  const stored = storedFirstView(JSON.parse(fs.readFileSync(EXAMPLE_FIRST_VIEW, 'utf8')));
  expect(stored).not.toBeNull();
  expect(stored).toEqual(await exampleFirstView());
});
