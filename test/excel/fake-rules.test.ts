// The test bench enforces what Microsoft documents, so that the adapter's tests mean something.
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { entryFor, installOfficeFake } from '../support/office-fake';
import { FAKE_CLASSES, clientApiSets, fakeMembers } from '../support/office-fake/fake-excel';
import { installOfficeWire } from '../support/office-wire';
import { loadClient } from '../support/office-wire/client';
import type { FakeExcelHost } from '../support/office-fake';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

/** Blad1 with a two-column table T in A1, its header and `rows` data rows. */
function withTable(rows: number): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet('Blad1');
  wb.addTable({
    name: 'T',
    sheet: 'Blad1',
    range: { top: 0, left: 0, bottom: rows, right: 1 },
    style: 'TableStyleMedium2',
  });
  return wb;
}

function setup(): { wb: MemoryWorkbook; host: FakeExcelHost } {
  const wb = new MemoryWorkbook();
  wb.addSheet('Blad1');
  const fake = installOfficeFake(wb);
  uninstall = fake.uninstall;
  return { wb, host: fake.host };
}

test('a property not loaded and synced cannot be read; writes apply only at sync, in order', async () => {
  const { wb, host } = setup();
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Blad1').getRange('A1:B1');
    range.values = [[1, 2]];
    range.values = [[3, 4]];
    expect(wb.getSheet('Blad1')!.getCell(0, 0).value).toBe('');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([[3, 4]]);
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
  });
  expect(host.syncCount).toBe(1);
});

test('strings starting with = + - @ become formulas unless the cell is Text; numbers and dates are parsed', () => {
  expect(entryFor('=A1+1', 'General')).toMatchObject({ formula: '=A1+1' });
  expect(entryFor('+A1', 'General')).toMatchObject({ formula: '=+A1' });
  expect(entryFor('-A1', 'General')).toMatchObject({ formula: '=-A1' });
  expect(entryFor('@SUM(A1)', 'General')).toMatchObject({ formula: '=SUM(A1)' });
  expect(entryFor('-5', 'General')).toEqual({ value: -5, formula: null, type: 'Double' });
  expect(entryFor('00123', 'General')).toEqual({ value: 123, formula: null, type: 'Double' });
  expect(entryFor('2024-10-01', 'General')).toMatchObject({ value: 45566, type: 'Double' });
  for (const text of ['=A1+1', '+46 70', '-x', '@home', '00123', '2024-10-01'])
    expect(entryFor(text, '@')).toEqual({ value: text, formula: null, type: 'String' });
  expect(entryFor(null, 'General')).toBeNull();
});

test('a request over 5 MB fails and applies nothing', async () => {
  const { wb } = setup();
  const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
  await expect(
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('C1').values = [['first']];
      sheet.getRange('A1:A60000').values = big;
      await context.sync();
    }),
  ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  expect(wb.getSheet('Blad1')!.cells.size).toBe(0);
});

test('a failing action keeps the actions before it and skips those after it', async () => {
  const { wb } = setup();
  await expect(
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add('Ny');
      sheets.getItem('Saknas').delete();
      sheets.add('Aldrig');
      await context.sync();
    }),
  ).rejects.toThrow(/ItemNotFound/);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Blad1', 'Ny']);
});

test('an injected failure runs the chosen number of actions, then throws', async () => {
  const { wb, host } = setup();
  host.failAt({ sync: 1, appliedActions: 1 });
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.add('A');
      context.workbook.worksheets.add('B');
      await context.sync();
    }),
  ).rejects.toThrow(/Injected failure/);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Blad1', 'A']);
});

test('renaming a sheet moves the names that refer to it; deleting it leaves #REF!', async () => {
  const { wb } = setup();
  wb.addSheet('Gammal');
  wb.names.set('Mark', '=Gammal!$A$1');
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Gammal').name = 'Ny flik';
    await context.sync();
  });
  expect(wb.names.get('Mark')).toBe("='Ny flik'!$A$1");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Ny flik').delete();
    await context.sync();
  });
  expect(wb.names.get('Mark')).toBe('=#REF!$A$1');
});

test('document settings persist only when saved, and a refresh reads what was saved', async () => {
  const { wb } = setup();
  const settings = Office.context.document.settings;
  settings.set('k', { a: 1 });
  expect(wb.settings.size).toBe(0);
  await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  expect(JSON.parse(wb.settings.get('k')!)).toEqual({ a: 1 });
  wb.settings.set('k', JSON.stringify({ a: 2 }));
  await new Promise<void>((resolve) => settings.refreshAsync(() => resolve()));
  expect(settings.get('k')).toEqual({ a: 2 });
});

test('a single value applies to every cell of the range; null in a 2-D array leaves the cell', async () => {
  const { wb } = setup();
  const sheet = wb.getSheet('Blad1')!;
  sheet.setCell(0, 1, { value: 'kvar', type: 'String', numberFormat: '0.00' });
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Blad1').getRange('A1:B2');
    range.numberFormat = '@' as unknown as string[][];
    range.values = [
      ['=x', null],
      [null, 5],
    ];
    range.numberFormat = [
      [null, null],
      [null, '0'],
    ];
    await context.sync();
  });
  expect(sheet.getCell(0, 0)).toMatchObject({ value: '=x', type: 'String', numberFormat: '@' });
  expect(sheet.getCell(0, 1)).toMatchObject({ value: 'kvar', numberFormat: '@' });
  expect(sheet.getCell(1, 0).numberFormat).toBe('@');
  // A number entered into a Text cell is kept as text; a later format does not re-enter it.
  expect(sheet.getCell(1, 1)).toMatchObject({ value: '5', type: 'String', numberFormat: '0' });
});

test('merge(true) merges each row of the range on its own', async () => {
  const { wb } = setup();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Blad1');
    sheet.getRange('A1:C3').merge(true);
    sheet.getRange('A5:B6').merge(false);
    await context.sync();
  });
  expect(wb.getSheet('Blad1')!.merges).toEqual(['A1:C1', 'A2:C2', 'A3:C3', 'A5:B6']);
});

test('getItemOrNullObject: isNullObject is known only after the sync, case does not matter, a null object cannot be read', async () => {
  const { wb } = setup();
  wb.getSheet('Blad1')!.setCell(0, 0, { value: 'Rubrik' });
  wb.getSheet('Blad1')!.setCell(1, 0, { value: 'v' });
  wb.addTable({
    name: 'Bemanning',
    sheet: 'Blad1',
    range: { top: 0, left: 0, bottom: 1, right: 0 },
    style: 'x',
  });
  await Excel.run(async (context) => {
    const tables = context.workbook.tables;
    const found = tables.getItemOrNullObject('bemanning');
    const missing = tables.getItemOrNullObject('Kostnader');
    const body = found.getDataBodyRange().load('values');
    const nothing = missing.getDataBodyRange().load('values');
    expect(() => found.isNullObject).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
    expect(body.values).toEqual([['v']]);
    expect(nothing.isNullObject).toBe(true);
    expect(() => nothing.values).toThrow(/null object/);
  });
});

test("with nullObjectChildren: 'error', a range of a null table fails the batch", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheet('Blad1');
  const fake = installOfficeFake(wb, { nullObjectChildren: 'error' });
  uninstall = fake.uninstall;
  await expect(
    Excel.run(async (context) => {
      context.workbook.tables.getItemOrNullObject('Saknas').getHeaderRowRange().load('values');
      await context.sync();
    }),
  ).rejects.toThrow(/ItemNotFound/);
});

test('row heights apply to every row of the range, in points, at most 409', async () => {
  const { wb } = setup();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Blad1');
    sheet.getRange('B3:C5').format.rowHeight = 30;
    expect(wb.getSheet('Blad1')!.rowHeights.size).toBe(0);
    await context.sync();
  });
  expect([...wb.getSheet('Blad1')!.rowHeights]).toEqual([
    [2, 30],
    [3, 30],
    [4, 30],
  ]);
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').format.rowHeight = 410;
      await context.sync();
    }),
  ).rejects.toThrow(/InvalidArgument/);
});

test('the page layout needs ExcelApi 1.9; the model holds an A4 fit-to-pages setup once it is complete', async () => {
  const { wb, host } = setup();
  const sheet = wb.getSheet('Blad1')!;
  await Excel.run(async (context) => {
    const layout = context.workbook.worksheets.getItem('Blad1').pageLayout;
    layout.orientation = 'Landscape';
    await context.sync();
    expect(sheet.print).toBeNull(); // still Excel's default paper and 100 %
    layout.paperSize = 'A4';
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    await context.sync();
  });
  expect(sheet.print).toEqual({ paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').pageLayout.zoom = { scale: 5 };
      await context.sync();
    }),
  ).rejects.toThrow(/InvalidArgument/);
  // A percentage scale is not a setup the model holds.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Blad1').pageLayout.zoom = { scale: 80 };
    await context.sync();
  });
  expect(sheet.print).toBeNull();

  host.apiVersion = '1.8';
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').pageLayout.orientation = 'Portrait';
      await context.sync();
    }),
  ).rejects.toThrow(/ApiNotFound/);
});

describe.each([
  ['the object-model fake', installOfficeFake],
  ["Microsoft's client over the wire host", installOfficeWire],
] as const)('on %s', (_label, install) => {
  /**
   * Members newer than the host's ExcelApi, each touched between two writes. The client checks no
   * requirement set on access (see the fake's header: the check is switched off in the shipped
   * client), so the member is sent and the request fails at its step.
   */
  const touches: Array<[string, string, (context: Excel.RequestContext) => void]> = [
    ['1.12', 'Table.resize', (c) => c.workbook.tables.getItem('T').resize('A1:B3')],
    ['1.8', 'Table.autoFilter', (c) => void c.workbook.tables.getItem('T').autoFilter.load('isDataFiltered')],
    [
      '1.8',
      'Worksheet.pageLayout',
      (c) => void (c.workbook.worksheets.getItem('Blad1').pageLayout.orientation = 'Landscape'),
    ],
    [
      '1.8',
      'Worksheet.horizontalPageBreaks',
      (c) => void c.workbook.worksheets.getItem('Blad1').horizontalPageBreaks.add('A5'),
    ],
    ['1.6', 'Worksheet.freezePanes', (c) => c.workbook.worksheets.getItem('Blad1').freezePanes.freezeRows(1)],
    ['1.6', 'Worksheet.tabColor', (c) => void (c.workbook.worksheets.getItem('Blad1').tabColor = '#FF0000')],
    [
      '1.7',
      'Range.dataValidation',
      (c) =>
        void (c.workbook.worksheets.getItem('Blad1').getRange('A1').dataValidation.rule = {
          list: { inCellDropDown: true, source: 'a,b' },
        }),
    ],
  ];

  test.each(touches)(
    'on ExcelApi %s, %s is sent like any member and fails the request at its step with ApiNotFound',
    async (version, member, touch) => {
      const wb = withTable(1);
      const fake = install(wb, { apiVersion: version });
      uninstall = fake.uninstall;
      const sheet = wb.getSheet('Blad1')!;
      let error: unknown = null;
      await Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem('Blad1');
        s.getRange('D1').values = [['före']];
        expect(() => touch(context)).not.toThrow();
        s.getRange('E1').values = [['efter']];
        await context.sync();
      }).catch((e: unknown) => (error = e));
      expect((error as { code?: string } | null)?.code).toBe('ApiNotFound');
      expect(String((error as Error).message)).toContain(member);
      expect(fake.host.syncCount).toBe(1);
      // Excel applies a request up to the failing step.
      expect(sheet.getCell(0, 3).value).toBe('före');
      expect(sheet.getCell(0, 4).value).toBe('');
      expect(sheet.freeze ?? null).toBeNull();
      expect(sheet.tabColor ?? null).toBeNull();
      expect(sheet.validations).toEqual([]);
    },
  );
});

test("every member the fake offers is one of the client's, with the client's requirement set", () => {
  const client = loadClient();
  /** The fake's own machinery, not Office.js members ('set' is its queued property set, not Range.set). */
  const helpers = new Set([
    'capture',
    'resolve',
    'locate',
    'find',
    'instantiate',
    'read',
    'enqueue',
    'call',
    'set',
    'host',
    'list',
    'itemAt',
    'part',
    'derived',
    'event',
    'actual',
  ]);
  const missing: string[] = [];
  for (const [fake, name] of FAKE_CLASSES) {
    const proto = (client.Excel as unknown as Record<string, { prototype: object }>)[name]!.prototype;
    for (const member of fakeMembers(fake).keys())
      if (!helpers.has(member) && !(member in proto)) missing.push(`${name}.${member}`);
  }
  expect(missing).toEqual([]);
  // The table the fake guards with is the client's: members newer than 1.1 that the adapter uses.
  const sets = clientApiSets();
  expect(sets.get('Table.resize')).toBe('1.13');
  expect(sets.get('Worksheet.pageLayout')).toBe('1.9');
  expect(sets.get('TableCollection.onChanged')).toBe('1.7');
});

test("a request that only changes number formats or styles in a table fires the table's onChanged (Local) after the sync; one elsewhere fires none", async () => {
  jest.useFakeTimers();
  try {
    const wb = withTable(2);
    const fake = installOfficeFake(wb);
    uninstall = fake.uninstall;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A2').numberFormat = [['@']];
      await context.sync();
      expect(fake.host.fired).toEqual([]); // delivered after the batch, asynchronously
      await jest.advanceTimersByTimeAsync(1);
      expect(fake.host.fired.map((e) => [e.type, e.source, e.tableId])).toEqual([
        ['TableChanged', 'Local', fake.host.idOf(wb.getTable('T')!)],
      ]);
      sheet.getRange('B3').format.font.bold = true;
      await context.sync();
      await jest.advanceTimersByTimeAsync(1);
      expect(fake.host.fired).toHaveLength(2);
      sheet.getRange('D1').numberFormat = [['0 %']];
      await context.sync();
      await jest.advanceTimersByTimeAsync(1);
      expect(fake.host.fired).toHaveLength(2);
    });
  } finally {
    jest.useRealTimers();
  }
});
