// Golden JSON of `summarize --json` on the shipped example workbook. After a deliberate change of
// the rules or the example, review the difference and regenerate:
//   UPDATE_GOLDEN=1 npx jest test/cli/golden.test.ts
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadXlsx, saveXlsx } from '../../src/adapters/xlsx';
import { cli, EXAMPLE, tempDir } from './support';

const GOLDEN = path.join(__dirname, 'golden');

/** The example with a staffing FTE in words and a frame year as text: two errors. */
async function brokenExample(dir: string): Promise<string> {
  const wb = await loadXlsx(EXAMPLE);
  for (const [table, row, col, value] of [
    ['Bemanning', 3, 2, 'halvtid'],
    ['Ram', 2, 0, 'tjugo-tjugofyra'],
  ] as const) {
    const t = wb.getTable(table)!;
    wb.getSheet(t.sheet)!.setCell(t.range.top + row, t.range.left + col, { value, numberFormat: 'General' });
  }
  const file = path.join(dir, 'trasig.xlsx');
  await saveXlsx(wb, file);
  return file;
}

describe.each([
  ['example.json', [], 0],
  ['example-kansliets-forslag.json', ['--scenario', 'Kansliets förslag'], 0],
  ['example-broken-en.json', ['--scenario', 'Kansliets förslag', '--lang', 'en', '--broken'], 1],
])('summarize --json: %s', (file, extra, code) => {
  test('matches the golden file', async () => {
    const dir = await tempDir();
    try {
      const broken = extra.includes('--broken');
      const input = broken ? await brokenExample(dir) : EXAMPLE;
      const run = await cli(dir, 'summarize', input, '--json', ...extra.filter((a) => a !== '--broken'));
      expect(run.code).toBe(code);
      const golden = path.join(GOLDEN, file);
      if (process.env.UPDATE_GOLDEN === '1') await fs.writeFile(golden, run.stdout);
      expect(JSON.parse(run.stdout)).toEqual(JSON.parse(await fs.readFile(golden, 'utf8')));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
