// Färst ändringar (issue 14, rules § 12): the fewest open initiatives capped, largest first (by their
// amount in the years the target looks at), each to its least (0 kr, or its held rows), and the
// last one only as far as needed: the largest Tak, a multiple of the step, that meets the target.
import type Decimal from 'decimal.js';
import { ZERO } from '../units';
import type { Adjustment, BudgetResult } from '../types';
import type { BalanceContext, OpenInitiative } from './context';
import { Estimate } from './estimate';
import { unscaled } from './scaled';

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

interface Capped {
  open: OpenInitiative;
  /** Scaled kronor. */
  cap: bigint;
}

function rows(ctx: BalanceContext, capped: readonly Capped[]): Adjustment[] {
  return capped
    .slice()
    .sort((a, b) => a.open.index - b.open.index)
    .map(({ open, cap }) => {
      const what = cap === open.s.minimum ? 'begränsas så långt det går' : 'begränsas så långt som behövs';
      return ctx.cap(open, unscaled(cap), `Balansering: färst ändringar, största ansökan först (${what})`);
    });
}

function estimate(ctx: BalanceContext, capped: readonly Capped[]): Estimate {
  const e = new Estimate(ctx);
  for (const { open, cap } of capped) e.addScaled(open.s.years, open.s.total, cap);
  return e;
}

export function fewestChanges(ctx: BalanceContext): FewestChanges | null {
  const ranked = order(ctx);
  if (ranked.length === 0) return null;
  const atLeast = (n: number): Capped[] => ranked.slice(0, n).map((open) => ({ open, cap: open.s.minimum }));
  // How many, all at their least: the estimate first, then exactly.
  const e = new Estimate(ctx);
  let k = 0;
  while (k < ranked.length && !e.meets()) {
    const o = ranked[k]!;
    e.addScaled(o.s.years, o.s.total, o.s.minimum);
    k++;
  }
  k = Math.max(k, 1);
  let result = ctx.evaluate(rows(ctx, atLeast(k)));
  while (!ctx.meets(result)) {
    if (k === ranked.length) return null;
    k++;
    result = ctx.evaluate(rows(ctx, atLeast(k)));
  }
  while (k > 1 && !estimate(ctx, atLeast(k - 1)).surelyFails()) {
    const fewer = ctx.evaluate(rows(ctx, atLeast(k - 1)));
    if (!ctx.meets(fewer)) break;
    k--;
    result = fewer;
  }
  // The last one only as far as needed: the largest cap (in steps above its least) that meets.
  const last = ranked[k - 1]!;
  const before = atLeast(k - 1);
  const capAt = (steps: bigint): Capped => ({ open: last, cap: last.s.minimum + ctx.stepScaled * steps });
  const room = last.s.total - last.s.minimum;
  const maxSteps = (room + ctx.stepScaled - 1n) / ctx.stepScaled - 1n;
  let lo = 0n;
  let hi = maxSteps > 0n ? maxSteps : 0n;
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n;
    if (estimate(ctx, [...before, capAt(mid)]).meets()) lo = mid;
    else hi = mid - 1n;
  }
  let steps = lo;
  let added = rows(ctx, [...before, capAt(steps)]);
  let exact = ctx.evaluate(added);
  while (!ctx.meets(exact) && steps > 0n) {
    steps -= 1n;
    added = rows(ctx, [...before, capAt(steps)]);
    exact = ctx.evaluate(added);
  }
  if (!ctx.meets(exact)) return { added: rows(ctx, atLeast(k)), result };
  while (steps < maxSteps && !estimate(ctx, [...before, capAt(steps + 1n)]).surelyFails()) {
    const nextAdded = rows(ctx, [...before, capAt(steps + 1n)]);
    const next = ctx.evaluate(nextAdded);
    if (!ctx.meets(next)) break;
    steps += 1n;
    added = nextAdded;
    exact = next;
  }
  return { added, result: exact };
}
