// Presentation rounding (rule i): the total half-up to whole kronor; years, quarters and months as
// whole kronor that add up exactly to the level above, by largest remainder (ties to the earlier).
import Decimal from 'decimal.js';
import { monthKey, parseMonthKey, quarterKey, yearOfMonth } from './calendar';
import { Dx, ZERO, floorDiv, fromScaled, pow10, roundHalfUp, toScaled } from './fixed';
import type { ExactSeries, RoundedSeries, RoundingMode } from './types';

/** Whole kronor as BigInt, before they become Decimals. */
export interface RoundedFixed {
  total: bigint;
  years: Map<number, bigint>;
  /** Same order as the months given. */
  months: bigint[];
}

/**
 * Whole parts that add up to `target`: each part's floor, then one more krona to the parts with the
 * largest remainders (ties to the earlier part) until the sum is reached.
 */
export function largestRemainder(target: bigint, parts: readonly bigint[], unit: bigint): bigint[] {
  const whole = parts.map((p) => floorDiv(p, unit));
  let missing = target;
  for (const w of whole) missing -= w;
  if (missing === 0n || whole.length === 0) return whole;
  const remainders = parts.map((p, i) => p - (whole[i] as bigint) * unit);
  const order = whole.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra > rb ? -1 : ra < rb ? 1 : a - b;
  });
  // Normally 0 ≤ missing ≤ parts; the loops also keep the sum right for inconsistent input.
  for (let k = 0; missing > 0n; k = (k + 1) % order.length, missing--) {
    const i = order[k] as number;
    whole[i] = (whole[i] as bigint) + 1n;
  }
  for (let k = order.length - 1; missing < 0n; k = (k + order.length - 1) % order.length, missing++) {
    const i = order[k] as number;
    whole[i] = (whole[i] as bigint) - 1n;
  }
  return whole;
}

/**
 * Rounds exact fixed-point months (value × unit = kronor) given with their month indices
 * (consecutive or not, in order). `total` is the exact total (normally the months' sum).
 */
export function roundFixed(
  monthIndices: readonly number[],
  months: readonly bigint[],
  total: bigint,
  unit: bigint,
): RoundedFixed {
  const roundedTotal = roundHalfUp(total, unit);
  // Group months into years and quarters, keeping order.
  const yearKeys: number[] = [];
  const yearSums: bigint[] = [];
  const quarterGroups: number[][][] = []; // per year → quarters → positions in `months`
  let lastQuarter = -1;
  for (let i = 0; i < monthIndices.length; i++) {
    const index = monthIndices[i] as number;
    const year = yearOfMonth(index);
    const quarter = Math.floor(index / 3);
    if (yearKeys[yearKeys.length - 1] !== year) {
      yearKeys.push(year);
      yearSums.push(0n);
      quarterGroups.push([]);
      lastQuarter = -1;
    }
    const y = yearKeys.length - 1;
    yearSums[y] = (yearSums[y] as bigint) + (months[i] as bigint);
    const groups = quarterGroups[y] as number[][];
    if (quarter !== lastQuarter) {
      groups.push([]);
      lastQuarter = quarter;
    }
    (groups[groups.length - 1] as number[]).push(i);
  }
  const roundedYears = largestRemainder(roundedTotal, yearSums, unit);
  const roundedMonths: bigint[] = new Array<bigint>(months.length).fill(0n);
  const years = new Map<number, bigint>();
  yearKeys.forEach((year, y) => {
    const yearTotal = roundedYears[y] as bigint;
    years.set(year, yearTotal);
    const groups = quarterGroups[y] as number[][];
    const quarterSums = groups.map((positions) => positions.reduce((s, p) => s + (months[p] as bigint), 0n));
    const roundedQuarters = largestRemainder(yearTotal, quarterSums, unit);
    groups.forEach((positions, q) => {
      const parts = positions.map((p) => months[p] as bigint);
      const rounded = largestRemainder(roundedQuarters[q] as bigint, parts, unit);
      positions.forEach((p, k) => (roundedMonths[p] = rounded[k] as bigint));
    });
  });
  return { total: roundedTotal, years, months: roundedMonths };
}

/** Decimal maps of a fixed rounding result. */
export function toRoundedSeries(monthIndices: readonly number[], rounded: RoundedFixed): RoundedSeries {
  const byYear = new Map<number, Decimal>();
  for (const [year, amount] of rounded.years) byYear.set(year, fromScaled(amount, 0));
  const byQuarter = new Map<string, Decimal>();
  const byMonth = new Map<string, Decimal>();
  const quarterSums = new Map<string, bigint>();
  monthIndices.forEach((index, i) => {
    const amount = rounded.months[i] as bigint;
    byMonth.set(monthKey(index), fromScaled(amount, 0));
    const q = quarterKey(index);
    quarterSums.set(q, (quarterSums.get(q) ?? 0n) + amount);
  });
  for (const [q, amount] of quarterSums) byQuarter.set(q, fromScaled(amount, 0));
  return { total: fromScaled(rounded.total, 0), byYear, byQuarter, byMonth };
}

/** Rule i for any exact series (the engine uses the same code on its fixed-point sums). */
export function roundSeries(exact: ExactSeries): RoundedSeries {
  let scale = exact.total.decimalPlaces();
  for (const { amount } of exact.months) scale = Math.max(scale, amount.decimalPlaces());
  const indices: number[] = [];
  const months: bigint[] = [];
  for (const { month, amount } of exact.months) {
    const index = parseMonthKey(month);
    if (index === null) throw new Error(`roundSeries: not a month '${month}'`);
    indices.push(index);
    months.push(toScaled(amount, scale));
  }
  const rounded = roundFixed(indices, months, toScaled(exact.total, scale), pow10(scale));
  return toRoundedSeries(indices, rounded);
}

/** The proposed total rounded to the decision step: upward (default) or to the nearest step. */
export function decisionAmount(total: Decimal, step: Decimal, mode: RoundingMode): Decimal {
  const exactTotal = new Dx(total);
  if (step.lte(0)) return exactTotal;
  const steps = exactTotal.div(step);
  const whole = mode === 'up' ? steps.ceil() : steps.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return whole.times(step);
}

/** over / available × 100, half-up to one decimal; null when available is 0. */
export function percentOf(over: Decimal, available: Decimal): Decimal | null {
  if (available.isZero()) return null;
  return new Dx(over).times(100).div(available).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
}

