import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadXlsx, saveXlsx } from '../../src/adapters/xlsx';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { OWNERSHIP_NAMES } from '../../src/adapters/memory/ownership';
import { readWorkbook } from '../../src/contract';
import type { SummaryJson } from '../../src/cli/json';
import { comparableWorkbook } from '../xlsx/comparable';
import { cli, EXAMPLE, tempDir } from './support';

// Each test runs the CLI on real files (ExcelJS for the template): more than jest's 5 s on a
// machine shared under load. What they check is the output, not the time.
jest.setTimeout(30_000);

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
  await fs.copyFile(EXAMPLE, path.join(dir, 'in.xlsx'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function files(): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

/** The example with one cell changed, saved as in.xlsx. */
async function exampleWith(table: string, row: number, col: number, value: string | number): Promise<void> {
  const wb = await loadXlsx(EXAMPLE);
  const t = wb.getTable(table)!;
  wb.getSheet(t.sheet)!.setCell(t.range.top + row, t.range.left + col, { value, numberFormat: 'General' });
  await saveXlsx(wb, path.join(dir, 'in.xlsx'));
}

describe('insatsbudget summarize', () => {
  test('prints a Swedish report with the frame per year, the totals and no issues; exit 0', async () => {
    const run = await cli(dir, 'summarize', 'in.xlsx');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Insatsbudget: in.xlsx');
    expect(run.stdout).toContain('Scenario: inget – förslaget är lika med ansökan');
    expect(run.stdout).toMatch(
      /2024\s+6\u00a0200\u00a0000\u00a0kr\s+5\u00a0633\u00a0604\u00a0kr\s+6\u00a0487\u00a0794\u00a0kr\s+287\u00a0794\u00a0kr över \(4,6\u00a0%\)/,
    );
    expect(run.stdout).toContain('Beslutsår: 2024–2026');
    expect(run.stdout).toContain('1 ansökan i omgången, 4 tidigare beviljade, 0 avslagna.');
    // 2026 as applied: 1 200 000 + Σ available 12 700 000 − Σ applied 13 948 565 = −48 565 kr,
    // 548 565 kr under the 500 000 kr floor.
    expect(run.stdout).toMatch(/2026\s.*−48\u00a0565\u00a0kr \(548\u00a0565\u00a0kr under lägsta\)/);
    expect(run.stdout).toContain('Inga fel eller varningar.');
    expect(await files()).toEqual(['in.xlsx']);
  });

  test('--lang en gives the report in English', async () => {
    const run = await cli(dir, 'summarize', 'in.xlsx', '--lang', 'en', '--scenario', 'Kansliets förslag');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Scenario: Kansliets förslag');
    expect(run.stdout).toContain('Frame per year');
    expect(run.stdout).toContain('No errors or warnings.');
  });

  test('--json prints the result; the scenario name matches whatever its case', async () => {
    const run = await cli(dir, 'summarize', 'in.xlsx', '--json', '--scenario', 'KANSLIETS FÖRSLAG');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as SummaryJson;
    expect(json.scenario).toBe('Kansliets förslag');
    expect(json.totals.decisionAmount).toBe(json.initiatives.reduce((a, i) => a + i.decisionAmount, 0));
  });

  test('--out writes a copy with Beslutsunderlag and Periodisering, marked as ours; the input is untouched', async () => {
    const before = await fs.readFile(path.join(dir, 'in.xlsx'));
    const run = await cli(dir, 'summarize', 'in.xlsx', '--out', 'ut.xlsx', '--scenario', 'Kansliets förslag');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Skrev ut.xlsx (Beslutsunderlag, Periodisering).');
    expect(await files()).toEqual(['in.xlsx', 'ut.xlsx']);
    expect((await fs.readFile(path.join(dir, 'in.xlsx'))).equals(before)).toBe(true);

    const input = await loadXlsx(before);
    const out = await loadXlsx(path.join(dir, 'ut.xlsx'));
    expect(out.sheets.map((s) => s.name)).toEqual([
      ...input.sheets.map((s) => s.name),
      'Beslutsunderlag',
      'Periodisering',
    ]);
    expect(out.names.get(OWNERSHIP_NAMES.summary)).toBe('=Beslutsunderlag!$A$1');
    expect(out.names.get(OWNERSHIP_NAMES.periodisation)).toBe('=Periodisering!$A$1');
    expect(out.getSheet('Beslutsunderlag')!.charts).toHaveLength(1);
    // Every input sheet and table is as it was.
    const inputSheets = comparableWorkbook(input).sheets;
    expect(comparableWorkbook(out).sheets.slice(0, inputSheets.length)).toEqual(inputSheets);
    expect(readSnapshot(out).tables.filter((t) => input.getTable(t.name))).toEqual(
      readSnapshot(input).tables,
    );
    // The copy still reads as the same inputs.
    expect(readWorkbook(readSnapshot(out)).fingerprint).toBe(readWorkbook(readSnapshot(input)).fingerprint);
  });

  test('summarizing a summarized copy replaces our sheets instead of adding more', async () => {
    expect((await cli(dir, 'summarize', 'in.xlsx', '--out', 'ut1.xlsx')).code).toBe(0);
    expect(
      (await cli(dir, 'summarize', 'ut1.xlsx', '--out', 'ut2.xlsx', '--scenario', 'Kansliets förslag')).code,
    ).toBe(0);
    const out = await loadXlsx(path.join(dir, 'ut2.xlsx'));
    expect(out.sheets.filter((s) => /Beslutsunderlag|Periodisering/.test(s.name)).map((s) => s.name)).toEqual(
      ['Beslutsunderlag', 'Periodisering'],
    );
  });

  test("a user's own sheet named Beslutsunderlag is left alone; ours gets a free name", async () => {
    const wb = await loadXlsx(EXAMPLE);
    wb.addSheet('Beslutsunderlag').setCell(0, 0, { value: 'Mina anteckningar' });
    await saveXlsx(wb, path.join(dir, 'in.xlsx'));
    expect((await cli(dir, 'summarize', 'in.xlsx', '--out', 'ut.xlsx')).code).toBe(0);
    const out = await loadXlsx(path.join(dir, 'ut.xlsx'));
    expect(out.getSheet('Beslutsunderlag')!.getCell(0, 0).value).toBe('Mina anteckningar');
    expect(out.getSheet('Beslutsunderlag (2)')).toBeDefined();
    expect(out.names.get(OWNERSHIP_NAMES.summary)).toBe("='Beslutsunderlag (2)'!$A$1");
  });

  test('input errors: exit 1, the JSON still printed with the issues and their cells, no OUT written', async () => {
    await exampleWith('Bemanning', 1, 2, 'heltid');
    const run = await cli(dir, 'summarize', 'in.xlsx', '--json', '--out', 'ut.xlsx');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as SummaryJson;
    expect(json.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        table: 'Bemanning',
        row: 2,
        column: 'Omfattning',
        cell: 'Bemanning!C2',
        value: 'heltid',
      }),
    );
    expect(run.stderr).toContain('ut.xlsx skrevs inte');
    expect(await files()).toEqual(['in.xlsx']);
  });

  test('input errors in the report name the cell', async () => {
    await exampleWith('Bemanning', 1, 2, 'heltid');
    const run = await cli(dir, 'summarize', 'in.xlsx', '--out', 'ut.xlsx');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 fel, 0 varningar:\n {2}fel {2}Bemanning!C2: /);
    expect(run.stdout).toContain('ut.xlsx skrevs inte: indata har fel.');
    expect(await files()).toEqual(['in.xlsx']);
  });

  test('warnings alone: exit 0 and OUT written', async () => {
    // A cost above 100 000 000 kr reads, but is warned about (a zero too many?).
    await exampleWith('Kostnader', 1, 2, 150_000_000);
    const run = await cli(dir, 'summarize', 'in.xlsx', '--json', '--out', 'ut.xlsx');
    const json = JSON.parse(run.stdout) as SummaryJson;
    expect(json.issues.length).toBeGreaterThan(0);
    expect(json.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(run.code).toBe(0);
    expect(await files()).toEqual(['in.xlsx', 'ut.xlsx']);
  });

  test('--out the input file itself is refused with exit 2, also through another spelling or a link', async () => {
    await fs.mkdir(path.join(dir, 'sub'));
    await fs.symlink(path.join(dir, 'in.xlsx'), path.join(dir, 'länk.xlsx'));
    const before = await fs.readFile(path.join(dir, 'in.xlsx'));
    for (const out of ['in.xlsx', './sub/../in.xlsx', path.join(dir, 'in.xlsx'), 'länk.xlsx']) {
      const run = await cli(dir, 'summarize', 'in.xlsx', '--out', out);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--out får inte vara indatafilen själv');
    }
    expect((await fs.readFile(path.join(dir, 'in.xlsx'))).equals(before)).toBe(true);
  });

  test('an unknown scenario is a usage error that lists the scenarios', async () => {
    const run = await cli(dir, 'summarize', 'in.xlsx', '--scenario', 'Plan B');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Scenariot "Plan B" finns inte i Justeringar. Scenarier: Kansliets förslag.',
    );
  });

  test('a missing file, a file that is not .xlsx and an unwritable OUT are file errors: exit 2', async () => {
    const missing = await cli(dir, 'summarize', 'saknas.xlsx');
    expect(missing.code).toBe(2);
    // Node's own English text ("ENOENT: no such file or directory, open …") never reaches the user.
    expect(missing.stderr).toContain('Kan inte läsa saknas.xlsx: filen eller mappen finns inte.');
    expect(missing.stderr).not.toMatch(/ENOENT|no such file/);
    await fs.writeFile(path.join(dir, 'text.xlsx'), 'inte en arbetsbok');
    const notXlsx = await cli(dir, 'summarize', 'text.xlsx');
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain('text.xlsx är ingen .xlsx-arbetsbok');
    const unwritable = await cli(dir, 'summarize', 'in.xlsx', '--out', path.join('finns-inte', 'ut.xlsx'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('Kunde inte skriva');
    expect(unwritable.stderr).toContain(': filen eller mappen finns inte.');
    expect(unwritable.stderr).not.toMatch(/ENOENT|no such file/);
    expect(await files()).toEqual(['in.xlsx', 'text.xlsx']);
  });

  test('usage errors: exit 2 with the message on stderr and nothing on stdout', async () => {
    const run = await cli(dir, 'summarize');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('summarize behöver en arbetsbok'),
    });
  });

  test('--help: exit 0, Swedish or English', async () => {
    expect(await cli(dir, '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Användning:'),
    });
    expect(await cli(dir, '--help', '--lang', 'en')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage:'),
    });
  });
});

describe('insatsbudget template', () => {
  test('writes the empty template: all six tables, no rows to read, no errors', async () => {
    const run = await cli(dir, 'template', 'mall.xlsx');
    expect(run.code).toBe(0);
    const wb = await loadXlsx(path.join(dir, 'mall.xlsx'));
    const read = readWorkbook(readSnapshot(wb));
    expect(Object.values(read.tables).every((t) => t !== null)).toBe(true);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.input.initiatives).toEqual([]);
    // Lists for Finansiering and Åtgärd.
    const lists = wb.sheets.flatMap((s) => s.validations.map((v) => v.list));
    expect(lists).toContainEqual(expect.arrayContaining(['Förbundet', 'Egen']));
    expect(lists).toContainEqual(expect.arrayContaining(['Omfattning', 'Ta bort', 'Slutdatum', 'Tak']));
  });

  test('--example writes the five seed initiatives, which summarize reads without issues', async () => {
    expect((await cli(dir, 'template', '--example', 'ex.xlsx')).code).toBe(0);
    const run = await cli(dir, 'summarize', 'ex.xlsx', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as SummaryJson;
    expect(json.initiatives).toHaveLength(5);
    expect(json.issues).toEqual([]);
  });

  test('an unwritable OUT is a file error', async () => {
    expect((await cli(dir, 'template', path.join('finns-inte', 'mall.xlsx'))).code).toBe(2);
  });
});
