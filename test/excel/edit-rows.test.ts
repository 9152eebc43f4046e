// Justeringar rows: append, change and delete in two requests, the same as the memory port does,
// text that looks like a formula kept as text.
import Decimal from 'decimal.js';
import { createExcelPort } from '../../src/adapters/excel';
import { editTableRowsIn } from '../../src/adapters/memory/memory-port';
import { readSnapshot as memoryRead } from '../../src/adapters/memory/read-snapshot';
import { appendAdjustments, readWorkbook, removeAdjustmentRows } from '../../src/contract';
import type { TableRowEdit } from '../../src/workbook/port';
import { installOfficeWire } from '../support/office-wire';
import { contentsOf, exampleWorkbook } from '../support/office-fake/fixtures';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const SAMORDNAT = 'Samordnat stöd för arbete eller studier';

test('append, change and delete in two requests, as the memory port edits', async () => {
  const wb = exampleWorkbook();
  const found = readWorkbook(memoryRead(wb)).tables;
  const added = appendAdjustments(found, [
    {
      scenario: 'AU-förslag',
      initiative: SAMORDNAT,
      role: 'Coach',
      action: 'setFte',
      value: new Decimal(2.5),
      reason: '=inte en formel',
    },
    {
      scenario: 'AU-förslag',
      initiative: SAMORDNAT,
      role: null,
      action: 'cap',
      value: new Decimal(6_000_000),
      reason: '+46 70 123 45 67',
    },
  ]);
  const existing = wb.getTable('Justeringar')!;
  const firstRow = wb.getSheet(existing.sheet)!;
  const rowCells = (i: number) =>
    Array.from({ length: existing.range.right - existing.range.left + 1 }, (_, c) => {
      const cell = firstRow.getCell(existing.range.top + 1 + i, existing.range.left + c);
      return { value: cell.value, numberFormat: cell.numberFormat };
    });
  const changed = rowCells(0).map((c, i) =>
    i === 5 ? { value: '-ändrad motivering', numberFormat: '@' } : c,
  );
  const edit: TableRowEdit = {
    table: 'Justeringar',
    append: added.append,
    update: [{ index: 0, cells: changed }],
    remove: [],
  };
  const expected = wb.clone();
  editTableRowsIn(expected, edit);

  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  const port = createExcelPort();
  await port.editTableRows(edit);
  expect(fake.host.syncCount).toBe(2);
  expect(contentsOf(wb)).toEqual(contentsOf(expected));

  const t = memoryRead(wb).tables.find((x) => x.name === 'Justeringar')!;
  const reasons = t.values.map((r) => r[5]);
  expect(reasons).toEqual(
    expect.arrayContaining(['=inte en formel', '+46 70 123 45 67', '-ändrad motivering']),
  );
  expect(wb.getSheet(existing.sheet)!.cells.size).toBeGreaterThan(0);
  for (const cell of wb.getSheet(existing.sheet)!.cells.values()) expect(cell.formula).toBeNull();

  // Delete the two appended rows again (bottom up), in two more requests.
  const after = readWorkbook(memoryRead(wb)).tables;
  const n = t.values.length;
  const removal = removeAdjustmentRows(after, [n - 2, n - 1]);
  const expectedAfterRemoval = wb.clone();
  editTableRowsIn(expectedAfterRemoval, removal);
  await port.editTableRows(removal);
  expect(fake.host.syncCount).toBe(4);
  expect(contentsOf(wb)).toEqual(contentsOf(expectedAfterRemoval));
});

test('many rows appended as one Table.resize over the free rows under the table and one write, never row by row, never TableRowCollection.add', async () => {
  const wb = exampleWorkbook();
  const found = readWorkbook(memoryRead(wb)).tables;
  const edit = appendAdjustments(
    found,
    Array.from({ length: 200 }, (_, i) => ({
      scenario: `S${i}`,
      initiative: SAMORDNAT,
      role: 'Coach',
      action: 'remove' as const,
      value: null,
      reason: null,
    })),
  );
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  await createExcelPort().editTableRows(edit);
  expect(fake.host.syncCount).toBe(2);
  const steps = fake.host.syncs[1]!.actionNames;
  expect(steps.filter((a) => / Resize$/.test(a))).toHaveLength(1);
  expect(steps.filter((a) => / Values$/.test(a))).toHaveLength(1);
  expect(steps.some((a) => /Rows\.Add/.test(a))).toBe(false);
  expect(
    memoryRead(wb)
      .tables.find((x) => x.name === 'Justeringar')!
      .values.filter((r) => String(r[0]).startsWith('S')).length,
  ).toBe(200);
});

test('a stale row index fails before anything is changed', async () => {
  const wb = exampleWorkbook();
  const before = contentsOf(wb);
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  const found = readWorkbook(memoryRead(wb)).tables;
  const edit = removeAdjustmentRows(found, [0]);
  await expect(createExcelPort().editTableRows({ ...edit, remove: [999] })).rejects.toThrow(/not in table/);
  expect(fake.host.syncCount).toBe(1);
  expect(contentsOf(wb)).toEqual(before);
});
