// A date in a cell is a serial number counted in the workbook's date system. The 1900 system:
// serial 1 is 1900-01-01 and (Lotus' bug) 1900-02-29 exists as 60; dates from 1900-03-01 on are
// days since 1899-12-30, which is all a budget needs. The 1904 system (old Mac Excel's default,
// workbookPr date1904 in a file): serial 0 is 1904-01-01, so the same day is 1 462 smaller.
// Every reader and writer converts through these two functions with the workbook's flag, so a
// date written into a workbook reads back as the same date in either system.

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The same day's serial is this much smaller in the 1904 system (four years and a day). */
export const DAYS_1904 = 1462;

/** '2024-10-01' → 45566 in the 1900 system, 44104 in the 1904 one. */
export function isoToSerial(iso: string, date1904: boolean): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  const serial1900 = Math.round(
    (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH_UTC) / DAY_MS,
  );
  return date1904 ? serial1900 - DAYS_1904 : serial1900;
}

/**
 * 45566 → '2024-10-01' in the 1900 system ('2028-10-02' in the 1904 one); the time of day, if any,
 * is dropped. Null before 1900-03-01 and after 9999-12-31 (Excel's last date).
 */
export function serialToIso(serial: number, date1904: boolean): string | null {
  const serial1900 = date1904 ? serial + DAYS_1904 : serial;
  if (!Number.isFinite(serial1900) || serial1900 < 61 || serial1900 > 2_958_465) return null;
  const d = new Date(EPOCH_UTC + Math.floor(serial1900) * DAY_MS);
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
