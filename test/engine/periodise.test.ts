// Periodisation in runs of months: each shortcut against the month-by-month path it replaced, so
// that no figure can have changed.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import {
  type CalendarDate,
  daysInMonth,
  daysInRange,
  monthOf,
  monthUnits,
  ordinal,
} from '../../src/engine/calendar';
import { type Piece, spreadAmount } from '../../src/engine/periodise';
import { allocate, unitsOf } from '../../src/engine/units';

/** The former spreadAmount: allocate() over every month's weight, one piece per month. */
function spreadReference(amount: Decimal, start: CalendarDate, end: CalendarDate): Piece[] {
  const first = monthOf(start);
  const last = monthOf(end);
  const weights: bigint[] = [];
  for (let m = first; m <= last; m++) weights.push(monthUnits(m, daysInRange(m, start, end)));
  return allocate(unitsOf(amount), weights).map((share, i) => ({
    from: first + i,
    to: first + i,
    perMonth: share,
  }));
}

/** Pieces as one value per month index. */
function perMonth(pieces: readonly Piece[]): Map<number, bigint> {
  const months = new Map<number, bigint>();
  for (const p of pieces)
    for (let m = p.from; m <= p.to; m++) months.set(m, (months.get(m) ?? 0n) + p.perMonth);
  return months;
}

const date = fc
  .record({
    year: fc.integer({ min: 2020, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((d): CalendarDate => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

/** Amounts as a cell holds them: whole kronor, öre, or more decimals. */
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([digits, scale]) => new Decimal(`${digits}e-${scale}`));

describe('spreadAmount', () => {
  it('gives every month the share allocate() gave it month by month', () => {
    fc.assert(
      fc.property(amount, date, date, (value, a, b) => {
        const [start, end] = ordinal(a) <= ordinal(b) ? [a, b] : [b, a];
        const pieces = spreadAmount(value, start, end);
        expect(perMonth(pieces)).toEqual(perMonth(spreadReference(value, start, end)));
        expect(pieces.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 2000 },
    );
  });

  it('spreads 1 000 kr from 15 January to 10 March over the three months by their days', () => {
    const pieces = spreadAmount(
      new Decimal(1000),
      { year: 2025, month: 1, day: 15 },
      { year: 2025, month: 3, day: 10 },
    );
    // 17/31 + 1 + 10/31 months: January 17/58 of the amount, February 31/58, March the rest.
    const months = [...perMonth(pieces).values()].map((u) =>
      new Decimal(u.toString()).div(unitsOf(new Decimal(1)).toString()),
    );
    expect(months.map((m) => m.toFixed(6))).toEqual(['293.103448', '534.482759', '172.413793']);
    expect(months.reduce((x, y) => x.plus(y)).toString()).toBe('1000');
  });
});
