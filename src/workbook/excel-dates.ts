// Excel's 1900 date system: serial 1 is 1900-01-01 and (Lotus' bug) 1900-02-29 exists as 60.
// Dates from 1900-03-01 on are days since 1899-12-30, which is all a budget needs.

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** '2024-10-01' → 45566. */
export function isoToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH_UTC) / DAY_MS);
}

/** 45566 → '2024-10-01'; the time of day, if any, is dropped. Null before 1900-03-01 and after 9999-12-31 (Excel's last date). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  const d = new Date(EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return d.toISOString().slice(0, 10);
}

/**
 * A number format that shows a number as a date: y, m or d codes and no digit placeholders in its
 * first section, quoted text, escapes, [..] parts and _x spacing aside.
 */
export function isDateFormat(format: string): boolean {
  const codes = format
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .toLowerCase();
  return /[ymd]/.test(codes) && !/[#0?]/.test(codes);
}
