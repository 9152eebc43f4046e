// The summary on real engine output: a small meeting like seed 004 beside seed 002.
import { computeBudget } from '../../src/engine';
import { buildSummaryPlans, decisionText, TABLE_NAMES, PERIODISATION_TABLE } from '../../src/summary';
import { parseRange } from '../../src/adapters/memory/memory-workbook';
import { a1, columnIndex } from '../../src/workbook/snapshot';
import { context } from './fixtures';
import { SAMORDNAT, meetingInput } from './meeting-input';
import { cellsOf, evaluatedFormulas } from './evaluate-plan';
import { planProblems } from './plan-checks';

describe('summary of a computed budget', () => {
  const input = meetingInput();

  it.each([['Kansliets förslag'], [null]])(
    'scenario %p: every formula computes the engine figure',
    (scenario) => {
      const result = computeBudget(input, scenario);
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const plans = buildSummaryPlans(result, context({ input }));
      for (const plan of plans) {
        expect(planProblems(plan)).toEqual([]);
        expect(evaluatedFormulas(plan).length).toBeGreaterThan(5);
      }
      const [summary, periodisation] = plans;
      const cells = cellsOf(summary!);
      const overview = parseRange(summary!.tables.find((t) => t.name === TABLE_NAMES.overview)!.range);
      const totalRow = overview.bottom + 1;
      expect(cells.get(a1(totalRow, 5))).toMatchObject({
        kind: 'formula',
        expected: result.totals.applied.toNumber(),
      });
      expect(cells.get(a1(totalRow, 6))).toMatchObject({
        kind: 'formula',
        expected: result.totals.proposed.toNumber(),
      });
      expect(cells.get(a1(totalRow, 8))).toMatchObject({
        kind: 'formula',
        expected: result.totals.decisionAmount.toNumber(),
      });
      // Blocks of years, one table each; the last has the total column.
      const blocks = periodisation!.tables
        .filter((t) => t.name.startsWith(PERIODISATION_TABLE))
        .map((t) => parseRange(t.range));
      expect(blocks.length).toBeGreaterThan(1);
      const last = blocks[blocks.length - 1]!;
      const pcells = cellsOf(periodisation!);
      expect(pcells.get(a1(last.bottom + 1, last.right))).toMatchObject({
        expected: result.totals.proposed.toNumber(),
      });
      // Every initiative's quarters, as the engine rounded them, appear in its rows, block by block.
      for (const r of result.initiatives) {
        const i = result.initiatives.indexOf(r);
        const written = blocks.flatMap((q) =>
          [...pcells.entries()]
            .filter(
              ([address, c]) => c.kind === 'number' && new RegExp(`^[A-Z]+${q.top + 2 + i}$`).test(address),
            )
            .sort(([a], [b]) => columnIndex(a.replace(/\d+$/, '')) - columnIndex(b.replace(/\d+$/, '')))
            .map(([, c]) => (c.kind === 'number' ? c.value : 0)),
        );
        expect(written).toEqual([...r.proposed.rounded.byQuarter.values()].map((v) => v.toNumber()));
      }
    },
  );

  it('words the adjusted initiative "med justeringar" and the other "enligt ansökan" only', () => {
    const result = computeBudget(input, 'Kansliets förslag');
    const [framsteget, samordnat] = result.initiatives;
    expect(samordnat!.adjusted).toBe(true);
    expect(decisionText(samordnat!, 'sv').proposal).toMatch(
      /^att bevilja finansiellt stöd enligt ansökan för insatsen Samordnat stöd för arbete eller studier för perioden 1 oktober 2024 fram till 31 december 2026, med justeringar så att dessa hamnar på maximalt \d{1,3}(\u00a0\d{3})* kronor$/,
    );
    expect(decisionText(framsteget!, 'sv').proposal).toMatch(
      /fram till 31 december 2024, maximalt \d{1,3}(\u00a0\d{3})* kronor$/,
    );
    const amount = (s: string) => Number(/maximalt ([\d\u00a0]+) kronor/.exec(s)![1]!.replace(/\u00a0/g, ''));
    expect(amount(decisionText(samordnat!, 'sv').proposal)).toBe(samordnat!.decisionAmount.toNumber());
    expect(samordnat!.decisionAmount.toNumber() % 1000).toBe(0);
  });

  it('shows the coach cut in the staffing comparison', () => {
    const result = computeBudget(input, 'Kansliets förslag');
    const [summary] = buildSummaryPlans(result, context({ input }));
    const range = parseRange(summary!.tables.find((t) => t.name === TABLE_NAMES.staffing)!.range);
    const cells = cellsOf(summary!);
    const rows = Array.from({ length: range.bottom - range.top }, (_, i) => range.top + 1 + i);
    const coach = rows.find((r) => {
      const name = cells.get(a1(r, 0));
      const role = cells.get(a1(r, 1));
      return (
        name?.kind === 'text' && name.text === SAMORDNAT && role?.kind === 'text' && role.text === 'Coach'
      );
    })!;
    expect(cells.get(a1(coach, 3))).toMatchObject({ value: 4 });
    expect(cells.get(a1(coach, 4))).toMatchObject({ value: 3 });
    const change = cells.get(a1(coach, range.right - 1));
    expect(change).toMatchObject({ kind: 'number' });
    expect(change!.kind === 'number' && change!.value).toBeLessThan(0);
  });
});
