// Periodisation (rules a–c, e): a row's cost per month as exact integers in units of
// 1/(L × 10^MONEY_SCALE) kronor. A staffing row costs the same in every full month between
// revision dates, so it is described by a few constant "pieces" (runs of months) rather than month
// by month. The rows of one period share those pieces up to their factor (a StaffingShape), so an
// initiative adds up its rows' factors per period and multiplies once.
import type Decimal from 'decimal.js';
import {
  type CalendarDate,
  daysInMonthIndex,
  daysInRange,
  monthIndex,
  monthOf,
  monthUnits,
  ordinal,
  yearOfMonth,
} from './calendar';
import {
  Dx,
  type Factor,
  FACTOR_SCALE,
  type Units,
  UNITS_PER_MONTH,
  allocate,
  factorOf,
  floorDiv,
  monthlyUnits,
  pow10,
  salaryFactor,
  unitsOf,
} from './units';
import type { MonthSource } from './figures';
import type { Parameters } from './types';

/** Months [from, to] (month indices) each costing `perMonth` units. */
export interface Piece {
  from: number;
  to: number;
  perMonth: Units;
}

/** From month `from` on, salaries are multiplied by `factor` (scaled by 10^FACTOR_SCALE). */
export interface IndexStep {
  from: number;
  factor: Factor;
}

/**
 * Rule c: revision dates (the 1st of the revision month) strictly after the initiative's start
 * raise the salary from their month on by (1 + that year's increase), compounding.
 */
export function salaryIndex(start: CalendarDate, lastMonth: number, parameters: Parameters): IndexStep[] {
  const steps: IndexStep[] = [{ from: monthOf(start), factor: pow10(FACTOR_SCALE) as Factor }];
  let factor: Decimal = new Dx(1);
  for (let year = start.year; monthIndex(year, parameters.revisionMonth) <= lastMonth; year++) {
    const revision: CalendarDate = { year, month: parameters.revisionMonth, day: 1 };
    if (ordinal(revision) <= ordinal(start)) continue;
    const increase = parameters.salaryIncreaseByYear.get(year) ?? parameters.salaryIncrease;
    if (increase === null || increase.isZero()) continue;
    factor = factor.times(new Dx(increase).plus(1));
    steps.push({ from: monthIndex(year, parameters.revisionMonth), factor: factorOf(factor) });
  }
  return steps;
}

/**
 * salaryIndex for the initiatives of one computation. Its raises depend only on the first and the
 * last revision year in the period, so initiatives that share those share the compounded
 * Decimal products instead of each multiplying them again.
 */
export class SalaryIndexes {
  private readonly raises = new Map<number, IndexStep[]>();

  constructor(private readonly parameters: Parameters) {}

  of(start: CalendarDate, lastMonth: number): IndexStep[] {
    const revisionMonth = this.parameters.revisionMonth;
    // As salaryIndex: the first revision strictly after the start, the last in or before lastMonth.
    const firstYear =
      ordinal({ year: start.year, month: revisionMonth, day: 1 }) > ordinal(start)
        ? start.year
        : start.year + 1;
    const lastYear = Math.floor((lastMonth - revisionMonth + 1) / 12);
    const key = firstYear * 10_000 + lastYear;
    let raises = this.raises.get(key);
    if (raises === undefined) {
      raises = salaryIndex(start, lastMonth, this.parameters).slice(1);
      this.raises.set(key, raises);
    }
    return [{ from: monthOf(start), factor: pow10(FACTOR_SCALE) as Factor }, ...raises];
  }
}

/** Rule b without the index: monthly salary × FTE × (1 + PO), scaled by 10^FACTOR_SCALE. */
export function baseMonthlyCost(salary: Decimal, fte: Decimal, payrollOverhead: Decimal): Factor {
  return salaryFactor(salary, fte, payrollOverhead);
}

/** The pieces of a staffing row over [start, end] with base monthly cost `base`. */
export function staffingPieces(
  start: CalendarDate,
  end: CalendarDate,
  base: Factor,
  index: readonly IndexStep[],
): Piece[] {
  const pieces: Piece[] = [];
  if (base === 0n || ordinal(end) < ordinal(start)) return pieces;
  const first = monthOf(start);
  const last = monthOf(end);
  for (let s = 0; s < index.length; s++) {
    const step = index[s] as IndexStep;
    const next = index[s + 1];
    const from = Math.max(first, step.from);
    const to = Math.min(last, next ? next.from - 1 : last);
    if (from > to) continue;
    // No closure here: the bench runs through tsx, whose keepNames makes every named closure a
    // defineProperty call, and this runs per row and index step.
    let runFrom = from;
    let runTo = to;
    if (from === first && start.day > 1) {
      const days = monthUnits(from, daysInRange(from, start, end));
      pieces.push({ from, to: from, perMonth: monthlyUnits(base, step.factor, days) });
      runFrom = from + 1;
    }
    if (to === last && runTo >= runFrom && end.day < daysInMonthIndex(last)) {
      const days = monthUnits(to, daysInRange(to, start, end));
      pieces.push({ from: to, to, perMonth: monthlyUnits(base, step.factor, days) });
      runTo = to - 1;
    }
    if (runFrom <= runTo)
      pieces.push({ from: runFrom, to: runTo, perMonth: monthlyUnits(base, step.factor, UNITS_PER_MONTH) });
  }
  return pieces;
}

/**
 * Rule e: `amount` spread over the months of [start, end] by month weight (days inside / days in
 * month), as allocate() splits it: each month's share floored to a unit, the last month the
 * remainder, so the shares add up to the amount exactly. Every month between the first and the
 * last weighs a whole month and gets the same share, so the spread is at most three pieces
 * (test/engine/periodise.test.ts compares it month by month with allocate over every month).
 */
export function spreadAmount(amount: Decimal, start: CalendarDate, end: CalendarDate): Piece[] {
  const first = monthOf(start);
  const last = monthOf(end);
  if (last < first) return [];
  const total = unitsOf(amount);
  const firstWeight = monthUnits(first, daysInRange(first, start, end));
  if (first === last) return firstWeight === 0n ? [] : [{ from: first, to: first, perMonth: total }];
  const lastWeight = monthUnits(last, daysInRange(last, start, end));
  const middle = BigInt(last - first - 1);
  const weightSum = firstWeight + middle * UNITS_PER_MONTH + lastWeight;
  const firstShare = floorDiv(total * firstWeight, weightSum) as Units;
  const middleShare = floorDiv(total * UNITS_PER_MONTH, weightSum) as Units;
  const lastShare = (total - firstShare - middle * middleShare) as Units;
  const pieces: Piece[] = [{ from: first, to: first, perMonth: firstShare }];
  if (middle > 0n) pieces.push({ from: first + 1, to: last - 1, perMonth: middleShare });
  pieces.push({ from: last, to: last, perMonth: lastShare });
  return pieces;
}

/** Pieces cut off after `end`: later months dropped, the month of `end` kept for its days up to it. */
export function truncatePieces(
  pieces: readonly Piece[],
  start: CalendarDate,
  end: CalendarDate,
  originalEnd: CalendarDate,
): Piece[] {
  const last = monthOf(end);
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (piece.from > last) continue;
    if (piece.to < last) {
      out.push(piece);
      continue;
    }
    if (piece.from < last) out.push({ from: piece.from, to: last - 1, perMonth: piece.perMonth });
    // The month's cost split between its days up to `end` and the days after, which are dropped.
    const kept = BigInt(daysInRange(last, start, end));
    const had = BigInt(daysInRange(last, start, originalEnd));
    out.push({ from: last, to: last, perMonth: allocate(piece.perMonth, [kept, had - kept])[0]! });
  }
  return out;
}

/** Month counts 0–12 as BigInt (a piece's months within one year). */
const MONTH_COUNTS = Array.from({ length: 13 }, (_, n) => BigInt(n));

/**
 * Adds `multiplier` × each piece's sum per calendar year (months clipped to [first, last]) into
 * `sums`, whose first element is the year of month `first`.
 */
function addYearSums(
  sums: bigint[],
  pieces: readonly Piece[],
  first: number,
  last: number,
  multiplier: bigint,
): void {
  const firstYear = yearOfMonth(first);
  for (const piece of pieces) {
    const from = Math.max(piece.from, first);
    const to = Math.min(piece.to, last);
    if (from > to) continue;
    const perMonth = multiplier === 1n ? piece.perMonth : piece.perMonth * multiplier;
    for (let year = yearOfMonth(from); year <= yearOfMonth(to); year++) {
      const months = Math.min(to, year * 12 + 11) - Math.max(from, year * 12) + 1;
      const y = year - firstYear;
      sums[y] = (sums[y] as bigint) + (months === 1 ? perMonth : perMonth * MONTH_COUNTS[months]!);
    }
  }
}

/**
 * Adds `multiplier` × each piece into the difference array `diff` of months [first, first + count)
 * (a piece adds its rate at its first month and takes it away after its last).
 */
function addDifferences(
  diff: bigint[],
  pieces: readonly Piece[],
  first: number,
  count: number,
  multiplier: bigint,
): void {
  for (const piece of pieces) {
    const from = Math.max(piece.from, first) - first;
    const to = Math.min(piece.to, first + count - 1) - first;
    if (from > to) continue;
    const perMonth = multiplier === 1n ? piece.perMonth : piece.perMonth * multiplier;
    diff[from] = (diff[from] as bigint) + perMonth;
    diff[to + 1] = (diff[to + 1] as bigint) - perMonth;
  }
}

/**
 * The cost of a staffing period per unit of monthly cost factor: the pieces staffingPieces gives
 * with factor 1 (each rate the salary index × the month's units). A row's pieces are exactly its
 * factor × these (products of integers), so the rows of one period add their factors and multiply
 * once: one BigInt addition per row instead of a piece list and its year sums.
 */
export class StaffingShape {
  readonly pieces: Piece[];
  private sums: Units[] | undefined;
  private sumsOver = '';

  constructor(start: CalendarDate, end: CalendarDate, index: readonly IndexStep[]) {
    this.pieces = staffingPieces(start, end, 1n as Factor, index);
  }

  /** Sums per calendar year of months [first, last] (as MonthAccumulator.yearSums), kept. */
  yearSums(first: number, last: number): Units[] {
    const over = `${first}:${last}`;
    if (this.sums && this.sumsOver === over) return this.sums;
    const sums = new Array<bigint>(yearOfMonth(last) - yearOfMonth(first) + 1).fill(0n);
    addYearSums(sums, this.pieces, first, last, 1n);
    this.sumsOver = over;
    return (this.sums = sums as Units[]);
  }

  /** A row's units per calendar year: its factor × the shape's (as piecesByYear of its pieces). */
  yearsOf(factor: Factor): Map<number, Units> {
    const years = piecesByYear(this.pieces);
    for (const [year, units] of years) years.set(year, (units * factor) as Units);
    return years;
  }
}

/** The shapes of one initiative's staffing periods (one salary index), one per period. */
export class StaffingShapes {
  private readonly byPeriod = new Map<number, StaffingShape>();

  constructor(private readonly index: readonly IndexStep[]) {}

  of(start: CalendarDate, end: CalendarDate): StaffingShape {
    const key = ordinal(start) * 100_000_000 + ordinal(end);
    let shape = this.byPeriod.get(key);
    if (shape === undefined) {
      shape = new StaffingShape(start, end, this.index);
      this.byPeriod.set(key, shape);
    }
    return shape;
  }
}

/**
 * Per-month sums over months [first, first + count) of cost pieces and of staffing shapes × their
 * rows' summed factors. The figures need only the sums per year, which come straight from the
 * pieces (a piece adds its rate × its months in the year); the months themselves are summed only
 * when asked for (quarters, months, the exact series, a cap).
 */
export class MonthAccumulator implements MonthSource {
  private readonly lists: Array<readonly Piece[]> = [];
  private readonly factors = new Map<StaffingShape, bigint>();
  private monthsMade: Units[] | undefined;
  private yearsMade: Units[] | undefined;

  constructor(
    readonly first: number,
    readonly count: number,
  ) {}

  add(pieces: readonly Piece[]): void {
    if (pieces.length > 0) this.lists.push(pieces);
  }

  /** A staffing row: `factor` (its monthly cost factor) over the period of `shape`. */
  addStaffing(shape: StaffingShape, factor: Factor): void {
    if (factor === 0n || shape.pieces.length === 0) return;
    const had = this.factors.get(shape);
    this.factors.set(shape, had === undefined ? factor : had + factor);
  }

  yearSums(): Units[] {
    return (this.yearsMade ??= this.sumYears());
  }

  private sumYears(): Units[] {
    if (this.count <= 0) return [];
    const last = this.first + this.count - 1;
    const sums = new Array<bigint>(yearOfMonth(last) - yearOfMonth(this.first) + 1).fill(0n);
    for (const pieces of this.lists) addYearSums(sums, pieces, this.first, last, 1n);
    for (const [shape, factor] of this.factors) {
      const shapeSums = shape.yearSums(this.first, last);
      for (let y = 0; y < sums.length; y++) {
        const u = shapeSums[y] as bigint;
        if (u !== 0n) sums[y] = (sums[y] as bigint) + u * factor;
      }
    }
    return sums as Units[];
  }

  months(): Units[] {
    if (this.monthsMade) return this.monthsMade;
    const diff = new Array<bigint>(this.count + 1).fill(0n);
    for (const pieces of this.lists) addDifferences(diff, pieces, this.first, this.count, 1n);
    for (const [shape, factor] of this.factors)
      addDifferences(diff, shape.pieces, this.first, this.count, factor);
    const out = new Array<Units>(this.count);
    let running = 0n;
    for (let i = 0; i < this.count; i++) {
      running += diff[i] as bigint;
      out[i] = running as Units;
    }
    return (this.monthsMade = out);
  }
}

/** Sums of pieces per calendar year. */
export function piecesByYear(pieces: readonly Piece[]): Map<number, Units> {
  const years = new Map<number, Units>();
  for (const piece of pieces) {
    for (let year = yearOfMonth(piece.from); year <= yearOfMonth(piece.to); year++) {
      const from = Math.max(piece.from, year * 12);
      const to = Math.min(piece.to, year * 12 + 11);
      years.set(year, ((years.get(year) ?? 0n) + piece.perMonth * BigInt(to - from + 1)) as Units);
    }
  }
  return years;
}

/**
 * Scales months so that they add up to `cap` exactly (rule g, the cap): the cap allocated over the
 * months as weights (each month × cap / total, floored; the last non-zero month the remainder).
 */
export function scaleToCap(months: readonly Units[], cap: Units): Units[] {
  return allocate(cap, months);
}
