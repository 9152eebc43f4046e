// Formatting for the summary's running text and labels. A private stand-in for src/format until the
// shared helpers land; the signatures follow theirs so the switch is a change of import.
import Decimal from 'decimal.js';
import type { Language } from '../issues/types';

const NBSP = '\u00a0';

const MONTHS_LONG: Record<Language, readonly string[]> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const MONTHS_SHORT: Record<Language, readonly string[]> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

function parseIso(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Whole kronor grouped by three with non-breaking spaces: 6984000 → "6 984 000" (no unit). */
export function formatWholeNumber(amount: Decimal): string {
  const rounded = amount.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const digits = rounded.abs().toFixed(0);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return rounded.isNegative() && !rounded.isZero() ? `\u2212${grouped}` : grouped;
}

/** '2024-10-01' → "1 oktober 2024" (sv) or "1 October 2024" (en). */
export function formatDateLong(iso: string, lang: Language): string {
  const { year, month, day } = parseIso(iso);
  return `${day} ${MONTHS_LONG[lang][month - 1]} ${year}`;
}

/**
 * A calendar year's column label: "2025", or "2024 (okt–dec)" when the period [start, end] covers
 * only part of it.
 */
export function yearLabel(year: number, periodStart: string, periodEnd: string, lang: Language): string {
  const s = parseIso(periodStart);
  const e = parseIso(periodEnd);
  const first = s.year === year ? s.month : 1;
  const last = e.year === year ? e.month : 12;
  const startsLate = s.year === year && (s.month > 1 || s.day > 1);
  const endsEarly = e.year === year && (e.month < 12 || e.day < 31);
  if (!startsLate && !endsEarly) return String(year);
  const months = MONTHS_SHORT[lang];
  const span = first === last ? months[first - 1] : `${months[first - 1]}\u2013${months[last - 1]}`;
  return `${year} (${span})`;
}

/** '2024-Q4' → "2024 kv. 4" (sv) or "2024 Q4" (en). */
export function quarterLabel(quarter: string, lang: Language): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  return lang === 'sv' ? `${m[1]} kv. ${m[2]}` : `${m[1]} Q${m[2]}`;
}
