// The workbooks in examples/ are what scripts/make-example.ts writes today. Compared by content
// (zip timestamps differ): regenerate with `npx tsx scripts/make-example.ts` when this fails.
import * as path from 'node:path';
import { loadXlsx, toXlsxBuffer } from '../../src/adapters/xlsx';
import { EXAMPLE_FILES, EXAMPLES_DIR, exampleWorkbooks } from '../../scripts/make-example';
import { comparableWorkbook } from '../xlsx/comparable';

describe('examples/', () => {
  const books = exampleWorkbooks();
  test.each(Object.entries(EXAMPLE_FILES) as Array<[keyof typeof EXAMPLE_FILES, string]>)(
    '%s (%s) is up to date',
    async (key, file) => {
      const committed = await loadXlsx(path.join(EXAMPLES_DIR, file));
      const fresh = await loadXlsx(await toXlsxBuffer(books[key]));
      expect(comparableWorkbook(committed)).toEqual(comparableWorkbook(fresh));
    },
  );
});
