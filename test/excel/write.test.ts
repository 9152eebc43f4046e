// Writing the summary: few requests whatever its size, none over 5 MB, the same result as the
// memory writer (the CLI's), all or nothing, and never a user's sheet.
import { createExcelPort } from '../../src/adapters/excel';
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { templatePlans } from '../../src/contract';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { PAYLOAD_LIMIT_BYTES } from '../support/office-fake';
import { installOfficeWire } from '../support/office-wire';
import type { WireOptions } from '../support/office-wire';
import { contentsOf, exampleWorkbook, largeWorkbook, summaryPlansFor } from '../support/office-fake/fixtures';

// Each test sends dozens of requests through the real client (the failure tests hundreds); on a
// loaded two-core machine that takes longer than jest's 5 s.
jest.setTimeout(60_000);

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function install(wb: MemoryWorkbook, options: WireOptions = {}) {
  const fake = installOfficeWire(wb, options);
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
 * Requests a write takes, counted on the real client's requests: one to inspect the workbook, then
 * as many as the payload needs at 4 MB (estimated from the real serialisation, an upper bound)
 * each, the commit riding in the last, then the layout (row heights, freeze panes, print setup,
 * tab colour, drop-down lists) best effort in its own. A summary of a few thousand rows: 3 in all.
 * At 20 000 staffing rows the summary has ~32 000 rows and ~14 MB of requests as the message carries
 * them, mostly values and their number formats (full 2-D arrays, see write-commands.ts), so 5 write
 * requests of at most 3.7 MB and a layout request of 1.4 MB: 7 in all (npm run bench -- excel).
 */
const REQUESTS = { small: 3, large: 7 };

describe.each([
  ['the example workbook', exampleWorkbook, 10],
  ['10 staffing rows', () => largeWorkbook(10), 10],
  ['20 000 staffing rows', () => largeWorkbook(20_000), 20_000],
])('writeSheets on %s', (_label, make, rows) => {
  test('a bounded number of requests, none over 4.5 MB, as the memory writer; a second write replaces the first', async () => {
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
      expect(s.requestBytes).toBeLessThan(4_500_000);
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

test('a replaced summary keeps its place among the tabs when the user moved it and has sheets after it', async () => {
  const wb = exampleWorkbook();
  writePlans(wb, summaryPlansFor(wb));
  // The user puts Beslutsunderlag first and Periodisering between two input sheets, and adds a
  // sheet of their own at the end: a new sheet that is not moved would land after it.
  const move = (name: string, at: number) => {
    const sheet = wb.getSheet(name)!;
    wb.sheets = wb.sheets.filter((s) => s !== sheet);
    wb.sheets.splice(at, 0, sheet);
  };
  move('Beslutsunderlag', 0);
  move('Periodisering', 2);
  wb.addSheet('Anteckningar');
  const order = wb.sheets.map((s) => s.name);
  expect(order.slice(-1)).toEqual(['Anteckningar']);

  const plans = summaryPlansFor(wb);
  const expected = memoryResult(wb, plans);
  const host = install(wb);
  await createExcelPort().writeSheets(plans);
  expect(host.syncs.every((s) => !s.failed)).toBe(true);
  expect(wb.sheets.map((s) => s.name)).toEqual(order);
  expect(expected.sheets.map((s) => s.name)).toEqual(order);
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

/** The workbook without the layout written best effort after the commit. */
function withoutCosmetics(contents: unknown): unknown {
  const c = structuredClone(contents) as { sheets: Array<Record<string, unknown>> };
  for (const s of c.sheets) {
    for (const k of ['freeze', 'tabColor', 'print', 'validations', 'rowHeights']) delete s[k];
  }
  return c;
}

describe('all or nothing', () => {
  /** A workbook with an earlier summary, so that a write replaces sheets, and a dry run's requests. */
  async function setup() {
    const base = exampleWorkbook();
    writePlans(base, summaryPlansFor(base, null));
    const plans = summaryPlansFor(base);
    const dry = base.clone();
    const host = install(dry);
    await createExcelPort().writeSheets(plans);
    const requests = host.syncs.map((s) => ({ steps: s.effects, names: s.actionNames }));
    uninstall!();
    uninstall = null;
    return { base, plans, requests, success: comparable(dry) };
  }

  test('a failure at any request, after any number of its steps, leaves the workbook as before (or, once an old sheet was deleted, as after); a failure in the layout after the commit keeps the summary and says so', async () => {
    const { base, plans, requests, success } = await setup();
    const before = comparable(base);
    const commit = requests.findIndex((r) => r.names.some((n) => /^Worksheets\[.*\] Delete$/.test(n)));
    expect(commit).toBeGreaterThan(0);
    let checked = 0;
    for (let sync = 1; sync <= requests.length; sync++) {
      const { steps, names } = requests[sync - 1]!;
      const firstDelete = names.findIndex((n) => /^Worksheets\[.*\] Delete$/.test(n));
      const points = [
        ...new Set(
          [0, 1, Math.floor(steps / 2), firstDelete, firstDelete + 1, steps - 1].filter(
            (k) => k >= 0 && k < steps,
          ),
        ),
      ];
      for (const applied of points) {
        const wb = base.clone();
        const host = install(wb);
        host.failAt({ sync, appliedActions: applied });
        if (sync - 1 > commit) {
          const written = await createExcelPort().writeSheets(plans);
          expect(written.some((w) => w.layoutIncomplete)).toBe(true);
          expect(withoutCosmetics(comparable(wb))).toEqual(withoutCosmetics(success));
        } else {
          await expect(createExcelPort().writeSheets(plans)).rejects.toThrow(/Injected failure/);
          // Past the first delete the commit is finished forward; the layout after it is not written.
          const irreversible = sync - 1 === commit && firstDelete >= 0 && applied > firstDelete;
          expect({ sync, applied, contents: withoutCosmetics(comparable(wb)) }).toEqual({
            sync,
            applied,
            contents: withoutCosmetics(irreversible ? success : before),
          });
          if (!irreversible) expect(comparable(wb)).toEqual(before);
        }
        uninstall!();
        uninstall = null;
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  test('a request refused for its size is sent again in halves, down to single commands; the result is the same', async () => {
    const { base, plans } = await setup();
    const wb = base.clone();
    const expected = memoryResult(base, plans);
    const host = install(wb, { payloadLimitBytes: 20_000 });
    await createExcelPort({ batchBudgetBytes: 10_000_000 }).writeSheets(plans);
    expect(
      host.syncs.filter((s) => s.errorCode === 'RequestPayloadSizeLimitExceeded').length,
    ).toBeGreaterThan(0);
    expect(comparable(wb)).toEqual(comparable(expected));
  });

  test('a command too large for any request fails the write and changes nothing', async () => {
    const base = largeWorkbook(2_000);
    const plans = summaryPlansFor(base);
    const wb = base.clone();
    install(wb, { payloadLimitBytes: 60_000 });
    await expect(createExcelPort({ batchBudgetBytes: 10_000_000 }).writeSheets(plans)).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
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
    expect(host.syncs.flatMap((s) => s.actionNames).some((n) => n.includes('PageLayout'))).toBe(false);
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

describe('a write whose clean-up fails too (the connection is lost)', () => {
  test('says which sheets are left; they are marked, never read as input, and the next write removes them', async () => {
    const base = exampleWorkbook();
    writePlans(base, summaryPlansFor(base, null));
    const plans = summaryPlansFor(base);
    const expected = memoryResult(base, plans);
    const wb = base.clone();
    // Request 2 writes the new sheets; it fails after its first steps, and so does every request after.
    let lostFrom: number | null = 3;
    const host = install(wb, { lose: (r) => lostFrom !== null && r.index >= lostFrom });
    host.failAt({ sync: 2, appliedActions: 3 });
    const port = createExcelPort();
    const failing = port.writeSheets(plans);
    await expect(failing).rejects.toMatchObject({
      leftoverSheets: expect.arrayContaining(['Beslutsunderlag (2)']),
    });
    // Half-written and marked: its tables are not input.
    const marked = [...wb.names.keys()].filter((n) => n.startsWith('Insatsbudget_Pending'));
    expect(marked.length).toBeGreaterThan(0);
    lostFrom = null;
    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets.find((s) => s.name === 'Beslutsunderlag (2)')?.ownedByAddin).toBe(true);
    // The next write removes them and ends as a clean write does.
    await port.writeSheets(plans);
    expect(comparable(wb)).toEqual(comparable(expected));
  });
});
