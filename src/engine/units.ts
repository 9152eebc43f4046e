// The engine's exact arithmetic in one place: its units, the branded BigInt types that carry them
// through compute.ts, the conversions from and to Decimal, and allocate(), the one way a whole is
// split into integer shares (by weight, or by largest remainder for presentation). decimal.js carries every amount in and out of the engine;
// inside, per-month sums run on BigInt integers (exact, and ~30× faster than Decimal adds).
import Decimal from 'decimal.js';

/** The engine's Decimal: generous precision so that products of inputs stay exact. */
export const Dx = Decimal.clone({
  precision: 80,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dx = Decimal;

export const ZERO: Decimal = new Dx(0);

/**
 * lcm(28, 29, 30, 31). Amounts are counted in 1/L kronor so that a day of any month is a whole
 * number of units (L / days in month) and partial months stay exact.
 */
export const UNITS_PER_MONTH = 377580n;
/**
 * Decimals kept of salary × FTE × (1 + PO) and of the salary index. Realistic inputs have far
 * fewer, so they are exact; beyond that they are rounded half-up, consistently for every month.
 */
export const FACTOR_SCALE = 20;
/** Amounts inside the engine: kronor × UNITS_PER_MONTH × 10^MONEY_SCALE. */
export const MONEY_SCALE = FACTOR_SCALE * 2;
/** Decimals of the exact kronor figures the engine returns (ExactSeries). */
export const EXACT_SCALE = 20;

declare const unit: unique symbol;
/** Money inside the engine: kronor × UNITS_PER_KRONA (a month's cost, a total, a cap). */
export type Units = bigint & { readonly [unit]: 'units' };
/** A dimensionless factor × 10^FACTOR_SCALE (a monthly cost factor, the salary index). */
export type Factor = bigint & { readonly [unit]: 'factor' };
/** Whole kronor, after presentation rounding. */
export type Kronor = bigint & { readonly [unit]: 'kronor' };

const powers: bigint[] = [];

/** 10^n as a BigInt (n ≥ 0), kept once computed: it is on every path from Decimal to units. */
export function pow10(n: number): bigint {
  return (powers[n] ??= 10n ** BigInt(n));
}

/** One krona in units. */
export const UNITS_PER_KRONA = (UNITS_PER_MONTH * pow10(MONEY_SCALE)) as Units;
/** One unit of the last exact decimal (10^-EXACT_SCALE kronor) in units. */
export const UNITS_PER_EXACT = (UNITS_PER_MONTH * pow10(MONEY_SCALE - EXACT_SCALE)) as Units;

/** A Decimal's own fields: `d` its digits in groups of seven (base 10^7), `e` its exponent. */
interface DecimalFields {
  d: number[] | null;
  e: number;
  s: number;
}

/**
 * value × 10^scale as an integer, rounded half-up (away from zero) beyond `scale` decimals, as
 * value.toFixed(scale, ROUND_HALF_UP) would give it. Read from the Decimal's digit groups rather
 * than through a string: this runs for every salary, FTE, rate and amount of every computation
 * (test/engine/units.test.ts compares it with toFixed).
 */
export function toScaled(value: Decimal, scale: number): bigint {
  const { d, e, s } = value as unknown as DecimalFields;
  if (!d) throw new RangeError(`toScaled: ${value.toString()} is not finite`);
  // d[0] holds the digits of 10^(7k) … with k = floor(e / 7); each further group is 10^7 lower.
  const n = d.length;
  let digits: bigint;
  if (n === 1) digits = BigInt(d[0]!);
  else if (n === 2) digits = BigInt(d[0]! * 1e7 + d[1]!);
  else {
    digits = 0n;
    for (let i = 0; i < n; i++) digits = digits * 10_000_000n + BigInt(d[i]!);
  }
  const exponent = 7 * (Math.floor(e / 7) - n + 1) + scale;
  let scaled: bigint;
  if (exponent >= 0) scaled = digits * pow10(exponent);
  else {
    const unit = pow10(-exponent);
    scaled = (2n * digits + unit) / (2n * unit);
  }
  return s < 0 ? -scaled : scaled;
}

/** An amount in kronor as units (exact for amounts with up to MONEY_SCALE decimals). */
export function unitsOf(kronor: Decimal): Units {
  return (toScaled(kronor, MONEY_SCALE) * UNITS_PER_MONTH) as Units;
}

/** A factor (e.g. 1.4215) × 10^FACTOR_SCALE, half-up beyond that. */
export function factorOf(value: Decimal): Factor {
  return toScaled(value, FACTOR_SCALE) as Factor;
}

/** A Decimal as an exact integer and its number of decimals: value = int × 10^-scale. */
function exactOf(value: Decimal): { int: bigint; scale: number } {
  const scale = Math.max(0, value.decimalPlaces());
  return { int: toScaled(value, scale), scale };
}

/**
 * A Decimal's exact integer when it and its decimals fit a safe Number (as exactOf would give
 * them: no trailing zero decimals), the decimals in `shortScale`; NaN when they do not fit.
 * A cell's salary, FTE and rate nearly always fit, and Numbers allocate nothing.
 */
function shortExact(value: Decimal): number {
  const { d, e, s } = value as unknown as DecimalFields;
  if (!d || d.length > 2) return NaN;
  let int = d.length === 1 ? d[0]! : d[0]! * 1e7 + d[1]!;
  let scale = -7 * (Math.floor(e / 7) - d.length + 1);
  if (int === 0) scale = 0;
  else if (scale < 0) {
    if (-scale >= POWERS_OF_TEN.length) return NaN;
    int *= POWERS_OF_TEN[-scale]!;
    if (int > Number.MAX_SAFE_INTEGER) return NaN;
    scale = 0;
  } else {
    while (scale > 0 && int % 10 === 0) {
      int /= 10;
      scale--;
    }
  }
  shortScale = scale;
  return s < 0 ? -int : int;
}

/** The decimals of the last shortExact. */
let shortScale = 0;

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, n) => Number(pow10(n)));

/**
 * monthly salary × FTE × (1 + payroll overhead) as a factor: the exact product, rounded half-up to
 * FACTOR_SCALE decimals once (what Decimal at 80 digits and factorOf gave for every input a cell
 * can hold, without four Decimal operations per staffing row). When the three values and their
 * product are safe integers (a product of doubles below 2^53 is exact), the product is taken in
 * Numbers and only the result becomes a BigInt: this runs for every staffing row.
 */
export function salaryFactor(salary: Decimal, fte: Decimal, payrollOverhead: Decimal): Factor {
  const a = shortExact(salary);
  const aScale = shortScale;
  const b = shortExact(fte);
  const bScale = shortScale;
  const c = shortExact(payrollOverhead);
  const cScale = shortScale;
  const scale = aScale + bScale + cScale;
  if (scale <= FACTOR_SCALE) {
    const ab = a * b;
    const product = ab * (c + POWERS_OF_TEN[cScale]!);
    // NaN fails both tests; an inexact double product is at least 2^53.
    if (Math.abs(ab) <= Number.MAX_SAFE_INTEGER && Math.abs(product) <= Number.MAX_SAFE_INTEGER)
      return (BigInt(product) * pow10(FACTOR_SCALE - scale)) as Factor;
  }
  return exactSalaryFactor(salary, fte, payrollOverhead);
}

/** salaryFactor in BigInt, for any values. */
function exactSalaryFactor(salary: Decimal, fte: Decimal, payrollOverhead: Decimal): Factor {
  const a = exactOf(salary);
  const b = exactOf(fte);
  const c = exactOf(payrollOverhead);
  const product = a.int * b.int * (c.int + pow10(c.scale));
  const scale = a.scale + b.scale + c.scale;
  return (
    scale <= FACTOR_SCALE
      ? product * pow10(FACTOR_SCALE - scale)
      : roundHalfUp(product, pow10(scale - FACTOR_SCALE))
  ) as Factor;
}

/** The cost per month, in units, of `factor` × `index` over `monthUnits` units of a month. */
export function monthlyUnits(factor: Factor, index: Factor, monthUnits: bigint): Units {
  return (factor * index * monthUnits) as Units;
}

/** The Decimal whose value × 10^scale is `value`. */
export function fromScaled(value: bigint, scale: number): Decimal {
  if (value === 0n) return ZERO;
  return scale === 0 ? new Dx(value.toString()) : new Dx(`${value.toString()}e-${scale}`);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The Decimal of a whole number of kronor (a safe integer goes the fast way, exactly). */
export function fromWhole(value: bigint): Decimal {
  if (value === 0n) return ZERO;
  return value <= MAX_SAFE && value >= -MAX_SAFE ? new Dx(Number(value)) : new Dx(value.toString());
}

/** Floor division by a positive divisor (BigInt `/` truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
}

/** a / unit rounded half-up, ties away from zero (as Decimal.ROUND_HALF_UP). */
export function roundHalfUp(a: bigint, unit: bigint): bigint {
  return a >= 0n ? (2n * a + unit) / (2n * unit) : -((-2n * a + unit) / (2n * unit));
}

export function sum<T extends bigint>(values: readonly T[]): T {
  let total = 0n;
  for (const v of values) total += v;
  return total as T;
}

/**
 * How allocate() forms each share's exact part and places what the floors of the parts leave.
 * - proportional: the parts are total × weight / Σweights; the last share with a non-zero weight
 *   takes what is left (a cost over month weights, months scaled to a cap, a month's part up to an
 *   earlier end).
 * - largestRemainder: each weight is itself an exact amount, `unit` to one (rule i's presentation
 *   rounding: kronor from units); the units `total` still needs go one at a time to the largest
 *   remainders, ties to the earlier share, and a surplus is taken from the smallest remainders,
 *   ties to the later. Here total need not be the weights' sum: it is their rounded sum (the year,
 *   quarter or total above), so only the kronor between the floors and it move.
 */
export type Allocation = { by: 'proportional' } | { by: 'largestRemainder'; unit: bigint };

const PROPORTIONAL: Allocation = { by: 'proportional' };

/**
 * The engine's one way to split a whole into integer shares (as dinero.js's allocate: floors of
 * the exact parts, then a policy for the rest), so that the shares add up to `total` exactly. See
 * Allocation for the two policies. With no weight (proportional), every share is 0.
 */
export function allocate<T extends bigint>(
  total: T,
  weights: readonly bigint[],
  how: Allocation = PROPORTIONAL,
): T[] {
  return how.by === 'proportional'
    ? proportional(total, weights)
    : byLargestRemainder(total, weights, how.unit);
}

function proportional<T extends bigint>(total: T, weights: readonly bigint[]): T[] {
  let weightSum = 0n;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as bigint;
    weightSum += w;
    if (w !== 0n) last = i;
  }
  const shares = new Array<T>(weights.length);
  if (weightSum === 0n) return shares.fill(0n as T);
  let given = 0n;
  for (let i = 0; i < weights.length; i++) {
    const share = floorDiv(total * (weights[i] as bigint), weightSum);
    shares[i] = share as T;
    given += share;
  }
  shares[last] = ((shares[last] as bigint) + total - given) as T;
  return shares;
}

function byLargestRemainder<T extends bigint>(total: T, parts: readonly bigint[], unit: bigint): T[] {
  const count = parts.length;
  const shares = new Array<bigint>(count);
  const remainders = new Array<bigint>(count);
  let missing: bigint = total;
  for (let i = 0; i < count; i++) {
    const p = parts[i] as bigint;
    const whole = floorDiv(p, unit);
    shares[i] = whole;
    remainders[i] = p - whole * unit;
    missing -= whole;
  }
  if (missing === 0n || count === 0) return shares as T[];
  // Normally 0 ≤ missing ≤ count; the cycles keep the sum right for any total.
  const taken = new Array<boolean>(count).fill(false);
  while (missing > 0n) {
    let best = -1;
    for (let i = 0; i < count; i++) {
      if (taken[i]) continue;
      if (best < 0 || (remainders[i] as bigint) > (remainders[best] as bigint)) best = i;
    }
    if (best < 0) {
      taken.fill(false);
      continue;
    }
    taken[best] = true;
    shares[best] = (shares[best] as bigint) + 1n;
    missing--;
  }
  while (missing < 0n) {
    let worst = -1;
    for (let i = count - 1; i >= 0; i--) {
      if (taken[i]) continue;
      if (worst < 0 || (remainders[i] as bigint) < (remainders[worst] as bigint)) worst = i;
    }
    if (worst < 0) {
      taken.fill(false);
      continue;
    }
    taken[worst] = true;
    shares[worst] = (shares[worst] as bigint) - 1n;
    missing++;
  }
  return shares as T[];
}
