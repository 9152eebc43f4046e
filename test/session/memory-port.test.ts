import { MemoryWorkbook, parseRange } from '../../src/adapters/memory/memory-workbook';
import { MemoryPort } from '../../src/adapters/memory/memory-port';
import type { SheetPlan } from '../../src/workbook/sheet-plan';

function plan(name: string, table: string, headers: string[], rows: string[][]): SheetPlan {
  const cells = [headers, ...rows].map((r) => r.map((text) => ({ kind: 'text' as const, text })));
  const right = String.fromCharCode(64 + headers.length);
  return {
    name,
    kind: 'inputs',
    blocks: [{ row: 0, column: 0, cells }],
    merges: [],
    columnWidths: [],
    tables: [{ name: table, range: `A1:${right}${rows.length + 1}`, style: 'TableStyleLight9' }],
    charts: [],
  };
}

async function portWithTable(rows: string[][]) {
  const port = new MemoryPort(new MemoryWorkbook());
  await port.createInputTables([plan('Justeringar', 'Justeringar', ['Scenario', 'Insats'], rows)]);
  return port;
}

const cell = (value: string) => ({ value, numberFormat: '@' });

describe('MemoryPort', () => {
  it('creates input tables and never touches an existing one', async () => {
    const port = await portWithTable([['A', 'x']]);
    await port.createInputTables([
      plan('Justeringar', 'Justeringar', ['Scenario', 'Insats'], [['B', 'y']]),
      plan('Ram', 'Ram', ['År', 'Tillgängligt'], []),
    ]);
    const snapshot = await port.readSnapshot();
    expect(snapshot.tables.map((t) => t.name)).toEqual(['Justeringar', 'Ram']);
    expect(snapshot.tables[0]!.values).toEqual([['A', 'x']]);
  });

  it('appends, changes and removes rows, growing and shrinking the table', async () => {
    const port = await portWithTable([
      ['A', '1'],
      ['B', '2'],
      ['C', '3'],
    ]);
    await port.editTableRows({
      table: 'justeringar',
      append: [[cell('D'), cell('4')]],
      update: [{ index: 0, cells: [cell('A2'), cell('1')] }],
      remove: [1],
    });
    const grid = (await port.readSnapshot()).tables[0]!;
    expect(grid.values).toEqual([
      ['A2', '1'],
      ['C', '3'],
      ['D', '4'],
    ]);
    expect(port.workbook.getTable('Justeringar')!.range).toEqual(parseRange('A1:B4'));
  });

  it('moves cells and tables below a table when it grows', async () => {
    const port = await portWithTable([['A', '1']]);
    port.workbook.getSheet('Justeringar')!.setCell(5, 0, { value: 'note' });
    await port.editTableRows({
      table: 'Justeringar',
      append: [[cell('B'), cell('2')]],
      update: [],
      remove: [],
    });
    expect(port.workbook.getSheet('Justeringar')!.getCell(6, 0).value).toBe('note');
    await port.editTableRows({ table: 'Justeringar', append: [], update: [], remove: [0, 1] });
    expect(port.workbook.getSheet('Justeringar')!.getCell(4, 0).value).toBe('note');
    expect((await port.readSnapshot()).tables[0]!.values).toEqual([]);
  });

  it('rejects an edit naming a row the table does not have', async () => {
    const port = await portWithTable([['A', '1']]);
    await expect(
      port.editTableRows({ table: 'Justeringar', append: [], update: [], remove: [3] }),
    ).rejects.toThrow(/not a data row/);
  });

  it('tells listeners about simulated user edits, once per burst, and not about its own writes', async () => {
    jest.useFakeTimers();
    try {
      const port = await portWithTable([['A', '1']]);
      const listener = jest.fn();
      const unsubscribe = port.onInputsChanged(listener);
      await port.editTableRows({
        table: 'Justeringar',
        append: [[cell('B'), cell('2')]],
        update: [],
        remove: [],
      });
      port.simulateUserEdit('Justeringar', 'B2', 'ändrad');
      port.simulateUserEdit('Justeringar', 'B3', 'också');
      jest.runAllTimers();
      expect(listener).toHaveBeenCalledTimes(1);
      expect((await port.readSnapshot()).tables[0]!.values).toEqual([
        ['A', 'ändrad'],
        ['B', 'också'],
      ]);
      unsubscribe();
      port.simulateUserEdit('Justeringar', 'B2', 'igen');
      jest.runAllTimers();
      expect(listener).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps the add-in state in the workbook settings and records the selection', async () => {
    const port = new MemoryPort();
    expect(await port.loadState()).toEqual({
      activeScenario: null,
      language: null,
      summaryFingerprint: null,
      summaryWrittenAt: null,
    });
    await port.saveState({
      activeScenario: 'Kansliets förslag',
      language: 'en',
      summaryFingerprint: 'abc',
      summaryWrittenAt: null,
    });
    expect(await new MemoryPort(port.workbook.clone()).loadState()).toMatchObject({
      activeScenario: 'Kansliets förslag',
      language: 'en',
    });
    await port.selectCell('Bemanning!D7');
    expect(port.selection).toBe('Bemanning!D7');
  });
});
