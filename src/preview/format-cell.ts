// Shows a cell's value roughly as Excel would with its number format, for the preview's read-only
// grids. Covers the formats Insatsbudget writes (kronor, signed kronor, percentages, FTE, dates,
// years, text) and the simple numeric formats users type; anything else falls back to 'General'.
// Presentation only: the figures themselves come already rounded from the sheet plans.
import type { CellType, CellValue } from '../workbook/snapshot';
import { isDateFormat, serialToIso } from '../workbook/excel-dates';

export type DisplayLanguage = 'sv' | 'en';

export interface FormattedCell {
  text: string;
  /** Numbers align right in Excel; text left. */
  numeric: boolean;
}

const NBSP = '\u00a0';

/** Splits a format at ';' outside quotes and brackets. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Removes quoted literals, escapes and bracketed parts, to look at the format's own codes. */
function codesOnly(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '');
}

function groupDigits(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function plainNumber(value: number, decimals: number, grouping: boolean, language: DisplayLanguage): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [integer, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = grouping ? groupDigits(integer, language === 'sv' ? NBSP : ',') : integer;
  return fraction ? `${grouped}${language === 'sv' ? ',' : '.'}${fraction}` : grouped;
}

/** 'General': up to 10 significant digits, no grouping. */
function general(value: number, language: DisplayLanguage): string {
  if (Number.isInteger(value)) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return language === 'sv' ? text.replace('.', ',') : text;
}

/** Renders one numeric section (the sign is handled by the caller). */
function numericSection(section: string, magnitude: number, language: DisplayLanguage): string {
  const codes = codesOnly(section);
  const percent = codes.includes('%');
  const scaled = percent ? magnitude * 100 : magnitude;
  const decimalMatch = /\.([0#?]+)/.exec(codes);
  const decimals = decimalMatch ? decimalMatch[1]!.length : 0;
  const grouping = /[#0?],[#0?]/.test(codes);
  const digits = plainNumber(scaled, decimals, grouping, language);

  // Rebuild the text: literals kept in place, the first run of number codes replaced by the digits.
  let out = '';
  let placed = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? section.length : end;
    } else if (ch === '\\') {
      out += section[i + 1] ?? '';
      i++;
    } else if (ch === '_') {
      out += ' ';
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end === -1 ? section.length : end;
    } else if (/[0#?.,]/.test(ch)) {
      if (!placed) out += digits;
      placed = true;
    } else if (ch === '%') {
      out += '%';
    } else if (ch !== '*') {
      out += ch;
    }
  }
  if (!placed) out = digits + out;
  // Swedish puts a space before %; the formats Insatsbudget writes have it already.
  if (percent && language === 'sv') out = out.replace(/(\d)%/, `$1${NBSP}%`);
  return out.replace(/ /g, NBSP);
}

/** Formats a number with an Excel number format; a date counts in the workbook's date system. */
export function formatNumber(
  value: number,
  numberFormat: string,
  language: DisplayLanguage,
  date1904: boolean,
): string {
  const format = numberFormat.trim();
  if (format === '' || /^general$/i.test(format)) return general(value, language);
  if (format === '@') return general(value, language);
  const parts = sections(format);
  let section = parts[0]!;
  let signed = value < 0;
  if (value < 0 && parts.length >= 2) {
    section = parts[1]!;
    signed = false; // the negative section writes its own sign, if any
  } else if (value === 0 && parts.length >= 3) {
    section = parts[2]!;
  }
  if (isDateFormat(section)) {
    const iso = serialToIso(value, date1904);
    return iso ?? general(value, language);
  }
  if (/^general$/i.test(section.trim())) return (signed ? '-' : '') + general(Math.abs(value), language);
  const text = numericSection(section, Math.abs(value), language);
  // A value that rounds to zero shows no minus sign, as in Excel.
  const roundsToZero = !/[1-9]/.test(text);
  return signed && !roundsToZero ? `-${text}` : text;
}

/** The text a cell shows in the preview's grid. */
export function formatCell(
  value: CellValue,
  type: CellType,
  numberFormat: string,
  language: DisplayLanguage,
  date1904: boolean,
): FormattedCell {
  if (type === 'Empty' || value === '') return { text: '', numeric: false };
  if (typeof value === 'boolean')
    return {
      text: language === 'sv' ? (value ? 'SANT' : 'FALSKT') : value ? 'TRUE' : 'FALSE',
      numeric: false,
    };
  if (typeof value === 'number')
    return { text: formatNumber(value, numberFormat, language, date1904), numeric: true };
  return { text: value, numeric: false };
}
