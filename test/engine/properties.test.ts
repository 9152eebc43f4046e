// The invariants of issue 2, checked on generated inputs (fast-check).
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { computeBudget } from '../../src/engine';
import type { BudgetInput, BudgetResult, Figures, StaffingRow } from '../../src/engine/types';
import { adjustment, cost, d, frameYear, initiative, input, params, staff } from './builders';

const Dx = Decimal.clone({ precision: 100 });

// ---------------------------------------------------------------- generators

const dayIn = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate())).padStart(2, '0')}`;

/** A date from 2023-01-01 on, `offset` months later, on a given day. */
const dateArb = fc
  .record({ month: fc.integer({ min: 0, max: 47 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ month, day }) => dayIn(2023 + Math.floor(month / 12), (month % 12) + 1, day));

const periodArb = fc.tuple(dateArb, dateArb).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);

const rowArb = fc.record({
  fte: fc.integer({ min: 0, max: 80 }).map((n) => d(n).div(20)),
  salary: fc.integer({ min: 20000, max: 60000 }),
  po: fc.constantFrom(d(0), d('0.3142'), d('0.4215'), d('0.4855')),
  own: fc.boolean(),
  // Fractions of the initiative's period the row covers.
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  to: fc.double({ min: 0, max: 1, noNaN: true }),
});

const costArb = fc.record({
  amount: fc.integer({ min: 1, max: 2000000 }),
  withYear: fc.boolean(),
  yearPick: fc.double({ min: 0, max: 1, noNaN: true }),
  own: fc.boolean(),
});

const paramsArb = fc.record({
  revisionMonth: fc.integer({ min: 1, max: 12 }),
  increase: fc.constantFrom(null, d('0.03'), d('0.034'), d('0.041')),
});

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}
function addDays(a: string, n: number): string {
  return new Date(Date.parse(`${a}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

const budgetArb = fc
  .record({
    period: periodArb,
    rows: fc.array(rowArb, { minLength: 1, maxLength: 5 }),
    costs: fc.array(costArb, { maxLength: 2 }),
    params: paramsArb,
  })
  .map(({ period: [start, end], rows, costs, params: p }): BudgetInput => {
    const length = daysBetween(start, end);
    const staffing = rows.map((r, i) => {
      const [f, t] = r.from <= r.to ? [r.from, r.to] : [r.to, r.from];
      return staff('A', `Roll ${i}`, r.fte, r.salary, {
        payrollOverhead: r.po,
        funding: r.own ? 'own' : 'grant',
        start: addDays(start, Math.floor(f * length)),
        end: addDays(start, Math.floor(t * length)),
      });
    });
    const firstYear = Number(start.slice(0, 4));
    const lastYear = Number(end.slice(0, 4));
    return input({
      initiatives: [initiative('A', start, end)],
      staffing,
      costs: costs.map((c) =>
        cost('A', c.amount, {
          year: c.withYear ? firstYear + Math.floor(c.yearPick * (lastYear - firstYear + 0.999)) : null,
          funding: c.own ? 'own' : 'grant',
        }),
      ),
      frame: [2023, 2024, 2025, 2026].map((y) => frameYear(y, 3000000)),
      parameters: params({ revisionMonth: p.revisionMonth, salaryIncrease: p.increase }),
    });
  });

// ---------------------------------------------------------------- helpers

function allFigures(result: BudgetResult): Figures[] {
  return result.initiatives.flatMap((i) => [i.applied, i.proposed, i.selfFinanced, i.selfFinancedApplied]);
}

const sumOf = (values: Iterable<Decimal>) => [...values].reduce((a, b) => a.plus(b), new Dx(0));

function exactGroups(figures: Figures) {
  const quarters = new Map<string, Decimal>();
  const years = new Map<number, Decimal>();
  for (const { month, amount } of figures.exact.months) {
    const q = `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
    quarters.set(q, (quarters.get(q) ?? new Dx(0)).plus(amount));
    const y = Number(month.slice(0, 4));
    years.set(y, (years.get(y) ?? new Dx(0)).plus(amount));
  }
  return { quarters, years };
}

/** Every figure of the first initiative as [label, exact value] pairs. */
function exactFigures(figures: Figures): Array<[string, Decimal]> {
  const { quarters, years } = exactGroups(figures);
  return [
    ['total', figures.exact.total] as [string, Decimal],
    ...[...years].map(([k, v]) => [String(k), v] as [string, Decimal]),
    ...[...quarters].map(([k, v]) => [k, v] as [string, Decimal]),
    ...figures.exact.months.map(({ month, amount }) => [month, amount] as [string, Decimal]),
  ];
}

function roundedFigures(figures: Figures): Array<[string, string]> {
  const r = figures.rounded;
  return [
    ['total', r.total.toString()],
    ...[...r.byYear].map(([k, v]) => [String(k), v.toString()] as [string, string]),
    ...[...r.byQuarter].map(([k, v]) => [k, v.toString()] as [string, string]),
    ...[...r.byMonth].map(([k, v]) => [k, v.toString()] as [string, string]),
  ];
}

const runs = { numRuns: 150 };

// ---------------------------------------------------------------- properties

test('months sum to quarters to years to the total, exactly', () => {
  fc.assert(
    fc.property(budgetArb, (budget) => {
      for (const figures of allFigures(computeBudget(budget, null))) {
        const { quarters, years } = exactGroups(figures);
        expect(sumOf(quarters.values()).eq(figures.exact.total)).toBe(true);
        expect(sumOf(years.values()).eq(figures.exact.total)).toBe(true);
        expect(sumOf(figures.exact.months.map((m) => m.amount)).eq(figures.exact.total)).toBe(true);
      }
    }),
    runs,
  );
});

/**
 * The rounded total is the TRUE exact total rounded half-up. The exact series shows each month cut
 * off at 20 decimals (so that it never rises when an input falls), so exact.total may lie below the
 * true total by less than one 1e-20 per month — which matters only when the true total is a tie such
 * as 5 098,5 that 20 decimals cannot show (see the regression test below).
 */
function halfUpOfTrueTotal(figures: Figures): Decimal[] {
  const shown = figures.exact.total;
  const slack = new Dx(figures.exact.months.length).times('1e-20');
  return [shown, shown.plus(slack)].map((v) => v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
}

test('a tie the 20-decimal exact series cannot show is still rounded half-up from the true value', () => {
  // 1 day of April at 3,75 × 40 780 kr = 5 097,50 kr, plus 1 kr spread over April (31/33) and two
  // days of May (2/33): the true total is 5 098,50 kr, so the grant is 5 099 kr.
  const budget = input({
    initiatives: [initiative('A', '2023-04-01', '2023-05-02')],
    staffing: [staff('A', 'Roll', '3.75', 40_780, { start: '2023-04-01', end: '2023-04-01' })],
    costs: [cost('A', 1)],
  });
  const figures = computeBudget(budget, null).initiatives[0]!.applied;
  expect(figures.rounded.total.toString()).toBe('5099');
  expect(figures.exact.total.lt(new Dx('5098.5'))).toBe(true);
  expect(figures.exact.total.gt(new Dx('5098.5').minus('2e-20'))).toBe(true);
});

test('rounded parts sum to the rounded whole at every level; the total is the exact total half-up', () => {
  fc.assert(
    fc.property(budgetArb, (budget) => {
      for (const figures of allFigures(computeBudget(budget, null))) {
        const r = figures.rounded;
        expect(halfUpOfTrueTotal(figures).some((t) => t.eq(r.total))).toBe(true);
        expect(sumOf(r.byYear.values()).eq(r.total)).toBe(true);
        for (const [year, amount] of r.byYear) {
          expect(
            sumOf([...r.byQuarter].filter(([q]) => q.startsWith(`${year}-`)).map(([, v]) => v)).eq(amount),
          ).toBe(true);
        }
        for (const [quarter, amount] of r.byQuarter) {
          const [y, q] = [quarter.slice(0, 4), Number(quarter.slice(6))];
          const months = [...r.byMonth].filter(
            ([m]) => m.startsWith(y) && Math.floor((Number(m.slice(5)) - 1) / 3) + 1 === q,
          );
          expect(sumOf(months.map(([, v]) => v)).eq(amount)).toBe(true);
        }
        for (const [, amount] of r.byMonth) {
          expect(amount.isInteger()).toBe(true);
        }
      }
    }),
    runs,
  );
});

/**
 * Lowering an FTE or removing a role never raises an exact figure, nor a rounded total or a
 * frame sum beyond the rounding. Rounded parts of a total can move by one krona between
 * periods: largest remainder is not monotone (a part whose remainder falls can hand its krona
 * to a neighbour), so for them the bound is "at most 1 kr more".
 */
test('lowering an FTE or removing a role never raises any figure', () => {
  fc.assert(
    fc.property(
      budgetArb,
      fc.nat(),
      fc.integer({ min: 0, max: 100 }),
      fc.boolean(),
      (budget, pick, percent, remove) => {
        const grant = budget.staffing.filter((s) => s.funding === 'grant');
        fc.pre(grant.length > 0);
        const row = grant[pick % grant.length] as StaffingRow;
        const change = remove
          ? adjustment('S', { action: 'remove', initiative: 'A', role: row.role })
          : adjustment('S', {
              action: 'setFte',
              initiative: 'A',
              role: row.role,
              fte: row.fte.times(percent).div(100),
            });
        const result = computeBudget({ ...budget, adjustments: [change] }, 'S');
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const a = result.initiatives[0]!;
        const before = new Map(exactFigures(a.applied));
        for (const [label, value] of exactFigures(a.proposed))
          expect(value.lte(before.get(label)!)).toBe(true);
        const beforeRounded = new Map(roundedFigures(a.applied));
        for (const [label, value] of roundedFigures(a.proposed)) {
          const limit = new Decimal(beforeRounded.get(label)!).plus(label === 'total' ? 0 : 1);
          expect(new Decimal(value).lte(limit)).toBe(true);
        }
        for (const f of result.frame) expect(f.proposed.lte(f.applied.plus(1))).toBe(true);
        expect(result.totals.proposed.lte(result.totals.applied)).toBe(true);
      },
    ),
    runs,
  );
});

test("a staffing row's whole totals are the sums of its rounded years, applied and proposed", () => {
  fc.assert(
    fc.property(
      budgetArb,
      fc.nat(),
      fc.integer({ min: 0, max: 100 }),
      fc.constantFrom('setFte', 'remove', 'setEnd'),
      (budget, pick, percent, action) => {
        const row = budget.staffing[pick % budget.staffing.length] as StaffingRow;
        const change =
          action === 'remove'
            ? adjustment('S', { action, initiative: 'A', role: row.role })
            : action === 'setEnd'
              ? adjustment('S', {
                  action,
                  initiative: 'A',
                  role: row.role,
                  end: budget.initiatives[0]!.start,
                })
              : adjustment('S', {
                  action,
                  initiative: 'A',
                  role: row.role,
                  fte: row.fte.times(percent).div(100),
                });
        const result = computeBudget({ ...budget, adjustments: [change] }, 'S');
        for (const s of result.staffing) {
          expect(s.appliedWhole).toBe(BigInt(sumOf(s.appliedByYear.values()).toFixed()));
          expect(s.proposedWhole).toBe(BigInt(sumOf(s.proposedByYear.values()).toFixed()));
        }
      },
    ),
    runs,
  );
});

test("splitting a row's date range into two adjacent rows leaves every figure unchanged", () => {
  fc.assert(
    fc.property(budgetArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (budget, pick, at) => {
      const index = pick % budget.staffing.length;
      const row = budget.staffing[index] as StaffingRow;
      const length = daysBetween(row.start!, row.end!);
      fc.pre(length >= 1);
      const cut = addDays(row.start!, Math.min(length - 1, Math.floor(at * length)));
      const split = [
        { ...row, id: `${row.id}a`, end: cut },
        { ...row, id: `${row.id}b`, start: addDays(cut, 1) },
      ];
      const staffing = [...budget.staffing.slice(0, index), ...split, ...budget.staffing.slice(index + 1)];
      const whole = computeBudget(budget, null).initiatives[0]!;
      const parts = computeBudget({ ...budget, staffing }, null).initiatives[0]!;
      for (const key of ['applied', 'selfFinancedApplied'] as const) {
        expect(roundedFigures(parts[key])).toEqual(roundedFigures(whole[key]));
        const exact = new Map(exactFigures(whole[key]));
        for (const [label, value] of exactFigures(parts[key])) expect(value.eq(exact.get(label)!)).toBe(true);
      }
    }),
    runs,
  );
});

test('a cap is never exceeded', () => {
  fc.assert(
    fc.property(budgetArb, fc.integer({ min: 0, max: 3000000 }), (budget, cap) => {
      const result = computeBudget(
        { ...budget, adjustments: [adjustment('S', { action: 'cap', initiative: 'A', amount: d(cap) })] },
        'S',
      );
      const a = result.initiatives[0]!;
      expect(a.proposed.exact.total.lte(cap)).toBe(true);
      expect(a.proposed.rounded.total.lte(cap)).toBe(true);
      // Scaled to exactly the cap (the exact series shows months truncated to 20 decimals).
      if (a.applied.rounded.total.gt(cap)) expect(a.proposed.rounded.total.eq(cap)).toBe(true);
      if (a.applied.exact.total.gt(cap))
        expect(a.proposed.exact.total.gt(new Dx(cap).minus('1e-15'))).toBe(true);
      else expect(a.proposed.exact.total.eq(a.applied.exact.total)).toBe(true);
    }),
    runs,
  );
});

test('with no increase every full month of a row costs the same', () => {
  fc.assert(
    fc.property(periodArb, rowArb, (period, r) => {
      const [start, end] = period;
      const result = computeBudget(
        input({
          initiatives: [initiative('A', start, end)],
          staffing: [staff('A', 'Coach', r.fte, r.salary, { payrollOverhead: r.po })],
          parameters: params({ salaryIncrease: null }),
        }),
        null,
      );
      const months = result.initiatives[0]!.applied.exact.months;
      const full = months.slice(start.endsWith('-01') ? 0 : 1, months.length - 1);
      const expected = new Dx(r.salary).times(r.fte).times(r.po.plus(1));
      for (const { amount } of full) expect(amount.eq(expected)).toBe(true);
    }),
    runs,
  );
});

test('rounding is independent of input order', () => {
  fc.assert(
    fc.property(budgetArb, fc.nat(), (budget, seed) => {
      const shuffle = <T>(xs: readonly T[]): T[] =>
        xs
          .map((x, i) => [x, (i * 2654435761 + seed) % 4294967296] as const)
          .sort((a, b) => a[1] - b[1])
          .map(([x]) => x);
      const a = computeBudget(budget, null).initiatives[0]!;
      const b = computeBudget(
        { ...budget, staffing: shuffle(budget.staffing), costs: shuffle(budget.costs) },
        null,
      ).initiatives[0]!;
      for (const key of ['applied', 'selfFinancedApplied'] as const) {
        expect(roundedFigures(b[key])).toEqual(roundedFigures(a[key]));
        expect(b[key].exact.total.eq(a[key].exact.total)).toBe(true);
      }
    }),
    runs,
  );
});
