import fc from 'fast-check';
import Decimal from 'decimal.js';
import { buildSummaryPlans } from '../../src/summary';
import type { Adjustment, InitiativeResult, StaffingResult } from '../../src/engine/types';
import {
  budgetResult,
  context,
  emptyInput,
  figuresFromMonths,
  initiativeResult,
  monthsOf,
  staffingResult,
} from './fixtures';
import { cellsOf, evaluatedFormulas } from './evaluate-plan';
import { planProblems } from './plan-checks';

const isoOf = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function endOf(startYear: number, startMonth: number, months: number): string {
  const ordinal = startYear * 12 + startMonth - 1 + months - 1;
  const y = Math.floor(ordinal / 12);
  const m = (ordinal % 12) + 1;
  return isoOf(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}

const initiativeArb = fc.record({
  name: fc.string({ minLength: 1, maxLength: 20 }),
  owner: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
  startYear: fc.integer({ min: 2022, max: 2026 }),
  startMonth: fc.integer({ min: 1, max: 12 }),
  startDay: fc.constantFrom(1, 15),
  months: fc.integer({ min: 1, max: 40 }),
  applied: fc.integer({ min: 0, max: 20_000_000 }),
  cutSeed: fc.integer({ min: 0, max: 1_000_000 }),
  stated: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }),
  included: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  removed: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  roles: fc.array(
    fc.record({
      role: fc.string({ minLength: 1, maxLength: 10 }),
      fte: fc.integer({ min: 0, max: 800 }).map((p) => p / 100),
      cut: fc.integer({ min: 0, max: 100 }),
      perYear: fc.integer({ min: 0, max: 3_000_000 }),
      own: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
});

const budgetArb = fc.record({
  initiatives: fc.array(initiativeArb, { minLength: 0, maxLength: 5 }),
  frame: fc.uniqueArray(
    fc.record({
      year: fc.integer({ min: 2021, max: 2030 }),
      available: fc.integer({ min: 0, max: 30_000_000 }),
    }),
    { selector: (f) => f.year, maxLength: 6 },
  ),
  scenario: fc.option(fc.constantFrom('Kansliets förslag', 'AU', '=Tak'), { nil: null }),
  lang: fc.constantFrom('sv' as const, 'en' as const),
  rejected: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
});

describe('summary plans for random budgets', () => {
  it('every formula computes its expected figure, which is the engine figure; the layout is sound', () => {
    fc.assert(
      fc.property(budgetArb, (b) => {
        const initiatives: InitiativeResult[] = [];
        const staffing: StaffingResult[] = [];
        const adjustments: Adjustment[] = [];
        b.initiatives.forEach((spec, i) => {
          const name = `${spec.name} ${i}`;
          const start = isoOf(spec.startYear, spec.startMonth, spec.startDay);
          const end = endOf(spec.startYear, spec.startMonth, spec.months);
          // A proposal whose months are uneven (as a cap or a shorter role would make them).
          const months = monthsOf(start, end);
          const proposedFigures = figuresFromMonths(
            months.map((month, k) => ({
              month,
              amount: spec.removed ? 0 : (spec.cutSeed + 7919 * k) % 400_000,
            })),
          );
          const r = initiativeResult({
            name,
            owner: spec.owner,
            start,
            end,
            stated: spec.stated,
            applied: spec.applied,
            proposedFigures,
            adjusted: !proposedFigures.rounded.total.equals(spec.applied),
            removed: spec.removed,
            included: spec.included,
          });
          initiatives.push(r);
          const years = [...r.applied.rounded.byYear.keys()];
          for (const role of spec.roles) {
            const appliedByYear = Object.fromEntries(years.map((y) => [y, role.perYear]));
            const proposedByYear = Object.fromEntries(
              years.map((y) => [y, Math.floor((role.perYear * role.cut) / 100)]),
            );
            staffing.push(
              staffingResult({
                initiative: name,
                role: role.role,
                fteApplied: role.fte,
                fteProposed: Math.round(role.fte * role.cut) / 100,
                funding: role.own ? 'own' : 'grant',
                appliedByYear,
                proposedByYear,
                endApplied: end,
                included: spec.included,
              }),
            );
            if (role.cut !== 100 && !role.own)
              adjustments.push({
                id: `j${adjustments.length}`,
                scenario: b.scenario ?? '',
                initiative: name,
                action: 'setFte',
                role: role.role,
                fte: new Decimal(Math.round(role.fte * role.cut)).div(100),
                reason: null,
              });
          }
        });
        const result = budgetResult({
          scenario: b.scenario,
          initiatives,
          staffing,
          frame: b.frame,
          adjustments,
        });
        const ctx = context({ lang: b.lang, input: emptyInput({ rejectedInitiatives: b.rejected }) });
        const plans = buildSummaryPlans(result, ctx);
        for (const plan of plans) {
          expect(planProblems(plan)).toEqual([]);
          for (const f of evaluatedFormulas(plan)) expect(f.value.toNumber()).toBe(f.expected);
        }
        // The totals that have an engine figure carry it.
        const expectedValues = new Set(
          plans.flatMap((p) =>
            [...cellsOf(p).values()].flatMap((c) => (c.kind === 'formula' ? [c.expected] : [])),
          ),
        );
        if (initiatives.some((r) => r.included)) {
          expect(expectedValues).toContain(result.totals.applied.toNumber());
          expect(expectedValues).toContain(result.totals.proposed.toNumber());
          expect(expectedValues).toContain(result.totals.decisionAmount.toNumber());
        }
        if (result.frame.length > 0) expect(expectedValues).toContain(result.totals.overProposed.toNumber());
      }),
      { numRuns: 150 },
    );
  });
});

describe('the plan checker itself', () => {
  it('catches a wrong expected figure, overlapping blocks and a table without its header', () => {
    const r = initiativeResult({ name: 'A', start: '2024-01-01', end: '2024-12-31', applied: 120_000 });
    const [plan] = buildSummaryPlans(
      budgetResult({ initiatives: [r], frame: [{ year: 2024, available: 1 }] }),
      context(),
    );
    expect(planProblems(plan!)).toEqual([]);
    const wrong = structuredClone(plan!);
    for (const block of wrong.blocks)
      for (const row of block.cells)
        for (const cell of row) if (cell && cell.kind === 'formula') cell.expected += 1;
    expect(planProblems(wrong).some((p) => p.includes('expected'))).toBe(true);
    const overlapping = structuredClone(plan!);
    overlapping.blocks.push({ row: 0, column: 0, cells: [[{ kind: 'text', text: 'x' }]] });
    expect(planProblems(overlapping).some((p) => p.includes('overlap'))).toBe(true);
    const shifted = structuredClone(plan!);
    shifted.tables[0]!.range = shifted.tables[0]!.range.replace(/(\d+):/, (_, n) => `${Number(n) - 1}:`);
    expect(planProblems(shifted).length).toBeGreaterThan(0);
  });
});
