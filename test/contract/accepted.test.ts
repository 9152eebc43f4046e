// Workbooks that differ from the template but mean the same: they read without errors.
import Decimal from 'decimal.js';
import { TABLE_SPECS } from '../../src/contract/tables';
import { brief, exampleWorkbook, read, setCell } from './support';
import { columnLetter } from '../../src/workbook/snapshot';

const baseline = read(exampleWorkbook());
const withoutSources = (r: ReturnType<typeof read>) =>
  JSON.parse(
    JSON.stringify(r.input, (k, v: unknown) => (k === 'source' ? undefined : v instanceof Map ? [...v] : v)),
  ) as unknown;

describe('accepted variations', () => {
  test('English headers and English table names', () => {
    const wb = exampleWorkbook();
    for (const spec of Object.values(TABLE_SPECS)) {
      spec.columns.forEach((c, i) =>
        setCell(wb, `${spec.sheet.sv}!${columnLetter(i)}1`, c.en.toUpperCase() + '  '),
      );
      wb.getTable(spec.name)!.name = spec.en;
    }
    const r = read(wb);
    expect(r.issues).toEqual([]);
    expect(withoutSources(r)).toEqual(withoutSources(baseline));
    expect(r.tables.Bemanning!.grid.name).toBe('Staffing');
  });

  test('English words for funding, actions and parameters', () => {
    const wb = exampleWorkbook();
    setCell(wb, 'Bemanning!H13', 'own');
    setCell(wb, 'Bemanning!H12', 'Grant');
    setCell(wb, 'Justeringar!D2', 'set fte');
    setCell(wb, 'Parametrar!A2', 'Payroll overhead');
    setCell(wb, 'Parametrar!A3', 'payroll overhead Håbo kommun');
    setCell(wb, 'Parametrar!A6', 'Salary increase');
    setCell(wb, 'Parametrar!A7', 'Salary increase 2023');
    setCell(wb, 'Parametrar!A11', 'Revision month');
    setCell(wb, 'Parametrar!A12', 'Rounding');
    setCell(wb, 'Parametrar!A13', 'Rounding mode');
    setCell(wb, 'Parametrar!B13', 'up');
    const r = read(wb);
    expect(r.issues).toEqual([]);
    expect(withoutSources(r)).toEqual(withoutSources(baseline));
  });

  test('tables renamed by Excel (Tabell3) are found by their headers', () => {
    const wb = exampleWorkbook();
    wb.getTable('Bemanning')!.name = 'Tabell3';
    wb.getTable('Insatser')!.name = 'Tabell1';
    wb.getTable('Justeringar')!.name = 'Table7';
    const r = read(wb);
    expect(r.issues).toEqual([]);
    expect(r.tables.Bemanning!.grid.name).toBe('Tabell3');
    expect(r.tables.Insatser!.grid.name).toBe('Tabell1');
    expect(r.tables.Justeringar!.grid.name).toBe('Table7');
    expect(withoutSources(r)).toEqual(withoutSources(baseline));
  });

  test("tables on the add-in's own sheets are never taken for inputs", () => {
    const wb = exampleWorkbook();
    wb.getTable('Insatser')!.name = 'Tabell1';
    const own = wb.addSheet('Beslutsunderlag');
    ['Insats', 'Insatsägare', 'Start', 'Slut'].forEach((h, i) => own.setCell(0, i, { value: h }));
    wb.addTable({
      name: 'Översikt',
      sheet: 'Beslutsunderlag',
      range: { top: 0, left: 0, bottom: 1, right: 3 },
      style: 'x',
    });
    wb.names.set('Insatsbudget_Beslutsunderlag', '=Beslutsunderlag!$A$1');
    const r = read(wb);
    expect(brief(r.issues)).toEqual([]);
    expect(r.tables.Insatser!.grid.name).toBe('Tabell1');
  });

  test('tables placed anywhere on a sheet report their own addresses', () => {
    const wb = exampleWorkbook();
    const sheet = wb.getSheet('Ram')!;
    // Move the Ram table to C5: copy cells, shift the table.
    const cells = [...sheet.cells.entries()];
    sheet.cells.clear();
    for (const [key, cell] of cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      sheet.setCell(r + 4, c + 2, cell);
    }
    const t = wb.getTable('Ram')!;
    t.range = { top: 4, left: 2, bottom: t.range.bottom + 4, right: 3 };
    setCell(wb, 'Ram!C8', 'x');
    const r = read(wb);
    expect(brief(r.issues)).toEqual([{ severity: 'error', code: 'not-a-year', cell: 'Ram!C8' }]);
    expect(r.issues[0]!.row).toBe(8);
    expect(r.input.frame[0]!.source).toEqual({
      table: 'Ram',
      sheet: 'Ram',
      row: 6,
      cells: { År: 'C6', Tillgängligt: 'D6' },
    });
  });

  test('text amounts, percentages and dates as users type them', () => {
    const wb = exampleWorkbook();
    setCell(wb, 'Bemanning!D5', '35\u00a0000 kr');
    setCell(wb, 'Bemanning!D6', '37 000');
    setCell(wb, 'Bemanning!D7', '46\u202f000,00');
    setCell(wb, 'Bemanning!D8', '39000.00');
    setCell(wb, 'Bemanning!C5', '350 %');
    setCell(wb, 'Bemanning!C6', '25%');
    setCell(wb, 'Bemanning!C7', '30', 'General');
    setCell(wb, 'Bemanning!C8', 100, 'General');
    setCell(wb, 'Bemanning!E4', '42,15 %');
    setCell(wb, 'Insatser!D4', '2023-01-01');
    setCell(wb, 'Insatser!F4', '7 711 000 kr');
    setCell(wb, 'Kostnader!D10', '2025');
    setCell(wb, 'Parametrar!B11', 'april');
    setCell(wb, 'Justeringar!E2', '300 %');
    const r = read(wb);
    expect(r.issues).toEqual([]);
    expect(withoutSources(r)).toEqual(withoutSources(baseline));
    expect(r.fingerprint).toBe(baseline.fingerprint);
  });

  test('a number with decimals in Swedish text', () => {
    const wb = exampleWorkbook();
    setCell(wb, 'Kostnader!C2', '62 000,50 kr');
    expect(read(wb).input.costs[0]!.amount).toEqual(new Decimal('62000.5'));
  });
});
