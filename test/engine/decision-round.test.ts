// Issue 13: the decision round — which years this round decides on, what is already granted.
import { computeBudget } from '../../src/engine';
import type { Contribution, FrameYear, Principal } from '../../src/engine/types';
import { adjustment, cost, d, frameYear, initiative, input, params, source, years } from './builders';

describe('decision years', () => {
  test('without a Status every initiative is an application: the years any of them runs in', () => {
    const result = computeBudget(
      input({
        initiatives: [
          initiative('A', '2024-10-01', '2026-12-31'),
          initiative('B', '2018-01-01', '2019-06-30'),
        ],
        costs: [cost('A', 1000), cost('B', 1000)],
      }),
      null,
    );
    expect(result.decisionYears).toEqual([2018, 2019, 2024, 2025, 2026]);
  });

  test('granted and rejected initiatives add no year', () => {
    const result = computeBudget(
      input({
        initiatives: [
          initiative('Framsteget 2.0', '2023-01-01', '2024-12-31', { roundStatus: 'granted' }),
          initiative('Samordnat stöd', '2024-10-01', '2026-12-31'),
          initiative('Avslaget', '2027-01-01', '2027-12-31', { roundStatus: 'rejected' }),
        ],
      }),
      null,
    );
    expect(result.decisionYears).toEqual([2024, 2025, 2026]);
  });

  test('an initiative whose dates cannot be read adds no year', () => {
    const result = computeBudget(
      input({
        initiatives: [
          initiative('A', '2024-13-01', '2026-12-31'),
          initiative('B', '2025-02-01', '2024-01-01'),
        ],
      }),
      null,
    );
    expect(result.decisionYears).toEqual([]);
  });
});

const ADJUSTMENT_COLUMNS = ['Scenario', 'Insats', 'Roll', 'Åtgärd', 'Värde', 'Motivering'];

describe('status: granted and rejected initiatives', () => {
  // Framsteget 2.0, granted 2023 "maximalt 1 800 000 kronor"; its rows compute 2 400 000 kr:
  // 24 months × 100 000 kr. The cap binds: every month × 1 800 000 / 2 400 000 = 75 000 kr,
  // so 2023 = 12 × 75 000 = 900 000 and 2024 = 900 000, in the application and in the proposal.
  const granted = initiative('Framsteget 2.0', '2023-01-01', '2024-12-31', {
    roundStatus: 'granted',
    maxGrant: d(1_800_000),
  });
  const application = initiative('Samordnat stöd', '2024-01-01', '2024-12-31');
  const base = input({
    initiatives: [granted, application],
    costs: [cost('Framsteget 2.0', 2_400_000), cost('Samordnat stöd', 1_200_000)],
    frame: [frameYear(2023, 1_000_000), frameYear(2024, 2_000_000)],
    adjustments: [
      adjustment('Kansliets förslag', { action: 'cap', initiative: 'Samordnat stöd', amount: d(600_000) }),
    ],
  });

  test("a granted initiative's Maxbelopp caps it in the application and in every scenario", () => {
    for (const scenario of [null, 'Kansliets förslag']) {
      const result = computeBudget(base, scenario);
      const r = result.initiatives[0]!;
      expect(r.roundStatus).toBe('granted');
      expect(r.counts).toBe(true);
      expect(years(r.applied.rounded.byYear)).toEqual({ 2023: '900000', 2024: '900000' });
      expect(years(r.proposed.rounded.byYear)).toEqual({ 2023: '900000', 2024: '900000' });
      expect(r.applied.rounded.byMonth.get('2023-07')!.toString()).toBe('75000');
      expect(r.capApplied!.toString()).toBe('1800000');
      expect(r.decisionAmount.toString()).toBe('1800000');
      expect(r.status).toBe('withinMax');
      // 2024: granted 900 000 + application 1 200 000 applied (600 000 proposed under the cap).
      const y2024 = result.frame[1]!;
      expect(y2024.granted.toString()).toBe('900000');
      expect(y2024.applied.toString()).toBe('2100000');
      expect(y2024.proposed.toString()).toBe(scenario === null ? '2100000' : '1500000');
      expect(result.totals.granted.toString()).toBe('1800000');
      expect(result.totals.applied.toString()).toBe('3000000');
    }
  });

  test('a granted initiative below its Maxbelopp is not scaled up', () => {
    const below = { ...base, costs: [cost('Framsteget 2.0', 1_700_000), cost('Samordnat stöd', 1_200_000)] };
    const r = computeBudget(below, null).initiatives[0]!;
    expect(r.applied.rounded.total.toString()).toBe('1700000');
    expect(r.capApplied).toBeNull();
  });

  test("a granted initiative's decision amount never rounds up above its Maxbelopp", () => {
    // 1 245 500 kr granted; rounding up to 1 000 kr would say 1 246 000.
    const odd = {
      ...base,
      initiatives: [{ ...granted, maxGrant: d(1_245_500) }, application],
    };
    const r = computeBudget(odd, null).initiatives[0]!;
    expect(r.applied.rounded.total.toString()).toBe('1245500');
    expect(r.decisionAmount.toString()).toBe('1245500');
    expect(r.status).toBe('withinMax');
  });

  test('an adjustment that names a granted initiative is an error at its Insats cell, in every scenario, and has no effect', () => {
    const src = source('Justeringar', 'Justeringar', 3, ADJUSTMENT_COLUMNS);
    const other = source('Justeringar', 'Justeringar', 4, ADJUSTMENT_COLUMNS);
    const withCut = {
      ...base,
      adjustments: [
        adjustment(
          'Kansliets förslag',
          { action: 'cap', initiative: 'framsteget 2.0 ', amount: d(1_000_000) },
          src,
        ),
        adjustment('Annat förslag', { action: 'remove', initiative: 'Framsteget 2.0', role: null }, other),
      ],
    };
    const result = computeBudget(withCut, 'Kansliets förslag');
    const errors = result.issues.filter((i) => i.code === 'adjustment-decided-initiative');
    expect(errors.map((e) => [e.severity, e.cell])).toEqual([
      ['error', 'Justeringar!B3'],
      ['error', 'Justeringar!B4'],
    ]);
    expect(errors[0]!.message.sv).toBe(
      'Insatsen "Framsteget 2.0" är redan beviljad. Ändra Status till Ansökan för att ompröva den.',
    );
    const r = result.initiatives[0]!;
    expect(r.proposed.rounded.total.toString()).toBe('1800000');
    expect(r.adjusted).toBe(false);
    expect(result.adjustmentsApplied).toEqual([]);
  });

  test('a rejected initiative is in no figure and takes no adjustment', () => {
    const rejected = {
      ...base,
      initiatives: [granted, { ...application, roundStatus: 'rejected' as const }],
      adjustments: [
        adjustment(
          'Kansliets förslag',
          { action: 'cap', initiative: 'Samordnat stöd', amount: d(1) },
          source('Justeringar', 'Justeringar', 2, ADJUSTMENT_COLUMNS),
        ),
      ],
    };
    const result = computeBudget(rejected, 'Kansliets förslag');
    const r = result.initiatives[1]!;
    expect(r.included).toBe(true);
    expect(r.counts).toBe(false);
    // Its own figures still say what was applied for.
    expect(r.applied.rounded.total.toString()).toBe('1200000');
    expect(result.frame.map((f) => f.applied.toString())).toEqual(['900000', '900000']);
    expect(result.totals.applied.toString()).toBe('1800000');
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ['adjustment-decided-initiative', 'Justeringar!B2'],
    ]);
    expect(result.issues[0]!.message.en).toContain('is rejected');
  });
});

const FRAME_COLUMNS = ['År', 'Tillgängligt', 'Medlemsbidrag', 'Egna kostnader'];
const CONTRIBUTION_COLUMNS = ['År', 'Medlem', 'Huvudman', 'Belopp'];
let contributionRow = 1;
const contribution = (year: number, member: string, principal: Principal, amount: number): Contribution => {
  const row = ++contributionRow;
  return {
    id: `Medlemsbidrag:${row}`,
    year,
    member,
    principal,
    amount: d(amount),
    source: source('Medlemsbidrag', 'Medlemsbidrag', row, CONTRIBUTION_COLUMNS),
  };
};

describe('the frame from its parts', () => {
  const frameRow = (row: number, year: number, parts: Partial<FrameYear>): FrameYear => ({
    year,
    available: null,
    source: source('Ram', 'Ram', row, FRAME_COLUMNS),
    ...parts,
  });

  test('Tillgängligt = Medlemsbidrag − Egna kostnader when blank; the table fills Medlemsbidrag', () => {
    contributionRow = 1;
    const result = computeBudget(
      input({
        frame: [
          // 2025 from the table: 2 000 000 + 1 000 000 + 600 000 + 400 000 = 4 000 000 − 600 000.
          frameRow(2, 2025, { ownCosts: d(600_000) }),
          // 2026 from Ram's own column: 4 200 000 − 700 000 = 3 500 000.
          frameRow(3, 2026, { contributions: d(4_200_000), ownCosts: d(700_000) }),
          // 2027 written: used as written.
          frameRow(4, 2027, { available: d(3_000_000) }),
        ],
        contributions: [
          contribution(2025, 'Försäkringskassan', 'state', 2_000_000),
          contribution(2025, 'Region Uppsala', 'region', 1_000_000),
          contribution(2025, 'Uppsala kommun', 'municipality', 600_000),
          contribution(2025, 'Knivsta kommun', 'municipality', 400_000),
        ],
      }),
      null,
    );
    expect(result.issues).toEqual([]);
    expect(
      result.frame.map((f) => [
        f.year,
        f.contributions?.toString(),
        f.ownCosts?.toString(),
        f.available.toString(),
      ]),
    ).toEqual([
      [2025, '4000000', '600000', '3400000'],
      [2026, '4200000', '700000', '3500000'],
      [2027, undefined, undefined, '3000000'],
    ]);
  });

  test('the law’s split: a warning naming the year and the three sums, 1 kr tolerated', () => {
    contributionRow = 1;
    const result = computeBudget(
      input({
        frame: [frameRow(2, 2025, {}), frameRow(3, 2026, {})],
        contributions: [
          // 2025: state 2 000 000, region 1 000 000, municipalities 900 000 — 100 000 short of half the state's.
          contribution(2025, 'Försäkringskassan', 'state', 2_000_000),
          contribution(2025, 'Region Uppsala', 'region', 1_000_000),
          contribution(2025, 'Uppsala kommun', 'municipality', 900_000),
          // 2026: state 2 000 001 against 2 × 1 000 000: 1 kr off, within the tolerance.
          contribution(2026, 'Försäkringskassan', 'state', 2_000_001),
          contribution(2026, 'Region Uppsala', 'region', 1_000_000),
          contribution(2026, 'Uppsala kommun', 'municipality', 1_000_000),
        ],
      }),
      null,
    );
    expect(result.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['warning', 'contributions-split', 'Medlemsbidrag!A2'],
    ]);
    expect(result.issues[0]!.message.sv).toContain(
      'staten 2\u00a0000\u00a0000\u00a0kr, regionen 1\u00a0000\u00a0000\u00a0kr, kommunerna 900\u00a0000\u00a0kr',
    );
    expect(result.issues[0]!.message.sv).toContain('för 2025');
    // The figures are used all the same: 3 900 000 and 4 000 001.
    expect(result.frame.map((f) => f.available.toString())).toEqual(['3900000', '4000001']);
  });

  test('parts that disagree warn at the cell with both figures; the written one is used', () => {
    contributionRow = 1;
    const result = computeBudget(
      input({
        frame: [
          // 3 400 000 written, but 4 000 000 − 700 000 = 3 300 000.
          frameRow(2, 2025, { available: d(3_400_000), contributions: d(4_000_000), ownCosts: d(700_000) }),
          // Ram says 4 100 000, the table 4 000 000.
          frameRow(3, 2026, { contributions: d(4_100_000), ownCosts: d(0) }),
          // Neither Tillgängligt nor Medlemsbidrag: an error, the row is not counted.
          frameRow(4, 2027, { ownCosts: d(500_000) }),
        ],
        contributions: [
          contribution(2026, 'Försäkringskassan', 'state', 2_000_000),
          contribution(2026, 'Region Uppsala', 'region', 1_000_000),
          contribution(2026, 'Uppsala kommun', 'municipality', 1_000_000),
        ],
      }),
      null,
    );
    expect(result.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['warning', 'frame-available-differs', 'Ram!B2'],
      ['warning', 'contributions-differ', 'Ram!C3'],
      ['error', 'frame-available-missing', 'Ram!B4'],
    ]);
    expect(result.issues[0]!.message.sv).toContain(
      '4\u00a0000\u00a0000\u00a0kr − 700\u00a0000\u00a0kr = 3\u00a0300\u00a0000\u00a0kr',
    );
    expect(result.issues[1]!.message.en).toContain('SEK\u00a04,000,000');
    expect(result.frame.map((f) => [f.year, f.available.toString()])).toEqual([
      [2025, '3400000'],
      [2026, '4100000'],
    ]);
  });
});

describe('equity carried between years', () => {
  const PARAMETER = source('Parametrar', 'Parametrar', 9, ['Parameter', 'Värde']);
  // One initiative spending 800 000 in 2024, 1 300 000 in 2025 and 1 300 000 in 2026 against a
  // frame of 1 000 000 a year; opening equity 500 000, floor 200 000.
  const budget = input({
    initiatives: [initiative('A', '2024-01-01', '2026-12-31')],
    costs: [
      cost('A', 800_000, { year: 2024 }),
      cost('A', 1_300_000, { year: 2025 }),
      cost('A', 1_300_000, { year: 2026 }),
    ],
    frame: [frameYear(2024, 1_000_000), frameYear(2025, 1_000_000), frameYear(2026, 1_000_000)],
    parameters: params({ equity: { opening: d(500_000), floor: d(200_000), source: PARAMETER } }),
    adjustments: [adjustment('Kansliets förslag', { action: 'cap', initiative: 'A', amount: d(3_000_000) })],
  });

  test('a surplus in year 1 pays for a deficit in year 2; year 3 is short of the floor', () => {
    const result = computeBudget(budget, 'Kansliets förslag');
    const rows = result.frame.map((f) => [
      f.year,
      f.equityStartApplied!.toString(),
      f.equityEndApplied!.toString(),
      f.shortApplied!.toString(),
    ]);
    // Applied:  2024: 500 000 + 1 000 000 −   800 000 = 700 000 (surplus 200 000 saved)
    //           2025: 700 000 + 1 000 000 − 1 300 000 = 400 000 (the 300 000 deficit paid from equity)
    //           2026: 400 000 + 1 000 000 − 1 300 000 = 100 000 → 100 000 below the 200 000 floor.
    expect(rows).toEqual([
      [2024, '500000', '700000', '0'],
      [2025, '700000', '400000', '0'],
      [2026, '400000', '100000', '100000'],
    ]);
    // Proposed under a cap of 3 000 000 (× 15/17): 705 882,35 / 1 147 058,82 / 1 147 058,82 → by
    // largest remainder 705 882 / 1 147 059 / 1 147 059 (the two kronor to the .82s).
    //           2024: 500 000 + 1 000 000 −   705 882 = 794 118
    //           2025: 794 118 + 1 000 000 − 1 147 059 = 647 059
    //           2026: 647 059 + 1 000 000 − 1 147 059 = 500 000, not short.
    expect(result.frame.map((f) => f.proposed.toString())).toEqual(['705882', '1147059', '1147059']);
    expect(result.frame.map((f) => [f.equityEndProposed!.toString(), f.shortProposed!.toString()])).toEqual([
      ['794118', '0'],
      ['647059', '0'],
      ['500000', '0'],
    ]);
    expect(result.equity?.opening.toString()).toBe('500000');
    expect(result.issues).toEqual([]);
  });

  test('Ram rows in any order: the years are carried in calendar order', () => {
    const shuffled = { ...budget, frame: [budget.frame[2]!, budget.frame[0]!, budget.frame[1]!] };
    const result = computeBudget(shuffled, null);
    expect(result.frame.map((f) => [f.year, f.equityEndApplied!.toString()])).toEqual([
      [2026, '100000'],
      [2024, '700000'],
      [2025, '400000'],
    ]);
  });

  test('a gap in the Ram years is an error at the parameter naming the missing year; no equity is shown', () => {
    const gap = { ...budget, frame: [frameYear(2024, 1_000_000), frameYear(2026, 1_000_000)] };
    const result = computeBudget(gap, null);
    expect(result.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['error', 'equity-frame-gap', 'Parametrar!B9'],
    ]);
    expect(result.issues[0]!.message.sv).toContain('I tabellen Ram saknas 2025.');
    expect(result.equity).toBeNull();
    expect(result.frame.every((f) => f.equityEndApplied === null && f.shortApplied === null)).toBe(true);
    // The rest is as without equity.
    expect(result.frame.map((f) => f.applied.toString())).toEqual(['800000', '1300000']);
  });

  test('without Eget kapital nothing of it is there', () => {
    const result = computeBudget({ ...budget, parameters: params() }, null);
    expect(result.equity).toBeNull();
    for (const f of result.frame) {
      expect([f.equityStartApplied, f.equityEndProposed, f.shortApplied, f.shortProposed]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
  });
});
