import fc from 'fast-check';
import type { RowCell, TableRowEdit } from '../../src/workbook/port';
import { editTowards, editedRows, fillTrailingBlankRows } from '../../src/session/row-edits';
import { EditHistory } from '../../src/session/history';

const row = (...values: Array<string | number>): RowCell[] =>
  values.map((value) => ({ value, numberFormat: typeof value === 'number' ? '0%' : '@' }));

describe('editTowards', () => {
  it('undoes an append by removing that row', () => {
    const before = [row('A', 1)];
    const after = [row('A', 1), row('A', 0.5)];
    expect(editTowards('Justeringar', after, before)).toEqual({
      table: 'Justeringar',
      append: [],
      update: [],
      remove: [1],
    });
  });

  it('undoes a change by writing the previous cells back', () => {
    const before = [row('A', 1), row('B', 2)];
    const after = [row('A', 1), row('B', 3)];
    expect(editTowards('T', after, before)).toEqual({
      table: 'T',
      append: [],
      update: [{ index: 1, cells: row('B', 2) }],
      remove: [],
    });
  });

  it('turns any rows into any other rows', () => {
    const rows = fc.array(
      fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 0, max: 3 })).map(([s, n]) => row(s, n)),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(rows, rows, (current, target) => {
        expect(editedRows(current, editTowards('T', current, target))).toEqual(target);
      }),
    );
  });
});

describe('EditHistory', () => {
  const before = [row('A', 1)];
  const edit: TableRowEdit = { table: 'T', append: [row('A', 0.5)], update: [], remove: [] };
  const after = editedRows(before, edit);

  it('undoes and redoes', () => {
    const history = new EditHistory();
    history.record({ table: 'T', before, after });
    const undo = history.undoEdit(() => after)! as { rows: TableRowEdit };
    expect(editedRows(after, undo.rows)).toEqual(before);
    history.undone();
    expect(history.canUndo).toBe(false);
    const redo = history.redoEdit(() => before)! as { rows: TableRowEdit };
    expect(editedRows(before, redo.rows)).toEqual(after);
    history.redone();
    expect(history.depth).toEqual({ undo: 1, redo: 0 });
  });

  it('stays valid while the table holds what the last step left, and is cleared otherwise', () => {
    const history = new EditHistory();
    history.record({ table: 'T', before, after });
    expect(history.reconcile(() => after)).toBe(true);
    expect(history.canUndo).toBe(true);
    expect(history.reconcile(() => [...after, row('B', 1)])).toBe(false);
    expect(history.canUndo).toBe(false);
    expect(history.reconcile(() => [])).toBe(true);
  });

  it('forgets what was undone once a new edit is made', () => {
    const history = new EditHistory();
    history.record({ table: 'T', before, after });
    history.undone();
    history.record({ table: 'T', before, after: [row('Z', 0)] });
    expect(history.canRedo).toBe(false);
  });
});

describe('fillTrailingBlankRows', () => {
  const grid = (values: Array<Array<string | number>>) => ({
    name: 'T',
    sheet: 'T',
    headerRow: 1,
    firstColumn: 0,
    headers: ['A', 'B'],
    values,
    numberFormats: values.map((r) => r.map(() => 'General')),
    valueTypes: values.map((r) => r.map(() => 'Empty' as const)),
  });
  it('writes new rows into the blank rows at the end first', () => {
    const edit: TableRowEdit = { table: 'T', append: [row('X', 1), row('Y', 2)], update: [], remove: [] };
    expect(
      fillTrailingBlankRows(
        grid([
          ['A', 1],
          ['', ''],
        ]),
        edit,
      ),
    ).toEqual({ table: 'T', append: [row('Y', 2)], update: [{ index: 1, cells: row('X', 1) }], remove: [] });
    expect(
      fillTrailingBlankRows(
        grid([
          ['', ''],
          ['A', 1],
        ]),
        edit,
      ),
    ).toBe(edit);
  });
});
