// A real spreadsheet engine recalculates what the CLI wrote: LibreOffice (headless) opens the
// summarized copy with "recalculate on load: always", saves it, and every formula cell must hold
// what the engine computed (the plan's `expected`). Without soffice the suite says so and is
// skipped; under CI (CI=true) a missing soffice fails.
//   Debian: apt-get install --no-install-recommends libreoffice-calc
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { loadXlsx, saveXlsx } from '../../src/adapters/xlsx';
import { readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { buildSummaryPlans } from '../../src/summary';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { a1 } from '../../src/workbook/snapshot';
import { cli, EXAMPLE, tempDir, WRITTEN_AT } from '../cli/support';

function findSoffice(): string | null {
  for (const candidate of [
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = findSoffice();
const inCi = process.env.CI === 'true';

if (!soffice && !inCi) {
  console.warn(
    'LibreOffice (soffice) is not installed: the formula recalculation suite is SKIPPED here. ' +
      'Install it with `apt-get install --no-install-recommends libreoffice-calc`; under CI it runs.',
  );
}

/** A fresh profile that recalculates every formula of an .xlsx on load (0 = always). */
async function recalculatingProfile(dir: string): Promise<string> {
  const user = path.join(dir, 'profile', 'user');
  await fs.mkdir(user, { recursive: true });
  await fs.writeFile(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${path.join(dir, 'profile')}`;
}

/** Opens each file in LibreOffice, recalculates, and saves it as .xlsx into outDir. */
async function recalculate(dir: string, files: string[], outDir: string): Promise<void> {
  const profile = await recalculatingProfile(dir);
  await fs.mkdir(outDir, { recursive: true });
  await promisify(execFile)(
    soffice!,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 240_000 },
  );
  for (const f of files)
    if (!existsSync(path.join(outDir, path.basename(f))))
      throw new Error(`LibreOffice wrote no ${path.basename(f)}`);
}

/** The formula cells of the plans: sheet, address, formula and the engine's figure. */
function formulaCells(plans: SheetPlan[]) {
  const out: Array<{
    sheet: string;
    address: string;
    row: number;
    col: number;
    formula: string;
    expected: number;
  }> = [];
  for (const plan of plans)
    for (const block of plan.blocks)
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell?.kind === 'formula')
            out.push({
              sheet: plan.name,
              address: a1(block.row + r, block.column + c),
              row: block.row + r,
              col: block.column + c,
              formula: cell.formula,
              expected: cell.expected,
            });
        }),
      );
  return out;
}

const suite = soffice || inCi ? describe : describe.skip;

suite('LibreOffice recalculates the summary the CLI wrote', () => {
  let dir: string;
  let out: string;
  beforeAll(async () => {
    if (!soffice)
      throw new Error('CI=true but LibreOffice (soffice) is not installed: install libreoffice-calc.');
    dir = await tempDir();
    out = path.join(dir, 'recalculated');
    for (const [name, extra] of [
      ['ansokan.xlsx', []],
      ['kansliet.xlsx', ['--scenario', 'Kansliets förslag']],
      ['kansliet-en.xlsx', ['--scenario', 'Kansliets förslag', '--lang', 'en']],
    ] as const) {
      const run = await cli(dir, 'summarize', EXAMPLE, '--out', name, ...extra);
      if (run.code !== 0) throw new Error(run.stderr);
    }
    // A control: a formula whose cached value is wrong. If recalculation did not happen, it stays 5.
    const control = new MemoryWorkbook();
    control.addSheet('Kontroll').setCell(0, 0, { value: 5, formula: '=1+1', type: 'Double' });
    await saveXlsx(control, path.join(dir, 'kontroll.xlsx'));
    await recalculate(
      dir,
      ['ansokan.xlsx', 'kansliet.xlsx', 'kansliet-en.xlsx', 'kontroll.xlsx'].map((f) => path.join(dir, f)),
      out,
    );
  }, 300_000);
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('the control proves LibreOffice recalculated on load', async () => {
    const wb = await loadXlsx(path.join(out, 'kontroll.xlsx'));
    expect(wb.getSheet('Kontroll')!.getCell(0, 0)).toMatchObject({ value: 2, formula: '=1+1' });
  });

  test.each([
    ['ansokan.xlsx', null, 'sv'],
    ['kansliet.xlsx', 'Kansliets förslag', 'sv'],
    ['kansliet-en.xlsx', 'Kansliets förslag', 'en'],
  ] as const)('%s: every formula cell computes the engine figure', async (file, scenario, lang) => {
    const input = await loadXlsx(EXAMPLE);
    const read = readWorkbook(readSnapshot(input));
    const plans = buildSummaryPlans(computeBudget(read.input, scenario), {
      lang,
      writtenAt: WRITTEN_AT,
      fingerprint: read.fingerprint,
      input: read.input,
    });
    const cells = formulaCells(plans);
    expect(cells.length).toBeGreaterThan(20);
    const recalculated = await loadXlsx(path.join(out, file));
    const mismatches = cells
      .map((c) => ({ ...c, got: recalculated.getSheet(c.sheet)?.getCell(c.row, c.col) }))
      .filter(
        (c) =>
          c.got?.formula?.replace(/\s/g, '') !== c.formula.replace(/\s/g, '') || c.got?.value !== c.expected,
      )
      .map(
        (c) =>
          `${c.sheet}!${c.address} ${c.formula}: expected ${c.expected}, LibreOffice ${c.got?.formula} = ${JSON.stringify(c.got?.value)}`,
      );
    expect(mismatches).toEqual([]);
  });

  test('LibreOffice keeps the native chart and the tables', async () => {
    const written = await loadXlsx(path.join(dir, 'kansliet.xlsx'));
    const recalculated = await loadXlsx(path.join(out, 'kansliet.xlsx'));
    const charts = (wb: typeof written) =>
      wb
        .getSheet('Beslutsunderlag')!
        .charts.map(({ type, sourceRange, title }) => ({ type, sourceRange, title }));
    expect(charts(recalculated)).toEqual(charts(written));
    expect(charts(written)).toHaveLength(1);
    expect(recalculated.tables.map((t) => [t.name, t.sheet, t.range]).sort()).toEqual(
      written.tables.map((t) => [t.name, t.sheet, t.range]).sort(),
    );
  });
});
