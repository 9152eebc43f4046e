// Every message in both languages, different from each other, never empty.
import Decimal from 'decimal.js';
import { cellMessages, tableMessages } from '../../src/contract/messages';

const column = { sv: 'Omfattning', en: 'FTE' };
const d = new Decimal('3.5');
const samples: Record<string, unknown[]> = {
  formulaError: [column, '#REF!'],
  formulaWithoutValue: [column],
  increaseLow: [column, new Decimal('0.00034'), new Decimal('0.034')],
  rowsBelowTable: [column, 'Tabell1', 15],
  secondTable: [column, 'Bemanning (Bemanning)', 'Tabell7 (Bemanning 2)'],
  columnRenamed: [column, 'Finansiär', { sv: 'Finansiering', en: 'Funding' }],
  columnHoldsValuesOf: [
    column,
    'Betalare',
    { sv: 'Finansiering', en: 'Funding' },
    { sv: 'Egen', en: 'Egen' },
  ],
  requiredMissing: [column],
  notAnAmount: [column, 'x'],
  ambiguousAmount: [column, '45.000'],
  notAPercent: [column, 'x'],
  notADate: [column, 'x'],
  dateNotIso: [column, '1/10/2024'],
  dateOutOfRange: [column, '1905-07-16', 2024],
  notAYear: [column, 'x'],
  notAMonth: [column, 13],
  notText: [column, true],
  unknownFunding: [column, 'x'],
  unknownStatus: [column, 'x'],
  unknownHeld: [column, 'x'],
  unknownPrincipal: [column, 'x'],
  equityFloorWithoutOpening: [],
  unknownAction: [column, 'x'],
  unknownRoundingMode: [column, 'x'],
  negativeAmount: [column, new Decimal(-5)],
  amountHigh: [column, new Decimal(1e9), new Decimal(1e8)],
  salaryHigh: [column, new Decimal(480_000), new Decimal(150_000)],
  salaryLow: [column, new Decimal(38), new Decimal(10_000)],
  fteNegative: [column, new Decimal(-1)],
  fteTooHigh: [column, new Decimal(350), new Decimal(20), d],
  fteSuspicious: [column, new Decimal('0.035'), d],
  poOutOfRange: [column, new Decimal('40.15'), new Decimal('0.4015')],
  poSuspicious: [column, new Decimal('0.004'), null],
  increaseOutOfRange: [column, new Decimal(-1), null],
  increaseSuspicious: [column, new Decimal('0.34'), null],
  roundingStepInvalid: [column, new Decimal(0)],
  missingTable: [{ sv: 'Insatser', en: 'Initiatives' }, [column]],
  missingColumn: [{ sv: 'Bemanning', en: 'Staffing' }, column, 'Tabell3'],
  duplicateTable: [{ sv: 'Ram', en: 'Frame' }, ['Ram', 'Frame']],
  duplicateColumn: [{ sv: 'Ram', en: 'Frame' }, column],
  unknownParameter: ['x'],
  duplicateParameter: ['PO-pålägg', 'Parametrar!A2'],
  parameterYearInvalid: ['Löneökning 23'],
  roleRequired: [],
  valueRequired: [
    { sv: 'Tak', en: 'Cap' },
    { sv: '1 000', en: '1000' },
  ],
  valueIgnored: [{ sv: 'Ta bort', en: 'Remove' }],
  roleIgnored: [],
};

describe('messages', () => {
  const all = { ...cellMessages, ...tableMessages } as Record<
    string,
    (...args: unknown[]) => { sv: string; en: string }
  >;
  test('every message has a sample', () =>
    expect(Object.keys(all).sort()).toEqual(Object.keys(samples).sort()));
  test.each(Object.keys(samples))('%s: Swedish and English, non-empty and different', (name) => {
    const text = all[name]!(...samples[name]!);
    expect(text.sv.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(text.sv).not.toBe(text.en);
  });
  test('amounts and percentages read as src/format writes them (SEK first in English, a true minus)', () => {
    const amount = cellMessages.negativeAmount({ sv: 'Belopp', en: 'Amount' }, new Decimal('-45000'));
    expect(amount.en).toContain('SEK\u00a0\u221245,000');
    expect(amount.sv).toContain('\u221245\u00a0000\u00a0kr');
  });
});
