// The balancing rules on small hand-built rounds, with the arithmetic in comments (rules § 12).
import { computeBudget } from '../../../src/engine';
import { proposeBalance } from '../../../src/engine/balance';
import type { Adjustment, BudgetInput } from '../../../src/engine/types';
import { adjustment, cost, d, frameYear, initiative, input, staff } from '../builders';

// A: 100 % at 10 000 kr a month in 2025 = 120 000 kr; B: 50 % at 20 000 kr = 120 000 kr;
// G (granted): 60 000 kr of costs. 300 000 kr against 240 000 kr available.
function round(overrides: Partial<BudgetInput> = {}): BudgetInput {
  return input({
    initiatives: [
      initiative('A', '2025-01-01', '2025-12-31'),
      initiative('B', '2025-01-01', '2025-12-31'),
      initiative('G', '2025-01-01', '2025-12-31', { roundStatus: 'granted' }),
    ],
    staffing: [staff('A', 'Coach', 1, 10000), staff('B', 'Coach', '0.5', 20000)],
    costs: [cost('G', 60000)],
    frame: [frameYear(2025, 240000)],
    ...overrides,
  });
}

const applied = (i: BudgetInput, rows: readonly Adjustment[], scenario: string) =>
  computeBudget({ ...i, adjustments: [...i.adjustments, ...rows] }, scenario);

describe('balancing (issue 14)', () => {
  test('lika andel: both capped at 90 000 kr; f = 75,8 % is the largest share that rounds down to it', () => {
    // 75,8 % of 120 000 kr is 90 960 kr, down to 90 000 kr; 75,9 % is 91 080 kr, down to 91 000 kr: over.
    const outcome = proposeBalance(round(), { baseScenario: null });
    expect(outcome.target).toEqual({ years: [2025], equityFloor: null });
    const p = outcome.proposals.find((x) => x.method === 'equal-share')!;
    expect(p.share!.toString()).toBe('0.758');
    expect(p.added.map((a) => (a.action === 'cap' ? [a.initiative, a.amount.toString()] : null))).toEqual([
      ['A', '90000'],
      ['B', '90000'],
    ]);
    expect(p.frame[0]!.overProposed.toString()).toBe('0');
  });

  test('färre tjänster: 5-point steps on the row that cuts most (B: 1 000 kr a month per step), one row per role', () => {
    // B's step is 20 000 × 5 % × 12 = 12 000 kr; A's 6 000 kr. 60 000 kr: five steps on B, 50 % → 25 %.
    const p = proposeBalance(round(), { baseScenario: null }).proposals.find(
      (x) => x.method === 'fewer-posts',
    )!;
    expect(
      p.added.map((a) => (a.action === 'setFte' ? [a.initiative, a.role, a.fte.toString()] : null)),
    ).toEqual([['B', 'Coach', '0.25']]);
  });

  test('färre tjänster: a role on two rows of one FTE is one post: a step lowers both and costs their sum', () => {
    // B's Coach is 50 % over two half years at 20 000 kr a month: a step is 2 × 6 × 1 000 = 12 000 kr,
    // A's 6 000 kr. 60 000 kr over: five steps on B, one Omfattning of 25 % that sets both rows.
    const i = round({
      staffing: [
        staff('A', 'Coach', 1, 10000),
        staff('B', 'Coach', '0.5', 20000, { end: '2025-06-30' }),
        staff('B', 'coach ', '0.5', 20000, { start: '2025-07-01' }),
      ],
    });
    const outcome = proposeBalance(i, { baseScenario: null });
    const p = outcome.proposals.find((x) => x.method === 'fewer-posts')!;
    expect(
      p.added.map((a) => (a.action === 'setFte' ? [a.initiative, a.role, a.fte.toString()] : null)),
    ).toEqual([['B', 'Coach', '0.25']]);
    expect(outcome.notCut).toEqual([]);
    const result = applied(i, p.rows, p.scenario);
    expect(result.issues).toEqual([]);
    expect(result.staffing.map((s) => s.fteProposed.toString())).toEqual(['1', '0.25', '0.25']);
    expect(result.frame[0]!.overProposed.toString()).toBe('0');
  });

  test('färre tjänster: a role whose rows differ in FTE, or has a held row, is not cut and is listed', () => {
    // B's Coach rows are 50 % and 25 %: one Omfattning cannot set them, so only A is cut (6 000 kr a
    // step, 30 000 kr over: five steps, 100 % → 75 %). C's Coach has a held row beside an open one.
    const i = round({
      initiatives: [
        initiative('A', '2025-01-01', '2025-12-31'),
        initiative('B', '2025-01-01', '2025-12-31'),
        initiative('C', '2025-01-01', '2025-12-31'),
      ],
      staffing: [
        staff('A', 'Coach', 1, 10000),
        staff('B', 'Coach', '0.5', 20000, {
          source: { table: 'Bemanning', sheet: 'Bemanning', row: 3, cells: {} },
        }),
        staff('B', 'Coach', '0.25', 20000, {
          source: { table: 'Bemanning', sheet: 'Bemanning', row: 4, cells: {} },
        }),
        staff('C', 'Coach', '0.5', 10000, { held: true }),
        staff('C', 'Coach', '0.5', 10000),
      ],
      costs: [],
      frame: [frameYear(2025, 390000)],
    });
    // 120 000 + 180 000 + 120 000 = 420 000 kr: 30 000 kr over.
    const outcome = proposeBalance(i, { baseScenario: null });
    expect(
      outcome.notCut.map((n) => [
        n.initiative,
        n.role,
        n.reason,
        n.rows.map((r) => [r.row, r.fte.toString()]),
      ]),
    ).toEqual([
      [
        'B',
        'Coach',
        'different-fte',
        [
          [3, '0.5'],
          [4, '0.25'],
        ],
      ],
      [
        'C',
        'Coach',
        'held-row',
        [
          [null, '0.5'],
          [null, '0.5'],
        ],
      ],
    ]);
    const p = outcome.proposals.find((x) => x.method === 'fewer-posts')!;
    expect(
      p.added.map((a) => (a.action === 'setFte' ? [a.initiative, a.role, a.fte.toString()] : null)),
    ).toEqual([['A', 'Coach', '0.75']]);
  });

  test('färre tjänster: a Tak that binds in the base counts a step only for what it takes below the Tak', () => {
    // Base: B capped at 118 000 kr (uncapped 120 000 kr, 2 000 kr above). 298 000 kr against
    // 240 000 kr: 58 000 kr over. B's first step takes 12 000 kr uncapped, 10 000 kr below the Tak,
    // more than A's 6 000 kr; then 12 000 kr a step: five steps on B, 50 % → 25 %, and it fits.
    const i = round({
      adjustments: [adjustment('K', { initiative: 'B', action: 'cap', amount: d(118000) })],
    });
    const p = proposeBalance(i, { baseScenario: 'K' }).proposals.find((x) => x.method === 'fewer-posts')!;
    expect(
      p.added.map((a) => (a.action === 'setFte' ? [a.initiative, a.role, a.fte.toString()] : null)),
    ).toEqual([['B', 'Coach', '0.25']]);
    expect(applied(i, p.rows, p.scenario).frame[0]!.overProposed.toString()).toBe('0');
    // B capped at 60 000 kr (60 000 kr below its uncapped total) and 200 000 kr available: 40 000 kr
    // over. A step on B takes nothing while its uncapped total stays above the Tak: seven steps on A.
    const deep = round({
      frame: [frameYear(2025, 200000)],
      adjustments: [adjustment('K', { initiative: 'B', action: 'cap', amount: d(60000) })],
    });
    const q = proposeBalance(deep, { baseScenario: 'K' }).proposals.find((x) => x.method === 'fewer-posts')!;
    expect(
      q.added.map((a) => (a.action === 'setFte' ? [a.initiative, a.role, a.fte.toString()] : null)),
    ).toEqual([['A', 'Coach', '0.65']]);
  });

  test('färst ändringar: the larger first (ties: Insatser order), to 0 kr when needed, the last only as far as needed', () => {
    // A and B tie at 120 000 kr: A first; capping A to 60 000 kr is enough.
    const p = proposeBalance(round(), { baseScenario: null }).proposals.find(
      (x) => x.method === 'fewest-changes',
    )!;
    expect(p.added.map((a) => (a.action === 'cap' ? [a.initiative, a.amount.toString()] : null))).toEqual([
      ['A', '60000'],
    ]);
    // 70 000 kr available: A to 0 kr, then B to 10 000 kr.
    const tight = round({ frame: [frameYear(2025, 70000)] });
    const q = proposeBalance(tight, { baseScenario: null }).proposals.find(
      (x) => x.method === 'fewest-changes',
    )!;
    expect(q.added.map((a) => (a.action === 'cap' ? [a.initiative, a.amount.toString()] : null))).toEqual([
      ['A', '0'],
      ['B', '10000'],
    ]);
  });

  test('a held initiative and a held staffing row are never changed; the cap keeps the held row whole', () => {
    // A held; B's row held too, with 24 000 kr of other costs: only B's costs can go.
    const i = round({
      initiatives: [
        initiative('A', '2025-01-01', '2025-12-31', { held: true }),
        initiative('B', '2025-01-01', '2025-12-31'),
        initiative('G', '2025-01-01', '2025-12-31', { roundStatus: 'granted' }),
      ],
      staffing: [staff('A', 'Coach', 1, 10000), staff('B', 'Coach', '0.5', 20000, { held: true })],
      costs: [cost('G', 60000), cost('B', 24000)],
      frame: [frameYear(2025, 310000)],
    });
    // 120 000 + 144 000 + 60 000 = 324 000 kr: 14 000 kr over. B's held part 120 000 kr stays;
    // f of its 24 000 kr rest: 45,8 % is 10 992 kr, 130 992 kr down to 130 000 kr (fits exactly);
    // 45,9 % is 11 016 kr, down to 131 000 kr: 1 000 kr over.
    const outcome = proposeBalance(i, { baseScenario: null });
    const share = outcome.proposals.find((x) => x.method === 'equal-share')!;
    expect(share.share!.toString()).toBe('0.458');
    expect(share.added.map((a) => (a.action === 'cap' ? [a.initiative, a.amount.toString()] : null))).toEqual(
      [['B', '130000']],
    );
    expect(share.added[0]!.reason).toBe(
      'Balansering: lika andel 45,8\u00a0% av sökt belopp, låsta rader hela',
    );
    // No Omfattning can be cut: the only rows are held.
    expect(outcome.unmet).toEqual(['fewer-posts']);
    for (const p of outcome.proposals) expect(p.added.every((a) => a.initiative === 'B')).toBe(true);
  });

  test('when the granted part alone breaks the frame: which years, by how much, and no proposal', () => {
    const outcome = proposeBalance(round({ frame: [frameYear(2025, 50000)] }), { baseScenario: null });
    expect(outcome.feasible).toBe(false);
    expect(outcome.blocking.map((b) => [b.year, b.over.toString()])).toEqual([[2025, '10000']]);
    expect(outcome.proposals).toEqual([]);
  });

  test('from a base scenario: its rows are copied, a Tak it had on the same initiative is replaced', () => {
    const i = round({
      adjustments: [adjustment('Kansliet', { initiative: 'A', action: 'cap', amount: d(110000) })],
    });
    const outcome = proposeBalance(i, { baseScenario: 'kansliet' });
    expect(outcome.base).toBe('Kansliet');
    const p = outcome.proposals.find((x) => x.method === 'equal-share')!;
    expect(p.rows.filter((a) => a.initiative === 'A' && a.action === 'cap')).toHaveLength(1);
    const result = applied(i, p.rows, p.scenario);
    expect(result.frame[0]!.overProposed.lte(0)).toBe(true);
    expect(p.touched.find((t) => t.initiative === 'A')!.before.toString()).toBe('110000');
  });

  test('the target restricted to chosen years, and a scenario name already taken gets a number', () => {
    const i = round({
      initiatives: [initiative('A', '2025-01-01', '2026-12-31'), initiative('B', '2025-01-01', '2025-12-31')],
      staffing: [staff('A', 'Coach', 1, 10000), staff('B', 'Coach', '0.5', 20000)],
      costs: [],
      frame: [frameYear(2025, 1000000), frameYear(2026, 60000)],
      adjustments: [adjustment('Förslag: lika andel', { initiative: 'B', action: 'remove', role: null })],
    });
    expect(proposeBalance(i, { baseScenario: null, years: [2025] }).alreadyFits).toBe(true);
    const outcome = proposeBalance(i, { baseScenario: null });
    expect(outcome.target.years).toEqual([2025, 2026]);
    expect(outcome.proposals[0]!.scenario).toBe('Förslag: lika andel (2)');
  });
});
