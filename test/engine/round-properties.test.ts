// Issue 13's invariants on generated rounds (fast-check): status, frame and equity.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { computeBudget } from '../../src/engine';
import type { BudgetInput, BudgetResult, RoundStatus } from '../../src/engine/types';
import { adjustment, cost, d, frameYear, initiative, input, params, staff } from './builders';

const YEARS = [2023, 2024, 2025, 2026];

const initiativeArb = fc.record({
  startMonth: fc.integer({ min: 0, max: 35 }),
  months: fc.integer({ min: 1, max: 36 }),
  day: fc.integer({ min: 1, max: 28 }),
  fte: fc.integer({ min: 0, max: 70 }).map((n) => d(n).div(20)),
  salary: fc.integer({ min: 20000, max: 60000 }),
  costAmount: fc.integer({ min: 0, max: 3_000_000 }),
  status: fc.constantFrom<RoundStatus | undefined>(undefined, 'application', 'granted', 'rejected'),
  maxGrant: fc.option(fc.integer({ min: 0, max: 4_000_000 }), { nil: null }),
  cap: fc.option(fc.integer({ min: 0, max: 4_000_000 }), { nil: null }),
});

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (monthIndex: number, day: number) =>
  `${2023 + Math.floor(monthIndex / 12)}-${pad((monthIndex % 12) + 1)}-${pad(day)}`;

const roundArb = fc
  .record({
    initiatives: fc.array(initiativeArb, { minLength: 1, maxLength: 4 }),
    available: fc.array(fc.integer({ min: 0, max: 6_000_000 }), { minLength: 4, maxLength: 4 }),
    opening: fc.integer({ min: 0, max: 5_000_000 }),
    floor: fc.integer({ min: 0, max: 2_000_000 }),
  })
  .map(({ initiatives, available, opening, floor }) => {
    const specs = initiatives.map((s, i) => {
      const name = `Insats ${i + 1}`;
      const endMonth = Math.min(47, s.startMonth + s.months - 1);
      return {
        initiative: initiative(name, iso(s.startMonth, s.day), iso(endMonth, 28), {
          roundStatus: s.status,
          maxGrant: s.maxGrant === null ? null : d(s.maxGrant),
        }),
        staffing: staff(name, 'Coach', s.fte, s.salary, { payrollOverhead: d('0.4215') }),
        cost: cost(name, s.costAmount),
        cap:
          s.cap === null || s.status === 'granted' || s.status === 'rejected'
            ? null
            : adjustment('S', { action: 'cap', initiative: name, amount: d(s.cap) }),
      };
    });
    const budget: BudgetInput = input({
      initiatives: specs.map((s) => s.initiative),
      staffing: specs.map((s) => s.staffing),
      costs: specs.map((s) => s.cost),
      frame: YEARS.map((y, i) => frameYear(y, available[i]!)),
      adjustments: specs.flatMap((s) => (s.cap ? [s.cap] : [])),
    });
    return { budget, equity: { opening: d(opening), floor: d(floor) } };
  });

const runs = { numRuns: 120 };

/** Every figure the result carries, except the equity's, as comparable strings. */
function figures(result: BudgetResult): unknown {
  const series = (f: { rounded: { total: Decimal; byYear: ReadonlyMap<number, Decimal> } }) => [
    f.rounded.total.toString(),
    [...f.rounded.byYear].map(([y, v]) => `${y}:${v.toString()}`),
  ];
  return {
    initiatives: result.initiatives.map((r) => [
      series(r.applied),
      series(r.proposed),
      series(r.selfFinanced),
      r.decisionAmount.toString(),
      r.status,
      r.counts,
    ]),
    frame: result.frame.map((f) =>
      [f.year, f.available, f.applied, f.proposed, f.granted, f.overApplied, f.overProposed].map(String),
    ),
    totals: Object.fromEntries(Object.entries(result.totals).map(([k, v]) => [k, String(v)])),
    issues: result.issues.map((i) => i.code),
  };
}

test('with no Eget kapital every figure is as without equity, and no equity is shown', () => {
  fc.assert(
    fc.property(roundArb, ({ budget, equity }) => {
      for (const scenario of [null, 'S']) {
        const without = computeBudget(budget, scenario);
        const withEquity = computeBudget({ ...budget, parameters: params({ equity }) }, scenario);
        expect(figures(withEquity)).toEqual(figures(without));
        expect(without.equity).toBeNull();
        for (const f of without.frame) {
          expect([f.equityStartApplied, f.equityEndApplied, f.shortApplied]).toEqual([null, null, null]);
          expect([f.equityStartProposed, f.equityEndProposed, f.shortProposed]).toEqual([null, null, null]);
        }
      }
    }),
    runs,
  );
});

test('with no Status column every initiative counts as an application: the same figures as "Ansökan" everywhere', () => {
  fc.assert(
    fc.property(roundArb, ({ budget }) => {
      const none = {
        ...budget,
        initiatives: budget.initiatives.map((i) => ({ ...i, roundStatus: undefined })),
      };
      const all = {
        ...budget,
        initiatives: budget.initiatives.map((i) => ({ ...i, roundStatus: 'application' as const })),
      };
      expect(figures(computeBudget(none, 'S'))).toEqual(figures(computeBudget(all, 'S')));
    }),
    runs,
  );
});

test('equity at the end of the last year = opening + Σ available − Σ spent, applied and proposed', () => {
  fc.assert(
    fc.property(roundArb, ({ budget, equity }) => {
      const result = computeBudget({ ...budget, parameters: params({ equity }) }, 'S');
      const last = result.frame[result.frame.length - 1]!;
      const sum = (pick: (f: (typeof result.frame)[number]) => Decimal) =>
        result.frame.reduce((acc, f) => acc.plus(pick(f)), new Decimal(0));
      const available = sum((f) => f.available);
      expect(last.equityEndApplied!.toString()).toBe(
        equity.opening
          .plus(available)
          .minus(sum((f) => f.applied))
          .toString(),
      );
      expect(last.equityEndProposed!.toString()).toBe(
        equity.opening
          .plus(available)
          .minus(sum((f) => f.proposed))
          .toString(),
      );
      // Each year starts where the last ended, and short is exactly the distance below the floor.
      result.frame.forEach((f, i) => {
        if (i > 0) expect(f.equityStartApplied!.eq(result.frame[i - 1]!.equityEndApplied!)).toBe(true);
        expect(f.shortApplied!.eq(Decimal.max(0, equity.floor.minus(f.equityEndApplied!)))).toBe(true);
        expect(f.shortProposed!.eq(Decimal.max(0, equity.floor.minus(f.equityEndProposed!)))).toBe(true);
      });
      expect(result.totals.overApplied.eq(available.negated().plus(sum((f) => f.applied)))).toBe(true);
    }),
    runs,
  );
});

test('marking an application "Avslag" never raises any figure', () => {
  fc.assert(
    fc.property(roundArb, fc.nat(), ({ budget, equity }, pick) => {
      const applications = budget.initiatives
        .map((i, index) => ({ i, index }))
        .filter(({ i }) => (i.roundStatus ?? 'application') === 'application');
      fc.pre(applications.length > 0);
      const { index } = applications[pick % applications.length]!;
      const withEquity = { ...budget, parameters: params({ equity }) };
      const rejected = {
        ...withEquity,
        initiatives: withEquity.initiatives.map((i, k) =>
          k === index ? { ...i, roundStatus: 'rejected' as const } : i,
        ),
      };
      for (const scenario of [null, 'S']) {
        const before = computeBudget(withEquity, scenario);
        const after = computeBudget(rejected, scenario);
        after.frame.forEach((f, k) => {
          const b = before.frame[k]!;
          expect(f.applied.lte(b.applied)).toBe(true);
          expect(f.proposed.lte(b.proposed)).toBe(true);
          expect(f.granted.eq(b.granted)).toBe(true);
          expect(f.overApplied.lte(b.overApplied)).toBe(true);
          expect(f.overProposed.lte(b.overProposed)).toBe(true);
          expect(f.shortApplied!.lte(b.shortApplied!)).toBe(true);
          expect(f.shortProposed!.lte(b.shortProposed!)).toBe(true);
          // Less spent leaves at least as much equity.
          expect(f.equityEndApplied!.gte(b.equityEndApplied!)).toBe(true);
          expect(f.equityEndProposed!.gte(b.equityEndProposed!)).toBe(true);
        });
        for (const key of [
          'applied',
          'proposed',
          'selfFinanced',
          'decisionAmount',
          'overApplied',
          'overProposed',
        ] as const)
          expect(after.totals[key].lte(before.totals[key])).toBe(true);
        expect(after.decisionYears.every((y) => before.decisionYears.includes(y))).toBe(true);
      }
    }),
    runs,
  );
});
