// The date system from what Excel shows: the same serial is four years and a day later in 1904.
import { dateSystemFromText } from '../../src/adapters/excel/date-system';
import { isDateFormat } from '../../src/workbook/excel-dates';

const date = (value: number, text: string, numberFormat = 'yyyy-mm-dd') => ({ value, text, numberFormat });

test('a date shown with its year says which system counts it', () => {
  // 45566 is 2024-10-01 in the 1900 system and 2028-10-02 in the 1904 one.
  expect(dateSystemFromText([date(45566, '2024-10-01')])).toBe(false);
  expect(dateSystemFromText([date(45566, '2028-10-02')])).toBe(true);
  expect(dateSystemFromText([date(44104, '1 okt. 2024', 'd mmm yyyy')])).toBe(true);
});

test('no answer without a date shown with a four-digit year, or from cells that disagree', () => {
  expect(dateSystemFromText([])).toBeNull();
  expect(dateSystemFromText([date(45566, '24-10-01', 'yy-mm-dd')])).toBeNull();
  // A number that is not shown as a date: 1905 in General would look like the 1900 year of serial 1905.
  expect(dateSystemFromText([date(1905, '1905', 'General')])).toBeNull();
  expect(dateSystemFromText([{ value: 'Coach', text: 'Coach', numberFormat: '@' }])).toBeNull();
  expect(dateSystemFromText([date(45566, '2024-10-01'), date(45566, '2028-10-02')])).toBeNull();
});

test('date formats: y, m or d codes and no digit placeholders, quoted text and [..] aside', () => {
  expect(['yyyy-mm-dd', 'd mmm yyyy', '[$-41D]d mmmm yyyy', 'mmm-yy;@'].map(isDateFormat)).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(['General', '@', '0 %', '#,##0 "kr"', '0"d"', '"år "0'].map(isDateFormat)).toEqual([
    false,
    false,
    false,
    false,
    false,
    false,
  ]);
});
