// No crash: any value in any input cell — NaN, ±Infinity, huge or tiny numbers, text, booleans,
// formula errors, with any number format — goes through the contract and the engine without an
// exception; a value that cannot be read is an issue at its cell.
import fc from 'fast-check';
import * as path from 'node:path';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { loadXlsx } from '../../src/adapters/xlsx';
import { readWorkbook } from '../../src/contract';
import { computeBudget, incompleteness } from '../../src/engine';
import type { CellType, CellValue, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { plain } from '../engine/plain';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'insatsbudget-exempel.xlsx');

const cellArb: fc.Arbitrary<{ value: CellValue; type: CellType; format: string }> = fc.record({
  value: fc.oneof(
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e-320, 0, 45566, 2.5e6, 1e21),
    fc.integer(),
    fc.string(),
    fc.constantFrom('#REF!', '#VALUE!', '350 %', '45.000', '2026/06/30', 'Egen', 'Sänk', '1e400', ' '),
    fc.boolean(),
  ),
  type: fc.constantFrom<CellType>('Double', 'String', 'Boolean', 'Error', 'Empty'),
  format: fc.constantFrom('General', '0 %', '0.00%', 'yyyy-mm-dd', '#,##0 "kr"', '@'),
});

let base: WorkbookSnapshot;
beforeAll(async () => {
  base = readSnapshot(await loadXlsx(EXAMPLE));
});

function withCells(
  snapshot: WorkbookSnapshot,
  edits: Array<{
    table: number;
    row: number;
    col: number;
    cell: { value: CellValue; type: CellType; format: string };
  }>,
): WorkbookSnapshot {
  const tables = snapshot.tables.map((t) => ({
    ...t,
    values: t.values.map((r) => [...r]),
    valueTypes: t.valueTypes.map((r) => [...r]),
    numberFormats: t.numberFormats.map((r) => [...r]),
  }));
  for (const e of edits) {
    const t = tables[e.table % tables.length]!;
    if (t.values.length === 0) continue;
    const r = e.row % t.values.length;
    const c = e.col % t.headers.length;
    t.values[r]![c] = e.cell.value;
    t.valueTypes[r]![c] = e.cell.type;
    t.numberFormats[r]![c] = e.cell.format;
  }
  return { ...snapshot, tables };
}

test('arbitrary cell values never make the contract or the engine throw', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ table: fc.nat(), row: fc.nat(), col: fc.nat(), cell: cellArb }), {
        minLength: 1,
        maxLength: 8,
      }),
      (edits) => {
        const read = readWorkbook(withCells(base, edits));
        for (const scenario of [null, 'Kansliets förslag']) {
          const result = computeBudget(read.input, scenario);
          expect(Array.isArray(result.issues)).toBe(true);
          // Every figure too: most are getters, computed when first read.
          plain(result);
          plain(incompleteness(result, read.input, [...read.issues, ...result.issues]));
        }
      },
    ),
    { numRuns: 100, seed: 11 },
  );
  // Every getter of every result is read: seconds, not milliseconds, on a loaded machine.
}, 90_000);
