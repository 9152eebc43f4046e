// A Ram row that cannot be read is named at the frame in the text report, in Översikt's words and
// from Översikt's function (unreadFrameYears), on real .xlsx files made from the example: before,
// the year silently dropped out of the frame table and only the error list accounted for it.
import * as path from 'node:path';
import { loadXlsx, saveXlsx } from '../../src/adapters/xlsx';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { readWorkbook } from '../../src/contract';
import { computeBudget, incompleteness } from '../../src/engine';
import { decisionYearsView } from '../../src/session';
import { cli, EXAMPLE, tempDir } from './support';

/** The example with Ram's År cells (data rows 0, 1, 2 are 2024, 2025, 2026) replaced. */
async function withRamYears(dir: string, years: Record<number, string>): Promise<string> {
  const wb = await loadXlsx(EXAMPLE);
  const t = wb.getTable('Ram')!;
  for (const [row, value] of Object.entries(years))
    wb.getSheet(t.sheet)!.setCell(t.range.top + 1 + Number(row), t.range.left, {
      value,
      numberFormat: 'General',
    });
  const file = path.join(dir, 'ram.xlsx');
  await saveXlsx(wb, file);
  return file;
}

/** What Översikt shows under the decision years for the same file. */
async function paneLines(file: string, lang: 'sv' | 'en'): Promise<string[]> {
  const read = readWorkbook(readSnapshot(await loadXlsx(file)));
  const result = computeBudget(read.input, null);
  const issues = [...read.issues, ...result.issues];
  return decisionYearsView(result, lang, incompleteness(result, read.input, issues)).unreadYears;
}

describe('summarize: a Ram year that cannot be read is named at the frame', () => {
  test.each([
    ['sv', 'år 2025', 'år 2025: ramen kan inte läsas – se cell Ram!A3. Året saknas i siffrorna ovan.'],
    [
      'en',
      '2025 x',
      '2025 x: the frame cannot be read – see cell Ram!A3. The year is missing from the figures above.',
    ],
  ] as const)('%s: År written as "%s"', async (lang, year, line) => {
    const dir = await tempDir();
    const file = await withRamYears(dir, { 1: year });
    const run = await cli(dir, 'summarize', file, '--lang', lang);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    // Under the frame table's last year (2026), before the blank line that ends the frame.
    const at = lines.indexOf(`  ${line}`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^ {2}2026 /);
    expect(lines[at + 1]).toBe('');
    expect(await paneLines(file, lang)).toEqual([line]);
  });

  test('every Ram row unreadable: each named, and not called an empty or missing table', async () => {
    const dir = await tempDir();
    const file = await withRamYears(dir, { 0: 'tjugotjugofyra', 1: 'år 2025', 2: '2026?' });
    const run = await cli(dir, 'summarize', file);
    expect(run.stdout).not.toContain('Ingen ram angiven');
    const expected = await paneLines(file, 'sv');
    expect(expected).toHaveLength(3);
    for (const line of expected) expect(run.stdout).toContain(`\n${line}\n`);
  });

  test('the example, whose Ram reads, has no such line', async () => {
    const run = await cli(await tempDir(), 'summarize', EXAMPLE);
    expect(run.stdout).not.toContain('ramen kan inte läsas');
  });
});
