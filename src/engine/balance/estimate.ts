// A quick estimate of a set of cuts, used to search before the exact check: an initiative cut from
// its base total T to a new total N is taken to keep N/T of each base year. The engine's rounding
// (largest remainder per initiative) makes each year differ from this by at most a few kronor per
// initiative, so `slack` bounds the estimate's error and an estimate beyond it decides for sure.
import type { BalanceContext } from './context';
import { ONE } from './scaled';

/** Kronor (scaled) of estimate error allowed per cut initiative and year: two roundings of at most 1 kr, and margin. */
const SLACK_PER_YEAR = 4n * ONE;

export class Estimate {
  private readonly reduction = new Map<number, bigint>();
  private readonly slack = new Map<number, bigint>();

  constructor(private readonly ctx: BalanceContext) {}

  /** A cut per year (scaled kronor). */
  add(reduction: ReadonlyMap<number, bigint>): void {
    for (const [year, r] of reduction) {
      if (r === 0n) continue;
      this.reduction.set(year, (this.reduction.get(year) ?? 0n) + r);
      this.slack.set(year, (this.slack.get(year) ?? 0n) + SLACK_PER_YEAR);
    }
  }

  /** An initiative with base year figures `years` and total `total` (scaled) brought to `after`. */
  addScaled(years: ReadonlyMap<number, bigint>, total: bigint, after: bigint): void {
    for (const [year, v] of years) {
      const r = v - (v * after) / total;
      if (r === 0n) continue;
      this.reduction.set(year, (this.reduction.get(year) ?? 0n) + r);
      this.slack.set(year, (this.slack.get(year) ?? 0n) + SLACK_PER_YEAR);
    }
  }

  /** Per target year: the estimated excess and its error bound. */
  private rows(): Array<{ excess: bigint; slack: bigint }> {
    const base = this.ctx.baseExcessScaled;
    const equity = this.ctx.target.equityFloor !== null;
    return this.ctx.target.years.map((year) => {
      let cut = 0n;
      let slack = 0n;
      for (const y of equity ? this.ctx.equityYearsUpTo(year) : [year]) {
        cut += this.reduction.get(y) ?? 0n;
        slack += this.slack.get(y) ?? 0n;
      }
      return { excess: (base.get(year) ?? 0n) - cut, slack };
    });
  }

  meets(): boolean {
    return this.rows().every((r) => r.excess <= 0n);
  }

  surelyMeets(): boolean {
    return this.rows().every((r) => r.excess + r.slack <= 0n);
  }

  surelyFails(): boolean {
    return this.rows().some((r) => r.excess - r.slack > 0n);
  }
}
