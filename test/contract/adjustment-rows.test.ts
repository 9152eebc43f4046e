import Decimal from 'decimal.js';
import { editTableRowsIn } from '../../src/adapters/memory/memory-port';
import {
  appendAdjustments,
  deleteScenario,
  duplicateScenario,
  newAdjustmentOf,
  removeAdjustmentRows,
  renameScenario,
  type NewAdjustment,
} from '../../src/contract/adjustment-rows';
import { DATE_FORMAT, FTE_FORMAT, KRONOR_FORMAT } from '../../src/format/excel-formats';
import { exampleWorkbook, read, setCell } from './support';

const SAMORDNAT = 'Samordnat stöd för arbete eller studier';
const cuts: NewAdjustment[] = [
  {
    scenario: 'AU',
    initiative: 'Framsteget 2.0',
    role: 'Coach',
    action: 'setFte',
    value: new Decimal('2.75'),
    reason: 'Två och tre kvarts coach',
  },
  {
    scenario: 'AU',
    initiative: 'Framsteget 2.0',
    role: 'Arbetsförmedlare',
    action: 'remove',
    value: null,
    reason: null,
  },
  {
    scenario: 'AU',
    initiative: SAMORDNAT,
    role: null,
    action: 'setEnd',
    value: '2026-06-30',
    reason: 'Halvår kortare',
  },
  {
    scenario: 'AU',
    initiative: SAMORDNAT,
    role: null,
    action: 'cap',
    value: new Decimal(6_500_000),
    reason: '=SUMMA(A1:A9)',
  },
];

describe('Justeringar edits', () => {
  test('appended rows read back as the adjustments, with formats that keep their meaning', () => {
    const wb = exampleWorkbook();
    const before = read(wb);
    const edit = appendAdjustments(before.tables, cuts);
    expect(edit.table).toBe('Justeringar');
    expect(edit.append[0]!.map((c) => c.numberFormat)).toEqual(['@', '@', '@', '@', FTE_FORMAT, '@']);
    expect(edit.append[0]![4]!.value).toBe(2.75);
    expect(edit.append[2]![4]).toEqual({ value: 46203, numberFormat: DATE_FORMAT });
    expect(edit.append[3]![4]).toEqual({ value: 6_500_000, numberFormat: KRONOR_FORMAT });
    editTableRowsIn(wb, edit);
    const after = read(wb);
    expect(after.issues).toEqual([]);
    const added = after.input.adjustments.slice(1);
    expect(added.map((a) => [a.id, a.action, a.scenario, a.initiative, a.reason])).toEqual([
      ['Justeringar:3', 'setFte', 'AU', 'Framsteget 2.0', 'Två och tre kvarts coach'],
      ['Justeringar:4', 'remove', 'AU', 'Framsteget 2.0', null],
      ['Justeringar:5', 'setEnd', 'AU', SAMORDNAT, 'Halvår kortare'],
      ['Justeringar:6', 'cap', 'AU', SAMORDNAT, '=SUMMA(A1:A9)'],
    ]);
    expect(added[0]!.action === 'setFte' && added[0]!.fte).toEqual(new Decimal('2.75'));
    expect(added[1]!.action === 'remove' && added[1]!.role).toBe('Arbetsförmedlare');
    expect(added[2]!.action === 'setEnd' && [added[2]!.role, added[2]!.end]).toEqual([null, '2026-06-30']);
    expect(added[3]!.action === 'cap' && added[3]!.amount).toEqual(new Decimal(6_500_000));
  });

  test('newAdjustmentOf turns every read adjustment back into the row that reads as it, under a new scenario', () => {
    const wb = exampleWorkbook();
    editTableRowsIn(wb, appendAdjustments(read(wb).tables, cuts));
    const first = read(wb).input.adjustments;
    expect(first.map((a) => a.action)).toEqual(['setFte', 'setFte', 'remove', 'setEnd', 'cap']);
    expect(newAdjustmentOf(first[4]!)).toMatchObject({ scenario: 'AU', role: null, action: 'cap' });
    editTableRowsIn(
      wb,
      appendAdjustments(
        read(wb).tables,
        first.map((a) => newAdjustmentOf(a, 'Kopia')),
      ),
    );
    const copies = read(wb).input.adjustments.slice(first.length);
    const strip = ({ id: _id, source: _source, scenario: _scenario, ...rest }: (typeof first)[number]) =>
      rest;
    expect(copies.map((a) => a.scenario)).toEqual(first.map(() => 'Kopia'));
    expect(copies.map(strip)).toEqual(first.map(strip));
  });

  test("rows follow the actual table's column order and language; unknown columns stay empty", () => {
    const wb = exampleWorkbook();
    // The user reordered the columns, wrote English headers and added a note column.
    const headers = ['Reason', 'Action', 'Value', 'Anteckning', 'Initiative', 'Role', 'Scenario'];
    const sheet = wb.getSheet('Justeringar')!;
    sheet.cells.clear();
    headers.forEach((h, c) => sheet.setCell(0, c, { value: h }));
    ['Motivering', 'Omfattning', 3, 'x', SAMORDNAT, 'Coach', 'Kansliets förslag'].forEach((v, c) =>
      sheet.setCell(1, c, { value: v, numberFormat: c === 2 ? '0 %' : 'General' }),
    );
    wb.getTable('Justeringar')!.range = { top: 0, left: 0, bottom: 1, right: 6 };
    const found = read(wb).tables;
    const edit = appendAdjustments(found, [cuts[0]!]);
    expect(edit.append[0]!.map((c) => c.value)).toEqual([
      'Två och tre kvarts coach',
      'Set FTE',
      2.75,
      '',
      'Framsteget 2.0',
      'Coach',
      'AU',
    ]);
    editTableRowsIn(wb, edit);
    const after = read(wb);
    expect(after.issues).toEqual([]);
    expect(after.input.adjustments.map((a) => a.scenario)).toEqual(['Kansliets förslag', 'AU']);
  });

  test('rows are removed by worksheet row', () => {
    const wb = exampleWorkbook();
    editTableRowsIn(wb, appendAdjustments(read(wb).tables, cuts));
    const edit = removeAdjustmentRows(read(wb).tables, [2, 4, 99]);
    expect(edit.remove).toEqual([0, 2]);
    editTableRowsIn(wb, edit);
    expect(read(wb).input.adjustments.map((a) => a.action)).toEqual(['setFte', 'setEnd', 'cap']);
  });

  test('scenarios are renamed, duplicated and deleted (names compared as the engine does)', () => {
    const wb = exampleWorkbook();
    editTableRowsIn(wb, appendAdjustments(read(wb).tables, cuts));
    editTableRowsIn(wb, renameScenario(read(wb).tables, ' au', 'Arbetsutskottet'));
    expect(read(wb).input.adjustments.map((a) => a.scenario)).toEqual([
      'Kansliets förslag',
      ...cuts.map(() => 'Arbetsutskottet'),
    ]);
    editTableRowsIn(wb, duplicateScenario(read(wb).tables, 'kansliets förslag', 'Kopia'));
    const dup = read(wb).input.adjustments;
    expect(dup.map((a) => a.scenario)).toEqual([
      'Kansliets förslag',
      ...cuts.map(() => 'Arbetsutskottet'),
      'Kopia',
    ]);
    expect(dup[5]).toMatchObject({
      action: 'setFte',
      role: 'Coach',
      initiative: SAMORDNAT,
      reason: dup[0]!.reason,
    });
    expect(dup[5]!.action === 'setFte' && dup[5]!.fte).toEqual(new Decimal(3));
    editTableRowsIn(wb, deleteScenario(read(wb).tables, 'Arbetsutskottet'));
    expect(read(wb).input.adjustments.map((a) => a.scenario)).toEqual(['Kansliets förslag', 'Kopia']);
  });

  test('renaming keeps the cells it does not change, text as text', () => {
    const wb = exampleWorkbook();
    setCell(wb, 'Justeringar!F2', '+46 18 00 00 00', '@');
    const edit = renameScenario(read(wb).tables, 'Kansliets förslag', 'Förslag 2');
    expect(edit.update).toHaveLength(1);
    expect(edit.update[0]!.index).toBe(0);
    expect(edit.update[0]!.cells[4]).toEqual({ value: 3, numberFormat: FTE_FORMAT });
    expect(edit.update[0]!.cells[5]).toEqual({ value: '+46 18 00 00 00', numberFormat: '@' });
  });

  test('without a Justeringar table the builders say so', () => {
    const wb = exampleWorkbook();
    wb.tables = wb.tables.filter((t) => t.name !== 'Justeringar');
    expect(() => appendAdjustments(read(wb).tables, cuts)).toThrow(/Justeringar/);
  });
});
