// A real spreadsheet engine recalculates the written summary: LibreOffice (headless) opens the
// .xlsx with every cached formula result zeroed, recalculates, and each formula must give the
// engine's figure. Skipped, saying so, where LibreOffice is not installed; under CI it must run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSummaryPlans } from '../../src/summary';
import { computeBudget } from '../../src/engine';
import { MemoryWorkbook, parseRange } from '../../src/adapters/memory/memory-workbook';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { loadXlsx, saveXlsx } from '../../src/adapters/xlsx';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { context, seedMeeting } from './fixtures';
import { cellsOf } from './evaluate-plan';
import { meetingInput } from './meeting-input';

function findSoffice(): string | null {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const soffice = findSoffice();
const underCi = process.env.CI === 'true';
if (!soffice) {
  console.warn('LibreOffice (soffice) is not installed: the recalculation check of the summary is skipped.');
}
const maybe = soffice || underCi ? describe : describe.skip;

/** Always recalculate on load, whatever the file's cached values. */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

interface Written {
  name: string;
  expected: Array<{ sheet: string; address: string; formula: string; expected: number }>;
}

/** Writes the plans to dir/name.xlsx with every cached formula result zeroed. */
async function writeZeroed(plans: SheetPlan[], dir: string, name: string): Promise<Written> {
  const wb = new MemoryWorkbook();
  const written = writePlans(wb, plans);
  const expected: Written['expected'] = [];
  plans.forEach((plan, i) => {
    const sheet = wb.getSheet(written[i]!.name)!;
    for (const [address, cell] of cellsOf(plan)) {
      if (cell.kind === 'formula')
        expected.push({ sheet: sheet.name, address, formula: cell.formula, expected: cell.expected });
    }
    for (const c of sheet.cells.values()) if (c.formula) c.value = 0;
  });
  await saveXlsx(wb, path.join(dir, `${name}.xlsx`));
  return { name, expected };
}

/** One LibreOffice run converts (and so recalculates) every file. */
function recalculate(dir: string, names: string[]): string {
  const outDir = path.join(dir, 'out');
  execFileSync(
    soffice ?? 'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...names.map((n) => path.join(dir, `${n}.xlsx`)),
    ],
    { stdio: 'ignore', timeout: 300_000 },
  );
  return outDir;
}

maybe('LibreOffice recalculates the summary to the engine figures', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'insatsbudget-summary-'));
    mkdirSync(path.join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(path.join(dir, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on the hand-built seed meeting and on computed budgets', async () => {
    const input = meetingInput();
    const cases: Array<[string, SheetPlan[]]> = [
      ['seed', buildSummaryPlans(seedMeeting(), context())],
      ['proposal', buildSummaryPlans(computeBudget(input, 'Kansliets förslag'), context({ input }))],
      ['application', buildSummaryPlans(computeBudget(input, null), context({ input, lang: 'en' }))],
    ];
    const written = await Promise.all(cases.map(([name, plans]) => writeZeroed(plans, dir, name)));
    const outDir = recalculate(
      dir,
      written.map((w) => w.name),
    );
    for (const w of written) {
      const back = await loadXlsx(path.join(outDir, `${w.name}.xlsx`));
      expect(w.expected.length).toBeGreaterThan(20);
      for (const e of w.expected) {
        const r = parseRange(e.address);
        const at = `${w.name}: ${e.sheet}!${e.address} ${e.formula}`;
        expect({ at, value: back.getSheet(e.sheet)!.getCell(r.top, r.left).value }).toEqual({
          at,
          value: e.expected,
        });
      }
    }
  }, 600_000);
});
