// The searches' arithmetic: kronor as BigInt millionths (exact for whole kronor and for steps and
// FTE with up to six decimals), so that estimating thousands of cuts costs no Decimal work.
import type Decimal from 'decimal.js';
import { fromScaled, pow10, toScaled } from '../units';

export const SCALE = 6;
export const ONE = pow10(SCALE);

export const scaled = (value: Decimal): bigint => toScaled(value, SCALE);
export const unscaled = (value: bigint): Decimal => fromScaled(value, SCALE);

/** Floor division of non-negative numbers, and the larger of two. */
export const div = (a: bigint, b: bigint): bigint => a / b;
export const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
