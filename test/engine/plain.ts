// Comparing engine results in tests.
import Decimal from 'decimal.js';

/**
 * A result as plain data, every getter read: the engine's results are class instances whose
 * figures (row years, quarters, months, the exact series) are getters on the prototype, which
 * toEqual alone would not compare. Getters are read before own fields, so that what they cache is
 * there on both sides.
 */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Decimal.isDecimal(value)) return `D${value.toString()}`;
  if (value instanceof Map) return [...value].map(([k, v]) => [plain(k), plain(v)]);
  if (Array.isArray(value)) return value.map(plain);
  const out: Record<string, unknown> = {};
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto && proto !== Object.prototype)
    for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(proto)))
      if (d.get) out[key] = plain((value as Record<string, unknown>)[key]);
  for (const [key, v] of Object.entries(value)) if (typeof v !== 'function') out[key] = plain(v);
  return out;
}
