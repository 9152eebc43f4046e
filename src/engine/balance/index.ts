// "Få budgeten att gå ihop" (issue 14): ranked, exact proposals that make the decision round meet
// its target, each a complete scenario of ordinary Justeringar rows. Pure; see docs/rules.md § 12.
import Decimal from 'decimal.js';
import { Dx } from '../units';
import type { Adjustment, BudgetInput, BudgetResult } from '../types';
import { BalanceContext } from './context';
import { Estimate } from './estimate';
import { unscaled } from './scaled';
import { equalShare, shareCap, shareOf } from './equal-share';
import { fewerPosts } from './fewer-posts';
import { fewestChanges } from './fewest-changes';
import type { BalanceMethod, BalanceOptions, BalanceOutcome, BalanceProposal } from './types';

export type * from './types';

/** The new scenario's name per method (a free variant is taken when the workbook has it already). */
export const PROPOSAL_NAMES: Readonly<Record<BalanceMethod, string>> = {
  'equal-share': 'Förslag: lika andel',
  'fewer-posts': 'Förslag: färre tjänster',
  'fewest-changes': 'Förslag: färst ändringar',
};

export function proposeBalance(input: BudgetInput, options: BalanceOptions): BalanceOutcome {
  const ctx = new BalanceContext(input, options);
  const outcome: BalanceOutcome = {
    base: ctx.baseName,
    target: ctx.target,
    feasible: true,
    alreadyFits: ctx.meets(ctx.base),
    blocking: [],
    unmet: [],
    proposals: [],
    notCut: [],
  };
  if (outcome.alreadyFits) return outcome;
  // Feasible when every open initiative at its least (0 kr, or its held rows) meets the target:
  // exactly, unless the estimate is sure.
  const leastCaps = ctx.open.flatMap((o) => {
    const cap = shareCap(ctx, o, 0);
    return cap === null ? [] : [{ o, cap }];
  });
  const estimate = new Estimate(ctx);
  for (const { o, cap } of leastCaps) estimate.addScaled(o.s.years, o.s.total, cap);
  const least = estimate.surelyMeets()
    ? null
    : ctx.evaluate(leastCaps.map(({ o, cap }) => ctx.cap(o, unscaled(cap), '')));
  if (least !== null && !ctx.meets(least)) {
    outcome.feasible = false;
    outcome.blocking = [...ctx.excess(least)]
      .filter(([, over]) => over.gt(0))
      .map(([year, over]) => ({ year, over }));
    return outcome;
  }
  const share = equalShare(ctx);
  const posts = fewerPosts(ctx);
  outcome.notCut = posts.notCut;
  const found: Array<[BalanceMethod, { added: Adjustment[]; result: BudgetResult } | null]> = [
    ['equal-share', share],
    ['fewer-posts', posts.made],
    ['fewest-changes', fewestChanges(ctx)],
  ];
  for (const [method, made] of found) {
    if (made === null) outcome.unmet.push(method);
    else
      outcome.proposals.push(
        proposal(
          ctx,
          method,
          made.added,
          made.result,
          method === 'equal-share' && share ? shareOf(share.permille) : null,
        ),
      );
  }
  return outcome;
}

function proposal(
  ctx: BalanceContext,
  method: BalanceMethod,
  added: readonly Adjustment[],
  result: BudgetResult,
  share: Decimal | null,
): BalanceProposal {
  const scenario = ctx.freeName(PROPOSAL_NAMES[method]);
  const rows = ctx.rowsWith(added).map((a, i): Adjustment => ({ ...a, id: `Förslag:${i + 1}`, scenario }));
  const addedRows = rows.slice(rows.length - added.length);
  return {
    method,
    scenario,
    share,
    added: addedRows,
    rows,
    frame: result.frame.map((f) => ({
      year: f.year,
      available: f.available,
      proposed: f.proposed,
      overProposed: f.overProposed,
      equityEnd: f.equityEndProposed,
    })),
    touched: result.initiatives.flatMap((r, i) => {
      const before = ctx.base.initiatives[i]!.proposed.rounded.total;
      const after = r.proposed.rounded.total;
      if (before.eq(after)) return [];
      const cutPercent = before.isZero()
        ? new Dx(0)
        : new Dx(before.minus(after)).times(100).div(before).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
      return [{ initiative: r.initiative.name, before, after, cutPercent }];
    }),
  };
}
