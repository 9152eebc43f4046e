// Issue 14's worked example: the example workbook's round (seed 004). Samordnat stöd is the one
// application; the four earlier decisions are granted. Eget kapital 1 200 000 kr, floor 500 000 kr:
// as applied, equity ends 2026 at −48 565 kr. The office's own answer ("Kansliets förslag") was
// one coach less; this pins what each method proposes instead (docs/rules.md § 12 tells the same).
import { computeBudget } from '../../../src/engine';
import { proposeBalance, type BalanceProposal } from '../../../src/engine/balance';
import type { Adjustment } from '../../../src/engine/types';
import { exampleWorkbook, read } from '../../contract/support';

const SAMORDNAT = 'Samordnat stöd för arbete eller studier';
const input = read(exampleWorkbook()).input;

const brief = (rows: readonly Adjustment[]) =>
  rows.map((a) => ({
    initiative: a.initiative,
    scenario: a.scenario,
    role: a.action === 'cap' ? null : a.role,
    action: a.action,
    value: a.action === 'cap' ? a.amount.toString() : a.action === 'setFte' ? a.fte.toString() : null,
    reason: a.reason,
  }));
const equity = (p: BalanceProposal) => p.frame.map((f) => [f.year, f.equityEnd!.toString()]);

describe('the example round (seed 004)', () => {
  const outcome = proposeBalance(input, { baseScenario: null });

  test('the target is the equity floor in every Ram year; the round is feasible and does not fit', () => {
    expect(outcome.base).toBeNull();
    expect(outcome.target.years).toEqual([2024, 2025, 2026]);
    expect(outcome.target.equityFloor!.toString()).toBe('500000');
    expect(outcome.feasible).toBe(true);
    expect(outcome.alreadyFits).toBe(false);
    expect(outcome.unmet).toEqual([]);
    expect(outcome.proposals.map((p) => p.method)).toEqual(['equal-share', 'fewer-posts', 'fewest-changes']);
  });

  test('lika andel: 93,4 % of the applied 8 314 961 kr, rounded down to 7 766 000 kr', () => {
    const p = outcome.proposals[0]!;
    expect(p.scenario).toBe('Förslag: lika andel');
    expect(p.share!.toString()).toBe('0.934');
    expect(brief(p.added)).toEqual([
      {
        initiative: SAMORDNAT,
        scenario: 'Förslag: lika andel',
        role: null,
        action: 'cap',
        value: '7766000',
        reason: 'Balansering: lika andel 93,4\u00a0% av sökt belopp',
      },
    ]);
    expect(p.rows).toEqual(p.added);
    expect(equity(p)).toEqual([
      [2024, '968600'],
      [2025, '738432'],
      [2026, '500396'],
    ]);
    expect(
      p.touched.map((t) => [t.initiative, t.before.toString(), t.after.toString(), t.cutPercent.toString()]),
    ).toEqual([[SAMORDNAT, '8314961', '7766000', '6.6']]);
    // 93,5 % would be 7 774 000 kr: 2026 would end 8 000 kr lower, below the floor.
  });

  test('färre tjänster: the steps that cut most each time are the Insatsansvarig (48 000 kr) and a tenth of the psychiatry coordinator', () => {
    const p = outcome.proposals[1]!;
    expect(brief(p.added)).toEqual([
      {
        initiative: SAMORDNAT,
        scenario: 'Förslag: färre tjänster',
        role: 'Insatsansvarig',
        action: 'setFte',
        value: '0',
        reason: 'Balansering: färre tjänster, 20\u00a0% → 0\u00a0%',
      },
      {
        initiative: SAMORDNAT,
        scenario: 'Förslag: färre tjänster',
        role: 'Samverkanskoordinator psykiatri',
        action: 'setFte',
        value: '0.3',
        reason: 'Balansering: färre tjänster, 40\u00a0% → 30\u00a0%',
      },
    ]);
    expect(equity(p)).toEqual([
      [2024, '971868'],
      [2025, '729828'],
      [2026, '508152'],
    ]);
  });

  test('färst ändringar: the one application, capped only as far as needed (the same Tak as lika andel here)', () => {
    const p = outcome.proposals[2]!;
    expect(brief(p.added)).toEqual([
      {
        initiative: SAMORDNAT,
        scenario: 'Förslag: färst ändringar',
        role: null,
        action: 'cap',
        value: '7766000',
        reason: 'Balansering: färst ändringar, största ansökan först (begränsas så långt som behövs)',
      },
    ]);
  });

  test("every proposal's rows, written and recomputed, keep equity at or above the floor", () => {
    for (const p of outcome.proposals) {
      const result = computeBudget({ ...input, adjustments: [...input.adjustments, ...p.rows] }, p.scenario);
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      for (const f of result.frame) expect(f.equityEndProposed!.gte(500000)).toBe(true);
    }
  });

  test("the office's own answer (one coach less) already fits: nothing to propose", () => {
    const fits = proposeBalance(input, { baseScenario: 'Kansliets förslag' });
    expect(fits.base).toBe('Kansliets förslag');
    expect(fits.alreadyFits).toBe(true);
    expect(fits.proposals).toEqual([]);
  });
});
