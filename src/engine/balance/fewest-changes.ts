// Färst ändringar (issue 14, rules § 12): the fewest open initiatives capped, largest first (by their
// amount in the years the target looks at), each to its least (0 kr, or its held rows), and the
// last one only as far as needed: the largest Tak, a multiple of the step, that meets the target.
import type Decimal from 'decimal.js';
import { ZERO } from '../units';
import type { Adjustment, BudgetResult } from '../types';
import type { BalanceContext, OpenInitiative } from './context';
import { Estimate } from './estimate';

export interface FewestChanges {
  added: Adjustment[];
  result: BudgetResult;
}

/** Largest first: the amount in the target's years, then the whole total, then Insatser order. */
function order(ctx: BalanceContext): OpenInitiative[] {
  const last = Math.max(...ctx.target.years);
  const years = ctx.target.equityFloor === null ? ctx.target.years : ctx.equityYearsUpTo(last);
  const weight = (o: OpenInitiative): Decimal =>
    years.reduce((acc: Decimal, y) => acc.plus(o.years.get(y) ?? ZERO), ZERO);
  return ctx.open
    .map((o) => ({ o, w: weight(o) }))
    .filter((x) => x.w.gt(0))
    .sort((a, b) => b.w.comparedTo(a.w) || b.o.total.comparedTo(a.o.total) || a.o.index - b.o.index)
    .map((x) => x.o);
}

function reason(ctx: BalanceContext, cap: Decimal, open: OpenInitiative): string {
  const what = cap.eq(open.minimum) ? 'begränsas så långt det går' : 'begränsas så långt som behövs';
  return `Balansering: färst ändringar, största ansökan först (${what})`;
}

function rows(
  ctx: BalanceContext,
  capped: ReadonlyArray<{ open: OpenInitiative; cap: Decimal }>,
): Adjustment[] {
  return capped
    .slice()
    .sort((a, b) => a.open.index - b.open.index)
    .map(({ open, cap }) => ctx.cap(open, cap, reason(ctx, cap, open)));
}

export function fewestChanges(ctx: BalanceContext): FewestChanges | null {
  const ranked = order(ctx);
  if (ranked.length === 0) return null;
  // How many, all at their least: the estimate first, then exactly.
  const e = new Estimate(ctx);
  let k = 0;
  while (k < ranked.length && !e.meets()) {
    const o = ranked[k]!;
    e.addScaled(o.years, o.total, o.minimum);
    k++;
  }
  k = Math.max(k, 1);
  const atLeast = (n: number) => ranked.slice(0, n).map((open) => ({ open, cap: open.minimum }));
  let result = ctx.evaluate(rows(ctx, atLeast(k)));
  while (!ctx.meets(result)) {
    if (k === ranked.length) return null;
    k++;
    result = ctx.evaluate(rows(ctx, atLeast(k)));
  }
  while (k > 1) {
    const fewer = ctx.evaluate(rows(ctx, atLeast(k - 1)));
    if (!ctx.meets(fewer)) break;
    k--;
    result = fewer;
  }
  // The last one only as far as needed: the largest cap (in steps above its least) that meets.
  const last = ranked[k - 1]!;
  const before = atLeast(k - 1);
  const capAt = (steps: number): Decimal => last.minimum.plus(ctx.step.times(steps));
  const maxSteps = Number(last.total.minus(last.minimum).div(ctx.step).ceil().minus(1).toFixed(0));
  const estimateAt = (steps: number): Estimate => {
    const est = new Estimate(ctx);
    for (const { open } of before) est.addScaled(open.years, open.total, open.minimum);
    est.addScaled(last.years, last.total, capAt(steps));
    return est;
  };
  let lo = 0;
  let hi = Math.max(0, maxSteps);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (estimateAt(mid).meets()) lo = mid;
    else hi = mid - 1;
  }
  let steps = lo;
  let added = rows(ctx, [...before, { open: last, cap: capAt(steps) }]);
  let exact = ctx.evaluate(added);
  while (!ctx.meets(exact) && steps > 0) {
    steps -= 1;
    added = rows(ctx, [...before, { open: last, cap: capAt(steps) }]);
    exact = ctx.evaluate(added);
  }
  if (!ctx.meets(exact)) return { added: rows(ctx, atLeast(k)), result };
  while (steps < maxSteps && !estimateAt(steps + 1).surelyFails()) {
    const nextAdded = rows(ctx, [...before, { open: last, cap: capAt(steps + 1) }]);
    const next = ctx.evaluate(nextAdded);
    if (!ctx.meets(next)) break;
    steps += 1;
    added = nextAdded;
    exact = next;
  }
  return { added, result: exact };
}
