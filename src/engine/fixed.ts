// Exact fixed-point arithmetic for the hot loops. decimal.js carries every amount in and out of the
// engine; inside, per-month sums run on BigInt integers (exact, and ~30× faster than Decimal adds).
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
export const ONE: Decimal = new Dx(1);

/**
 * Decimals kept of salary × FTE × (1 + PO) and of the salary index. Realistic inputs have far
 * fewer, so they are exact; beyond that they are rounded half-up, consistently for every month.
 */
export const FACTOR_SCALE = 20;
/** Amounts inside the engine: kronor × UNITS_PER_MONTH × 10^MONEY_SCALE. */
export const MONEY_SCALE = FACTOR_SCALE * 2;
/** Decimals of the exact kronor figures the engine returns (ExactSeries). */
export const EXACT_SCALE = 20;

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** value × 10^scale as an integer, rounded half-up (away from zero) beyond `scale` decimals. */
export function toScaled(value: Decimal, scale: number): bigint {
  return BigInt(value.toFixed(scale, Decimal.ROUND_HALF_UP).replace('.', ''));
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

export function sum(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}
