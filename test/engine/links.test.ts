// The engine's result carries what it resolved: each initiative's rows, its proposed end, its cap
// and its adjustments, so that no consumer joins them back by name.
import { computeBudget } from '../../src/engine';
import { decisionText } from '../../src/summary';
import type { Adjustment, BudgetInput } from '../../src/engine/types';
import { cost, d, initiative, params, staff } from './builders';

const adjustment = (id: number, fields: Partial<Adjustment> & Pick<Adjustment, 'action'>): Adjustment =>
  ({
    id: `Justeringar:${id}`,
    scenario: 'S',
    initiative: 'A',
    role: null,
    reason: null,
    ...fields,
  }) as Adjustment;

function input(adjustments: Adjustment[], rejected: string[] = []): BudgetInput {
  return {
    initiatives: [
      initiative('A', '2024-01-01', '2024-12-31'),
      initiative('B', '2024-01-01', '2024-12-31'),
      initiative('Trasig', '2024-12-31', '2024-01-01'),
    ],
    staffing: [
      staff('a', 'Coach', 1, 30000),
      staff('B', 'Coach', 1, 30000),
      staff(' A ', 'Ledare', '0.5', 40000),
      staff('A', 'Sent', 1, 30000, { start: '2025-01-01' }),
      staff('TRASIG', 'Coach', 1, 30000),
      staff('Okänd', 'Coach', 1, 30000),
    ],
    costs: [cost('A', 12000), cost('b', 24000, { year: 2024 }), cost('trasig', 1)],
    frame: [],
    parameters: params(),
    adjustments,
    rejectedInitiatives: rejected,
  };
}

describe('each initiative result carries its rows', () => {
  const result = computeBudget(input([]), null);
  const [a, b, broken] = result.initiatives;

  it('has the Bemanning rows that name it, in Bemanning order, included or not', () => {
    expect(a!.staffing.map((s) => s.row.role)).toEqual(['Coach', 'Ledare', 'Sent']);
    expect(a!.staffing.map((s) => s.included)).toEqual([true, true, false]);
    expect(b!.staffing.map((s) => s.row.role)).toEqual(['Coach']);
    expect(broken!.included).toBe(false);
    expect(broken!.staffing.map((s) => s.included)).toEqual([false]);
    // The same objects as the flat list; the row naming no initiative is only there.
    expect(a!.staffing[0]).toBe(result.staffing[0]);
    expect(result.staffing).toHaveLength(6);
  });

  it('has its Kostnader rows with whole kronor per year', () => {
    expect(a!.costs.map((c) => c.row.amount.toNumber())).toEqual([12000]);
    expect(a!.costs[0]!.appliedByYear.get(2024)?.toNumber()).toBe(12000);
    expect(b!.costs[0]!.proposedByYear.get(2024)?.toNumber()).toBe(24000);
    expect(broken!.costs.map((c) => c.included)).toEqual([false]);
  });

  it('names initiatives rejected while reading once, and only when no result has the name', () => {
    const read = computeBudget(input([], ['Oläslig', 'trasig', 'oläslig ']), null);
    expect(read.unreadInitiatives).toEqual(['Oläslig']);
  });
});

describe('proposed end, cap and adjustments', () => {
  it('without a scenario: the application end, no cap, no adjustments', () => {
    const a = computeBudget(input([]), null).initiatives[0]!;
    expect(a.proposedEnd).toBe('2024-12-31');
    expect(a.cap).toBeNull();
    expect(a.adjustments).toEqual([]);
  });

  it('a whole-initiative Slutdatum sets the proposed end; the last one wins, as it does for the figures', () => {
    const first = adjustment(2, { action: 'setEnd', end: '2024-06-30' });
    const second = adjustment(3, { action: 'setEnd', end: '2024-09-30', initiative: ' a ' });
    const role = adjustment(4, { action: 'setEnd', role: 'Coach', end: '2024-03-31' });
    const a = computeBudget(input([first, second, role]), 'S').initiatives[0]!;
    expect(a.proposedEnd).toBe('2024-09-30');
    // The decision's period and the rows' figures agree.
    expect(a.staffing.find((s) => s.row.role === 'Ledare')!.endProposed).toBe('2024-09-30');
    expect(a.adjustments).toEqual([first, second, role]);
    expect(decisionText(a, 'sv').proposal).toContain('fram till 30 september 2024,');
  });

  it('carries the scenario cap as written, also when it does not scale', () => {
    const cap = adjustment(2, { action: 'cap', amount: d(10_000_000) });
    const a = computeBudget(input([cap]), 'S').initiatives[0]!;
    expect(a.cap?.toNumber()).toBe(10_000_000);
    expect(a.capApplied).toBeNull();
    const b = computeBudget(input([cap]), 'S').initiatives[1]!;
    expect(b.cap).toBeNull();
    expect(b.adjustments).toEqual([]);
  });
});
