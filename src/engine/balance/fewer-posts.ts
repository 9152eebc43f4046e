// Färre tjänster (issue 14, rules § 12): FTE cut on open, non-held staffing rows in steps of 5
// percentage points (to multiples of 5 points, never below 0 %) until the target is met. Each step
// takes the row whose next step reduces the largest remaining excess the most (ties: the higher
// current FTE, then Bemanning order). The steps become one Omfattning row per role.
import Decimal from 'decimal.js';
import { Dx, ZERO } from '../units';
import { nameKey } from '../../workbook/names';
import type { Adjustment, BudgetResult, StaffingResult } from '../types';
import type { BalanceContext, OpenInitiative } from './context';
import { fteText } from './text';

const STEP = new Dx('0.05');

export interface FewerPosts {
  added: Adjustment[];
  result: BudgetResult;
}

interface Post {
  open: OpenInitiative;
  row: StaffingResult;
  /** Position in Bemanning. */
  order: number;
  /** Base FTE under the base scenario. */
  from: Decimal;
  fte: Decimal;
  /** Base kronor per year per 1.0 FTE (the row's own rounded year figures / its FTE). */
  perFte: ReadonlyMap<number, Decimal>;
  /** The yearly cut of its next step, kept until it steps. */
  cut: Map<number, Decimal> | null;
}

/** The largest multiple of 5 points below fte (0 stays 0). */
function nextDown(fte: Decimal): Decimal {
  const steps = fte.div(STEP);
  const down = steps.isInteger() ? steps.minus(1) : steps.floor();
  return Decimal.max(ZERO, down.times(STEP));
}

/** Rows a proposal may cut: grant-funded, not held, of a role with one such row (Omfattning names a role). */
function posts(ctx: BalanceContext): Post[] {
  const out: Post[] = [];
  const order = new Map(ctx.base.staffing.map((s, i) => [s, i]));
  for (const open of ctx.open) {
    // A Tak that binds decides the total whatever the FTE: its posts are left to the Tak.
    if (open.result.capApplied !== null) continue;
    const grant = open.result.staffing.filter((s) => s.included && s.row.funding === 'grant');
    for (const s of grant) {
      if (s.row.held || s.removed || !s.fteProposed.gt(0)) continue;
      const key = nameKey(s.row.role);
      if (grant.filter((g) => nameKey(g.row.role) === key).length !== 1) continue;
      const perFte = new Map<number, Decimal>();
      for (const [year, v] of s.proposedByYear) perFte.set(year, v.div(s.fteProposed));
      out.push({
        open,
        row: s,
        order: order.get(s) ?? 0,
        from: s.fteProposed,
        fte: s.fteProposed,
        perFte,
        cut: null,
      });
    }
  }
  return out;
}

export function fewerPosts(ctx: BalanceContext): FewerPosts | null {
  const all = posts(ctx);
  if (all.length === 0) return null;
  const equity = ctx.target.equityFloor !== null;
  const years = ctx.target.years;
  let excess = new Map(ctx.baseExcess);
  // The yearly cut of a post's next step.
  const cutOf = (p: Post): Map<number, Decimal> => (p.cut ??= stepCut(p));
  const stepCut = (p: Post): Map<number, Decimal> => {
    const by = p.fte.minus(nextDown(p.fte));
    const out = new Map<number, Decimal>();
    for (const [year, v] of p.perFte) out.set(year, v.times(by));
    return out;
  };
  // What a step does to the excess of `year`: that year's cut, or with equity every earlier year's too.
  const effect = (cut: ReadonlyMap<number, Decimal>, year: number): Decimal => {
    let sum: Decimal = ZERO;
    for (const y of equity ? ctx.equityYearsUpTo(year) : [year]) sum = sum.plus(cut.get(y) ?? ZERO);
    return sum;
  };
  let rounds = 0;
  for (;;) {
    for (;;) {
      let worst: number | null = null;
      for (const y of years) {
        const e = excess.get(y) ?? ZERO;
        if (e.gt(0) && (worst === null || e.gt(excess.get(worst) ?? ZERO))) worst = y;
      }
      if (worst === null) break;
      let best: Post | null = null;
      let bestCut: Map<number, Decimal> | null = null;
      let bestValue: Decimal = ZERO;
      for (const p of all) {
        if (!p.fte.gt(0)) continue;
        const cut = cutOf(p);
        const value = effect(cut, worst);
        if (!value.gt(0)) continue;
        const better =
          best === null ||
          value.gt(bestValue) ||
          (value.eq(bestValue) && (p.fte.gt(best.fte) || (p.fte.eq(best.fte) && p.order < best.order)));
        if (better) {
          best = p;
          bestCut = cut;
          bestValue = value;
        }
      }
      if (best === null || bestCut === null) return null;
      best.fte = nextDown(best.fte);
      best.cut = null;
      const next = new Map<number, Decimal>();
      for (const y of years) next.set(y, (excess.get(y) ?? ZERO).minus(effect(bestCut, y)));
      excess = next;
    }
    const added = rows(all);
    const result = ctx.evaluate(added);
    if (ctx.meets(result) || ++rounds > 50) return ctx.meets(result) ? { added, result } : null;
    // The rows' own rounding left a few kronor: go on from the exact figures.
    excess = ctx.excess(result);
  }
}

function rows(all: readonly Post[]): Adjustment[] {
  return all
    .filter((p) => !p.fte.eq(p.from))
    .sort((a, b) => a.order - b.order)
    .map((p): Adjustment => ({
      id: `Förslag:fte:${p.order}`,
      scenario: '',
      initiative: p.open.name,
      reason: `Balansering: färre tjänster, ${fteText(p.from)} → ${fteText(p.fte)}`,
      action: 'setFte',
      role: p.row.row.role,
      fte: p.fte,
    }));
}
