// The digest by which the package writer tells a changed sheet from one it copies byte for byte
// (sheet-fingerprint.ts): on generated sheets, any one change the writer would write differently —
// a cell's value, type, formula, format or style, in place or through the sheet, a cell added,
// removed or moved — changes the digest; the same cells in another order, or a cell set to what it
// was, leave it as it was.
import fc from 'fast-check';
import { MemorySheet, type MemoryCell } from '../../src/adapters/memory/memory-workbook';
import { sheetFingerprint } from '../../src/adapters/xlsx/sheet-fingerprint';

const STYLES = [undefined, { bold: true }, { bold: true, fill: '#FFEEDD' }, { fill: '#FFEEDD' }];
const value = fc.oneof(
  fc.constantFrom('', 'Coach', 'coach', 'Håbo kommun', '1', 'true', '=A1'),
  fc.constantFrom(0, 1, -0, 0.1, 0.30000000000000004, 45_000, 46_023.5),
  fc.boolean(),
);
const cell: fc.Arbitrary<MemoryCell> = fc
  .record({
    value,
    formula: fc.constantFrom(null, '=A1', '=SUM(A1:A2)', '='),
    numberFormat: fc.constantFrom('General', '@', '0 %', 'yyyy-mm-dd'),
    style: fc.constantFrom(...STYLES),
  })
  .map(({ value: v, formula, numberFormat, style }) => {
    const type =
      v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
    const c: MemoryCell = { value: v, formula, numberFormat, type };
    if (style) c.style = { ...style };
    return c;
  });
const cells = fc.uniqueArray(
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 5 }), cell),
  { selector: ([r, c]) => `${r},${c}`, maxLength: 30 },
);

function sheetOf(list: ReadonlyArray<[number, number, MemoryCell]>): MemorySheet {
  const sheet = new MemorySheet('Blad');
  for (const [r, c, x] of list) sheet.cells.set(`${r},${c}`, { ...x });
  return sheet;
}

/** What the writer compares (package-writer.ts isDirty, sheet-xml.ts sameCell) as plain data; -0 told from 0 as the digest tells it (the writer then finds the cells equal and copies the part). */
function content(sheet: MemorySheet): string[] {
  return [...sheet.cells]
    .map(([k, c]) =>
      JSON.stringify([
        k,
        c.type,
        typeof c.value,
        c.value,
        Object.is(c.value, -0),
        c.formula,
        c.numberFormat,
        c.style ?? null,
      ]),
    )
    .sort();
}

type Change = (sheet: MemorySheet) => void;
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.tuple(fc.nat(), value).map(([i, v]): Change => (sheet) => {
    const keys = [...sheet.cells.keys()];
    if (keys.length) sheet.cells.get(keys[i % keys.length]!)!.value = v;
  }),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('Empty', 'String', 'Double', 'Boolean', 'Error') as fc.Arbitrary<MemoryCell['type']>,
    )
    .map(([i, t]): Change => (sheet) => {
      const keys = [...sheet.cells.keys()];
      if (keys.length) sheet.cells.get(keys[i % keys.length]!)!.type = t;
    }),
  fc.tuple(fc.nat(), fc.constantFrom(null, '=A1', '=A2')).map(([i, f]): Change => (sheet) => {
    const keys = [...sheet.cells.keys()];
    if (keys.length) sheet.cells.get(keys[i % keys.length]!)!.formula = f;
  }),
  fc.tuple(fc.nat(), fc.constantFrom('General', '@', '0 %', '0,0 %')).map(([i, f]): Change => (sheet) => {
    const keys = [...sheet.cells.keys()];
    if (keys.length) sheet.cells.get(keys[i % keys.length]!)!.numberFormat = f;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...STYLES)).map(([i, s]): Change => (sheet) => {
    const keys = [...sheet.cells.keys()];
    if (!keys.length) return;
    const target = sheet.cells.get(keys[i % keys.length]!)!;
    if (s) target.style = { ...s };
    else delete target.style;
  }),
  // A style object changed in place (shared objects are digested once per pass, never remembered).
  fc.nat().map((i): Change => (sheet) => {
    const keys = [...sheet.cells.keys()];
    const target = keys.length ? sheet.cells.get(keys[i % keys.length]!)! : null;
    if (target?.style) target.style.bold = !target.style.bold;
  }),
  fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 6 }), cell).map(
    ([r, c, x]): Change =>
      (sheet) =>
        sheet.setCell(r, c, x),
  ),
  fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 6 })).map(
    ([r, c]): Change =>
      (sheet) =>
        sheet.clearCell(r, c),
  ),
  // A cell moved to a free place (a row deleted or inserted moves cells).
  fc.tuple(fc.nat(), fc.integer({ min: 13, max: 20 })).map(([i, r]): Change => (sheet) => {
    const keys = [...sheet.cells.keys()];
    if (!keys.length) return;
    const k = keys[i % keys.length]!;
    const moved = sheet.cells.get(k)!;
    sheet.cells.delete(k);
    sheet.cells.set(`${r},${k.split(',')[1]}`, moved);
  }),
);

describe('the sheet digest', () => {
  it('changes with every change the writer would write, and only then', () => {
    fc.assert(
      fc.property(cells, fc.array(change, { minLength: 1, maxLength: 3 }), (list, changes) => {
        const sheet = sheetOf(list);
        const before = sheetFingerprint(sheet);
        const was = content(sheet);
        for (const c of changes) c(sheet);
        expect(sheetFingerprint(sheet) === before).toBe(
          JSON.stringify(content(sheet)) === JSON.stringify(was),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on the order the cells were set in', () => {
    fc.assert(
      fc.property(cells, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort(
          (x, y) => ((x[0] * 7 + x[1] * 13 + seed) % 5) - ((y[0] * 7 + y[1] * 13 + seed) % 5),
        );
        expect(sheetFingerprint(sheetOf(shuffled))).toBe(sheetFingerprint(sheetOf(list)));
      }),
    );
  });
});
