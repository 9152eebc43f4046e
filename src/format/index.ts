// How amounts, percentages, FTE, dates and periods read in Swedish and English. Pure: the summary
// sheets and the pane both use these, so a figure reads the same everywhere.
import Decimal from 'decimal.js';
import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import type { Language } from '../issues/types';

/** U+00A0: keeps "6 984 000 kr" on one line. */
export const NBSP = '\u00a0';
/** U+2212, the typographic minus. */
export const MINUS = '\u2212';

const locales = { sv, en: enGB } as const;

interface NumberStyle {
  group: string;
  decimal: string;
}
const styles: Record<Language, NumberStyle> = {
  sv: { group: NBSP, decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Digits with grouping and the language's decimal mark; `fixed` decimals, or as many as needed. */
function formatNumber(value: Decimal, lang: Language, fixed?: number): string {
  const text =
    fixed === undefined ? value.abs().toFixed() : value.abs().toFixed(fixed, Decimal.ROUND_HALF_UP);
  const [whole = '0', fraction] = text.split('.');
  const { group, decimal } = styles[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = fraction ? `${grouped}${decimal}${fraction}` : grouped;
  const negative = value.isNegative() && !/^[0.]*$/.test(text);
  return negative ? `${MINUS}${body}` : body;
}

/** sv "6 984 000 kr", en "SEK 6,984,000"; decimals only when the amount has them. */
export function formatKronor(amount: Decimal, lang: Language): string {
  const number = formatNumber(amount, lang);
  return lang === 'sv' ? `${number}${NBSP}kr` : `SEK${NBSP}${number}`;
}

/** A percentage given in points: sv "12,3 %", en "12.3%" (half-up to `decimals`). */
export function formatPercent(points: Decimal, lang: Language, decimals = 1): string {
  const number = formatNumber(points, lang, decimals);
  return lang === 'sv' ? `${number}${NBSP}%` : `${number}%`;
}

/** FTE as a percentage: 3.5 → "350 %", 0.255 → "25,5 %" (as many decimals as it has). */
export function formatFte(fte: Decimal, lang: Language): string {
  const number = formatNumber(new Decimal(fte).times(100), lang);
  return lang === 'sv' ? `${number}${NBSP}%` : `${number}%`;
}

/**
 * A number as a user types it into a field: the language's decimal mark and no grouping, so that
 * reading it back gives the same number ("300,5" in Swedish, "300.5" in English; "1,000" would read
 * as 1 with a decimal comma).
 */
export function formatInputNumber(value: Decimal, lang: Language): string {
  const text = value.toFixed();
  return lang === 'sv' ? text.replace('.', ',') : text;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parseIso(iso: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const date = localDate(ymd.year, ymd.month, ymd.day);
  return date.getFullYear() === ymd.year && date.getMonth() === ymd.month - 1 && date.getDate() === ymd.day
    ? ymd
    : null;
}

/** A local date built from its parts: formatting it never depends on the time zone. */
function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, month - 1, day, 12);
  date.setFullYear(year);
  return date;
}

/** Running text: sv "1 oktober 2024", en "1 October 2024". Text that is not a date is returned as is. */
export function formatDateLong(iso: string, lang: Language): string {
  const key = `${lang}${iso}`;
  let text = longDates.get(key);
  if (text === undefined) {
    const ymd = parseIso(iso);
    text = ymd
      ? format(localDate(ymd.year, ymd.month, ymd.day), 'd MMMM yyyy', { locale: locales[lang] })
      : iso;
    // Thousands of decision sentences share a few dozen dates; date-fns' format is what costs.
    if (longDates.size >= 10_000) longDates.clear();
    longDates.set(key, text);
  }
  return text;
}

const longDates = new Map<string, string>();

/** sv "okt", "mars", "juni"; en "Oct". */
function shortMonth(month: number, lang: Language): string {
  return format(localDate(2000, month, 1), 'MMM', { locale: locales[lang] }).replace(/\.$/, '');
}

/** "2025" when the period covers the whole year, else "2024 (okt–dec)" / "2024 (Oct–Dec)". */
export function yearLabel(year: number, periodStart: string, periodEnd: string, lang: Language): string {
  const start = parseIso(periodStart);
  const end = parseIso(periodEnd);
  if (!start || !end) return String(year);
  const fromMonth = start.year < year ? 1 : start.year === year ? start.month : 13;
  const toMonth = end.year > year ? 12 : end.year === year ? end.month : 0;
  const wholeFrom = start.year < year || (start.month === 1 && start.day === 1);
  const wholeTo = end.year > year || (end.month === 12 && end.day === 31);
  if (fromMonth > toMonth || (wholeFrom && wholeTo)) return String(year);
  const months =
    fromMonth === toMonth
      ? shortMonth(fromMonth, lang)
      : `${shortMonth(fromMonth, lang)}–${shortMonth(toMonth, lang)}`;
  return `${year} (${months})`;
}

/** '2024-Q4' → sv "2024 kv. 4", en "2024 Q4". */
export function quarterLabel(quarter: string, lang: Language): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  return lang === 'sv' ? `${match[1]} kv. ${match[2]}` : `${match[1]} Q${match[2]}`;
}
