import fc from 'fast-check';
import { fnv1a64, fnv1a64Update, fingerprintOf, type FnvState } from '../../src/contract/fingerprint';
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
  test("the same state as hashing TextEncoder's bytes (surrogate pairs, lone surrogates, any state)", () => {
    // Over the encoder's bytes, as it was.
    const overBytes = (text: string, state: FnvState): FnvState => {
      let [h0, h1, h2, h3] = state;
      for (const byte of new TextEncoder().encode(text)) {
        h0 ^= byte;
        const t0 = h0 * 0x1b3;
        let t1 = h1 * 0x1b3;
        let t2 = h2 * 0x1b3;
        let t3 = h3 * 0x1b3;
        t2 += h0 << 8;
        t3 += h1 << 8;
        t1 += t0 >>> 16;
        h0 = t0 & 0xffff;
        t2 += t1 >>> 16;
        h1 = t1 & 0xffff;
        h3 = (t3 + (t2 >>> 16)) & 0xffff;
        h2 = t2 & 0xffff;
      }
      return [h0, h1, h2, h3];
    };
    const limb = fc.integer({ min: 0, max: 0xffff });
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom(
          'a',
          'å',
          '€',
          '\u07ff',
          '\u0800',
          '\ud83d',
          '\ude00',
          '\ud83d\ude00',
          '\uffff',
        ),
      }),
    );
    fc.assert(
      fc.property(text, fc.tuple(limb, limb, limb, limb), (t, state) => {
        expect(fnv1a64Update(t, state)).toEqual(overBytes(t, state));
        expect(fnv1a64Update(t)).toEqual(overBytes(t, [0x2325, 0x8422, 0x9ce4, 0xcbf2]));
      }),
      { numRuns: 3000 },
    );
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
