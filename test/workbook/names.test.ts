import fc from 'fast-check';
import { excelNameKey, nameKey, sameName } from '../../src/workbook/names';
import { computeBudget } from '../../src/engine';
import { d, initiative, params, staff } from '../engine/builders';
import type { BudgetInput } from '../../src/engine/types';
import { buildSummaryPlans } from '../../src/summary';
import { decisionView, initiativeDetail } from '../../src/session';
import { cellsOf } from '../summary/evaluate-plan';
import { context } from '../summary/fixtures';

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

  it('gives every name the key of the whole rule, also when asked again (the cache)', () => {
    const whole = (s: string) => s.replace(/\s+/g, ' ').trim().normalize('NFC').toLocaleLowerCase('sv');
    const ascii = fc.string({ unit: fc.constantFrom(...'Aa Zz09-_.!~\t'.split('')) });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string()), (s) => {
        expect(nameKey(s)).toBe(whole(s));
        expect(nameKey(s)).toBe(whole(s));
      }),
    );
    expect(nameKey('Insats 12')).toBe('insats 12');
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
          // NFD (o + combining diaeresis) and a double space.
          scenario: 'Kansliets  fo\u0308rslag',
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

    // The session's views find the initiative and its role by either spelling.
    const detail = initiativeDetail(result, 'framsteget 2.0', 'sv')!;
    expect(detail.roles.map((r) => [r.role, r.fteApplied, r.fteProposed])).toEqual([
      ['Coacher', '100\u00a0%', '50\u00a0%'],
    ]);
    expect(decisionView(result, 'sv', 'x', { fingerprint: null, writtenAt: null }).items[0]!.adjusted).toBe(
      true,
    );

    // The decision sheet lists the row and the adjustment under the initiative's own name.
    const [summary] = buildSummaryPlans(result, context({ input }));
    const texts = [...cellsOf(summary!).values()].flatMap((c) => (c.kind === 'text' ? [c.text] : []));
    expect(texts.filter((t) => t === 'Framsteget 2.0').length).toBeGreaterThanOrEqual(3);
    expect(texts).not.toContain('  framsteget   2.0');
    expect(texts).not.toContain('FRAMSTEGET 2.0');
  });
});
