// `insatsbudget balance` (issue 14) on the shipped example: the JSON golden, the report, --years,
// --scenario, and --out, which adds the proposals' rows to Justeringar and changes no other part.
// After a deliberate change, review the difference and regenerate:
//   UPDATE_GOLDEN=1 npx jest test/cli/balance.test.ts
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { loadXlsx, saveXlsx } from '../../src/adapters/xlsx';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { partsOf, sheetPath, tablePath } from '../xlsx/user-workbook';
import { cli, EXAMPLE, tempDir } from './support';

const GOLDEN = path.join(__dirname, 'golden');

async function inTemp<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await tempDir();
  try {
    return await run(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function golden(file: string, actual: string): Promise<string> {
  const full = path.join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN === '1') await fs.writeFile(full, actual);
  return fs.readFile(full, 'utf8');
}

describe('insatsbudget balance', () => {
  test('--json matches the golden file: three proposals, Omfattning as a fraction, Tak in kronor', async () => {
    const run = await inTemp((dir) => cli(dir, 'balance', EXAMPLE, '--json'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(await golden('balance-example.json', run.stdout)));
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json.proposals[0])).toEqual(['method', 'scenario', 'adjustments', 'frame']);
    expect(json.proposals[1].adjustments[1]).toMatchObject({ action: 'Omfattning', value: 0.3 });
    expect(json.proposals[0].adjustments[0]).toMatchObject({ action: 'Tak', value: 7766000 });
  });

  test("--json writes the Åtgärd words in the language of the workbook's Justeringar headers", async () => {
    // The example with its Justeringar headers in English (Scenario, Initiative, Role, Action, …).
    const english: Record<string, string> = {
      Insats: 'Initiative',
      Roll: 'Role',
      Åtgärd: 'Action',
      Värde: 'Value',
      Motivering: 'Reason',
    };
    const run = await inTemp(async (dir) => {
      const wb = await loadXlsx(EXAMPLE);
      const sheet = wb.getSheet('Justeringar')!;
      const top = wb.getTable('Justeringar')!.range;
      for (let c = top.left; c <= top.right; c++) {
        const header = String(sheet.getCell(top.top, c)?.value ?? '');
        if (english[header]) sheet.setCell(top.top, c, { value: english[header] });
      }
      const file = path.join(dir, 'english.xlsx');
      await saveXlsx(wb, file);
      return cli(dir, 'balance', file, '--json');
    });
    expect(run.code).toBe(0);
    const actions = JSON.parse(run.stdout).proposals.flatMap(
      (p: { adjustments: Array<{ action: string }> }) => p.adjustments.map((a) => a.action),
    );
    expect([...new Set(actions)].sort()).toEqual(['Cap', 'Set FTE']);
    // The shipped example's headers are Swedish: so are its words (the golden above: Tak, Omfattning).
  });

  test('the report in Swedish matches the golden text', async () => {
    const run = await inTemp((dir) => cli(dir, 'balance', EXAMPLE));
    expect(run.code).toBe(0);
    const report = run.stdout.replace(EXAMPLE, 'insatsbudget-exempel.xlsx');
    expect(report).toBe(await golden('balance-example-sv.txt', report));
  });

  test('from "Kansliets förslag" (one coach less) the budget already fits; English report', async () => {
    const run = await inTemp((dir) =>
      cli(dir, 'balance', EXAMPLE, '--scenario', 'Kansliets förslag', '--lang', 'en'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Starting from: scenario Kansliets förslag');
    expect(run.stdout).toContain('The budget already fits: no proposal is needed.');
  });

  test('--years restricts the target; a year outside Ram and a malformed list are usage errors', async () => {
    const run = await inTemp((dir) => cli(dir, 'balance', EXAMPLE, '--years', '2026', '--json'));
    expect(JSON.parse(run.stdout).target.years).toEqual([2026]);
    const outside = await inTemp((dir) => cli(dir, 'balance', EXAMPLE, '--years', '2031'));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe('--years: 2031 finns inte i Ram. Ramens år: 2024, 2025, 2026.\n');
    const malformed = await inTemp((dir) => cli(dir, 'balance', EXAMPLE, '--years', '2025;2026'));
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--years ska vara årtal med komma emellan');
  });

  test('--out adds the proposals to Justeringar and leaves every other part byte for byte', async () => {
    await inTemp(async (dir) => {
      const run = await cli(dir, 'balance', EXAMPLE, '--out', 'ut.xlsx');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Skrev ut.xlsx (3 scenarier tillagda i Justeringar).');
      const before = await fs.readFile(EXAMPLE);
      const after = await fs.readFile(path.join(dir, 'ut.xlsx'));
      const zip = await JSZip.loadAsync(before);
      const own = new Set([await sheetPath(zip, 'Justeringar'), await tablePath(zip, 'Justeringar')]);
      const [a, b] = await Promise.all([partsOf(before), partsOf(after)]);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      const changed = [...a.keys()].filter((k) => !a.get(k)!.equals(b.get(k)!));
      expect(changed.every((k) => own.has(k))).toBe(true);
      expect(changed).toContain(await sheetPath(zip, 'Justeringar'));
      // Read back: the three scenarios are there and each keeps equity at or above the floor.
      const read = readWorkbook(readSnapshot(await loadXlsx(after)));
      expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
      for (const name of ['Förslag: lika andel', 'Förslag: färre tjänster', 'Förslag: färst ändringar']) {
        const result = computeBudget(read.input, name);
        expect(result.adjustmentsApplied.length).toBeGreaterThan(0);
        for (const f of result.frame) expect(f.equityEndProposed!.gte(500000)).toBe(true);
      }
    });
  });

  test('a scenario that does not exist is a usage error', async () => {
    const run = await inTemp((dir) => cli(dir, 'balance', EXAMPLE, '--scenario', 'Finns inte'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Scenariot "Finns inte" finns inte i Justeringar.');
  });
});
