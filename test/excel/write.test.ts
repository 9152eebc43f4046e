// Writing the summary: few requests whatever its size, none over 5 MB, the same result as the
// memory writer (the CLI's), all or nothing, and never a user's sheet.
import { createExcelPort } from '../../src/adapters/excel';
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { templatePlans } from '../../src/contract';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { installOfficeFake, PAYLOAD_LIMIT_BYTES } from '../support/office-fake';
import type { FakeOptions } from '../support/office-fake';
import { contentsOf, exampleWorkbook, largeWorkbook, summaryPlansFor } from '../support/office-fake/fixtures';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function install(wb: MemoryWorkbook, options: FakeOptions = {}) {
  const fake = installOfficeFake(wb, options);
  uninstall = fake.uninstall;
  return fake.host;
}

/** The fake does not calculate: compare formulas, not the values formula cells were given. */
function comparable(wb: MemoryWorkbook): unknown {
  const c = contentsOf(wb) as {
    sheets: Array<{ cells: Array<[string, { formula: string | null; value: unknown; type: string }]> }>;
  };
  for (const s of c.sheets)
    s.cells = s.cells.map(([k, cell]) => [
      k,
      cell.formula ? { ...cell, value: null, type: 'formula' } : cell,
    ]);
  return c;
}

function memoryResult(wb: MemoryWorkbook, plans: SheetPlan[]): MemoryWorkbook {
  const copy = wb.clone();
  writePlans(copy, plans);
  return copy;
}

/**
 * Requests a write takes: one to inspect the workbook, then as many as the payload needs at 4 MB
 * (estimated) each, the commit riding in the last. A summary of a few thousand rows fits one: 2 in
 * all. At 20 000 staffing rows the summary has ~32 000 rows, 4 000 of them with a set height, and
 * ~5.9 MB of requests (measured by the fake: 3.9 MB + 2.0 MB; estimated 4.0 + 3.7 MB), mostly
 * values that differ cell by cell, so it needs two: 3 in all.
 */
const REQUESTS = { small: 2, large: 3 };

describe.each([
  ['the example workbook', exampleWorkbook, 10],
  ['10 staffing rows', () => largeWorkbook(10), 10],
  ['20 000 staffing rows', () => largeWorkbook(20_000), 20_000],
])('writeSheets on %s', (_label, make, rows) => {
  test('3 requests at most, none over 5 MB, as the memory writer; a second write replaces the first', async () => {
    const wb = make();
    const plans = summaryPlansFor(wb);
    const expected = memoryResult(wb, plans);
    const host = install(wb);
    const port = createExcelPort();

    const written = await port.writeSheets(plans);
    expect(written).toEqual([
      { kind: 'summary', name: 'Beslutsunderlag' },
      { kind: 'periodisation', name: 'Periodisering' },
    ]);
    const first = host.syncCount;
    expect(first).toBe(rows <= 2_000 ? REQUESTS.small : REQUESTS.large);
    expect(comparable(wb)).toEqual(comparable(expected));

    // Replacing an earlier summary (checked on the smaller workbooks; the large one is slow to copy).
    if (rows <= 2_000) {
      writePlans(expected, plans);
      await port.writeSheets(plans);
      expect(host.syncCount - first).toBe(first);
      expect(comparable(wb)).toEqual(comparable(expected));
      expect(wb.sheets.filter((s) => s.name.startsWith('Beslutsunderlag')).map((s) => s.name)).toEqual([
        'Beslutsunderlag',
      ]);
    }

    for (const s of host.syncs) {
      expect(s.failed).toBe(false);
      expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  }, 600_000);
});

test('a summary larger than one request is written in several, each under the limit, still all or nothing', async () => {
  const wb = largeWorkbook(2_000);
  const plans = summaryPlansFor(wb);
  const expected = memoryResult(wb, plans);
  const host = install(wb, { payloadLimitBytes: 150_000 });
  await createExcelPort({ batchBudgetBytes: 100_000 }).writeSheets(plans);
  expect(host.syncCount).toBeGreaterThan(3);
  expect(host.syncs.every((s) => !s.failed && s.requestBytes <= 150_000)).toBe(true);
  expect(comparable(wb)).toEqual(comparable(expected));
});

test("a user's own sheet named Beslutsunderlag is left alone; the summary gets a free name", async () => {
  const wb = exampleWorkbook();
  const mine = wb.addSheet('Beslutsunderlag');
  mine.setCell(0, 0, { value: 'Mina anteckningar' });
  const before = JSON.stringify(contentsOf(wb));
  const host = install(wb);
  const port = createExcelPort();
  const written = await port.writeSheets(summaryPlansFor(wb));
  expect(written[0]).toEqual({ kind: 'summary', name: 'Beslutsunderlag (2)' });
  const afterFirst = contentsOf(wb) as { sheets: Array<{ name: string }> };
  const userSheet = (JSON.parse(before) as { sheets: Array<{ name: string }> }).sheets.find(
    (s) => s.name === 'Beslutsunderlag',
  );
  expect(afterFirst.sheets.find((s) => s.name === 'Beslutsunderlag')).toEqual(userSheet);
  // Writing again replaces only the add-in's sheet (named as the memory writer names it).
  const plans = summaryPlansFor(wb);
  const expected = memoryResult(wb, plans);
  const again = await port.writeSheets(plans);
  expect(comparable(wb)).toEqual(comparable(expected));
  expect(wb.getSheet('Beslutsunderlag')!.getCell(0, 0).value).toBe('Mina anteckningar');
  expect(wb.names.get('Insatsbudget_Beslutsunderlag')).toBe(`='${again[0]!.name}'!$A$1`);
  expect(again[0]!.name).not.toBe('Beslutsunderlag');
  expect(host.syncs.every((s) => !s.failed)).toBe(true);
});

test('input tables are never changed by writing the summary', async () => {
  const wb = exampleWorkbook();
  const inputs = () =>
    wb.tables
      .filter((t) => !/Beslut|Period|Ram(per)?år|Oversikt|Översikt/i.test(t.sheet))
      .map((t) => [t.name, JSON.stringify([...wb.getSheet(t.sheet)!.cells.entries()])]);
  const before = inputs();
  install(wb);
  await createExcelPort().writeSheets(summaryPlansFor(wb));
  expect(inputs()).toEqual(before);
});

describe('all or nothing', () => {
  /** A workbook with an earlier summary, so that a write replaces sheets, and a dry run's requests. */
  async function setup() {
    const base = exampleWorkbook();
    writePlans(base, summaryPlansFor(base, null));
    const plans = summaryPlansFor(base);
    const dry = base.clone();
    const host = install(dry);
    await createExcelPort().writeSheets(plans);
    const requests = host.syncs.map((s) => ({ actions: s.actions, names: s.actionNames }));
    uninstall!();
    uninstall = null;
    return { base, plans, requests, success: comparable(dry) };
  }

  test('a failure at any request, after any number of its actions, leaves the workbook as before (or, once an old sheet was deleted, as after)', async () => {
    const { base, plans, requests, success } = await setup();
    const before = comparable(base);
    let checked = 0;
    for (let sync = 1; sync <= requests.length; sync++) {
      const { actions, names } = requests[sync - 1]!;
      const firstDelete = names.findIndex((n) => /worksheets\.getItem\(.*\) Method delete/.test(n));
      const points = [
        ...new Set(
          [0, 1, Math.floor(actions / 2), firstDelete, firstDelete + 1, actions - 1].filter(
            (k) => k >= 0 && k < actions,
          ),
        ),
      ];
      for (const applied of points) {
        const wb = base.clone();
        const host = install(wb);
        host.failAt({ sync, appliedActions: applied });
        await expect(createExcelPort().writeSheets(plans)).rejects.toThrow(/Injected failure/);
        const irreversible = firstDelete >= 0 && applied > firstDelete;
        expect({ sync, applied, contents: comparable(wb) }).toEqual({
          sync,
          applied,
          contents: irreversible ? success : before,
        });
        uninstall!();
        uninstall = null;
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  test('a request refused for its size changes nothing', async () => {
    const { base, plans } = await setup();
    const wb = base.clone();
    install(wb, { payloadLimitBytes: 20_000 });
    await expect(createExcelPort({ batchBudgetBytes: 10_000_000 }).writeSheets(plans)).rejects.toThrow(
      /PayloadSizeLimitExceeded/,
    );
    expect(comparable(wb)).toEqual(comparable(base));
  });
});

test('the summary has row heights and an A4 print setup, and the Excel writer renders them as the memory writer does', async () => {
  const wb = exampleWorkbook();
  const plans = summaryPlansFor(wb);
  const expected = memoryResult(wb, plans);
  install(wb);
  await createExcelPort().writeSheets(plans);
  const summary = wb.getSheet('Beslutsunderlag')!;
  // Not a vacuous comparison: the memory writer's summary has both.
  expect(expected.getSheet('Beslutsunderlag')!.rowHeights.size).toBeGreaterThan(0);
  expect(expected.getSheet('Beslutsunderlag')!.print).not.toBeNull();
  expect([...summary.rowHeights].sort((a, b) => a[0] - b[0])).toEqual(
    [...expected.getSheet('Beslutsunderlag')!.rowHeights].sort((a, b) => a[0] - b[0]),
  );
  expect(summary.print).toEqual(expected.getSheet('Beslutsunderlag')!.print);
  expect(wb.getSheet('Periodisering')!.print).toEqual(expected.getSheet('Periodisering')!.print);
});

test('print titles, page breaks and footers reach the sheet through PageLayout, and the written sheet is shown', async () => {
  const wb = exampleWorkbook();
  const [summary] = summaryPlansFor(wb);
  const print = {
    paper: 'A4' as const,
    orientation: 'portrait' as const,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: { first: 4, last: 4 },
    rowBreaks: [12, 30],
    footer: { left: 'Beslutsunderlag', right: 'Sida &P av &N' },
  };
  const host = install(wb);
  await createExcelPort().writeSheets([{ ...summary!, print, activate: true }]);
  expect(wb.getSheet('Beslutsunderlag')!.print).toEqual(print);
  expect(host.activeSheet).toBe('Beslutsunderlag');
});

describe.each(['1.7', '1.8'])('on a host with ExcelApi %s (no PageLayout)', (apiVersion) => {
  test('the print setup is skipped and everything else is written', async () => {
    const wb = exampleWorkbook();
    const plans = summaryPlansFor(wb);
    const expected = memoryResult(wb, plans);
    for (const sheet of expected.sheets)
      if (!wb.getSheet(sheet.name)) {
        sheet.print = null;
        // Drop-down lists need ExcelApi 1.8.
        if (apiVersion === '1.7') sheet.validations.length = 0;
      }
    const host = install(wb, { apiVersion });
    const written = await createExcelPort().writeSheets(plans);
    expect(written.map((w) => w.name)).toEqual(['Beslutsunderlag', 'Periodisering']);
    expect(host.syncs.every((s) => !s.failed)).toBe(true);
    expect(host.syncs.flatMap((s) => s.actionNames).some((n) => n.includes('pageLayout'))).toBe(false);
    expect(wb.getSheet('Beslutsunderlag')!.print).toBeNull();
    expect(wb.getSheet('Beslutsunderlag')!.rowHeights.size).toBeGreaterThan(0);
    expect(comparable(wb)).toEqual(comparable(expected));
  });
});

test('on a host without ExcelApi 1.8 the summary is written without drop-down lists', async () => {
  const wb = exampleWorkbook();
  const plans = summaryPlansFor(wb);
  const host = install(wb, { apiVersion: '1.7' });
  await createExcelPort().writeSheets(plans);
  expect(host.syncs.every((s) => !s.failed)).toBe(true);
  expect(wb.getSheet('Beslutsunderlag')).toBeDefined();
});

describe('createInputTables', () => {
  test('creates the template tables in an empty workbook as the memory writer does, then leaves them alone', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Blad1');
    const expected = memoryResult(wb, templatePlans());
    const host = install(wb);
    const port = createExcelPort();
    await port.createInputTables(templatePlans());
    expect(comparable(wb)).toEqual(comparable(expected));
    expect(host.syncCount).toBeLessThanOrEqual(3);
    const after = comparable(wb);
    const syncs = host.syncCount;
    await port.createInputTables(templatePlans());
    expect(comparable(wb)).toEqual(after);
    expect(host.syncCount - syncs).toBe(1);
  });
});
