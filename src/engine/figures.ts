// From exact per-month units to the Figures the engine returns: exact kronor (EXACT_SCALE
// decimals) and their presentation rounding.
import type Decimal from 'decimal.js';
import { UNITS_PER_MONTH, monthKey } from './calendar';
import { EXACT_SCALE, MONEY_SCALE, floorDiv, fromScaled, fromWhole, pow10, roundHalfUp } from './fixed';
import { type RoundedFixed, largestRemainder, roundFixed, toRoundedSeries } from './round';
import type { ExactSeries, Figures } from './types';

const UNITS_PER_EXACT = UNITS_PER_MONTH * pow10(MONEY_SCALE - EXACT_SCALE);
const EXACT_UNIT = pow10(EXACT_SCALE);

export interface BuiltFigures {
  figures: Figures;
  rounded: RoundedFixed;
}

/**
 * Units → kronor with EXACT_SCALE decimals. Each month is the difference of floored running sums,
 * so months always add up exactly to the (floored) total; flooring keeps every half-up decision
 * of the exact value.
 */
export function toExactKronor(units: readonly bigint[]): { months: bigint[]; total: bigint } {
  const months = new Array<bigint>(units.length);
  let running = 0n;
  let previous = 0n;
  for (let i = 0; i < units.length; i++) {
    running += units[i] as bigint;
    const floored = floorDiv(running, UNITS_PER_EXACT);
    months[i] = floored - previous;
    previous = floored;
  }
  return { months, total: previous };
}

export function buildFigures(firstMonth: number, units: readonly bigint[]): BuiltFigures {
  const { months, total } = toExactKronor(units);
  const indices = months.map((_, i) => firstMonth + i);
  const rounded = roundFixed(indices, months, total, EXACT_UNIT);
  return {
    figures: {
      exact: exactSeries(firstMonth, months, total),
      rounded: toRoundedSeries(indices, rounded),
    },
    rounded,
  };
}

/**
 * The exact series. Its months' Decimals are made on first read: most are never shown, and
 * parsing 20-decimal Decimals would cost more than all the rest of the arithmetic.
 */
function exactSeries(firstMonth: number, months: readonly bigint[], total: bigint): ExactSeries {
  let made: ExactSeries['months'] | undefined;
  return {
    get months(): ExactSeries['months'] {
      return (made ??= months.map((value, i) => ({
        month: monthKey(firstMonth + i),
        amount: fromScaled(value, EXACT_SCALE),
      })));
    },
    total: fromScaled(total, EXACT_SCALE),
  };
}

/** Zero figures over `count` months (also for initiatives left out). */
export function zeroFigures(firstMonth: number, count: number): BuiltFigures {
  return buildFigures(firstMonth, new Array<bigint>(Math.max(0, count)).fill(0n));
}

/** Whole kronor per year for one row: its total half-up, the years by largest remainder. */
export function roundedYears(
  unitsByYear: ReadonlyMap<number, bigint>,
  years: readonly number[],
): Map<number, Decimal> {
  const { months: exact, total } = toExactKronor(years.map((y) => unitsByYear.get(y) ?? 0n));
  const whole = largestRemainder(roundHalfUp(total, EXACT_UNIT), exact, EXACT_UNIT);
  const out = new Map<number, Decimal>();
  years.forEach((year, i) => out.set(year, fromWhole(whole[i] as bigint)));
  return out;
}
