// Calendar arithmetic on plain year/month/day values. Nothing here reads the local time zone:
// dates are never built from ISO strings, only from their parts, so results are the same in any TZ.
import { getDaysInMonth } from 'date-fns';
import type { IsoDate, YearMonth, YearQuarter } from './types';
import { UNITS_PER_MONTH } from './units';

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const daysCache = new Map<number, number>();

/** Days in a calendar month (February 2024 has 29). */
export function daysInMonth(year: number, month: number): number {
  const key = year * 12 + month - 1;
  let days = daysCache.get(key);
  if (days === undefined) {
    // Mid-month local date: no DST shift can move it into another month.
    const date = new Date(2000, month - 1, 15);
    date.setFullYear(year);
    days = getDaysInMonth(date);
    daysCache.set(key, days);
  }
  return days;
}

/**
 * Strict 'YYYY-MM-DD' (ASCII digits) with a real day; null otherwise. Read by character codes: a
 * regular expression's match allocates an array and three strings, for every date of every row.
 */
export function parseIsoDate(iso: string): CalendarDate | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const DASH = 45;
const ZERO_CODE = 48;

/** The number written by `count` ASCII digits from `from`; -1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO_CODE;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

export function isoDate(date: CalendarDate): IsoDate {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** A number that orders dates: 20241001. */
export function ordinal(date: CalendarDate): number {
  return date.year * 10000 + date.month * 100 + date.day;
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return ordinal(a) <= ordinal(b) ? a : b;
}

/** Months counted from year 0: consecutive months are consecutive integers. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function monthOf(date: CalendarDate): number {
  return monthIndex(date.year, date.month);
}

export function yearOfMonth(index: number): number {
  return Math.floor(index / 12);
}

/** 1–12 */
export function monthNumberOf(index: number): number {
  return (index % 12) + 1;
}

export function daysInMonthIndex(index: number): number {
  return daysInMonth(yearOfMonth(index), monthNumberOf(index));
}

const monthLabels = new Map<number, YearMonth>();

/** '2024-10' */
export function monthKey(index: number): YearMonth {
  let label = monthLabels.get(index);
  if (label === undefined) {
    label = `${String(yearOfMonth(index)).padStart(4, '0')}-${pad2(monthNumberOf(index))}`;
    monthLabels.set(index, label);
  }
  return label;
}

/** 1–4 */
export function quarterNumberOf(index: number): number {
  return Math.floor((index % 12) / 3) + 1;
}

const quarterLabels = new Map<number, YearQuarter>();

/** '2024-Q4' (of a month index) */
export function quarterKey(index: number): YearQuarter {
  let label = quarterLabels.get(index);
  if (label === undefined) {
    label = `${String(yearOfMonth(index)).padStart(4, '0')}-Q${quarterNumberOf(index)}`;
    quarterLabels.set(index, label);
  }
  return label;
}

/** Parses '2024-10' into a month index; null when malformed. */
export function parseMonthKey(key: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return monthIndex(Number(match[1]), month);
}

/** Days of month `index` that lie within the inclusive range [start, end] (0 when none). */
export function daysInRange(index: number, start: CalendarDate, end: CalendarDate): number {
  const first = monthOf(start);
  const last = monthOf(end);
  if (index < first || index > last) return 0;
  const fromDay = index === first ? start.day : 1;
  const toDay = index === last ? end.day : daysInMonthIndex(index);
  return Math.max(0, toDay - fromDay + 1);
}

/** Units (1/L of a month) that `days` days of month `index` weigh: days × L / days in month. */
export function monthUnits(index: number, days: number): bigint {
  return (BigInt(days) * UNITS_PER_MONTH) / BigInt(daysInMonthIndex(index));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
