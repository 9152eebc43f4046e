// A quick estimate of a set of cuts, used to search before the exact check: an initiative cut from
// its base total T to a new total N is taken to keep N/T of each base year. The engine's rounding
// (largest remainder per initiative) makes each year differ from this by at most a few kronor per
// initiative, so `slack` bounds the estimate's error and an estimate beyond it decides for sure.
import type Decimal from 'decimal.js';
import { ZERO } from '../units';
import type { BalanceContext } from './context';

/** Kronor of estimate error allowed per cut initiative and year (two roundings of at most 1 kr each, and margin). */
const SLACK_PER_YEAR = 4;

export class Estimate {
  private readonly reduction = new Map<number, Decimal>();
  private readonly slack = new Map<number, number>();

  constructor(private readonly ctx: BalanceContext) {}

  /** A cut of `years` (base whole kronor per year) by `reduction` per year. */
  add(reduction: ReadonlyMap<number, Decimal>): void {
    for (const [year, r] of reduction) {
      if (r.isZero()) continue;
      this.reduction.set(year, (this.reduction.get(year) ?? ZERO).plus(r));
      this.slack.set(year, (this.slack.get(year) ?? 0) + SLACK_PER_YEAR);
    }
  }

  /** An initiative with base year figures `years` and total `total` scaled to `after`. */
  addScaled(years: ReadonlyMap<number, Decimal>, total: Decimal, after: Decimal): void {
    const r = new Map<number, Decimal>();
    for (const [year, v] of years) r.set(year, v.minus(v.times(after).div(total)));
    this.add(r);
  }

  /** Per target year: the estimated excess and its error bound. */
  private rows(): Array<{ excess: Decimal; slack: number }> {
    const base = this.ctx.baseExcess;
    const equity = this.ctx.target.equityFloor !== null;
    return this.ctx.target.years.map((year) => {
      let cut: Decimal = ZERO;
      let slack = 0;
      for (const y of equity ? this.ctx.equityYearsUpTo(year) : [year]) {
        cut = cut.plus(this.reduction.get(y) ?? ZERO);
        slack += this.slack.get(y) ?? 0;
      }
      return { excess: (base.get(year) ?? ZERO).minus(cut), slack };
    });
  }

  meets(): boolean {
    return this.rows().every((r) => r.excess.lte(0));
  }

  surelyMeets(): boolean {
    return this.rows().every((r) => r.excess.plus(r.slack).lte(0));
  }

  surelyFails(): boolean {
    return this.rows().some((r) => r.excess.minus(r.slack).gt(0));
  }
}
