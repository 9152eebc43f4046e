import fc from 'fast-check';
import { excelNameKey, nameKey, sameName } from '../../src/workbook/names';
import { computeBudget } from '../../src/engine';
import { d, initiative, params, staff } from '../engine/builders';
import type { BudgetInput } from '../../src/engine/types';

describe('nameKey: one rule for the names users type', () => {
  it.each([
    ['Framsteget 2.0', 'framsteget 2.0'],
    ['Framsteget 2.0', '  FRAMSTEGET   2.0 '],
    ['Samordnat stöd', 'Samordnat\u00a0stöd'],
    ['Samordnat stöd', 'samordnat\tSTÖD'],
    // NFD (o + combining diaeresis), as macOS and some .xlsx writers store it.
    ['Håbo Återstart', 'Ha\u030abo A\u030aterstart'],
  ])('%j and %j are one name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Coach', 'Coacher'],
    ['Framsteget 2.0', 'Framsteget 20'],
    ['Stöd', 'Stod'],
  ])('%j and %j are two names', (a, b) => expect(sameName(a, b)).toBe(false));

  it('is idempotent and ignores case and spacing for any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(nameKey(nameKey(s))).toBe(nameKey(s));
        expect(nameKey(` ${s.toLocaleUpperCase('sv')}  `)).toBe(nameKey(s.toLocaleUpperCase('sv')));
      }),
    );
  });

  it('keeps spaces significant in Excel object names', () => {
    expect(excelNameKey('Blad 1')).toBe(excelNameKey('BLAD 1'));
    expect(excelNameKey('Blad 1')).not.toBe(excelNameKey('Blad  1'));
  });
});

describe('the engine compares names by nameKey', () => {
  it('joins staffing and adjustments to an initiative written with other case and spacing', () => {
    const input: BudgetInput = {
      initiatives: [initiative('Framsteget 2.0', '2024-01-01', '2024-12-31')],
      staffing: [staff('  framsteget   2.0', 'Coacher', 1, 30000)],
      costs: [],
      frame: [],
      parameters: params(),
      adjustments: [
        {
          id: 'Justeringar:2',
          scenario: 'Kansliets  förslag',
          initiative: 'FRAMSTEGET 2.0',
          reason: null,
          action: 'setFte',
          role: ' coacher ',
          fte: d('0.5'),
        },
      ],
    };
    const result = computeBudget(input, 'kansliets förslag');
    expect(result.issues).toEqual([]);
    expect(result.initiatives[0]!.applied.rounded.total.toNumber()).toBe(360000);
    expect(result.initiatives[0]!.proposed.rounded.total.toNumber()).toBe(180000);
  });
});
