// The pure part of the writer: rectangles of equal format/style cover exactly the cells that have
// one; packing keeps the order and the budget.
import fc from 'fast-check';
import {
  estimateBytes,
  packBatches,
  rectangles,
  renderCommands,
  rowHeightCommands,
  utf8Length,
} from '../../src/adapters/excel/write-commands';
import type { WriteCommand } from '../../src/adapters/excel/write-commands';
import type { PlanBlock, SheetPlan } from '../../src/workbook/sheet-plan';

const plan = (blocks: PlanBlock[], merges: string[] = []): SheetPlan => ({
  name: 'S',
  kind: 'summary',
  blocks,
  merges,
  columnWidths: [],
  tables: [],
  charts: [],
});

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

test('number formats go as one full 2-D array per chunk, every cell its final format, before the values', () => {
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
    { date1904: false },
  );
  // Not one string per range: the documentation of that was removed (office-js-docs-pr#2018).
  expect(commands.filter((c) => c.op === 'numberFormat')).toEqual([
    {
      op: 'numberFormat',
      sheet: 'S',
      address: 'A1:B5000',
      format: cells.map(() => ['@', '#,##0 "kr"']),
    },
  ]);
  // A number never lands in a cell that is still Text: every format comes before the values.
  const order = commands.map((c) => c.op);
  expect(order.lastIndexOf('numberFormat')).toBeLessThan(order.indexOf('values'));
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
    { chunkBytes: 50_000, date1904: false },
  );
  const values = commands.filter((c): c is Extract<WriteCommand, { op: 'values' }> => c.op === 'values');
  expect(values.length).toBeGreaterThan(5);
  expect(values.flatMap((v) => v.values).map((r) => r[0])).toEqual(cells.map((r) => r[0]!.text));
  const batches = packBatches(commands, 200_000);
  expect(batches.flat()).toEqual(commands);
  for (const b of batches) expect(b.reduce((n, c) => n + estimateBytes(c), 0)).toBeLessThanOrEqual(200_000);
});

test('blocks are laid on one grid: a format shared down a column across blocks is one command', () => {
  const blocks: PlanBlock[] = Array.from({ length: 300 }, (_, i) => ({
    row: i,
    column: 0,
    cells: [[{ kind: 'number', value: i, format: '#,##0 "kr"', style: { bold: true } }]],
  }));
  const commands = renderCommands(plan(blocks), 'S', [], { date1904: false });
  expect(commands.filter((c) => c.op === 'numberFormat')).toEqual([
    { op: 'numberFormat', sheet: 'S', address: 'A1:A300', format: blocks.map(() => ['#,##0 "kr"']) },
  ]);
  expect(commands.filter((c) => c.op === 'style')).toEqual([
    { op: 'style', sheet: 'S', address: 'A1:A300', style: { bold: true } },
  ]);
  expect(commands.filter((c) => c.op === 'values')).toHaveLength(1);
});

test('each style property goes on its own rectangles', () => {
  const cells = [
    [{ kind: 'text' as const, text: 'a', style: { bold: true, wrap: true } }],
    [{ kind: 'text' as const, text: 'b', style: { wrap: true } }],
  ];
  const styles = renderCommands(plan([{ row: 0, column: 0, cells }]), 'S', [], { date1904: false }).filter(
    (c) => c.op === 'style',
  );
  expect(styles).toEqual([
    { op: 'style', sheet: 'S', address: 'A1', style: { bold: true } },
    { op: 'style', sheet: 'S', address: 'A1:A2', style: { wrap: true } },
  ]);
});

test('cells the plan leaves empty are null in the values array (left as they are), never written twice', () => {
  const cells = [
    [{ kind: 'text' as const, text: 'a' }, null, { kind: 'number' as const, value: 1, format: '0' }],
    [null, { kind: 'formula' as const, formula: '=C1', format: '0', expected: 1 }],
  ];
  const commands = renderCommands(plan([{ row: 0, column: 0, cells }]), 'S', [], { date1904: false });
  const writes = commands.filter((c) => c.op === 'values' || c.op === 'formulas');
  expect(writes).toEqual([
    {
      op: 'formulas',
      sheet: 'S',
      address: 'A1:C2',
      formulas: [
        ['a', null, 1],
        [null, '=C1', null],
      ],
    },
  ]);
});

test('many short runs of text become one number-format array with null between them', () => {
  // One text row every 3 rows, as the decision texts under each initiative.
  const blocks: PlanBlock[] = Array.from({ length: 500 }, (_, i) => ({
    row: i * 3,
    column: 0,
    cells: [[{ kind: 'text', text: `Insats ${i}` }]],
  }));
  const commands = renderCommands(plan(blocks), 'S', [], { date1904: false });
  const formats = commands.filter(
    (c): c is Extract<WriteCommand, { op: 'numberFormat' }> => c.op === 'numberFormat',
  );
  expect(formats).toHaveLength(1);
  const grid = formats[0]!.format as Array<Array<string | null>>;
  expect(grid.map((r) => r[0])).toEqual(Array.from({ length: 1498 }, (_, r) => (r % 3 === 0 ? '@' : null)));
  // The text format still comes before the values.
  expect(commands.findIndex((c) => c.op === 'numberFormat')).toBeLessThan(
    commands.findIndex((c) => c.op === 'values'),
  );
});

test('narrow rows are not padded to a wide table: separate values commands when nulls would cost more', () => {
  const wide = Array.from({ length: 50 }, () =>
    Array.from({ length: 10 }, (_, c) => ({ kind: 'number' as const, value: c, format: '0' })),
  );
  const narrow = Array.from({ length: 50 }, (_, r) => [{ kind: 'text' as const, text: `t${r}` }]);
  const commands = renderCommands(
    plan([
      { row: 0, column: 0, cells: narrow },
      { row: 50, column: 0, cells: wide },
    ]),
    'S',
    [],
    { date1904: false },
  );
  expect(commands.filter((c) => c.op === 'values').map((c) => c.address)).toEqual(['A1:A50', 'A51:J100']);
});

test('consecutive one-row merges of the same columns are one merge across', () => {
  const commands = renderCommands(plan([], ['A2:I2', 'A3:I3', 'A4:I4', 'A6:I6', 'B7:C8', 'A9:B9']), 'S', [], {
    date1904: false,
  });
  expect(commands.filter((c) => c.op === 'merge')).toEqual([
    { op: 'merge', sheet: 'S', address: 'A2:I4', across: true },
    { op: 'merge', sheet: 'S', address: 'A6:I6', across: false },
    { op: 'merge', sheet: 'S', address: 'B7:C8', across: false },
    { op: 'merge', sheet: 'S', address: 'A9:B9', across: false },
  ]);
});

test('the size estimate counts UTF-8 bytes, as the request travels', () => {
  expect(utf8Length('abc')).toBe(3);
  expect(utf8Length('åäö')).toBe(6);
  expect(utf8Length('–')).toBe(3);
  expect(utf8Length('😀')).toBe(4);
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) =>
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8')),
    ),
  );
});

test('row heights: one command per run of consecutive rows of the same height; a repeated row keeps its last', () => {
  expect(
    rowHeightCommands('S', [
      { row: 7, height: 30 },
      { row: 3, height: 30 },
      { row: 4, height: 30 },
      { row: 5, height: 45 },
      { row: 6, height: 30 },
      { row: 8, height: 30 },
      { row: 5, height: 30 },
      { row: 12, height: 30 },
    ]),
  ).toEqual([
    { op: 'rowHeight', sheet: 'S', top: 3, rows: 6, height: 30 },
    { op: 'rowHeight', sheet: 'S', top: 12, rows: 1, height: 30 },
  ]);
  fc.assert(
    fc.property(
      fc.array(fc.record({ row: fc.nat(40), height: fc.constantFrom(15, 30, 45) }), { maxLength: 30 }),
      (heights) => {
        const expected = new Map(heights.map((h) => [h.row, h.height]));
        const actual = new Map<number, number>();
        const commands = rowHeightCommands('S', heights) as Array<Extract<WriteCommand, { op: 'rowHeight' }>>;
        for (const c of commands)
          for (let r = c.top; r < c.top + c.rows; r++) {
            expect(actual.has(r)).toBe(false);
            actual.set(r, c.height);
          }
        expect(actual).toEqual(expected);
        // Maximal runs: neighbouring commands never continue each other.
        commands.slice(1).forEach((c, i) => {
          const before = commands[i]!;
          expect(before.top + before.rows === c.top && before.height === c.height).toBe(false);
        });
      },
    ),
  );
});

test('print titles, page breaks and the footer travel in the print command; activate comes last', () => {
  const print = {
    paper: 'A4' as const,
    orientation: 'portrait' as const,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: { first: 3, last: 3 },
    rowBreaks: [10, 20],
    footer: { left: 'Beslutsunderlag', right: 'Sida &P av &N' },
  };
  const commands = renderCommands(
    { ...plan([{ row: 0, column: 0, cells: [[{ kind: 'text', text: 'a' }]] }]), print, activate: true },
    'S',
    [],
    { date1904: false },
  );
  expect(commands.slice(-2)).toEqual([
    { op: 'print', sheet: 'S', print },
    { op: 'activate', sheet: 'S' },
  ]);
});

test('the print setup is one command after the rest of the sheet', () => {
  const commands = renderCommands(
    {
      ...plan([{ row: 0, column: 0, cells: [[{ kind: 'text', text: 'a' }]] }]),
      rowHeights: [{ row: 0, height: 30 }],
      print: { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 },
    },
    'S',
    [],
    { date1904: false },
  );
  expect(commands[commands.length - 1]).toEqual({
    op: 'print',
    sheet: 'S',
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 },
  });
  expect(commands.filter((c) => c.op === 'rowHeight')).toEqual([
    { op: 'rowHeight', sheet: 'S', top: 0, rows: 1, height: 30 },
  ]);
});

test('style properties whose rectangles coincide share one command (one range)', () => {
  const text = { kind: 'text' as const, text: 'beslut', style: { wrap: true, vertical: 'top' as const } };
  const styles = renderCommands(
    plan([{ row: 0, column: 0, cells: [[text], [text], [{ ...text, style: { wrap: true } }]] }]),
    'S',
    [],
    { date1904: false },
  ).filter((c) => c.op === 'style');
  expect(styles).toEqual([
    { op: 'style', sheet: 'S', address: 'A1:A3', style: { wrap: true } },
    { op: 'style', sheet: 'S', address: 'A1:A2', style: { vertical: 'top' } },
  ]);
  const same = renderCommands(plan([{ row: 0, column: 0, cells: [[text], [text]] }]), 'S', [], {
    date1904: false,
  }).filter((c) => c.op === 'style');
  expect(same).toEqual([
    { op: 'style', sheet: 'S', address: 'A1:A2', style: { wrap: true, vertical: 'top' } },
  ]);
});
