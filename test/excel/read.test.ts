// Reading: every table with values, number formats, types and address, in one request once the
// tables are known (two on a cold start: Office.js has no way to reach an unknown table's ranges
// without first listing the tables; see readSnapshot in excel-port.ts).
import { createExcelPort } from '../../src/adapters/excel';
import { readSnapshot as memoryRead } from '../../src/adapters/memory/read-snapshot';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { installOfficeFake, PAYLOAD_LIMIT_BYTES } from '../support/office-fake';
import { exampleWorkbook, largeWorkbook } from '../support/office-fake/fixtures';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

/** Excel always has a data row under a table's header; the memory model may have none. */
function withoutBlankRows(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    tables: snapshot.tables.map((t) => {
      const keep = t.values.map((row) => row.some((v) => v !== ''));
      return {
        ...t,
        values: t.values.filter((_, i) => keep[i]),
        numberFormats: t.numberFormats.filter((_, i) => keep[i]),
        valueTypes: t.valueTypes.filter((_, i) => keep[i]),
      };
    }),
  };
}

describe.each([
  ['the example workbook', exampleWorkbook],
  ['10 staffing rows', () => largeWorkbook(10)],
  ['20 000 staffing rows', () => largeWorkbook(20_000)],
])('readSnapshot on %s', (_label, make) => {
  test('gives what the memory adapter reads; 2 requests cold, then 1; no response over 5 MB', async () => {
    const wb = make();
    const fake = installOfficeFake(wb);
    uninstall = fake.uninstall;
    const port = createExcelPort();

    const cold = await port.readSnapshot();
    expect(fake.host.syncCount).toBe(2);
    expect(withoutBlankRows(cold)).toEqual(withoutBlankRows(memoryRead(wb)));

    const warm = await port.readSnapshot();
    expect(fake.host.syncCount).toBe(3);
    expect(warm).toEqual(cold);

    for (const s of fake.host.syncs) {
      expect(s.failed).toBe(false);
      expect(s.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    }
  }, 600_000);
});

test('a table the user renamed is still read (under its new name), in one extra request', async () => {
  const wb = exampleWorkbook();
  const fake = installOfficeFake(wb);
  uninstall = fake.uninstall;
  const port = createExcelPort();
  await port.readSnapshot();
  wb.getTable('Bemanning')!.name = 'Tabell7';
  const before = fake.host.syncCount;
  const snap = await port.readSnapshot();
  const renamed = snap.tables.find((t) => t.name === 'Tabell7');
  expect(renamed?.headers).toEqual(memoryRead(wb).tables.find((t) => t.name === 'Tabell7')!.headers);
  expect(renamed?.values.length).toBeGreaterThan(0);
  // The guessed batch fails on the old name; the cold read takes two more.
  expect(fake.host.syncCount - before).toBe(3);
  const again = fake.host.syncCount;
  await port.readSnapshot();
  expect(fake.host.syncCount - again).toBe(1);
});

test('a table added by a co-author is read in a second request of the same read', async () => {
  const wb = exampleWorkbook();
  const fake = installOfficeFake(wb);
  uninstall = fake.uninstall;
  const port = createExcelPort();
  await port.readSnapshot();
  const sheet = wb.addSheet('Extra');
  sheet.setCell(0, 0, { value: 'Rubrik' });
  sheet.setCell(1, 0, { value: 'värde' });
  wb.addTable({
    name: 'Extra',
    sheet: 'Extra',
    range: { top: 0, left: 0, bottom: 1, right: 0 },
    style: 'TableStyleLight9',
  });
  const before = fake.host.syncCount;
  const snap = await port.readSnapshot();
  expect(fake.host.syncCount - before).toBe(2);
  expect(snap.tables.find((t) => t.name === 'Extra')?.values).toEqual([['värde']]);
});

test("ownership: only sheets an ownership name points at are marked as the add-in's", async () => {
  const wb = exampleWorkbook();
  wb.addSheet('Beslutsunderlag');
  wb.addSheet('Periodisering');
  wb.names.set('Insatsbudget_Periodisering', '=Periodisering!$A$1');
  const fake = installOfficeFake(wb);
  uninstall = fake.uninstall;
  const snap = await createExcelPort().readSnapshot();
  expect(snap.sheets.filter((s) => s.ownedByAddin).map((s) => s.name)).toEqual(['Periodisering']);
});

test('a cell address with a quoted sheet name and the first column/row are reported as Excel shows them', async () => {
  const wb = exampleWorkbook();
  wb.renameSheet('Bemanning', "Min 'flik'");
  const fake = installOfficeFake(wb);
  uninstall = fake.uninstall;
  const snap = await createExcelPort().readSnapshot();
  const t = snap.tables.find((x) => x.name === 'Bemanning')!;
  expect(t.sheet).toBe("Min 'flik'");
  const m = memoryRead(wb).tables.find((x) => x.name === 'Bemanning')!;
  expect([t.headerRow, t.firstColumn]).toEqual([m.headerRow, m.firstColumn]);
});

test('tables too large for one response are read in row chunks, each response under the limit, with the same result', async () => {
  const wb = largeWorkbook(3_000);
  const fake = installOfficeFake(wb, { payloadLimitBytes: 200_000 });
  uninstall = fake.uninstall;
  const port = createExcelPort({ readBudgetBytes: 150_000 });
  // Cold: the whole read is refused for its size, then read in chunks.
  const cold = await port.readSnapshot();
  expect(withoutBlankRows(cold)).toEqual(withoutBlankRows(memoryRead(wb)));
  const coldSyncs = fake.host.syncCount;
  // Warm: the sizes are known, so no request is refused.
  const warm = await port.readSnapshot();
  expect(warm).toEqual(cold);
  const warmSyncs = fake.host.syncs.slice(coldSyncs);
  expect(warmSyncs.every((s) => !s.failed && s.responseBytes <= 200_000)).toBe(true);
  expect(warmSyncs.length).toBeGreaterThan(2);
});

test('an error cell is read as an Error with its text; a formula-looking text stays a String', async () => {
  const wb = exampleWorkbook();
  const b = wb.getTable('Bemanning')!;
  const sheet = wb.getSheet(b.sheet)!;
  sheet.setCell(b.range.top + 1, b.range.left + 3, { value: '#REF!', type: 'Error' });
  sheet.setCell(b.range.top + 2, b.range.left + 1, { value: '=Coach', type: 'String', numberFormat: '@' });
  const fake = installOfficeFake(wb);
  uninstall = fake.uninstall;
  const t = (await createExcelPort().readSnapshot()).tables.find((x) => x.name === 'Bemanning')!;
  expect([t.values[0]![3], t.valueTypes[0]![3]]).toEqual(['#REF!', 'Error']);
  expect([t.values[1]![1], t.valueTypes[1]![1]]).toEqual(['=Coach', 'String']);
});
