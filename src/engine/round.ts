// Presentation rounding (rule i): the total half-up to whole kronor; years, quarters and months as
// whole kronor that add up exactly to the level above, by largest remainder (ties to the earlier).
import Decimal from 'decimal.js';
import { monthKey, parseMonthKey, quarterKey, yearOfMonth } from './calendar';
import { Dx, type Kronor, floorDiv, fromWhole, pow10, roundHalfUp, toScaled } from './units';
import type { ExactSeries, RoundedSeries, RoundingMode } from './types';

/** Whole kronor as BigInt, before they become Decimals. */
export interface RoundedFixed {
  total: Kronor;
  years: Map<number, Kronor>;
  /** Same order as the months given. */
  months: Kronor[];
}

/**
 * Whole parts that add up to `target`, given each part's floor and remainder (part = floor × unit +
 * remainder): one more krona to the parts with the largest remainders (ties to the earlier part)
 * until the sum is reached. Mutates `whole`.
 */
function distribute(
  target: bigint,
  whole: bigint[],
  remainders: readonly bigint[],
  from: number,
  to: number,
): void {
  let missing = target;
  for (let i = from; i < to; i++) missing -= whole[i] as bigint;
  if (missing === 0n || from === to) return;
  const count = to - from;
  const taken = new Array<boolean>(count).fill(false);
  // Normally 0 ≤ missing ≤ count; the cycles keep the sum right even for inconsistent input.
  while (missing > 0n) {
    let best = -1;
    for (let i = 0; i < count; i++) {
      if (taken[i]) continue;
      if (best < 0 || (remainders[from + i] as bigint) > (remainders[from + best] as bigint)) best = i;
    }
    if (best < 0) {
      taken.fill(false);
      continue;
    }
    taken[best] = true;
    whole[from + best] = (whole[from + best] as bigint) + 1n;
    missing--;
  }
  while (missing < 0n) {
    let worst = -1;
    for (let i = count - 1; i >= 0; i--) {
      if (taken[i]) continue;
      if (worst < 0 || (remainders[from + i] as bigint) < (remainders[from + worst] as bigint)) worst = i;
    }
    if (worst < 0) {
      taken.fill(false);
      continue;
    }
    taken[worst] = true;
    whole[from + worst] = (whole[from + worst] as bigint) - 1n;
    missing++;
  }
}

/**
 * Largest remainder over whole parts (each part × unit = its exact value): rule i's presentation
 * rounding. It is not allocate(): each part starts from the floor of its own exact value and only
 * the kronor the rounded total still needs move, one each to the largest remainders (ties to the
 * earlier). Allocating the target by weight would floor target × part / Σparts instead, which can
 * move a different krona than the rule says.
 */
export function largestRemainder(target: bigint, parts: readonly bigint[], unit: bigint): Kronor[] {
  const whole = parts.map((p) => floorDiv(p, unit));
  const remainders = parts.map((p, i) => p - (whole[i] as bigint) * unit);
  distribute(target, whole, remainders, 0, parts.length);
  return whole as Kronor[];
}

/** Splits a sum of parts into floor and remainder from the parts' own floors and remainders. */
function carry(floorSum: bigint, remainderSum: bigint, unit: bigint): [bigint, bigint] {
  // remainderSum is a sum of at most a dozen values in [0, unit): subtracting is cheaper than dividing.
  while (remainderSum >= unit) {
    remainderSum -= unit;
    floorSum += 1n;
  }
  return [floorSum, remainderSum];
}

/**
 * Rounds exact fixed-point months (value × unit = kronor) given with their month indices
 * (in order). `total` is the exact total (normally the months' sum). One division per month; the
 * years and quarters are carried from the months' floors and remainders.
 */
export function roundFixed(
  monthIndices: readonly number[],
  months: readonly bigint[],
  total: bigint,
  unit: bigint,
): RoundedFixed {
  const n = months.length;
  const monthWhole = new Array<bigint>(n);
  const monthRem = new Array<bigint>(n);
  for (let i = 0; i < n; i++) {
    const m = months[i] as bigint;
    const f = floorDiv(m, unit);
    monthWhole[i] = f;
    monthRem[i] = m - f * unit;
  }
  // Quarters and years as runs over the months: [start, end) positions.
  const quarterStart: number[] = [];
  const quarterWhole: bigint[] = [];
  const quarterRem: bigint[] = [];
  const yearStart: number[] = [];
  const yearKeys: number[] = [];
  let previousQuarter = Number.NaN;
  for (let i = 0; i < n; i++) {
    const index = monthIndices[i] as number;
    const quarter = Math.floor(index / 3);
    if (quarter !== previousQuarter) {
      const year = yearOfMonth(index);
      if (yearKeys[yearKeys.length - 1] !== year) {
        yearKeys.push(year);
        yearStart.push(quarterStart.length);
      }
      quarterStart.push(i);
      quarterWhole.push(0n);
      quarterRem.push(0n);
      previousQuarter = quarter;
    }
    const q = quarterStart.length - 1;
    const [w, r] = carry(
      (quarterWhole[q] as bigint) + (monthWhole[i] as bigint),
      (quarterRem[q] as bigint) + (monthRem[i] as bigint),
      unit,
    );
    quarterWhole[q] = w;
    quarterRem[q] = r;
  }
  quarterStart.push(n);
  yearStart.push(quarterWhole.length);
  const yearWhole: bigint[] = [];
  const yearRem: bigint[] = [];
  for (let y = 0; y < yearKeys.length; y++) {
    let w = 0n;
    let r = 0n;
    for (let q = yearStart[y] as number; q < (yearStart[y + 1] as number); q++) {
      [w, r] = carry(w + (quarterWhole[q] as bigint), r + (quarterRem[q] as bigint), unit);
    }
    yearWhole.push(w);
    yearRem.push(r);
  }
  const roundedTotal = roundHalfUp(total, unit);
  distribute(roundedTotal, yearWhole, yearRem, 0, yearWhole.length);
  const years = new Map<number, bigint>();
  for (let y = 0; y < yearKeys.length; y++) {
    years.set(yearKeys[y] as number, yearWhole[y] as bigint);
    distribute(
      yearWhole[y] as bigint,
      quarterWhole,
      quarterRem,
      yearStart[y] as number,
      yearStart[y + 1] as number,
    );
  }
  for (let q = 0; q < quarterWhole.length; q++) {
    distribute(
      quarterWhole[q] as bigint,
      monthWhole,
      monthRem,
      quarterStart[q] as number,
      quarterStart[q + 1] as number,
    );
  }
  return {
    total: roundedTotal as Kronor,
    years: years as Map<number, Kronor>,
    months: monthWhole as Kronor[],
  };
}

/** Decimal maps of a fixed rounding result. */
export function toRoundedSeries(monthIndices: readonly number[], rounded: RoundedFixed): RoundedSeries {
  const byYear = new Map<number, Decimal>();
  for (const [year, amount] of rounded.years) byYear.set(year, fromWhole(amount));
  const byQuarter = new Map<string, Decimal>();
  const byMonth = new Map<string, Decimal>();
  const quarterSums = new Map<string, bigint>();
  monthIndices.forEach((index, i) => {
    const amount = rounded.months[i] as bigint;
    byMonth.set(monthKey(index), fromWhole(amount));
    const q = quarterKey(index);
    quarterSums.set(q, (quarterSums.get(q) ?? 0n) + amount);
  });
  for (const [q, amount] of quarterSums) byQuarter.set(q, fromWhole(amount));
  return { total: fromWhole(rounded.total), byYear, byQuarter, byMonth };
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

/**
 * Whether the applicant's stated total and the computed one differ in a way that matters to the
 * decision: rounded to the decision step they give different amounts, or they lie more than a step
 * apart. A gap of a few hundred kronor under a 1 000 kr step changes nothing the board decides.
 */
export function statedDifferenceMatters(
  stated: Decimal,
  computed: Decimal,
  step: Decimal,
  mode: RoundingMode,
): boolean {
  if (stated.eq(computed)) return false;
  if (step.lte(0)) return true;
  return (
    !decisionAmount(stated, step, mode).eq(decisionAmount(computed, step, mode)) ||
    stated.minus(computed).abs().gt(step)
  );
}
