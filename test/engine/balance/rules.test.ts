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
