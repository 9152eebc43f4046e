import Decimal from 'decimal.js';
import {
  formatDateLong,
  formatFte,
  formatKronor,
  formatPercent,
  quarterLabel,
  yearLabel,
} from '../../src/format';

const d = (v: Decimal.Value): Decimal => new Decimal(v);
const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatKronor', () => {
  test('Swedish: non-breaking spaces between groups and before kr', () => {
    expect(formatKronor(d(6984000), 'sv')).toBe(`6${NBSP}984${NBSP}000${NBSP}kr`);
    expect(formatKronor(d(6984000), 'sv')).not.toContain(' ');
  });
  test('English: SEK first, comma groups', () => {
    expect(formatKronor(d(6984000), 'en')).toBe(`SEK${NBSP}6,984,000`);
  });
  test('decimals only when the amount has them, with a decimal comma in Swedish', () => {
    expect(formatKronor(d('1234.5'), 'sv')).toBe(`1${NBSP}234,5${NBSP}kr`);
    expect(formatKronor(d('1234.5'), 'en')).toBe(`SEK${NBSP}1,234.5`);
    expect(formatKronor(d(999), 'sv')).toBe(`999${NBSP}kr`);
    expect(formatKronor(d(0), 'sv')).toBe(`0${NBSP}kr`);
  });
  test('negative amounts take the minus sign U+2212', () => {
    expect(formatKronor(d(-1331500), 'sv')).toBe(`${MINUS}1${NBSP}331${NBSP}500${NBSP}kr`);
    expect(formatKronor(d(-1000), 'en')).toBe(`SEK${NBSP}${MINUS}1,000`);
    expect(formatKronor(d('-0'), 'sv')).toBe(`0${NBSP}kr`);
  });
});

describe('formatPercent', () => {
  test('one decimal by default, half-up', () => {
    expect(formatPercent(d('12.34'), 'sv')).toBe(`12,3${NBSP}%`);
    expect(formatPercent(d('12.35'), 'sv')).toBe(`12,4${NBSP}%`);
    expect(formatPercent(d('12.3'), 'en')).toBe('12.3%');
    expect(formatPercent(d(-5), 'sv')).toBe(`${MINUS}5,0${NBSP}%`);
  });
  test('decimals can be chosen', () => {
    expect(formatPercent(d('42.155'), 'sv', 2)).toBe(`42,16${NBSP}%`);
    expect(formatPercent(d(40), 'en', 0)).toBe('40%');
  });
});

describe('formatFte', () => {
  test('a fraction as a percentage with as many decimals as it has', () => {
    expect(formatFte(d('3.5'), 'sv')).toBe(`350${NBSP}%`);
    expect(formatFte(d('3.5'), 'en')).toBe('350%');
    expect(formatFte(d('0.255'), 'sv')).toBe(`25,5${NBSP}%`);
    expect(formatFte(d('0.25'), 'sv')).toBe(`25${NBSP}%`);
    expect(formatFte(d(12), 'sv')).toBe(`1${NBSP}200${NBSP}%`);
  });
});

describe('dates', () => {
  test('formatDateLong in running text', () => {
    expect(formatDateLong('2024-10-01', 'sv')).toBe('1 oktober 2024');
    expect(formatDateLong('2024-10-01', 'en')).toBe('1 October 2024');
    expect(formatDateLong('2026-12-31', 'sv')).toBe('31 december 2026');
    expect(formatDateLong('2024-02-29', 'sv')).toBe('29 februari 2024');
    expect(formatDateLong('not a date', 'sv')).toBe('not a date');
  });
});

describe('period labels', () => {
  test('yearLabel names the months of a partial year', () => {
    expect(yearLabel(2024, '2024-10-01', '2026-12-31', 'sv')).toBe('2024 (okt–dec)');
    expect(yearLabel(2024, '2024-10-01', '2026-12-31', 'en')).toBe('2024 (Oct–Dec)');
    expect(yearLabel(2025, '2024-10-01', '2026-12-31', 'sv')).toBe('2025');
    expect(yearLabel(2026, '2024-10-01', '2026-12-31', 'sv')).toBe('2026');
    expect(yearLabel(2026, '2024-10-01', '2026-06-30', 'sv')).toBe('2026 (jan–juni)');
    expect(yearLabel(2024, '2024-03-01', '2024-03-31', 'en')).toBe('2024 (Mar)');
    expect(yearLabel(2024, '2024-01-15', '2025-12-31', 'sv')).toBe('2024 (jan–dec)');
  });
  test('quarterLabel', () => {
    expect(quarterLabel('2024-Q4', 'sv')).toBe('2024 kv. 4');
    expect(quarterLabel('2024-Q4', 'en')).toBe('2024 Q4');
  });
});
