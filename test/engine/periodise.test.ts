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
import {
  MonthAccumulator,
  SalaryIndexes,
  type Piece,
  StaffingShapes,
  salaryIndex,
  spreadAmount,
  staffingPieces,
} from '../../src/engine/periodise';
import type { Parameters } from '../../src/engine/types';
import { type Factor, type Units, allocate, unitsOf } from '../../src/engine/units';

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

function nonZero(months: Map<number, bigint>): Map<number, bigint> {
  return new Map([...months].filter(([, v]) => v !== 0n));
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

describe('staffing by period (StaffingShape)', () => {
  const increase = fc.constantFrom('0', '0.03', '0.034', '0.0275', '0.123456789');
  const parameters = (rates: string[]): Parameters => ({
    payrollOverhead: new Decimal('0.4215'),
    payrollOverheadByEmployer: new Map(),
    salaryIncrease: new Decimal(rates[0]!),
    salaryIncreaseByYear: new Map(rates.slice(1).map((r, i) => [2021 + i * 2, new Decimal(r)])),
    revisionMonth: 4,
    roundingStep: new Decimal(1000),
    roundingMode: 'up',
  });
  /** A monthly cost factor as baseMonthlyCost makes it: salary × FTE × (1 + PO), up to 20 decimals. */
  const factor = fc.bigInt({ min: 0n, max: 10n ** 27n }).map((f) => f as Factor);

  it('gives the year sums and months of adding every row its own pieces', () => {
    fc.assert(
      fc.property(
        date,
        date,
        fc.array(fc.tuple(date, date, factor, fc.boolean()), { maxLength: 12 }),
        fc.array(increase, { minLength: 1, maxLength: 6 }),
        (a, b, rows, rates) => {
          const [start, end] = ordinal(a) <= ordinal(b) ? [a, b] : [b, a];
          const first = monthOf(start);
          const count = monthOf(end) - first + 1;
          const index = salaryIndex(start, monthOf(end), parameters(rates));
          const shapes = new StaffingShapes(index);
          const byShape = new MonthAccumulator(first, count);
          const byRow = new MonthAccumulator(first, count);
          for (const [x, y, f, whole] of rows) {
            // Rows within the initiative's period, many of them over all of it (as validation leaves them).
            const clip = (d: CalendarDate): CalendarDate =>
              ordinal(d) < ordinal(start) ? start : ordinal(d) > ordinal(end) ? end : d;
            const [from, to] = whole
              ? [start, end]
              : ordinal(clip(x)) <= ordinal(clip(y))
                ? [clip(x), clip(y)]
                : [clip(y), clip(x)];
            byShape.addStaffing(shapes.of(from, to), f);
            byRow.add(staffingPieces(from, to, f, index));
            // The row's own pieces are its factor × the shape's, month by month.
            const scaled = shapes
              .of(from, to)
              .pieces.map((p) => ({ ...p, perMonth: (p.perMonth * f) as Units }));
            expect(nonZero(perMonth(scaled))).toEqual(nonZero(perMonth(staffingPieces(from, to, f, index))));
          }
          expect(byShape.yearSums()).toEqual(byRow.yearSums());
          expect(byShape.months()).toEqual(byRow.months());
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('SalaryIndexes', () => {
  it('gives every initiative of one computation the index salaryIndex gives it', () => {
    const rates = fc.array(fc.constantFrom('0', '0.03', '0.034', '0.0275', '0.123456789'), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        rates,
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(date, fc.integer({ min: 0, max: 80 })), { minLength: 1, maxLength: 20 }),
        (r, revisionMonth, initiatives) => {
          const p: Parameters = {
            payrollOverhead: null,
            payrollOverheadByEmployer: new Map(),
            salaryIncrease: new Decimal(r[0]!),
            salaryIncreaseByYear: new Map(r.slice(1).map((x, i) => [2021 + i, new Decimal(x)])),
            revisionMonth,
            roundingStep: new Decimal(1000),
            roundingMode: 'up',
          };
          const indexes = new SalaryIndexes(p);
          for (const [start, months] of initiatives) {
            const lastMonth = monthOf(start) + months;
            expect(indexes.of(start, lastMonth)).toEqual(salaryIndex(start, lastMonth, p));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
