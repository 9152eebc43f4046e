// From exact per-month units to the Figures the engine returns: exact kronor (EXACT_SCALE
// decimals) and their presentation rounding.
import type Decimal from 'decimal.js';
import { monthKey } from './calendar';
import {
  EXACT_SCALE,
  type Units,
  UNITS_PER_EXACT,
  UNITS_PER_KRONA,
  floorDiv,
  fromScaled,
  fromWhole,
  roundHalfUp,
} from './units';
import { type RoundedFixed, largestRemainder, roundFixed, toRoundedSeries } from './round';
import type { ExactSeries, Figures } from './types';

export interface BuiltFigures {
  figures: Figures;
  rounded: RoundedFixed;
}

/**
 * Rounds from the exact units, so every half-up and largest-remainder decision is taken on the
 * true values. The exact series shows each month truncated to EXACT_SCALE decimals and its total
 * as their sum, so that months, quarters, years and total add up exactly and a smaller input
 * never shows a larger month.
 */
export function buildFigures(firstMonth: number, units: readonly Units[]): BuiltFigures {
  const indices = units.map((_, i) => firstMonth + i);
  let total = 0n;
  for (const u of units) total += u;
  const rounded = roundFixed(indices, units, total, UNITS_PER_KRONA);
  return {
    figures: { exact: exactSeries(firstMonth, units), rounded: toRoundedSeries(indices, rounded) },
    rounded,
  };
}

/**
 * The exact series, made on first read: most exact months are never shown, and parsing
 * 20-decimal Decimals would cost more than all the rest of the arithmetic.
 */
function exactSeries(firstMonth: number, units: readonly Units[]): ExactSeries {
  let months: ExactSeries['months'] | undefined;
  let total: Decimal | undefined;
  // Getters without a named helper closure (made per figure; see staffingPieces on keepNames).
  return {
    get months(): ExactSeries['months'] {
      return (months ??= units.map((u, i) => ({
        month: monthKey(firstMonth + i),
        amount: fromScaled(floorDiv(u, UNITS_PER_EXACT), EXACT_SCALE),
      })));
    },
    get total(): Decimal {
      if (total) return total;
      let scaled = 0n;
      for (const u of units) scaled += floorDiv(u, UNITS_PER_EXACT);
      return (total = fromScaled(scaled, EXACT_SCALE));
    },
  };
}

/** Zero figures over `count` months (also for initiatives left out). */
export function zeroFigures(firstMonth: number, count: number): BuiltFigures {
  return buildFigures(firstMonth, new Array<Units>(Math.max(0, count)).fill(0n as Units));
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
