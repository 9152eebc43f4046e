import { fnv1a64, fingerprintOf } from '../../src/contract/fingerprint';
import { exampleWorkbook, read, setCell } from './support';
import { writePlans } from '../../src/adapters/memory/write-plan';
import type { SheetPlan } from '../../src/workbook/sheet-plan';

describe('FNV-1a 64', () => {
  test('known vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  test('UTF-8, and 12 hex digits shown', () => {
    expect(fnv1a64('å')).not.toBe(fnv1a64('a'));
    expect(fingerprintOf('Insatser')).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('the fingerprint of the inputs', () => {
  const base = read(exampleWorkbook()).fingerprint;
  const after = (mutate: (wb: ReturnType<typeof exampleWorkbook>) => void) => {
    const wb = exampleWorkbook();
    mutate(wb);
    return read(wb).fingerprint;
  };

  test.each([
    ['an FTE', 'Bemanning!C5', 3.4],
    ['a salary', 'Bemanning!D5', 35_001],
    ['an employer', 'Bemanning!I5', 'Enköpings kommun'],
    ['a date', 'Insatser!E6', '2026-11-30'],
    ['an owner', 'Insatser!B2', 'Region Uppsala'],
    ['a cost', 'Kostnader!C2', 62_001],
    ['a cost year', 'Kostnader!D2', 2019],
    ['a frame', 'Ram!B2', 2_000_001],
    ['a parameter', 'Parametrar!B11', 5],
    ['an adjustment reason', 'Justeringar!F2', 'Annan motivering'],
    ['a bad cell', 'Bemanning!D5', 'x'],
  ])('changes with %s', (_what, address, value) => {
    expect(after((wb) => setCell(wb, address, value))).not.toBe(base);
  });

  test("does not change with the add-in's own sheets, blank rows or values written differently", () => {
    const summary: SheetPlan = {
      name: 'Beslutsunderlag',
      kind: 'summary',
      blocks: [
        {
          row: 0,
          column: 0,
          cells: [
            [
              { kind: 'text', text: 'Insats' },
              { kind: 'text', text: 'Start' },
              { kind: 'text', text: 'Slut' },
            ],
          ],
        },
      ],
      merges: [],
      columnWidths: [],
      tables: [{ name: 'Översikt', range: 'A1:C2', style: 'x' }],
      charts: [],
    };
    expect(after((wb) => writePlans(wb, [summary]))).toBe(base);
    expect(
      after((wb) => {
        setCell(wb, 'Bemanning!D5', '35 000 kr');
        setCell(wb, 'Bemanning!C5', '350 %');
      }),
    ).toBe(base);
  });

  test('changes when rows change order (the order of the Insatser table is the order of the summary)', () => {
    expect(
      after((wb) => {
        setCell(wb, 'Ram!A2', 2019);
        setCell(wb, 'Ram!A3', 2018);
      }),
    ).not.toBe(base);
  });
});
