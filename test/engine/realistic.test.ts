// Realistic examples modelled on the seed decisions, with figures computed by hand.
import { computeBudget } from '../../src/engine';
import { adjustment, cost, d, entries, initiative, input, params, staff, years } from './builders';

test('seed 004, Samordnat stöd 2024-10-01..2026-12-31: coaches (4 of 8 self-financed), premises, one coach less', () => {
  const name = 'Samordnat stöd för arbete eller studier';
  const result = computeBudget(
    input({
      initiatives: [
        initiative(name, '2024-10-01', '2026-12-31', { maxGrant: d(6984000), owner: 'Uppsala kommun' }),
      ],
      staffing: [
        staff(name, 'Coach', 4, 30000, { payrollOverhead: d('0.4') }),
        staff(name, 'Coach (egen)', 4, 30000, { payrollOverhead: d('0.4'), funding: 'own' }),
      ],
      costs: [cost(name, 270000, { costType: 'Lokaler' })],
      parameters: params({
        revisionMonth: 4,
        salaryIncreaseByYear: new Map([
          [2025, d('0.034')],
          [2026, d('0.03')],
        ]),
      }),
      adjustments: [
        adjustment('Kansliets förslag', { action: 'setFte', initiative: name, role: 'coach', fte: d(3) }),
      ],
    }),
    'Kansliets förslag',
  );
  const a = result.initiatives[0]!;
  // Coaches 4 × 30 000 × 1.4 = 168 000 kr a month; ×1.034 from April 2025 (173 712), ×1.03 from
  // April 2026 (178 923.36). Premises 270 000 / 27 months = 10 000 kr a month.
  // 2024: 3 × 178 000 = 534 000
  // 2025: 3 × 178 000 + 9 × 183 712 = 2 187 408
  // 2026: 3 × 183 712 + 9 × 188 923.36 = 2 251 446.24
  expect(years(a.applied.rounded.byYear)).toEqual({ 2024: '534000', 2025: '2187408', 2026: '2251446' });
  expect(a.applied.rounded.total.toString()).toBe('4972854');
  expect(a.applied.exact.total.toString()).toBe('4972854.24');
  expect(entries(a.applied.rounded.byQuarter).slice(0, 3)).toEqual([
    ['2024-Q4', '534000'],
    ['2025-Q1', '534000'],
    ['2025-Q2', '551136'],
  ]);
  // Self-financed coaches: the staffing part of the above.
  expect(a.selfFinancedApplied.rounded.total.toString()).toBe('4702854');
  // One coach less: 3/4 of the coach cost.
  // 2024: 3 × 136 000 = 408 000; 2025: 3 × 136 000 + 9 × 140 284 = 1 670 556;
  // 2026: 3 × 140 284 + 9 × 144 192.52 = 1 718 584.68
  expect(years(a.proposed.rounded.byYear)).toEqual({ 2024: '408000', 2025: '1670556', 2026: '1718585' });
  expect(a.proposed.rounded.total.toString()).toBe('3797141');
  expect(a.decisionAmount.toString()).toBe('3798000');
  expect(a.status).toBe('withinMax');
  expect(years(result.staffing[0]!.proposedByYear)).toEqual({
    2024: '378000',
    2025: '1550556',
    2026: '1598585',
  });
});

test('seed 002, Framsteget 2.0 2023–2024: coacher 350 %, arbetsförmedlare 25 %, insatsansvarig 30 %, arbetsgivarkoordinator 100 %', () => {
  const name = 'Framsteget 2.0';
  const result = computeBudget(
    input({
      initiatives: [
        initiative(name, '2023-01-01', '2024-12-31', { maxGrant: d(7711000), owner: 'Håbo kommun' }),
      ],
      staffing: [
        staff(name, 'Coach', '3.5', 32000, { payrollOverhead: null, employer: 'Håbo kommun' }),
        staff(name, 'Arbetsförmedlare', '0.25', 35000, {
          payrollOverhead: null,
          employer: 'Arbetsförmedlingen',
        }),
        staff(name, 'Insatsansvarig', '0.3', 40000, { payrollOverhead: null, employer: 'Håbo kommun' }),
        staff(name, 'Arbetsgivarkoordinator', 1, 33000, { payrollOverhead: null, employer: 'Håbo kommun' }),
      ],
      costs: [cost(name, 100000, { year: 2023, costType: 'Utbildning' })],
      parameters: params({
        payrollOverhead: d('0.4215'),
        payrollOverheadByEmployer: new Map([['Arbetsförmedlingen', d('0.48')]]),
      }),
    }),
    null,
  );
  const a = result.initiatives[0]!;
  // A month: 159 208 + 12 950 + 17 058 + 46 909.50 = 236 125.50 kr; a year 2 833 506 kr.
  expect(years(a.applied.rounded.byYear)).toEqual({ 2023: '2933506', 2024: '2833506' });
  expect(a.applied.rounded.total.toString()).toBe('5767012');
  // 2023 quarters are 733 376.50 each: the two missing kronor go to the earlier quarters.
  expect(entries(a.applied.rounded.byQuarter).slice(0, 4)).toEqual([
    ['2023-Q1', '733377'],
    ['2023-Q2', '733377'],
    ['2023-Q3', '733376'],
    ['2023-Q4', '733376'],
  ]);
  // 2024 months are 236 125.50: quarters 708 376.50; Q1 and Q2 get the extra krona.
  expect(a.applied.rounded.byQuarter.get('2024-Q1')!.toString()).toBe('708377');
  expect(a.applied.rounded.byQuarter.get('2024-Q4')!.toString()).toBe('708376');
  expect(a.decisionAmount.toString()).toBe('5768000');
  expect(a.status).toBe('withinMax');
  expect(result.staffing.map((s) => s.payrollOverheadUsed.toString())).toEqual([
    '0.4215',
    '0.48',
    '0.4215',
    '0.4215',
  ]);
  expect(years(result.staffing[3]!.appliedByYear)).toEqual({ 2023: '562914', 2024: '562914' });
});
