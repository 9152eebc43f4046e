// Text stays text through read → write; state in the workbook; selecting a cell.
import { createExcelPort } from '../../src/adapters/excel';
import { parseState } from '../../src/adapters/excel/state';
import { EMPTY_STATE } from '../../src/workbook/port';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { installOfficeFake } from '../support/office-fake';
import { installOfficeWire } from '../support/office-wire';
import { exampleWorkbook, largeRows, summaryPlansFor, workbookOf } from '../support/office-fake/fixtures';
import { inputPlans } from '../../src/contract/template';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const TRICKY = [
  '=SUMMA(A1:A3)',
  '+46 70 123 45 67',
  '-minus',
  '@hemma',
  '00123',
  '2024-10-01',
  '50%',
  'TRUE',
  "'citat",
];

test('formula-looking text read from a table is written back as the same text, never a formula', async () => {
  const wb = exampleWorkbook();
  const b = wb.getTable('Bemanning')!;
  const sheet = wb.getSheet(b.sheet)!;
  TRICKY.forEach((text, i) =>
    sheet.setCell(b.range.top + 1 + i, b.range.left + 8, { value: text, type: 'String', numberFormat: '@' }),
  );
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  const port = createExcelPort();
  const snapshot = await port.readSnapshot();
  const employers = snapshot.tables
    .find((t) => t.name === 'Bemanning')!
    .values.slice(0, TRICKY.length)
    .map((r) => String(r[8]));
  expect(employers).toEqual(TRICKY);
  const plan: SheetPlan = {
    name: 'Beslutsunderlag',
    kind: 'summary',
    blocks: [
      {
        row: 0,
        column: 0,
        cells: employers.map((text) => [
          { kind: 'text', text },
          { kind: 'number', value: 1, format: '0' },
        ]),
      },
    ],
    merges: [],
    columnWidths: [],
    tables: [],
    charts: [],
  };
  await port.writeSheets([plan]);
  const written = wb.getSheet('Beslutsunderlag')!;
  TRICKY.forEach((text, i) =>
    expect(written.getCell(i, 0)).toMatchObject({
      value: text,
      formula: null,
      type: 'String',
      numberFormat: '@',
    }),
  );
});

test('the real summary of an initiative whose name looks like a formula keeps it as text', async () => {
  const rows = largeRows(10);
  const rename = (r: readonly (string | number | null)[]) =>
    r.map((v) => (v === rows.Insatser[0]![0] ? '=HYPERLÄNK("x")' : v));
  const wb = workbookOf(
    inputPlans({
      ...rows,
      Insatser: rows.Insatser.map(rename),
      Bemanning: rows.Bemanning.map(rename),
      Kostnader: rows.Kostnader.map(rename),
      Justeringar: rows.Justeringar.map(rename),
    }),
  );
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  await createExcelPort().writeSheets(summaryPlansFor(wb));
  const cells = [...wb.getSheet('Beslutsunderlag')!.cells.values()];
  expect(cells.some((c) => c.value === '=HYPERLÄNK("x")' && c.type === 'String')).toBe(true);
  expect(cells.filter((c) => c.formula !== null).every((c) => /^=SUM\(/i.test(c.formula!))).toBe(true);
});

test("state is saved in the document settings and restored when reopened; the language is the user's, in localStorage under the partition key", async () => {
  const wb = exampleWorkbook();
  const storage = new Map<string, string>();
  const first = installOfficeWire(wb, { localStorage: storage, partitionKey: 'p1:' });
  const state = {
    activeScenario: 'Kansliets förslag',
    language: 'en' as const,
    summaryFingerprint: 'abc123',
    summaryWrittenAt: '2025-03-01T10:00:00Z',
  };
  const port = createExcelPort();
  await port.loadState();
  await port.saveState(state);
  first.uninstall();
  expect(storage.get('p1:Insatsbudget.language')).toBe('en');
  expect(JSON.parse(wb.settings.get('Insatsbudget.state')!)).toEqual({ ...state, language: null });
  // Reopened by the same user: everything, the language included.
  const again = installOfficeWire(wb, { localStorage: storage, partitionKey: 'p1:' });
  expect(await createExcelPort().loadState()).toEqual(state);
  again.uninstall();
  // Opened by someone else: the scenario and the summary's mark, not this user's language.
  const other = installOfficeWire(wb, { localStorage: new Map(), partitionKey: 'p2:' });
  uninstall = other.uninstall;
  expect(await createExcelPort().loadState()).toEqual({ ...state, language: null });
});

test('two co-authors save different keys from stale copies: both survive (refresh, then merge the changed key)', async () => {
  const wb = exampleWorkbook();
  const a = installOfficeFake(wb);
  const portA = createExcelPort();
  await portA.loadState();
  a.uninstall();
  const b = installOfficeFake(wb);
  const portB = createExcelPort();
  const seenByB = await portB.loadState();
  b.uninstall();
  // A chooses a scenario; B, whose copy is older, then writes the summary's fingerprint.
  const reA = a.host.install();
  await portA.saveState({ ...EMPTY_STATE, activeScenario: 'Kansliets förslag' });
  reA();
  const reB = b.host.install();
  uninstall = reB;
  await portB.saveState({ ...seenByB, summaryFingerprint: 'f1', summaryWrittenAt: '2025-03-01T10:00:00Z' });
  expect(JSON.parse(wb.settings.get('Insatsbudget.state')!)).toMatchObject({
    activeScenario: 'Kansliets förslag',
    summaryFingerprint: 'f1',
  });
});

test('unreadable state falls back to the empty state, field by field', () => {
  expect(parseState(null)).toEqual(EMPTY_STATE);
  expect(parseState('nonsense')).toEqual(EMPTY_STATE);
  expect(parseState({ activeScenario: 3, language: 'de', summaryFingerprint: 'f' })).toEqual({
    ...EMPTY_STATE,
    summaryFingerprint: 'f',
  });
});

test('selectCell activates the sheet and selects the cell, quoted sheet names included', async () => {
  const wb = exampleWorkbook();
  wb.renameSheet('Bemanning', "Min 'flik'");
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  await createExcelPort().selectCell("'Min ''flik'''!D7");
  expect(fake.host.activeSheet).toBe("Min 'flik'");
  expect(fake.host.selection).toEqual({ sheet: "Min 'flik'", address: 'D7' });
  expect(fake.host.syncCount).toBe(1);
});
