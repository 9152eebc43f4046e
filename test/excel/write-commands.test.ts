// The pure part of the writer: rectangles of equal format/style cover exactly the cells that have
// one; packing keeps the order and the budget.
import fc from 'fast-check';
import {
  estimateBytes,
  packBatches,
  rectangles,
  renderCommands,
} from '../../src/adapters/excel/write-commands';
import type { WriteCommand } from '../../src/adapters/excel/write-commands';

test('rectangles cover every keyed cell exactly once, with its key', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }), { minLength: 0, maxLength: 8 }),
        { maxLength: 12 },
      ),
      (grid) => {
        const rects = rectangles(grid, (k) => k);
        const seen = new Map<string, string>();
        for (const r of rects)
          for (let i = r.top; i <= r.bottom; i++)
            for (let j = r.left; j <= r.right; j++) {
              expect(seen.has(`${i},${j}`)).toBe(false);
              seen.set(`${i},${j}`, r.key);
            }
        grid.forEach((row, i) => row.forEach((k, j) => expect(seen.get(`${i},${j}`) ?? null).toBe(k)));
        expect(seen.size).toBe(grid.flat().filter((k) => k !== null).length);
      },
    ),
  );
});

test('a uniform column block is one format command, however many rows', () => {
  const cells = Array.from({ length: 5000 }, (_, i) => [
    { kind: 'text' as const, text: `Roll ${i}` },
    { kind: 'number' as const, value: i, format: '#,##0 "kr"' },
  ]);
  const commands = renderCommands(
    {
      name: 'S',
      kind: 'summary',
      blocks: [{ row: 0, column: 0, cells }],
      merges: [],
      columnWidths: [],
      tables: [],
      charts: [],
    },
    'S',
    [],
  );
  expect(commands.filter((c) => c.op === 'numberFormat')).toEqual([
    { op: 'numberFormat', sheet: 'S', address: 'A1:A5000', format: '@' },
    { op: 'numberFormat', sheet: 'S', address: 'B1:B5000', format: '#,##0 "kr"' },
  ]);
  // The text format comes before the values, the number format after.
  const order = commands.map((c) => c.op);
  expect(order.indexOf('numberFormat')).toBeLessThan(order.indexOf('values'));
  expect(order.lastIndexOf('numberFormat')).toBeGreaterThan(order.lastIndexOf('values'));
});

test('large blocks are split by rows, batches keep order and stay under the budget', () => {
  const cells = Array.from({ length: 20_000 }, (_, i) => [
    { kind: 'text' as const, text: `Insats ${i} – ett ganska långt namn` },
  ]);
  const commands = renderCommands(
    {
      name: 'S',
      kind: 'summary',
      blocks: [{ row: 0, column: 0, cells }],
      merges: [],
      columnWidths: [],
      tables: [],
      charts: [],
    },
    'S',
    [],
    { chunkBytes: 50_000 },
  );
  const values = commands.filter((c): c is Extract<WriteCommand, { op: 'values' }> => c.op === 'values');
  expect(values.length).toBeGreaterThan(5);
  expect(values.flatMap((v) => v.values).map((r) => r[0])).toEqual(cells.map((r) => r[0]!.text));
  const batches = packBatches(commands, 200_000);
  expect(batches.flat()).toEqual(commands);
  for (const b of batches) expect(b.reduce((n, c) => n + estimateBytes(c), 0)).toBeLessThanOrEqual(200_000);
});
