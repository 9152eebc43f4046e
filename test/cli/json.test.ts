import Decimal from 'decimal.js';
import fc from 'fast-check';
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { examplePlans, readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { kronor, periodKeys, summaryJson, type SeriesJson } from '../../src/cli/json';
import { fiveMistakesPlans } from '../support/five-mistakes';

function exampleJson(scenario: string | null, mutate?: (wb: MemoryWorkbook) => void) {
  const wb = new MemoryWorkbook();
  writePlans(wb, examplePlans());
  mutate?.(wb);
  const read = readWorkbook(readSnapshot(wb));
  const result = computeBudget(read.input, scenario);
  return summaryJson(result, [...read.issues, ...result.issues], 'sv', read.input);
}

const isInt = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && !Object.is(n, -0);

function expectSeries(s: SeriesJson, years: string[], quarters: string[]) {
  expect(Object.keys(s).sort()).toEqual(['byQuarter', 'byYear', 'total']);
  expect(Object.keys(s.byYear)).toEqual(years);
  expect(Object.keys(s.byQuarter)).toEqual(quarters);
  for (const v of [s.total, ...Object.values(s.byYear), ...Object.values(s.byQuarter)])
    expect(isInt(v)).toBe(true);
  // Years add up to the total, quarters to their year (the engine's rounding promise, kept at the edge).
  expect(Object.values(s.byYear).reduce((a, b) => a + b, 0)).toBe(s.total);
  for (const y of years) {
    const q = Object.entries(s.byQuarter).filter(([k]) => k.startsWith(`${y}-`));
    expect(q.reduce((a, [, v]) => a + v, 0)).toBe(s.byYear[y]);
  }
}

describe('periodKeys', () => {
  test('every year and quarter the period touches, partial ones included', () => {
    expect(periodKeys('2024-10-01', '2026-12-31')).toEqual({
      years: [2024, 2025, 2026],
      quarters: [
        '2024-Q4',
        '2025-Q1',
        '2025-Q2',
        '2025-Q3',
        '2025-Q4',
        '2026-Q1',
        '2026-Q2',
        '2026-Q3',
        '2026-Q4',
      ],
    });
    expect(periodKeys('2024-03-31', '2024-04-01')).toEqual({
      years: [2024],
      quarters: ['2024-Q1', '2024-Q2'],
    });
    expect(periodKeys('2025-01-01', '2024-12-31')).toEqual({ years: [], quarters: [] });
  });

  test('property: consecutive, starting at the start and ending at the end', () => {
    const date = fc
      .date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2040, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const { years, quarters } = periodKeys(start, end);
        expect(years[0]).toBe(Number(start.slice(0, 4)));
        expect(years[years.length - 1]).toBe(Number(end.slice(0, 4)));
        years.forEach((y, i) => i > 0 && expect(y).toBe(years[i - 1]! + 1));
        expect(quarters[0]).toBe(`${start.slice(0, 4)}-Q${Math.ceil(Number(start.slice(5, 7)) / 3)}`);
        expect(quarters[quarters.length - 1]).toBe(
          `${end.slice(0, 4)}-Q${Math.ceil(Number(end.slice(5, 7)) / 3)}`,
        );
        expect(new Set(quarters).size).toBe(quarters.length);
      }),
    );
  });
});

describe('kronor', () => {
  test('whole kronor as JSON integers, half up, never -0', () => {
    expect(kronor(new Decimal('6984000'))).toBe(6984000);
    expect(kronor(new Decimal('1000000.5'))).toBe(1000001);
    expect(Object.is(kronor(new Decimal('-0.2')), 0)).toBe(true);
  });
});

describe('summaryJson on the example workbook', () => {
  test('has every key of the documented shape, integers where integers belong', () => {
    const json = exampleJson('Kansliets förslag');
    expect(Object.keys(json)).toEqual([
      'scenario',
      'initiatives',
      'frame',
      'totals',
      'issues',
      'decisionYears',
      'incomplete',
    ]);
    expect(json.decisionYears).toEqual([2024, 2025, 2026]);
    expect(json.incomplete).toBe(0);
    expect(json.scenario).toBe('Kansliets förslag');
    for (const i of json.initiatives) {
      expect(Object.keys(i)).toEqual([
        'name',
        'owner',
        'start',
        'end',
        'statedApplied',
        'maxGrant',
        'applied',
        'proposed',
        'selfFinanced',
        'decisionAmount',
        'status',
        'incomplete',
      ]);
      expect(['application', 'granted', 'rejected']).toContain(i.status);
      expect(i.incomplete).toBe(false);
      const { years, quarters } = periodKeys(i.start, i.end);
      for (const s of [i.applied, i.proposed, i.selfFinanced]) expectSeries(s, years.map(String), quarters);
      expect(isInt(i.decisionAmount)).toBe(true);
      expect(i.statedApplied === null || isInt(i.statedApplied)).toBe(true);
      expect(i.maxGrant === null || isInt(i.maxGrant)).toBe(true);
      expect(i.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const f of json.frame) {
      expect(Object.keys(f)).toEqual([
        'year',
        'available',
        'applied',
        'proposed',
        'overApplied',
        'overProposed',
        'overAppliedPercent',
        'overProposedPercent',
        'granted',
        'contributions',
        'ownCosts',
        'equityStartApplied',
        'equityStartProposed',
        'equityEndApplied',
        'equityEndProposed',
        'shortApplied',
        'shortProposed',
      ]);
      for (const k of [
        'year',
        'available',
        'applied',
        'proposed',
        'overApplied',
        'overProposed',
        'granted',
        'contributions',
        'ownCosts',
        'equityStartApplied',
        'equityEndApplied',
        'equityEndProposed',
        'shortApplied',
        'shortProposed',
      ] as const)
        expect(isInt(f[k])).toBe(true);
      expect(f.overApplied).toBe(f.applied - f.available);
      expect(f.overProposed).toBe(f.proposed - f.available);
      // The frame from its parts, the equity from the rounded figures.
      expect(f.available).toBe(f.contributions! - f.ownCosts!);
      expect(f.equityEndProposed).toBe(f.equityStartProposed! + f.available - f.proposed);
      expect(f.shortProposed).toBe(0);
    }
    expect(Object.keys(json.totals)).toEqual(['applied', 'proposed', 'selfFinanced', 'decisionAmount']);
    expect(json.totals.applied).toBe(json.initiatives.reduce((a, i) => a + i.applied.total, 0));
    expect(json.totals.decisionAmount).toBe(json.initiatives.reduce((a, i) => a + i.decisionAmount, 0));
    expect(json.issues).toEqual([]);
  });

  test('the round of seed 004: over the frame as applied, and with one coach less it fits', () => {
    const json = exampleJson('Kansliets förslag');
    expect(json.initiatives.map((i) => i.status)).toEqual([
      'granted',
      'granted',
      'granted',
      'granted',
      'application',
    ]);
    // Tillgängligt = Medlemsbidrag − Egna kostnader: 7 400 000 − 1 200 000, 4 600 000 − 1 200 000,
    // 4 400 000 − 1 300 000. 2024 holds 5 633 604 kr of earlier grants (Framsteget 2.0, En väg in).
    expect(json.frame.map((f) => [f.year, f.contributions, f.ownCosts, f.available, f.granted])).toEqual([
      [2024, 7_400_000, 1_200_000, 6_200_000, 5_633_604],
      [2025, 4_600_000, 1_200_000, 3_400_000, 0],
      [2026, 4_400_000, 1_300_000, 3_100_000, 0],
    ]);
    // As applied, from 1 200 000 kr: 1 200 000 + 6 200 000 − 6 487 794 = 912 206;
    // + 3 400 000 − 3 886 777 = 425 429 (74 571 below the 500 000 floor); + 3 100 000 − 3 573 994 = −48 565.
    expect(json.frame.map((f) => [f.equityEndApplied, f.shortApplied])).toEqual([
      [912_206, 0],
      [425_429, 74_571],
      [-48_565, 548_565],
    ]);
    // Proposed: + 6 200 000 − 6 345 147 = 1 054 853; + 3 400 000 − 3 301 636 = 1 153 217;
    // + 3 100 000 − 2 970 729 = 1 282 488: never below the floor, although 2024 is over its own frame.
    expect(json.frame.map((f) => [f.overProposed, f.equityEndProposed, f.shortProposed])).toEqual([
      [145_147, 1_054_853, 0],
      [-98_364, 1_153_217, 0],
      [-129_271, 1_282_488, 0],
    ]);
  });

  test('the seed decision: Samordnat stöd becomes at most 6 984 000 kr under the office proposal', () => {
    const json = exampleJson('Kansliets förslag');
    const samordnat = json.initiatives.find((i) => i.name === 'Samordnat stöd för arbete eller studier')!;
    expect(samordnat.statedApplied).toBe(8_315_500);
    expect(samordnat.decisionAmount).toBe(6_984_000);
    expect(Object.keys(samordnat.proposed.byQuarter)[0]).toBe('2024-Q4');
  });

  test('without a scenario the proposal equals the application', () => {
    const json = exampleJson(null);
    expect(json.scenario).toBeNull();
    for (const i of json.initiatives) expect(i.proposed).toEqual(i.applied);
    for (const f of json.frame) expect(f.proposed).toBe(f.applied);
  });

  test('frame lists exactly the years of the Ram table', () => {
    const wb = new MemoryWorkbook();
    writePlans(wb, examplePlans());
    const table = wb.getTable('Ram')!;
    const sheet = wb.getSheet(table.sheet)!;
    const years: number[] = [];
    for (let r = table.range.top + 1; r <= table.range.bottom; r++)
      years.push(Number(sheet.getCell(r, table.range.left).value));
    expect(exampleJson(null).frame.map((f) => f.year)).toEqual(years);
  });

  test('issues carry severity, table, row, column, cell, value and the message in the language asked for', () => {
    const json = exampleJson(null, (wb) => {
      const table = wb.getTable('Bemanning')!;
      const sheet = wb.getSheet(table.sheet)!;
      sheet.setCell(table.range.top + 1, table.range.left + 2, { value: 'mycket', numberFormat: 'General' });
    });
    const issue = json.issues.find((i) => i.cell === 'Bemanning!C2');
    expect(issue).toMatchObject({
      severity: 'error',
      table: 'Bemanning',
      row: 2,
      column: 'Omfattning',
      value: 'mycket',
    });
    expect(Object.keys(issue!)).toEqual(['severity', 'table', 'row', 'column', 'cell', 'value', 'message']);
    expect(typeof issue!.message).toBe('string');
  });
});

describe('five typing mistakes in the example', () => {
  test('mark the initiatives that lost rows incomplete, with a top-level count', () => {
    const wb = new MemoryWorkbook();
    writePlans(wb, fiveMistakesPlans());
    const read = readWorkbook(readSnapshot(wb));
    const result = computeBudget(read.input, null);
    const json = summaryJson(result, [...read.issues, ...result.issues], 'sv', read.input);
    expect(json.initiatives.filter((i) => i.incomplete).map((i) => i.name)).toEqual([
      'Framsteget 2.0',
      'En väg in-steget vidare',
    ]);
    expect(json.incomplete).toBe(2);
  });
});
