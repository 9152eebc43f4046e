// The figures' formatting, one import for the session. A private stand-in with src/format's
// signatures until that module lands; then this file becomes `export * from '../format'`.
import Decimal from 'decimal.js';
import type { Language } from '../issues/types';
export { formatDateLong, yearLabel } from '../summary/text-format';

const NBSP = '\u00a0';

function grouped(d: Decimal, places: number, lang: Language): string {
  const fixed = d.abs().toFixed(places, Decimal.ROUND_HALF_UP);
  const [int, frac] = fixed.split('.') as [string, string | undefined];
  const sep = lang === 'sv' ? NBSP : NBSP;
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + (frac ? (lang === 'sv' ? ',' : '.') + frac : '');
  return d.isNegative() && !new Decimal(fixed).isZero() ? `\u2212${body}` : body;
}

/** 6984000 → "6 984 000 kr". */
export function formatKronor(amount: Decimal, lang: Language): string {
  return `${grouped(amount, 0, lang)}${NBSP}kr`;
}

/** Percentage points, one decimal where there is one: 12.5 → "12,5 %". */
export function formatPercent(points: Decimal, lang: Language): string {
  const d = new Decimal(points);
  return `${grouped(d, d.isInteger() ? 0 : 1, lang)}${NBSP}%`;
}

/** FTE as a fraction: 3.5 → "350 %". */
export function formatFte(fte: Decimal, lang: Language): string {
  return formatPercent(new Decimal(fte).times(100), lang);
}
