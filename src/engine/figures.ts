// From exact per-month units to the Figures the engine returns: exact kronor (EXACT_SCALE
// decimals) and their presentation rounding.
import type Decimal from 'decimal.js';
import { monthKey, yearOfMonth } from './calendar';
import {
  EXACT_SCALE,
  type Kronor,
  type Units,
  UNITS_PER_EXACT,
  UNITS_PER_KRONA,
  floorDiv,
  fromScaled,
  fromWhole,
  roundHalfUp,
} from './units';
import { type RoundedFixed, largestRemainder, roundFixedByYear, toRoundedSeries } from './round';
import type { Piece } from './periodise';
import type { ExactSeries, Figures } from './types';

export interface BuiltFigures {
  figures: Figures;
  rounded: RoundedFixed;
}

/**
 * Per-month amounts in units over the consecutive months [first, first + count): their sums per
 * calendar year at once, the months themselves only when asked for.
 */
export interface MonthSource {
  readonly first: number;
  readonly count: number;
  /** Sums per calendar year of the months, first year first (none when count is 0). */
  yearSums(): Units[];
  months(): readonly Units[];
}

/** Months given one by one (after a cap, or zeros). */
export function monthsGiven(first: number, months: readonly Units[]): MonthSource {
  return {
    first,
    count: months.length,
    yearSums() {
      const sums: Units[] = [];
      let year = NaN;
      for (let i = 0; i < months.length; i++) {
        const y = yearOfMonth(first + i);
        if (y !== year) {
          sums.push(0n as Units);
          year = y;
        }
        sums[sums.length - 1] = ((sums[sums.length - 1] as bigint) + (months[i] as bigint)) as Units;
      }
      return sums;
    },
    months() {
      return months;
    },
  };
}

/**
 * Rounds from the exact units, so every half-up and largest-remainder decision is taken on the
 * true values: the total and the years from the year sums, quarters and months (and the exact
 * series) from the months on first read. The exact series shows each month truncated to
 * EXACT_SCALE decimals and its total as their sum, so that months, quarters, years and total add
 * up exactly and a smaller input never shows a larger month.
 */
export function buildFigures(source: MonthSource): BuiltFigures {
  const yearSums = source.yearSums();
  let total = 0n;
  for (const u of yearSums) total += u;
  const rounded = roundFixedByYear(source.first, source.count, yearSums, total, UNITS_PER_KRONA, () =>
    source.months(),
  );
  return {
    figures: { exact: new ExactOnRead(source), rounded: toRoundedSeries(rounded) },
    rounded,
  };
}

/**
 * The exact series, made on first read: most exact months are never shown, and parsing
 * 20-decimal Decimals would cost more than all the rest of the arithmetic. A class with getters on
 * the prototype (see RoundedOnRead in round.ts).
 */
class ExactOnRead implements ExactSeries {
  private monthly: ExactSeries['months'] | undefined;
  private sum: Decimal | undefined;

  constructor(private readonly source: MonthSource) {}

  get months(): ExactSeries['months'] {
    const first = this.source.first;
    return (this.monthly ??= this.source.months().map((u, i) => ({
      month: monthKey(first + i),
      amount: fromScaled(floorDiv(u, UNITS_PER_EXACT), EXACT_SCALE),
    })));
  }

  get total(): Decimal {
    if (this.sum) return this.sum;
    let scaled = 0n;
    for (const u of this.source.months()) scaled += floorDiv(u, UNITS_PER_EXACT);
    return (this.sum = fromScaled(scaled, EXACT_SCALE));
  }
}

/** Zero figures over `count` months (also for initiatives left out). */
export function zeroFigures(firstMonth: number, count: number): BuiltFigures {
  return buildFigures(monthsGiven(firstMonth, new Array<Units>(Math.max(0, count)).fill(0n as Units)));
}

/** Whole kronor per year for one row: its total half-up, the years by largest remainder. */
export function roundedYears(
  unitsByYear: ReadonlyMap<number, Units>,
  years: readonly number[],
): Map<number, Decimal> {
  const parts = years.map((y) => unitsByYear.get(y) ?? 0n);
  let total = 0n;
  for (const p of parts) total += p;
  const whole = largestRemainder(roundHalfUp(total, UNITS_PER_KRONA), parts, UNITS_PER_KRONA);
  const out = new Map<number, Decimal>();
  years.forEach((year, i) => out.set(year, fromWhole(whole[i] as bigint)));
  return out;
}

/**
 * The sum of roundedYears(piecesByYear(pieces × factor), years), without making the years: largest
 * remainder keeps the years' total, which is the half-up of the units within those years. The
 * decision sheet's rows read it (20 000 rows in a large workbook).
 */
export function roundedTotalOver(pieces: readonly Piece[], years: readonly number[], factor = 1n): Kronor {
  if (years.length === 0) return 0n as Kronor;
  const first = years[0]! * 12;
  const last = years[years.length - 1]! * 12 + 11;
  let total = 0n;
  for (const piece of pieces) {
    const from = Math.max(piece.from, first);
    const to = Math.min(piece.to, last);
    if (from <= to) total += piece.perMonth * BigInt(to - from + 1);
  }
  return roundHalfUp(total * factor, UNITS_PER_KRONA) as Kronor;
}
