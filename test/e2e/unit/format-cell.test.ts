// The preview's grid shows values roughly as Excel would with the cell's number format. Runs with
// the end-to-end suite (node scripts/e2e.mjs), without a browser.
import fc from 'fast-check';
import { formatCell, formatNumber } from '../../../src/preview/format-cell';
import { parseQualified } from '../../../src/preview/sheet-grid';
import {
  KRONOR_FORMAT,
  KRONOR_SIGNED_FORMAT,
  PERCENT_1_FORMAT,
  FTE_FORMAT,
  DATE_FORMAT,
  YEAR_FORMAT,
} from '../../../src/format/excel-formats';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  test.each([
    [6_984_000, KRONOR_FORMAT, `6${NBSP}984${NBSP}000${NBSP}kr`, '6,984,000 kr'.replace(' ', NBSP)],
    [-12_345, KRONOR_SIGNED_FORMAT, `-12${NBSP}345${NBSP}kr`, `-12,345${NBSP}kr`],
    [0, KRONOR_SIGNED_FORMAT, `0${NBSP}kr`, `0${NBSP}kr`],
    [0.123, PERCENT_1_FORMAT, `12,3${NBSP}%`, `12.3${NBSP}%`],
    [3.5, FTE_FORMAT, `350${NBSP}%`, `350${NBSP}%`],
    [45566, DATE_FORMAT, '2024-10-01', '2024-10-01'],
    [2024, YEAR_FORMAT, '2024', '2024'],
    [1234.5, 'General', '1234,5', '1234.5'],
    [0.5, '0%', `50${NBSP}%`, '50%'],
    [1234.567, '#,##0.00', `1${NBSP}234,57`, '1,234.57'],
  ])('%p with %p', (value, format, sv, en) => {
    expect(formatNumber(value, format, 'sv', false)).toBe(sv);
    expect(formatNumber(value, format, 'en', false)).toBe(en);
  });

  test('a value that rounds to zero shows no minus sign', () => {
    expect(formatNumber(-0.2, '0', 'sv', false)).toBe('0');
  });

  test('whole kronor keep every digit and their sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const shown = formatNumber(n, KRONOR_SIGNED_FORMAT, 'sv', false);
        const digits = Number(shown.replace(/[^\d-]/g, ''));
        expect(digits).toBe(n);
      }),
    );
  });
});

test('a date in a 1904 workbook shows the day it counts in that system, not four years and a day earlier', () => {
  // 44104 is 2024-10-01 in the 1904 system (1 462 less than the 1900 system's 45566).
  expect(formatNumber(44104, DATE_FORMAT, 'sv', true)).toBe('2024-10-01');
  expect(formatCell(44104, 'Double', DATE_FORMAT, 'en', true).text).toBe('2024-10-01');
  expect(formatNumber(45566, DATE_FORMAT, 'sv', false)).toBe('2024-10-01');
});

describe('formatCell', () => {
  test('empty, text, booleans and numbers', () => {
    expect(formatCell('', 'Empty', 'General', 'sv', false)).toEqual({ text: '', numeric: false });
    expect(formatCell('Coach', 'String', '@', 'sv', false)).toEqual({ text: 'Coach', numeric: false });
    expect(formatCell(true, 'Boolean', 'General', 'sv', false).text).toBe('SANT');
    expect(formatCell(false, 'Boolean', 'General', 'en', false).text).toBe('FALSE');
    expect(formatCell(2.5, 'Double', FTE_FORMAT, 'sv', false)).toEqual({
      text: `250${NBSP}%`,
      numeric: true,
    });
  });
});

describe('parseQualified', () => {
  test('plain and quoted sheet names', () => {
    expect(parseQualified('Bemanning!D7')).toEqual({ sheet: 'Bemanning', row: 6, column: 3 });
    expect(parseQualified("'Min flik'!A1")).toEqual({ sheet: 'Min flik', row: 0, column: 0 });
    expect(parseQualified("'Kalle''s'!$B$2")).toEqual({ sheet: "Kalle's", row: 1, column: 1 });
    expect(parseQualified('D7')).toBeNull();
  });
});
