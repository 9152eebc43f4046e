// The three worked examples of issue 2, verbatim.
import { computeBudget } from '../../src/engine';
import { cost, d, initiative, input, params, staff, years } from './builders';

describe('worked examples (issue 2)', () => {
  test('2024-10-01..2026-12-31, one other cost of 6 984 000 kr without a year', () => {
    const result = computeBudget(
      input({
        initiatives: [initiative('Samordnat stöd', '2024-10-01', '2026-12-31')],
        costs: [cost('Samordnat stöd', 6984000)],
      }),
      null,
    );
    const rounded = result.initiatives[0]!.applied.rounded;
    expect(rounded.total.toString()).toBe('6984000');
    expect(years(rounded.byYear)).toEqual({ 2024: '776000', 2025: '3104000', 2026: '3104000' });
    expect(rounded.byQuarter.size).toBe(9);
    for (const [, amount] of rounded.byQuarter) expect(amount.toString()).toBe('776000');
  });

  test('one role 100 %, 30 000 kr, PO 40 %, 2024-10-15..2024-12-31: 107 032 kr', () => {
    const result = computeBudget(
      input({
        initiatives: [initiative('A', '2024-10-15', '2024-12-31')],
        staffing: [staff('A', 'Coach', 1, 30000, { payrollOverhead: d('0.4') })],
      }),
      null,
    );
    const applied = result.initiatives[0]!.applied;
    expect(applied.rounded.total.toString()).toBe('107032');
    // October is 17/31 of 42 000 kr.
    expect(applied.exact.months[0]!.amount.toDecimalPlaces(10).toString()).toBe(
      d(42000).times(17).div(31).toDecimalPlaces(10).toString(),
    );
    expect(applied.rounded.byMonth.get('2024-10')!.toString()).toBe('23032');
    expect(applied.rounded.byMonth.get('2024-11')!.toString()).toBe('42000');
  });

  test('revision month April, increase 3 %, 2024-10-01..2025-12-31, 100 % at 40 000 kr, PO 0', () => {
    const result = computeBudget(
      input({
        initiatives: [initiative('A', '2024-10-01', '2025-12-31')],
        staffing: [staff('A', 'Coach', 1, 40000, { payrollOverhead: d(0) })],
        parameters: params({ revisionMonth: 4, salaryIncrease: d('0.03') }),
      }),
      null,
    );
    expect(years(result.initiatives[0]!.applied.rounded.byYear)).toEqual({ 2024: '120000', 2025: '490800' });
  });
});
