// Holds: one column of Insatser or Bemanning (Låst), through Microsoft's client and the wire host.
// Only the asked cells change (a user's formulas elsewhere in the row stay); a missing column is
// added at the table's right end; what stands right of the table is never taken in; and the
// Excel adapter leaves the workbook as the memory port does.
import { createExcelPort } from '../../src/adapters/excel';
import { editTableColumnIn } from '../../src/adapters/memory/memory-port';
import type { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { readSnapshot as memoryRead } from '../../src/adapters/memory/read-snapshot';
import { MeetingSession } from '../../src/session';
import { columnOf } from '../../src/session/row-edits';
import { readWorkbook } from '../../src/contract';
import { SAMORDNAT } from '../session/support';
import type { TableColumnEdit } from '../../src/workbook/port';
import { installOfficeWire } from '../support/office-wire';
import { contentsOf, exampleWorkbook } from '../support/office-fake/fixtures';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const key = (v: unknown) => String(v).trim().toLocaleLowerCase('sv');

/** The example workbook with the table's Låst column taken out (a user's table from before holds). */
export function withoutHeldColumn(wb: MemoryWorkbook, tableName: string): MemoryWorkbook {
  const table = wb.getTable(tableName)!;
  const sheet = wb.getSheet(table.sheet)!;
  const { top, left, right, bottom } = table.range;
  for (let c = left; c <= right; c++) {
    if (key(sheet.getCell(top, c).value) !== 'låst') continue;
    // The template puts Låst last; a later column would move left in a real deletion.
    expect(c).toBe(right);
    for (let r = top; r <= bottom; r++) sheet.clearCell(r, c);
    sheet.validations = sheet.validations.filter((v) => !v.range.startsWith(`${colLetter(c)}`));
    table.range = { ...table.range, right: right - 1 };
  }
  return wb;
}

const colLetter = (c: number) => String.fromCharCode(65 + c);

function port() {
  return createExcelPort();
}

function headersOf(wb: MemoryWorkbook, tableName: string): string[] {
  const table = wb.getTable(tableName)!;
  const sheet = wb.getSheet(table.sheet)!;
  const out: string[] = [];
  for (let c = table.range.left; c <= table.range.right; c++)
    out.push(String(sheet.getCell(table.range.top, c).value));
  return out;
}

const mark = (index: number, value: string): TableColumnEdit['cells'][number] => ({
  index,
  cell: { value, numberFormat: '@' },
});

test('adding Låst to Bemanning: two requests, the column at the right end, one cell marked, as the memory port does', async () => {
  const wb = withoutHeldColumn(exampleWorkbook(), 'Bemanning');
  const width = headersOf(wb, 'Bemanning').length;
  const edit: TableColumnEdit = {
    table: 'Bemanning',
    header: 'Låst',
    addColumn: true,
    cells: [mark(2, 'Ja')],
  };
  const expected = wb.clone();
  editTableColumnIn(expected, edit);

  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  await port().editTableColumn(edit);
  expect(fake.host.syncCount).toBe(2);
  expect(contentsOf(wb)).toEqual(contentsOf(expected));
  expect(headersOf(wb, 'Bemanning')).toHaveLength(width + 1);
  expect(headersOf(wb, 'Bemanning').at(-1)).toBe('Låst');
  const table = wb.getTable('Bemanning')!;
  const sheet = wb.getSheet(table.sheet)!;
  const column = [];
  for (let r = table.range.top + 1; r <= table.range.bottom; r++)
    column.push(sheet.getCell(r, table.range.right).value);
  expect(column.filter((v) => v !== '')).toEqual(['Ja']);
  expect(column[2]).toBe('Ja');
  // The second request adds the column and sets one cell's format and value: nothing else.
  expect(fake.host.syncs[1]!.actionNames).toEqual([
    expect.stringContaining('Columns.Add'),
    expect.stringContaining('NumberFormat'),
    expect.stringContaining('Values'),
  ]);
});

test('with the column there, only the asked cells change, and a formula elsewhere in the row stays', async () => {
  const wb = withoutHeldColumn(exampleWorkbook(), 'Insatser');
  editTableColumnIn(wb, { table: 'Insatser', header: 'Låst', addColumn: true, cells: [] });
  const table = wb.getTable('Insatser')!;
  const sheet = wb.getSheet(table.sheet)!;
  // A user's formula in the first data row (Ansökt belopp as a sum, say).
  sheet.setCell(table.range.top + 1, table.range.left + 5, {
    formula: '=1000+2000',
    value: 3000,
    type: 'Double',
  });
  const edit: TableColumnEdit = {
    table: 'Insatser',
    header: 'låst',
    addColumn: false,
    cells: [mark(0, 'Ja'), mark(1, 'Ja')],
  };
  const expected = wb.clone();
  editTableColumnIn(expected, edit);
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  await port().editTableColumn(edit);
  expect(contentsOf(wb)).toEqual(contentsOf(expected));
  expect(sheet.getCell(table.range.top + 1, table.range.left + 5).formula).toBe('=1000+2000');
  expect(sheet.getCell(table.range.top + 1, table.range.right).value).toBe('Ja');
  expect(sheet.getCell(table.range.top + 2, table.range.right).value).toBe('Ja');

  // Releasing writes the cell blank again.
  await port().editTableColumn({ ...edit, cells: [mark(0, '')] });
  expect(sheet.getCell(table.range.top + 1, table.range.right).value).toBe('');
});

test("the column is found by the contract's name rule: other case, spacing and Unicode form", async () => {
  // The header as macOS or another writer may store it: decomposed (A + combining ring), upper
  // case, spaces around. The contract reads it as Låst (nameKey); so must every edit of it.
  const wb = exampleWorkbook();
  const table = wb.getTable('Bemanning')!;
  const sheet = wb.getSheet(table.sheet)!;
  const header = ' LA\u030aST ';
  sheet.setCell(table.range.top, table.range.right, { value: header, type: 'String' });
  const grid = memoryRead(wb).tables.find((t) => t.name === 'Bemanning')!;
  expect(columnOf(grid, 'Låst')).toBe(table.range.right - table.range.left);
  expect(readWorkbook(memoryRead(wb)).tables.Bemanning!.columns['Låst']).toBe(columnOf(grid, 'Låst'));

  const edit: TableColumnEdit = {
    table: 'Bemanning',
    header: 'Låst',
    addColumn: false,
    cells: [mark(0, 'Ja')],
  };
  const expected = wb.clone();
  editTableColumnIn(expected, edit);
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  await port().editTableColumn(edit);
  expect(contentsOf(wb)).toEqual(contentsOf(expected));
  expect(sheet.getCell(table.range.top, table.range.right).value).toBe(header);
  expect(sheet.getCell(table.range.top + 1, table.range.right).value).toBe('Ja');
  // Adding a Låst column where one is, by that rule, already there is refused.
  expect(() => editTableColumnIn(wb.clone(), { ...edit, addColumn: true })).toThrow(/already has a column/);
});

test('something right of the table: the column is not added and nothing changes', async () => {
  const wb = withoutHeldColumn(exampleWorkbook(), 'Bemanning');
  const table = wb.getTable('Bemanning')!;
  wb.getSheet(table.sheet)!.setCell(table.range.top + 3, table.range.right + 1, {
    value: 'min anteckning',
    type: 'String',
  });
  const before = contentsOf(wb);
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  await expect(
    port().editTableColumn({ table: 'Bemanning', header: 'Låst', addColumn: true, cells: [mark(0, 'Ja')] }),
  ).rejects.toThrow(/right of table Bemanning is not empty/);
  expect(contentsOf(wb)).toEqual(before);
  expect(fake.host.syncs.every((s) => s.effects === 0)).toBe(true);
});

test('a stale row index or a missing column fails before anything changes', async () => {
  const wb = withoutHeldColumn(exampleWorkbook(), 'Bemanning');
  const before = contentsOf(wb);
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  await expect(
    port().editTableColumn({ table: 'Bemanning', header: 'Låst', addColumn: false, cells: [mark(0, 'Ja')] }),
  ).rejects.toThrow(/no column Låst/);
  await expect(
    port().editTableColumn({ table: 'Bemanning', header: 'Låst', addColumn: true, cells: [mark(999, 'Ja')] }),
  ).rejects.toThrow(/not in table/);
  expect(contentsOf(wb)).toEqual(before);
  expect(fake.host.syncs.every((s) => s.effects === 0)).toBe(true);
});

describe('a hold through the session, on Excel as it behaves', () => {
  const sessionPort = () => ({ ...createExcelPort(), onInputsChanged: () => () => undefined });
  async function started(wb: MemoryWorkbook) {
    const fake = installOfficeWire(wb);
    uninstall = fake.uninstall;
    const session = new MeetingSession(sessionPort(), { officeLanguage: 'sv-SE' });
    await session.start();
    return { host: fake.host, session };
  }
  const bemanning = (
    snapshot: { tables: Array<{ name: string; headers: unknown[]; values: unknown[][] }> } | null,
  ) => {
    const t = snapshot?.tables.find((x) => x.name === 'Bemanning');
    return t && { headers: t.headers, values: t.values };
  };
  const hold = (s: MeetingSession) => s.hold({ initiative: SAMORDNAT, role: 'Coach' }, true);

  test.each([
    ['a hold that adds the Låst column', true],
    ['a hold in an existing Låst column', false],
  ])(
    '%s, failing at any step: the session holds the workbook as it is and says so',
    async (_label, add) => {
      const fresh = () => (add ? withoutHeldColumn(exampleWorkbook(), 'Bemanning') : exampleWorkbook());
      const dry = await started(fresh());
      const first = dry.host.syncCount + 1;
      await hold(dry.session);
      expect(dry.session.getState().notice).toBeNull();
      expect(dry.session.getState().canUndo).toBe(true);
      const requests = dry.host.syncs.slice(first - 1).filter((s) => s.effects > 0);
      expect(requests).toHaveLength(1);
      // Two Coach rows: each cell its format and its value, after the column when it is added.
      expect(requests[0]!.effects).toBe((add ? 1 : 0) + 2 * 2);
      uninstall!();
      uninstall = null;

      let checked = 0;
      for (const request of requests)
        for (let applied = 0; applied <= request.effects; applied++) {
          const wb = fresh();
          const { host, session } = await started(wb);
          host.failAt({ sync: request.index - first + host.syncCount + 1, appliedActions: applied });
          await hold(session);
          const state = session.getState();
          expect({ applied, table: bemanning(state.snapshot) }).toEqual({
            applied,
            table: bemanning(memoryRead(wb)),
          });
          expect(state.notice?.kind).toBe('error');
          expect(state.canUndo).toBe(false);
          // Nothing stands outside the table: the column is whole or not there.
          const table = wb.getTable('Bemanning')!;
          const sheet = wb.getSheet(table.sheet)!;
          for (let r = 0; r <= table.range.bottom + 5; r++)
            expect(sheet.getCell(r, table.range.right + 1).value).toBe('');
          // And the next hold works on the workbook as it now is.
          uninstall!();
          uninstall = null;
          const again = await started(wb);
          await hold(again.session);
          expect(again.session.getState().notice).toBeNull();
          expect(again.session.getState().input!.staffing.some((s) => s.role === 'Coach' && s.held)).toBe(
            true,
          );
          uninstall!();
          uninstall = null;
          checked++;
        }
      expect(checked).toBe(requests.reduce((n, r) => n + r.effects + 1, 0));
    },
    120_000,
  );
});
