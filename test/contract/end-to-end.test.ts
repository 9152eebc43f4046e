// readWorkbook then computeBudget: the example's decision amounts, and the cross-row faults that
// the engine reports, each pointing at the cell the contract recorded as the value's source.
import { computeBudget } from '../../src/engine';
import type { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { brief, exampleWorkbook, read, setCell } from './support';

const SCENARIO = 'Kansliets förslag';
const SAMORDNAT = 'Samordnat stöd för arbete eller studier';

describe('the example computed', () => {
  const { input, issues } = read(exampleWorkbook());

  test('the decision amounts of the seeds', () => {
    expect(issues).toEqual([]);
    const applied = computeBudget(input, null);
    const proposed = computeBudget(input, SCENARIO);
    expect(applied.issues).toEqual([]);
    expect(proposed.issues).toEqual([]);
    expect(applied.initiatives.map((i) => i.decisionAmount.toNumber())).toEqual([
      1_245_000, 1_570_000, 7_711_000, 3_391_000, 8_315_000,
    ]);
    expect(proposed.initiatives.map((i) => i.decisionAmount.toNumber())).toEqual([
      1_245_000, 1_570_000, 7_711_000, 3_391_000, 6_984_000,
    ]);
  });

  test('Samordnat stöd: applied close to the stated 8 315 500, one coach less under the proposal', () => {
    const samordnat = computeBudget(input, SCENARIO).initiatives[4]!;
    expect(samordnat.applied.rounded.total.toNumber()).toBe(8_314_961);
    expect(samordnat.statedDifference?.abs().toNumber()).toBeLessThan(1000);
    expect(samordnat.adjusted).toBe(true);
    const coach = computeBudget(input, SCENARIO).staffing.find(
      (s) =>
        s.row.initiative === samordnat.initiative.name && s.row.role === 'Coach' && s.row.funding === 'grant',
    )!;
    expect([coach.fteApplied.toNumber(), coach.fteProposed.toNumber()]).toEqual([4, 3]);
  });

  test("an Omfattning sets both of a role's grant-funded rows when they share one FTE", () => {
    // Samordnat's second Coach row (4 own) becomes grant-funded: "Coach 3" now sets both 400 % rows.
    const wb = exampleWorkbook();
    setCell(wb, 'Bemanning!H13', 'Förbundet');
    const read2 = read(wb);
    const result = computeBudget(read2.input, SCENARIO);
    expect([...read2.issues, ...result.issues]).toEqual([]);
    const coaches = result.staffing.filter((s) => s.row.role === 'Coach' && s.row.initiative === SAMORDNAT);
    expect(
      coaches.map((s) => [s.row.source?.row, s.fteApplied.toNumber(), s.fteProposed.toNumber()]),
    ).toEqual([
      [12, 4, 3],
      [13, 4, 3],
    ]);
  });

  test('the frame is oversubscribed in the years of Samordnat stöd', () => {
    const frame = computeBudget(input, null).frame;
    expect(frame.filter((f) => f.overApplied.gt(0)).map((f) => f.year)).toEqual([2024, 2025, 2026]);
  });
});

interface EngineCase {
  name: string;
  mutate: (wb: MemoryWorkbook) => void;
  scenario?: string | null;
  contract?: Array<{ severity: string; code: string; cell: string | null }>;
  engine: Array<{ severity: string; code: string; cell: string | null }>;
}

const engineCases: EngineCase[] = [
  {
    name: 'end before start',
    mutate: (wb) => setCell(wb, 'Insatser!E4', '2022-06-30'),
    engine: [{ severity: 'error', code: 'end-before-start', cell: 'Insatser!E4' }],
  },
  {
    name: 'an unknown initiative',
    mutate: (wb) => setCell(wb, 'Bemanning!A9', 'En väg in'),
    engine: [{ severity: 'error', code: 'unknown-initiative', cell: 'Bemanning!A9' }],
  },
  {
    name: "a duplicate initiative (and the renamed one's rows lose their initiative)",
    mutate: (wb) => setCell(wb, 'Insatser!A3', 'framsteget 2.0 '),
    engine: [
      { severity: 'error', code: 'duplicate-initiative', cell: 'Insatser!A4' },
      { severity: 'error', code: 'unknown-initiative', cell: 'Bemanning!A4' },
      { severity: 'error', code: 'unknown-initiative', cell: 'Kostnader!A3' },
      { severity: 'error', code: 'unknown-initiative', cell: 'Kostnader!A4' },
    ],
  },
  {
    name: 'a cost year outside the period',
    mutate: (wb) => setCell(wb, 'Kostnader!D10', 2027),
    engine: [{ severity: 'error', code: 'cost-year-outside-period', cell: 'Kostnader!D10' }],
  },
  {
    name: 'a staffing row outside its initiative',
    mutate: (wb) => setCell(wb, 'Bemanning!G2', '2021-12-31'),
    engine: [{ severity: 'error', code: 'outside-period', cell: 'Bemanning!G2' }],
  },
  {
    name: 'an adjustment that matches no row',
    mutate: (wb) => setCell(wb, 'Justeringar!C2', 'Coacher'),
    scenario: SCENARIO,
    engine: [{ severity: 'error', code: 'adjustment-no-match', cell: 'Justeringar!C2' }],
  },
  {
    name: 'an FTE change that matches several rows with different FTEs',
    mutate: (wb) => {
      setCell(wb, 'Bemanning!H13', 'Förbundet');
      setCell(wb, 'Bemanning!C13', '350 %');
    },
    scenario: SCENARIO,
    engine: [{ severity: 'error', code: 'adjustment-several-rows', cell: 'Justeringar!C2' }],
  },
  {
    name: 'a duplicate frame year',
    // 2025 becomes a second 2024: its contributions have no Ram row, and the equity cannot be
    // carried over the gap.
    mutate: (wb) => setCell(wb, 'Ram!A3', 2024),
    engine: [
      { severity: 'error', code: 'duplicate-frame-year', cell: 'Ram!A3' },
      { severity: 'warning', code: 'contributions-year-outside-frame', cell: 'Medlemsbidrag!A12' },
      { severity: 'error', code: 'equity-frame-gap', cell: 'Parametrar!B14' },
    ],
  },
  {
    name: 'a rejected initiative is reported once, not again for its rows',
    mutate: (wb) => setCell(wb, 'Insatser!D6', 'oktober'),
    scenario: SCENARIO,
    contract: [{ severity: 'error', code: 'not-a-date', cell: 'Insatser!D6' }],
    engine: [],
  },
];

describe('cross-row faults, read then computed', () => {
  test.each(engineCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const wb = exampleWorkbook();
    c.mutate(wb);
    const { input, issues } = read(wb);
    expect(brief(issues)).toEqual(c.contract ?? []);
    const result = computeBudget(input, c.scenario ?? null);
    expect(brief(result.issues)).toEqual(c.engine);
  });
});
