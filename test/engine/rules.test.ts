// One focused test per rule a–i of issue 2 (the worked examples are in worked-examples.test.ts).
import { computeBudget, decisionAmount, roundSeries } from '../../src/engine';
import { adjustment, cost, d, entries, frameYear, initiative, input, params, staff, years } from './builders';

const only = (i: ReturnType<typeof input>, scenario: string | null = null) => computeBudget(i, scenario);

describe('a. month weights', () => {
  test('February 2024 has 29 days: 2024-02-10..2024-02-29 is 20/29 of a month', () => {
    const result = only(
      input({
        initiatives: [initiative('A', '2024-02-10', '2024-02-29')],
        staffing: [staff('A', 'Coach', 1, 29000)],
      }),
    );
    expect(result.initiatives[0]!.applied.rounded.total.toString()).toBe('20000');
  });
  test('both the first and the last day count', () => {
    const result = only(
      input({
        initiatives: [initiative('A', '2023-02-01', '2023-02-01')],
        staffing: [staff('A', 'Coach', 1, 28000)],
      }),
    );
    expect(result.initiatives[0]!.applied.rounded.total.toString()).toBe('1000');
  });
});

describe('b. staffing cost', () => {
  test('weight × salary × FTE × (1 + PO); FTE 350 % is 3.5; dates default to the initiative', () => {
    const result = only(
      input({
        initiatives: [initiative('A', '2024-01-01', '2024-12-31')],
        staffing: [staff('A', 'Coach', '3.5', 30000, { payrollOverhead: d('0.4') })],
      }),
    );
    expect(result.initiatives[0]!.applied.rounded.byMonth.get('2024-06')!.toString()).toBe('147000');
    expect(result.staffing[0]!.endApplied).toBe('2024-12-31');
  });
  test('a row with its own dates counts only those days', () => {
    const result = only(
      input({
        initiatives: [initiative('A', '2024-01-01', '2024-12-31')],
        staffing: [staff('A', 'Coach', 1, 31000, { start: '2024-03-17', end: '2024-05-31' })],
      }),
    );
    expect(entries(result.initiatives[0]!.applied.rounded.byMonth).filter(([, v]) => v !== '0')).toEqual([
      ['2024-03', '15000'],
      ['2024-04', '31000'],
      ['2024-05', '31000'],
    ]);
  });
});

describe('c. salary index', () => {
  const run = (start: string, extra: Partial<ReturnType<typeof params>> = {}) =>
    only(
      input({
        initiatives: [initiative('A', start, '2026-12-31')],
        staffing: [staff('A', 'Coach', 1, 10000)],
        parameters: params({ revisionMonth: 4, salaryIncrease: d('0.1'), ...extra }),
      }),
    ).initiatives[0]!.applied.rounded.byMonth;
  test('a revision on the start date itself does not count; the next one does', () => {
    const months = run('2024-04-01');
    expect(months.get('2024-04')!.toString()).toBe('10000');
    expect(months.get('2025-03')!.toString()).toBe('10000');
    expect(months.get('2025-04')!.toString()).toBe('11000');
    expect(months.get('2026-04')!.toString()).toBe('12100');
  });
  test('a revision strictly after a mid-month start counts from its month', () => {
    const months = run('2024-03-15');
    expect(months.get('2024-04')!.toString()).toBe('11000');
  });
  test('the year-specific increase wins over the general one; no increase at all is 0', () => {
    const months = run('2024-01-01', { salaryIncreaseByYear: new Map([[2025, d('0.02')]]) });
    expect(months.get('2024-04')!.toString()).toBe('11000');
    expect(months.get('2025-04')!.toString()).toBe('11220');
    const flat = run('2024-01-01', { salaryIncrease: null });
    expect(flat.get('2026-12')!.toString()).toBe('10000');
  });
});

describe('d. payroll overhead', () => {
  const po = (row: Parameters<typeof staff>[4], parameters = params()) =>
    only(
      input({
        initiatives: [initiative('A', '2024-01-01', '2024-01-31')],
        staffing: [staff('A', 'Coach', 1, 10000, row)],
        parameters,
      }),
    );
  const parameters = params({
    payrollOverhead: d('0.4'),
    payrollOverheadByEmployer: new Map([['Region Uppsala', d('0.5')]]),
  });
  test("the row's own value first", () => {
    const r = po({ payrollOverhead: d('0.3'), employer: 'Region Uppsala' }, parameters);
    expect(r.initiatives[0]!.applied.rounded.total.toString()).toBe('13000');
  });
  test("then the employer's (case-insensitive, trimmed)", () => {
    const r = po({ payrollOverhead: null, employer: '  region uppsala ' }, parameters);
    expect(r.initiatives[0]!.applied.rounded.total.toString()).toBe('15000');
    expect(r.staffing[0]!.payrollOverheadUsed.toString()).toBe('0.5');
  });
  test('then the general one', () => {
    const r = po({ payrollOverhead: null, employer: 'Knivsta kommun' }, parameters);
    expect(r.initiatives[0]!.applied.rounded.total.toString()).toBe('14000');
  });
  test('else 0 with a warning', () => {
    const r = po({ payrollOverhead: null });
    expect(r.initiatives[0]!.applied.rounded.total.toString()).toBe('10000');
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'missing-payroll-overhead']]);
  });
});

describe('e. other costs', () => {
  test("with a year: spread over the initiative's months in that year by month weight", () => {
    const r = only(
      input({
        initiatives: [initiative('A', '2024-10-15', '2025-12-31')],
        costs: [cost('A', 100000, { year: 2024 })],
      }),
    );
    const rounded = r.initiatives[0]!.applied.rounded;
    expect(years(rounded.byYear)).toEqual({ 2024: '100000', 2025: '0' });
    // Weights 17/31, 1, 1: October gets 17/31 ÷ (17/31 + 2) = 17/79.
    expect(rounded.byMonth.get('2024-10')!.toString()).toBe(d(100000).times(17).div(79).round().toString());
  });
  test('without a year: over the whole period', () => {
    const r = only(
      input({ initiatives: [initiative('A', '2024-01-01', '2025-12-31')], costs: [cost('A', 240000)] }),
    );
    expect(years(r.initiatives[0]!.applied.rounded.byYear)).toEqual({ 2024: '120000', 2025: '120000' });
  });
});

describe('f. self-financing', () => {
  test('own rows and costs are reported separately and never count toward the grant', () => {
    const r = only(
      input({
        initiatives: [initiative('A', '2024-01-01', '2024-12-31')],
        staffing: [staff('A', 'Coach', 1, 10000), staff('A', 'Coach', 1, 10000, { funding: 'own' })],
        costs: [cost('A', 144000, { funding: 'own' })],
      }),
    );
    const a = r.initiatives[0]!;
    expect(a.applied.rounded.total.toString()).toBe('120000');
    expect(a.selfFinancedApplied.rounded.total.toString()).toBe('264000');
    expect(a.selfFinanced.rounded.total.toString()).toBe('264000');
    expect(r.totals.applied.toString()).toBe('120000');
    expect(r.totals.selfFinanced.toString()).toBe('264000');
  });
});

describe('g. adjustments', () => {
  const base = () =>
    input({
      initiatives: [initiative('A', '2024-01-01', '2025-12-31'), initiative('B', '2024-01-01', '2025-12-31')],
      staffing: [
        staff('A', 'Coach', 4, 10000),
        staff('A', 'Coach', 4, 10000, { funding: 'own' }),
        staff('A', 'Handledare', 1, 20000),
        staff('A', 'Handledare', 1, 20000, { start: '2025-01-01' }),
        staff('B', 'Coach', 1, 10000),
      ],
      costs: [cost('A', 240000), cost('A', 24000, { funding: 'own' })],
    });
  const withAdjustments = (...adjustments: ReturnType<typeof adjustment>[]) => {
    const i = base();
    return computeBudget({ ...i, adjustments }, 'Kansliets förslag');
  };

  test('the application itself never changes', () => {
    const r = withAdjustments(
      adjustment('kansliets förslag', { action: 'setFte', initiative: 'A', role: 'coach', fte: d(3) }),
    );
    const a = r.initiatives[0]!;
    expect(a.applied.rounded.total.toString()).toBe(String(24 * 40000 + 24 * 20000 + 12 * 20000 + 240000));
    expect(a.proposed.rounded.total.toString()).toBe(String(24 * 30000 + 24 * 20000 + 12 * 20000 + 240000));
    expect(a.adjusted).toBe(true);
    expect(r.scenario).toBe('kansliets förslag');
    // Self-financed coaches are untouched.
    expect(a.selfFinanced.rounded.total.toString()).toBe(String(24 * 40000 + 24000));
    const coach = r.staffing[0]!;
    expect([coach.fteApplied.toString(), coach.fteProposed.toString()]).toEqual(['4', '3']);
    expect(years(coach.proposedByYear)).toEqual({ 2024: '360000', 2025: '360000' });
  });

  test('remove a role removes every grant row of it', () => {
    const r = withAdjustments(
      adjustment('Kansliets förslag', { action: 'remove', initiative: 'A', role: 'Handledare' }),
    );
    expect(r.initiatives[0]!.proposed.rounded.total.toString()).toBe(String(24 * 40000 + 240000));
    expect(r.staffing[2]!.removed).toBe(true);
    expect(r.staffing[2]!.fteProposed.toString()).toBe('0');
    expect(r.staffing[2]!.endProposed).toBeNull();
  });

  test('remove without a role removes the whole initiative, its self-financing too', () => {
    const r = withAdjustments(
      adjustment('Kansliets förslag', { action: 'remove', initiative: 'A', role: null }),
    );
    const a = r.initiatives[0]!;
    expect(a.removed).toBe(true);
    expect(a.proposed.rounded.total.toString()).toBe('0');
    expect(a.selfFinanced.rounded.total.toString()).toBe('0');
    expect(a.decisionAmount.toString()).toBe('0');
    expect(a.selfFinancedApplied.rounded.total.toString()).not.toBe('0');
  });

  test('set a role end date', () => {
    const r = withAdjustments(
      adjustment('Kansliets förslag', {
        action: 'setEnd',
        initiative: 'A',
        role: 'Coach',
        end: '2024-06-30',
      }),
    );
    expect(r.initiatives[0]!.proposed.rounded.byYear.get(2024)!.toString()).toBe(
      String(6 * 40000 + 12 * 20000 + 120000),
    );
    expect(r.staffing[0]!.endProposed).toBe('2024-06-30');
  });

  test('end the whole initiative early: nothing after the date, costs spread as before', () => {
    const r = withAdjustments(
      adjustment('Kansliets förslag', { action: 'setEnd', initiative: 'A', role: null, end: '2024-12-31' }),
    );
    const a = r.initiatives[0]!;
    expect(years(a.proposed.rounded.byYear)).toEqual({
      2024: String(12 * 40000 + 12 * 20000 + 120000),
      2025: '0',
    });
    expect(years(a.selfFinanced.rounded.byYear)).toEqual({ 2024: String(12 * 40000 + 12000), 2025: '0' });
    // The handledare row starting 2025-01-01 does not run at all.
    expect(r.staffing[3]!.removed).toBe(true);
  });

  test('cap: every month scaled by cap/total, after the other adjustments; never exceeded', () => {
    const r = withAdjustments(
      adjustment('Kansliets förslag', { action: 'cap', initiative: 'A', amount: d(1000000) }),
      adjustment('Kansliets förslag', { action: 'remove', initiative: 'A', role: 'Handledare' }),
    );
    const a = r.initiatives[0]!;
    const uncapped = 24 * 40000 + 240000;
    expect(a.capApplied!.toString()).toBe('1000000');
    expect(a.proposed.rounded.total.toString()).toBe('1000000');
    // Exactly the cap inside; the exact series shows months truncated to 20 decimals.
    expect(a.proposed.exact.total.toDecimalPlaces(15).toString()).toBe('1000000');
    // Each month 50 000 × 1 000 000 / 1 200 000 = 41 666,67 kr; a quarter 125 000 kr.
    expect(uncapped).toBe(1200000);
    expect(a.proposed.rounded.byQuarter.get('2024-Q1')!.toString()).toBe('125000');
    const q1 = ['2024-01', '2024-02', '2024-03']
      .map((m) => a.proposed.rounded.byMonth.get(m)!.toNumber())
      .sort();
    expect(q1).toEqual([41666, 41667, 41667]);
  });

  test('a cap above the total changes nothing', () => {
    const r = withAdjustments(
      adjustment('Kansliets förslag', { action: 'cap', initiative: 'B', amount: d(10000000) }),
    );
    expect(r.initiatives[1]!.capApplied).toBeNull();
    expect(r.initiatives[1]!.adjusted).toBe(false);
  });

  test('later adjustments override earlier ones on the same row; other scenarios are ignored', () => {
    const r = withAdjustments(
      adjustment('Kansliets förslag', { action: 'setFte', initiative: 'B', role: 'Coach', fte: d(0.5) }),
      adjustment('Annat', { action: 'setFte', initiative: 'B', role: 'Coach', fte: d(0) }),
      adjustment('Kansliets förslag', { action: 'setFte', initiative: 'B', role: 'Coach', fte: d(0.25) }),
    );
    expect(r.staffing[4]!.fteProposed.toString()).toBe('0.25');
    expect(r.adjustmentsApplied).toHaveLength(2);
  });

  test('an Omfattning sets every grant-funded row of a role whose rows share one FTE (one post)', () => {
    // Handledare is on two rows of 100 % (2024–2025 and 2025): both go to 50 %, the self-financed
    // Coach row is not a grant-funded row of its role and stays.
    const r = withAdjustments(
      adjustment('Kansliets förslag', { action: 'setFte', initiative: 'A', role: 'handledare', fte: d(0.5) }),
    );
    expect(r.issues).toEqual([]);
    expect(r.staffing.map((s) => s.fteProposed.toString())).toEqual(['4', '4', '0.5', '0.5', '1']);
    expect(years(r.staffing[2]!.proposedByYear)).toEqual({ 2024: '120000', 2025: '120000' });
    expect(years(r.staffing[3]!.proposedByYear)).toEqual({ 2024: '0', 2025: '120000' });
    expect(r.initiatives[0]!.proposed.rounded.total.toString()).toBe(
      String(24 * 40000 + 24 * 10000 + 12 * 10000 + 240000),
    );
  });

  test('errors are never silently ignored', () => {
    const i = base();
    const staffing = i.staffing.map((s, n) => (n === 3 ? { ...s, fte: d(0.75) } : s));
    const r = computeBudget(
      {
        ...i,
        staffing,
        adjustments: [
          adjustment('Kansliets förslag', {
            action: 'setFte',
            initiative: 'A',
            role: 'Handledare',
            fte: d(0.5),
          }),
          adjustment('Kansliets förslag', { action: 'remove', initiative: 'A', role: 'Projektledare' }),
        ],
      },
      'Kansliets förslag',
    );
    expect(r.issues.map((i) => i.code)).toEqual(['adjustment-several-rows', 'adjustment-no-match']);
    expect(r.adjustmentsApplied).toHaveLength(0);
    expect(r.initiatives[0]!.adjusted).toBe(false);
  });
});

describe('h. results and the frame', () => {
  test('per frame year: available, applied, proposed, over and percent; totals over the frame years', () => {
    const r = computeBudget(
      input({
        initiatives: [
          initiative('A', '2024-01-01', '2025-12-31'),
          initiative('B', '2024-07-01', '2024-12-31'),
        ],
        staffing: [staff('A', 'Coach', 1, 50000), staff('B', 'Coach', 1, 50000)],
        frame: [frameYear(2024, 800000), frameYear(2025, 0), frameYear(2026, 1000000)],
        adjustments: [adjustment('S', { action: 'remove', initiative: 'B', role: null })],
      }),
      'S',
    );
    const [y2024, y2025, y2026] = r.frame;
    expect([y2024!.applied, y2024!.proposed, y2024!.overApplied, y2024!.overProposed].map(String)).toEqual([
      '900000',
      '600000',
      '100000',
      '-200000',
    ]);
    expect(y2024!.overAppliedPercent!.toString()).toBe('12.5');
    expect(y2024!.overProposedPercent!.toString()).toBe('-25');
    expect(y2025!.overAppliedPercent).toBeNull();
    expect(y2026!.overApplied.toString()).toBe('-1000000');
    expect(r.totals.available.toString()).toBe('1800000');
    expect(r.totals.overApplied.toString()).toBe(String(900000 + 600000 + 0 - 1800000));
    expect(r.totals.overAppliedPercent!.toString()).toBe('-16.7');
    expect(r.totals.applied.toString()).toBe('1500000');
    expect(r.totals.proposed.toString()).toBe('1200000');
  });
  test('status against the maximum and the stated difference', () => {
    const r = only(
      input({
        initiatives: [
          initiative('A', '2024-01-01', '2024-12-31', { maxGrant: d(100000), statedApplied: d(125000) }),
          initiative('B', '2024-01-01', '2024-12-31', { maxGrant: d(121000) }),
          initiative('C', '2024-01-01', '2024-12-31'),
        ],
        costs: [cost('A', 120500), cost('B', 120500), cost('C', 1)],
      }),
    );
    expect(r.initiatives.map((i) => i.status)).toEqual(['overMax', 'withinMax', 'noMax']);
    expect(r.initiatives[0]!.statedDifference!.toString()).toBe('4500');
    expect(r.initiatives[1]!.statedDifference).toBeNull();
  });
});

describe('i. rounding', () => {
  test('total half-up; years by largest remainder, ties to the earlier year', () => {
    const rounded = roundSeries({
      months: [
        { month: '2024-12', amount: d('0.5') },
        { month: '2025-01', amount: d('0.5') },
        { month: '2026-01', amount: d('0.5') },
      ],
      total: d('1.5'),
    });
    expect(rounded.total.toString()).toBe('2');
    expect(years(rounded.byYear)).toEqual({ 2024: '1', 2025: '1', 2026: '0' });
    expect(entries(rounded.byQuarter)).toEqual([
      ['2024-Q4', '1'],
      ['2025-Q1', '1'],
      ['2026-Q1', '0'],
    ]);
  });
  test('the decision amount: up to the step by default, or to the nearest', () => {
    expect(decisionAmount(d(6983001), d(1000), 'up').toString()).toBe('6984000');
    expect(decisionAmount(d(6984000), d(1000), 'up').toString()).toBe('6984000');
    expect(decisionAmount(d(6983499), d(1000), 'nearest').toString()).toBe('6983000');
    expect(decisionAmount(d(6983500), d(1000), 'nearest').toString()).toBe('6984000');
    expect(decisionAmount(d(12345), d(500), 'up').toString()).toBe('12500');
  });
  test('the engine applies the decision step from the parameters', () => {
    const r = only(
      input({
        initiatives: [initiative('A', '2024-01-01', '2024-12-31')],
        costs: [cost('A', 120001)],
        parameters: params({ roundingStep: d(10000), roundingMode: 'nearest' }),
      }),
    );
    expect(r.initiatives[0]!.decisionAmount.toString()).toBe('120000');
  });
});
