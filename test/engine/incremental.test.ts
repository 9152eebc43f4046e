// A cut recomputes only the initiatives whose adjustments changed. Whatever the sequence of cuts,
// the result must be the one a full recompute gives.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { computeBudget } from '../../src/engine';
import type { Adjustment, BudgetInput } from '../../src/engine/types';
import { exampleWorkbook, read } from '../contract/support';
import { plain } from './plain';

const base: BudgetInput = read(exampleWorkbook()).input;
// The example with the initiatives a cut must leave alone or treat as one: granted (its Maxbelopp
// binds), rejected, a name written twice (both left out) and one without a valid period.
const first = base.initiatives[0]!;
const firstRows = base.staffing.filter((s) => s.initiative === first.name);
const variant = (name: string, overrides: Partial<BudgetInput['initiatives'][number]>) => ({
  initiative: { ...first, ...overrides, name, source: undefined },
  staffing: firstRows.map((s, i) => ({ ...s, id: `${name}:${i}`, initiative: name, source: undefined })),
});
const extras = [
  variant('Beviljad insats', { roundStatus: 'granted', maxGrant: new Decimal(1_000_000) }),
  variant('Avslagen insats', { roundStatus: 'rejected' }),
  variant('Dubbel', {}),
  variant('dubbel ', {}),
  variant('Utan period', { start: '2026-05-01', end: '2025-01-01' }),
];
const mixed: BudgetInput = {
  ...base,
  initiatives: [...base.initiatives, ...extras.map((e) => e.initiative)],
  staffing: [...base.staffing, ...extras.flatMap((e) => e.staffing)],
};
const roles = mixed.staffing.map((s) => [s.initiative, s.role] as const);
const names = [...mixed.initiatives.map((i) => i.name), 'Okänd insats'];

const scenarios = ['Kansliets förslag', 'AU'];

const adjustment: fc.Arbitrary<Omit<Adjustment, 'id'>> = fc.oneof(
  fc
    .record({
      scenario: fc.constantFrom(...scenarios),
      pick: fc.constantFrom(...roles),
      fte: fc.integer({ min: 0, max: 400 }),
    })
    .map(({ scenario, pick, fte }) => ({
      scenario,
      initiative: pick[0],
      role: pick[1],
      action: 'setFte' as const,
      fte: new Decimal(fte).div(100),
      reason: null,
    })),
  fc
    .record({ scenario: fc.constantFrom(...scenarios), pick: fc.constantFrom(...roles) })
    .map(({ scenario, pick }) => ({
      scenario,
      initiative: pick[0],
      role: pick[1],
      action: 'remove' as const,
      reason: 'x',
    })),
  fc
    .record({ scenario: fc.constantFrom(...scenarios), name: fc.constantFrom(...names) })
    .map(({ scenario, name }) => ({
      scenario,
      initiative: name,
      role: null,
      action: 'remove' as const,
      reason: null,
    })),
  fc
    .record({
      scenario: fc.constantFrom(...scenarios),
      name: fc.constantFrom(...names),
      month: fc.integer({ min: 0, max: 120 }),
    })
    .map(({ scenario, name, month }) => ({
      scenario,
      initiative: name,
      role: null,
      action: 'setEnd' as const,
      end: `${2018 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-28`,
      reason: null,
    })),
  fc
    .record({
      scenario: fc.constantFrom(...scenarios),
      name: fc.constantFrom(...names),
      amount: fc.integer({ min: -1, max: 9_000_000 }),
    })
    .map(({ scenario, name, amount }) => ({
      scenario,
      initiative: name,
      role: null,
      action: 'cap' as const,
      amount: new Decimal(amount),
      reason: null,
    })),
) as fc.Arbitrary<Omit<Adjustment, 'id'>>;

/** A cut as the session makes them: append a row, rewrite one, or delete one. */
const cut = fc.oneof(
  adjustment.map((a) => ({ kind: 'append' as const, a })),
  fc.record({ at: fc.nat(), a: adjustment }).map(({ at, a }) => ({ kind: 'update' as const, at, a })),
  fc.nat().map((at) => ({ kind: 'remove' as const, at })),
);

type Cut =
  | { kind: 'append'; a: Omit<Adjustment, 'id'> }
  | { kind: 'update'; at: number; a: Omit<Adjustment, 'id'> }
  | { kind: 'remove'; at: number };

function applyCut(adjustments: readonly Adjustment[], c: Cut): Adjustment[] {
  const next = [...adjustments];
  if (c.kind === 'append') next.push(c.a as Adjustment);
  else if (next.length && c.kind === 'update') next[c.at % next.length] = c.a as Adjustment;
  else if (next.length && c.kind === 'remove') next.splice(c.at % next.length, 1);
  // Ids name the table row, as the reader's do: removing a row renumbers the later ones.
  return next.map((a, i) => ({
    ...a,
    id: `Justeringar:${i + 2}`,
    source: { table: 'Justeringar', sheet: 'Justeringar', row: i + 2, cells: {} },
  }));
}

describe('incremental recompute', () => {
  it('equals the full recompute after any sequence of cuts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(base, mixed),
        fc.constantFrom(null, ...scenarios, 'au'),
        fc.array(cut, { minLength: 1, maxLength: 6 }),
        (start, scenario, cuts) => {
          let input: BudgetInput = start;
          let result = computeBudget(input, scenario);
          for (const c of cuts) {
            input = { ...input, adjustments: applyCut(input.adjustments, c) };
            result = computeBudget(input, scenario, result);
            expect(plain(result)).toEqual(plain(computeBudget(input, scenario)));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('computes everything again when anything but the adjustments changed', () => {
    const first = computeBudget(base, 'Kansliets förslag');
    const staffing = base.staffing.map((s, i) => (i === 0 ? { ...s, fte: s.fte.plus(1) } : s));
    const changed = { ...base, staffing };
    expect(plain(computeBudget(changed, 'Kansliets förslag', first))).toEqual(
      plain(computeBudget(changed, 'Kansliets förslag')),
    );
    expect(computeBudget(changed, 'Kansliets förslag', first).totals.applied).not.toEqual(
      first.totals.applied,
    );
  });

  it('reuses the results of initiatives a cut did not touch', () => {
    const first = computeBudget(base, 'Kansliets förslag');
    const target = base.initiatives.find((i) => (i.roundStatus ?? 'application') === 'application')!.name;
    const adjustments: Adjustment[] = [
      ...base.adjustments,
      {
        id: 'Justeringar:99',
        scenario: 'Kansliets förslag',
        initiative: target,
        role: null,
        action: 'remove',
        reason: null,
      },
    ];
    const next = computeBudget({ ...base, adjustments }, 'Kansliets förslag', first);
    next.initiatives.forEach((r, i) => {
      if (r.initiative.name === target) expect(r).not.toBe(first.initiatives[i]);
      else expect(r).toBe(first.initiatives[i]);
    });
  });

  it('reuses them when the rows the reader left out changed too (an error in a Justeringar row)', () => {
    // A cut in a workbook whose Justeringar has a row with an error: the next read's rejectedRows is
    // a new array when that error changed. No figure is computed from it.
    const rejected = (row: number) => [{ table: 'Justeringar', row, initiative: null }];
    const before = { ...base, rejectedRows: rejected(40) };
    const first = computeBudget(before, 'Kansliets förslag');
    const target = base.initiatives.find((i) => (i.roundStatus ?? 'application') === 'application')!.name;
    const adjustments: Adjustment[] = [
      ...base.adjustments,
      {
        id: 'Justeringar:99',
        scenario: 'Kansliets förslag',
        initiative: target,
        role: null,
        action: 'remove',
        reason: null,
      },
    ];
    const after = { ...base, adjustments, rejectedRows: rejected(41) };
    const next = computeBudget(after, 'Kansliets förslag', first);
    next.initiatives.forEach((r, i) => {
      if (r.initiative.name === target) expect(r).not.toBe(first.initiatives[i]);
      else expect(r).toBe(first.initiatives[i]);
    });
    expect(plain(next)).toEqual(plain(computeBudget(after, 'Kansliets förslag')));
  });
});
