// Lika andel (issue 14, rules § 12): one share f for every open initiative, a Tak of f × its base
// total rounded down to the step (held staffing rows kept whole: f applies to the rest). f is the
// largest multiple of 0,1 % that meets the target after rounding.
import type Decimal from 'decimal.js';
import { Dx } from '../units';
import type { Adjustment, BudgetResult } from '../types';
import type { BalanceContext, OpenInitiative } from './context';
import { Estimate } from './estimate';
import { unscaled } from './scaled';
import { permilleText } from './text';

export interface EqualShare {
  /** f in tenths of a percent, 0–1000. */
  permille: number;
  added: Adjustment[];
  result: BudgetResult;
}

/** The cap (scaled) at f = permille/1000: held + f × (total − held), rounded down; null when it cuts nothing. */
export function shareCap(ctx: BalanceContext, open: OpenInitiative, permille: number): bigint | null {
  const { total, held } = open.s;
  const cap = ctx.floorCap(open, held + ((total - held) * BigInt(permille)) / 1000n);
  return cap >= total ? null : cap;
}

function estimate(ctx: BalanceContext, permille: number): Estimate {
  const e = new Estimate(ctx);
  for (const open of ctx.open) {
    const cap = shareCap(ctx, open, permille);
    if (cap !== null) e.addScaled(open.s.years, open.s.total, cap);
  }
  return e;
}

function rows(ctx: BalanceContext, permille: number): Adjustment[] {
  const of = ctx.baseName === null ? 'sökt belopp' : `beloppet i ${ctx.baseName}`;
  return ctx.open.flatMap((open) => {
    const cap = shareCap(ctx, open, permille);
    if (cap === null) return [];
    const held = open.held.gt(0) ? ', låsta rader hela' : '';
    return [
      ctx.cap(open, unscaled(cap), `Balansering: lika andel ${permilleText(permille)} av ${of}${held}`),
    ];
  });
}

/** The largest f that meets the target, checked exactly; null when even f = 0 does not. */
export function equalShare(ctx: BalanceContext): EqualShare | null {
  // The estimate only grows with f: the largest f it accepts, then the exact check around it.
  let lo = 0;
  let hi = 1000;
  if (!estimate(ctx, 0).meets()) hi = 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (estimate(ctx, mid).meets()) lo = mid;
    else hi = mid - 1;
  }
  let permille = lo;
  let added = rows(ctx, permille);
  let result = ctx.evaluate(added);
  while (!ctx.meets(result)) {
    if (permille === 0) return null;
    permille -= 1;
    added = rows(ctx, permille);
    result = ctx.evaluate(added);
  }
  while (permille < 1000 && !estimate(ctx, permille + 1).surelyFails()) {
    const nextAdded = rows(ctx, permille + 1);
    const next = ctx.evaluate(nextAdded);
    if (!ctx.meets(next)) break;
    permille += 1;
    added = nextAdded;
    result = next;
  }
  return { permille, added, result };
}

export const shareOf = (permille: number): Decimal => new Dx(permille).div(1000);
