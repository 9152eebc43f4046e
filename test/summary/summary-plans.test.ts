import Decimal from 'decimal.js';
import { buildSummaryPlans, yearColumns, TABLE_NAMES, PERIODISATION_TABLE } from '../../src/summary';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { parseRange, MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { a1 } from '../../src/workbook/snapshot';
import { FTE_FORMAT, KRONOR_FORMAT, PERCENT_1_FORMAT } from '../../src/format/excel-formats';
import { budgetResult, context, emptyInput, initiativeResult, seedMeeting, staffingResult } from './fixtures';
import { cellsOf, evaluate } from './evaluate-plan';
import { planProblems } from './plan-checks';
import fc from 'fast-check';
import {
  CHARS_PER_WIDTH_UNIT,
  SheetBuilder,
  rangeA1,
  STYLE,
  text,
  wrappedLines,
} from '../../src/summary/sheet-builder';
import type { CellStyle, PlanCell } from '../../src/workbook/sheet-plan';

const NBSP = '\u00a0';

function table(plan: SheetPlan, name: string) {
  const t = plan.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const r = parseRange(t.range);
  const cells = cellsOf(plan);
  const headers: string[] = [];
  for (let c = r.left; c <= r.right; c++) {
    const h = cells.get(a1(r.top, c));
    headers.push(h && h.kind === 'text' ? h.text : '');
  }
  const at = (row: number, header: string) => cells.get(a1(row, r.left + headers.indexOf(header))) ?? null;
  /** The row right under the table: the totals. */
  const total = (header: string) => at(r.bottom + 1, header);
  const rowOf = (firstCell: string) => {
    for (let row = r.top + 1; row <= r.bottom; row++) {
      const c = cells.get(a1(row, r.left));
      if (c && c.kind === 'text' && c.text === firstCell) return row;
    }
    throw new Error(`no row ${firstCell} in ${name}`);
  };
  return { range: r, headers, at, total, rowOf, rows: r.bottom - r.top, cells };
}

const texts = (plan: SheetPlan) =>
  [...cellsOf(plan).values()].flatMap((c) => (c.kind === 'text' ? [c.text] : []));

describe('buildSummaryPlans on the seed meeting', () => {
  const result = seedMeeting();
  const [summary, periodisation] = buildSummaryPlans(result, context());

  it('returns Beslutsunderlag and Periodisering with their kinds', () => {
    expect(summary!.name).toBe('Beslutsunderlag');
    expect(summary!.kind).toBe('summary');
    expect(periodisation!.name).toBe('Periodisering');
    expect(periodisation!.kind).toBe('periodisation');
  });

  it('passes every structural check and every formula computes its expected figure', () => {
    expect(planProblems(summary!)).toEqual([]);
    expect(planProblems(periodisation!)).toEqual([]);
    // There are formulas to check at all.
    const formulas = [...cellsOf(summary!).values()].filter((c) => c.kind === 'formula');
    expect(formulas.length).toBeGreaterThan(15);
  });

  it('opens with title, scenario, the date written as a date and the fingerprint with its explanation', () => {
    const cells = cellsOf(summary!);
    expect(cells.get('A1')).toMatchObject({ kind: 'text', text: 'Beslutsunderlag – insatsbudget' });
    expect(cells.get('A2')).toMatchObject({ kind: 'text', text: 'Scenario: Kansliets förslag' });
    expect(cells.get('A3')).toMatchObject({ kind: 'text', text: 'Skrivet' });
    expect(cells.get('C3')).toMatchObject({ kind: 'date', iso: '2024-09-12' });
    expect(cells.get('A4')).toMatchObject({ kind: 'text', text: 'Fingeravtryck av indatatabellerna:' });
    expect(cells.get('C4')).toMatchObject({ kind: 'text', text: 'a1b2c3d4e5f6' });
    // The labels span A–B, so that a narrow column A does not cut them off.
    expect(summary!.merges).toEqual(expect.arrayContaining(['A3:B3', 'A4:B4']));
    expect(cells.get('A5')).toMatchObject({
      kind: 'text',
      text: 'Om tabellerna ändras stämmer siffrorna inte längre; skriv underlaget på nytt.',
    });
    expect(summary!.merges).toEqual(expect.arrayContaining(['A1:I1', 'A2:I2', 'A5:I5']));
    expect(summary!.freeze).toEqual({ rows: 2, columns: 0 });
  });

  it('says "Ansökan utan justeringar" when no scenario is applied', () => {
    const [plan] = buildSummaryPlans({ ...result, scenario: null }, context());
    expect(cellsOf(plan!).get('A2')).toMatchObject({ text: 'Scenario: Ansökan utan justeringar' });
  });

  it('writes every decision text in a merged, wrapped row, in the order of the Insatser table', () => {
    const cells = cellsOf(summary!);
    const all = [...cells.entries()];
    const proposals = all.filter(([, c]) => c.kind === 'text' && c.text.startsWith('att bevilja'));
    expect(proposals.map(([, c]) => (c.kind === 'text' ? c.text : ''))).toEqual([
      `att bevilja finansiellt stöd enligt ansökan för insatsen Framsteget 2.0 för perioden 1 januari 2023 fram till 31 december 2024, maximalt 7${NBSP}711${NBSP}000 kronor`,
      `att bevilja finansiellt stöd enligt ansökan för insatsen En väg in-steget vidare för perioden 1 januari 2023 fram till 31 december 2024, maximalt 3${NBSP}391${NBSP}000 kronor`,
      `att bevilja finansiellt stöd enligt ansökan för insatsen Samordnat stöd för arbete eller studier för perioden 1 oktober 2024 fram till 31 december 2026, med justeringar så att dessa hamnar på maximalt 6${NBSP}984${NBSP}000 kronor`,
    ]);
    for (const [address, cell] of proposals) {
      const row = Number(address.slice(1));
      expect(address.startsWith('A')).toBe(true);
      expect(summary!.merges).toContain(`A${row}:I${row}`);
      expect(cell.style?.wrap).toBe(true);
      // The two conditions follow directly.
      expect(cells.get(`A${row + 1}`)).toMatchObject({
        text: expect.stringMatching(/^att finansieringen av insatsen gäller/),
      });
      expect(cells.get(`A${row + 2}`)).toMatchObject({
        text: expect.stringMatching(/^att finansiering av insatsen gäller/),
      });
    }
  });

  it('lays the overview table out as the issue lists it, with the engine figures and SUM totals', () => {
    const t = table(summary!, TABLE_NAMES.overview);
    expect(t.headers).toEqual([
      'Insats',
      'Insatsägare',
      'Period från',
      'Period till',
      'Ansökt belopp (angivet)',
      'Beräknat ansökt',
      'Föreslaget',
      'Förändring',
      'Beslutsbelopp',
    ]);
    expect(t.rows).toBe(3);
    const row = t.rowOf('Samordnat stöd för arbete eller studier');
    expect(t.at(row, 'Period från')).toMatchObject({ kind: 'date', iso: '2024-10-01' });
    expect(t.at(row, 'Period till')).toMatchObject({ kind: 'date', iso: '2026-12-31' });
    expect(t.at(row, 'Ansökt belopp (angivet)')).toMatchObject({
      kind: 'number',
      value: 8_315_500,
      format: KRONOR_FORMAT,
    });
    expect(t.at(row, 'Föreslaget')).toMatchObject({ kind: 'number', value: 6_984_000 });
    expect(t.at(row, 'Förändring')).toMatchObject({ kind: 'number', value: 6_984_000 - 8_315_500 });
    const r2 = t.rowOf('En väg in-steget vidare');
    expect(t.at(r2, 'Ansökt belopp (angivet)')).toBeNull(); // nothing stated

    const total = (h: string) => t.total(h) as { kind: string; formula: string; expected: number };
    expect(total('Beräknat ansökt')).toMatchObject({
      kind: 'formula',
      expected: result.totals.applied.toNumber(),
    });
    expect(total('Beräknat ansökt').formula).toBe(`=SUM(F${t.range.top + 2}:F${t.range.bottom + 1})`);
    expect(total('Föreslaget').expected).toBe(result.totals.proposed.toNumber());
    expect(total('Beslutsbelopp').expected).toBe(result.totals.decisionAmount.toNumber());
    expect(total('Ansökt belopp (angivet)').expected).toBe(8_315_500 + 7_711_000);
    for (const h of t.headers.slice(4))
      expect(evaluate(t.cells, total(h).formula).toNumber()).toBe(total(h).expected);
  });

  it('shows the proposal per initiative and year in a table of its own, only for the years the initiatives run', () => {
    const t = table(summary!, TABLE_NAMES.byYear);
    expect(t.headers).toEqual(['Insats', '2023', '2024', '2025', '2026']);
    const row = t.rowOf('Samordnat stöd för arbete eller studier');
    expect(t.at(row, '2023')).toBeNull(); // outside the initiative's period
    const total = (h: string) => t.total(h) as { kind: string; formula: string; expected: number };
    for (const f of result.frame) expect(total(String(f.year)).expected).toBe(f.proposed.toNumber());
    for (const h of t.headers.slice(1))
      expect(evaluate(t.cells, total(h).formula).toNumber()).toBe(total(h).expected);
  });

  it('leaves out the years no initiative runs in, and splits more than eight years into blocks', () => {
    const spread = (name: string, year: number) =>
      initiativeResult({ name, start: `${year}-01-01`, end: `${year}-12-31`, applied: 1000 });
    const early = budgetResult({ initiatives: [spread('Tidig', 2010), spread('Sen', 2013)] });
    expect(yearColumns(early)).toEqual([2010, 2013]);
    const many = budgetResult({
      initiatives: Array.from({ length: 10 }, (_, i) => spread(`Insats ${i}`, 2010 + i)),
    });
    const [plan] = buildSummaryPlans(many, context());
    expect(table(plan!, TABLE_NAMES.byYear).headers).toHaveLength(1 + 8);
    expect(table(plan!, `${TABLE_NAMES.byYear}2`).headers).toEqual(['Insats', '2018', '2019']);
    expect(planProblems(plan!)).toEqual([]);
  });

  it('labels a partial first year of the overall span, e.g. "2024 (okt–dec)"', () => {
    const only = budgetResult({ initiatives: [seedMeeting().initiatives[2]!] });
    const [plan] = buildSummaryPlans(only, context());
    expect(table(plan!, TABLE_NAMES.byYear).headers.slice(1)).toEqual(['2024 (okt–dec)', '2025', '2026']);
    expect(yearColumns(only)).toEqual([2024, 2025, 2026]);
    const [planEn] = buildSummaryPlans(only, context({ lang: 'en' }));
    expect(table(planEn!, TABLE_NAMES.byYear).headers.slice(1)).toEqual(['2024 (Oct–Dec)', '2025', '2026']);
  });

  it('shows the frame per year with over in kronor and in % of the available funds', () => {
    const t = table(summary!, TABLE_NAMES.frame);
    expect(t.headers).toEqual([
      'År',
      'Tillgängliga medel',
      'Ansökt',
      'Föreslaget',
      'Översökt (ansökt) kr',
      'Översökt (föreslaget) kr',
      'Översökt (ansökt) % av tillgängliga medel',
      'Översökt (föreslaget) % av tillgängliga medel',
      'Anmärkning',
    ]);
    expect(texts(summary!)).toContain(
      'Översökt = summa − tillgängliga medel; ett negativt belopp är utrymme kvar. Översökning i % av tillgängliga medel.',
    );
    for (const f of result.frame) {
      const row = t.rowOf(String(f.year));
      expect(t.at(row, 'Tillgängliga medel')).toMatchObject({ value: f.available.toNumber() });
      expect(t.at(row, 'Översökt (föreslaget) kr')).toMatchObject({ value: f.overProposed.toNumber() });
      expect(t.at(row, 'Översökt (föreslaget) % av tillgängliga medel')).toMatchObject({
        kind: 'number',
        format: PERCENT_1_FORMAT,
        value: f.overProposedPercent!.div(100).toNumber(),
      });
    }
    // 2025: 3 104 000-ish proposed against 3 000 000 available is over; 2023 has room left.
    expect(t.at(t.rowOf('2023'), 'Översökt (ansökt) kr')).toMatchObject({ value: expect.any(Number) });
    expect((t.at(t.rowOf('2023'), 'Översökt (ansökt) kr') as { value: number }).value).toBeLessThan(0);
    expect(t.total('Tillgängliga medel')).toMatchObject({
      kind: 'formula',
      expected: result.totals.available.toNumber(),
    });
    expect(t.total('Översökt (ansökt) kr')).toMatchObject({
      kind: 'formula',
      expected: result.totals.overApplied.toNumber(),
    });
    expect(t.total('Översökt (föreslaget) % av tillgängliga medel')).toMatchObject({
      kind: 'number',
      value: result.totals.overProposedPercent!.div(100).toNumber(),
    });
  });

  it('puts a clustered column chart on the frame table: years, available, applied, proposed', () => {
    const t = table(summary!, TABLE_NAMES.frame);
    expect(summary!.charts).toHaveLength(1);
    const chart = summary!.charts[0]!;
    expect(chart.type).toBe('columnClustered');
    expect(chart.sourceRange).toBe(`A${t.range.top + 1}:D${t.range.bottom + 1}`);
    // Right under the frame table's total, on the rows left free for it, before the staffing page.
    const top = parseRange(chart.topLeft).top;
    const bottom = parseRange(chart.bottomRight).top;
    expect(top).toBeGreaterThan(t.range.bottom + 1);
    expect(bottom).toBeGreaterThan(top + 10);
    for (const b of summary!.blocks) expect(b.row > bottom || b.row + b.cells.length - 1 < top).toBe(true);
    expect(summary!.print.rowBreaks!.some((r) => r > bottom)).toBe(true);
    expect(chart.fontSize).toBe(11);
  });

  it('compares staffing applied and proposed per role, grouped by initiative', () => {
    const t = table(summary!, TABLE_NAMES.staffing);
    expect(t.headers.slice(0, 5)).toEqual([
      'Insats',
      'Roll',
      'Finansiering',
      'Omfattning ansökt',
      'Omfattning föreslaget',
    ]);
    expect(t.headers.slice(5)).toEqual(['Ansökt', 'Föreslaget', 'Förändring', 'Anmärkning']);
    const first = t.range.top + 1;
    expect(t.at(first, 'Insats')).toMatchObject({ text: 'Framsteget 2.0' });
    expect(t.at(first + 1, 'Omfattning ansökt')).toMatchObject({
      kind: 'number',
      value: 4,
      format: FTE_FORMAT,
    });
    expect(t.at(first + 1, 'Omfattning föreslaget')).toMatchObject({ value: 3 });
    expect(t.at(first + 1, 'Finansiering')).toMatchObject({ text: 'Förbundet' });
    expect(t.at(first + 2, 'Finansiering')).toMatchObject({ text: 'Egen' });
    expect(t.at(first + 1, 'Föreslaget')).toMatchObject({ value: 4_600_800 });
    expect(t.at(first + 1, 'Förändring')).toMatchObject({ value: 4_600_800 - 6_134_400 });
    expect(t.total('Omfattning ansökt')).toMatchObject({
      kind: 'formula',
      expected: 11.5,
      format: FTE_FORMAT,
    });
  });

  it('lists the adjustments with Swedish action words, formatted values and reasons', () => {
    const cells = cellsOf(summary!);
    const header = [...cells.entries()].find(
      ([a, c]) => /^C\d+$/.test(a) && c.kind === 'text' && c.text === 'Åtgärd',
    )!;
    const row = Number(header[0].slice(1)) + 1;
    expect(['A', 'B', 'C', 'D', 'E'].map((c) => cells.get(`${c}${row - 1}`))).toMatchObject([
      { text: 'Insats' },
      { text: 'Roll' },
      { text: 'Åtgärd' },
      { text: 'Värde' },
      { text: 'Motivering' },
    ]);
    expect(cells.get(`C${row}`)).toMatchObject({ kind: 'text', text: 'Omfattning' });
    expect(cells.get(`D${row}`)).toMatchObject({ kind: 'number', value: 3, format: FTE_FORMAT });
    // The reason spans E–I, wrapped, so that it reads as a few full lines.
    expect(cells.get(`E${row}`)).toMatchObject({
      kind: 'text',
      text: expect.stringContaining('heltidstjänst'),
    });
    expect(summary!.merges).toContain(`E${row}:I${row}`);
  });

  it('periodises the proposal per quarter with yearly subtotals and SUM totals', () => {
    // Two years to a block (a landscape page one page wide at about 90 %); the last has the total.
    const t = table(periodisation!, PERIODISATION_TABLE);
    const t2 = table(periodisation!, `${PERIODISATION_TABLE}2`);
    expect(t.headers).toEqual([
      'Insats',
      '2023 kv. 1',
      '2023 kv. 2',
      '2023 kv. 3',
      '2023 kv. 4',
      'Summa 2023',
      '2024 kv. 1',
      '2024 kv. 2',
      '2024 kv. 3',
      '2024 kv. 4',
      'Summa 2024',
    ]);
    expect(t2.headers).toHaveLength(1 + 10 + 1);
    expect(t2.headers[t2.headers.length - 1]).toBe('Summa');
    const row = t.rowOf('Samordnat stöd för arbete eller studier');
    const init = result.initiatives[2]!;
    expect(t.at(row, '2023 kv. 1')).toBeNull();
    expect(t.at(row, '2024 kv. 4')).toMatchObject({
      kind: 'number',
      value: init.proposed.rounded.byQuarter.get('2024-Q4')!.toNumber(),
    });
    expect(t.at(row, 'Summa 2024')).toMatchObject({
      kind: 'formula',
      expected: init.proposed.rounded.byYear.get(2024)!.toNumber(),
    });
    const row2 = t2.rowOf('Samordnat stöd för arbete eller studier');
    expect(t2.at(row2, 'Summa')).toMatchObject({ kind: 'formula', expected: 6_984_000 });
    expect(evaluate(t2.cells, (t2.at(row2, 'Summa') as { formula: string }).formula).toNumber()).toBe(
      6_984_000,
    );
    expect(t2.total('Summa')).toMatchObject({ kind: 'formula', expected: result.totals.proposed.toNumber() });
    for (const f of result.frame)
      expect((f.year <= 2024 ? t : t2).total(`Summa ${f.year}`)).toMatchObject({
        expected: f.proposed.toNumber(),
      });
    expect(periodisation!.freeze).toEqual({ rows: t.range.top + 1, columns: 1 });
    expect(periodisation!.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it('renders through the in-memory writer', () => {
    const wb = new MemoryWorkbook();
    const written = writePlans(wb, buildSummaryPlans(result, context()));
    expect(written.map((w) => w.name)).toEqual(['Beslutsunderlag', 'Periodisering']);
    expect(wb.getSheet('Beslutsunderlag')!.getCell(0, 0).value).toBe('Beslutsunderlag – insatsbudget');
  });
});

describe('text that looks like a formula', () => {
  it('stays a text cell wherever a user wrote it', () => {
    const evil = initiativeResult({
      name: '=SUMMA(A1)',
      owner: '-Coach',
      start: '2024-01-01',
      end: '2024-12-31',
      applied: 120_000,
      proposed: 60_000,
    });
    const result = budgetResult({
      scenario: '+Scenario',
      initiatives: [evil],
      staffing: [
        staffingResult({
          initiative: '=SUMMA(A1)',
          role: '@roll',
          fteApplied: 1,
          fteProposed: 0.5,
          appliedByYear: { 2024: 120_000 },
          proposedByYear: { 2024: 60_000 },
          endApplied: '2024-12-31',
        }),
      ],
      frame: [{ year: 2024, available: 100_000 }],
      adjustments: [
        {
          id: 'j',
          scenario: '+Scenario',
          initiative: '=SUMMA(A1)',
          action: 'setFte',
          role: '@roll',
          fte: new Decimal(0.5),
          reason: '=1+1',
        },
      ],
    });
    const plans = buildSummaryPlans(result, context());
    for (const plan of plans) {
      expect(planProblems(plan)).toEqual([]);
      const all = [...cellsOf(plan).values()];
      const userText = ['=SUMMA(A1)', '-Coach', '@roll', '=1+1'];
      for (const value of userText) {
        const holding = all.filter(
          (c) =>
            (c.kind === 'text' && c.text === value) || (c.kind === 'formula' && c.formula.includes(value)),
        );
        for (const c of holding) expect(c.kind).toBe('text');
      }
      for (const c of all) if (c.kind === 'formula') expect(c.formula).toMatch(/^=SUM\([A-Z0-9:,]+\)$/);
    }
    const summaryTexts = texts(plans[0]!);
    expect(summaryTexts).toEqual(
      expect.arrayContaining(['=SUMMA(A1)', '-Coach', '@roll', '=1+1', 'Scenario: +Scenario']),
    );
    expect(texts(plans[1]!)).toContain('=SUMMA(A1)');
  });
});

describe('initiatives left out for errors', () => {
  it('lists them with a note instead of figures, including those rejected while reading', () => {
    const ok = initiativeResult({ name: 'Hel', start: '2024-01-01', end: '2024-12-31', applied: 120_000 });
    const broken = initiativeResult({
      name: 'Trasig',
      start: '2024-01-01',
      end: '2024-12-31',
      applied: 50_000,
      included: false,
    });
    // The engine reports 'Oläslig' once and leaves out 'trasig' (test/engine/links.test.ts).
    const result = budgetResult({
      initiatives: [ok, broken],
      frame: [{ year: 2024, available: 1_000_000 }],
      unreadInitiatives: ['Oläslig'],
    });
    const ctx = context({ input: emptyInput({ rejectedInitiatives: ['Oläslig', 'trasig'] }) });
    const [summary, periodisation] = buildSummaryPlans(result, ctx);
    for (const plan of [summary!, periodisation!]) {
      expect(planProblems(plan)).toEqual([]);
      const cells = [...cellsOf(plan).entries()];
      expect(
        cells.filter(([, c]) => c.kind === 'text' && c.text === 'Ingår inte i underlaget (fel i indata):'),
      ).toHaveLength(1);
      const listed = cells.filter(
        ([, c]) => c.kind === 'text' && (c.text === 'Trasig' || c.text === 'Oläslig' || c.text === 'trasig'),
      );
      // Trasig once in the list (and once as a decision heading on the summary); no "trasig" duplicate.
      expect(listed.filter(([, c]) => c.kind === 'text' && c.text === 'trasig')).toHaveLength(0);
      for (const [address] of listed) {
        const noteAddress = `B${address.slice(1)}`;
        if (address.startsWith('A') && cellsOf(plan).get(noteAddress)) {
          expect(cellsOf(plan).get(noteAddress)).toMatchObject({
            kind: 'text',
            text: expect.stringMatching(/^Inga belopp/),
          });
        }
      }
    }
    const overview = table(summary!, TABLE_NAMES.overview);
    expect(overview.rows).toBe(1);
    expect(overview.total('Beräknat ansökt')).toMatchObject({ expected: 120_000 });
    expect(texts(summary!).filter((t) => t.startsWith('Ingen beslutstext'))).toHaveLength(2);
    expect(table(periodisation!, PERIODISATION_TABLE).rows).toBe(1);
  });
});

describe('Periodisering column totals', () => {
  it('are the exact sums of the cells, also past the integers a Number adds up exactly', () => {
    // 2^53 + 1 + 1 in Number arithmetic is 2^53 (each + 1 rounds back to even); the sum is 2^53 + 2.
    const month = (name: string, applied: number) =>
      initiativeResult({ name, start: '2025-01-01', end: '2025-01-31', applied });
    const result = budgetResult({ initiatives: [month('Stor', 2 ** 53), month('Ett', 1), month('Två', 1)] });
    const periodisation = buildSummaryPlans(result, context())[1]!;
    expect(table(periodisation, PERIODISATION_TABLE).total('2025 kv. 1')).toMatchObject({
      kind: 'formula',
      expected: 2 ** 53 + 2,
    });
  });
});

describe('English labels', () => {
  it('translates headings and labels but keeps the decision texts Swedish', () => {
    const [summary, periodisation] = buildSummaryPlans(seedMeeting(), context({ lang: 'en' }));
    const cells = cellsOf(summary!);
    expect(cells.get('A1')).toMatchObject({ text: 'Decision basis – initiative budget' });
    expect(texts(summary!).filter((t) => t.startsWith('att bevilja'))).toHaveLength(3);
    expect(table(summary!, TABLE_NAMES.overview).headers[0]).toBe('Initiative');
    expect(texts(summary!)).toContain('Set FTE');
    expect(table(periodisation!, PERIODISATION_TABLE).headers.slice(1, 3)).toEqual(['2023 Q1', '2023 Q2']);
    expect(planProblems(summary!)).toEqual([]);
  });
});

describe('an empty budget', () => {
  it('still writes readable sheets without tables or formulas', () => {
    const result = budgetResult({ initiatives: [] });
    const [summary, periodisation] = buildSummaryPlans(result, context());
    expect(summary!.tables.map((t) => t.name)).toEqual([]);
    expect(summary!.charts).toEqual([]);
    expect(planProblems(summary!)).toEqual([]);
    expect(texts(summary!)).toEqual(
      expect.arrayContaining([
        'Ingen ram angiven (tabellen Ram saknas eller är tom).',
        'Ingen bemanning angiven.',
      ]),
    );
    expect(texts(periodisation!)).toContain('Inga insatser att periodisera.');
  });
});

describe('layout for reading and printing', () => {
  it('gives merged decision texts the height their lines need, and asks for landscape A4 one page wide', () => {
    const [summary, periodisation] = buildSummaryPlans(seedMeeting(), context());
    const cells = cellsOf(summary!);
    const heights = new Map(summary!.rowHeights.map((h) => [h.row, h.height]));
    for (const [address, cell] of cells) {
      if (cell.kind === 'text' && cell.text.startsWith('att bevilja')) {
        // The decision text is merged across A–I: its lines are counted over their summed width.
        const across = summary!.columnWidths.filter((w) => w.column < 9).reduce((a, w) => a + w.width, 0);
        const lines = wrappedLines(cell.text, across);
        expect(heights.get(Number(address.slice(1)) - 1)).toBe(lines > 1 ? lines * 15 : undefined);
      }
    }
    // Every other height belongs to a row with a wrapped text that needs more than one line in its
    // column (the tables' header rows here), and is as tall as that text's lines.
    const width = new Map(summary!.columnWidths.map((w) => [w.column, w.width]));
    // A text merged across columns wraps over their summed width.
    const widthAt = (address: string) => {
      const merge = summary!.merges
        .map(parseRange)
        .find((m) => m.top === parseRange(address).top && m.left === parseRange(address).left);
      const [from, to] = merge
        ? [merge.left, merge.right]
        : [parseRange(address).left, parseRange(address).left];
      let w = 0;
      for (let c = from; c <= to; c++) w += width.get(c)!;
      return w;
    };
    for (const { row, height } of summary!.rowHeights) {
      if (summary!.merges.includes(`A${row + 1}:I${row + 1}`)) continue;
      const lines = [...cells]
        .filter(([address]) => Number(/\d+/.exec(address)![0]) === row + 1)
        .map(([address, cell]) =>
          cell.kind === 'text' && cell.style?.wrap ? wrappedLines(cell.text, widthAt(address)) : 1,
        );
      expect(Math.max(...lines)).toBeGreaterThan(1);
      expect(height).toBe(Math.max(...lines) * 15);
    }
    // Beslutsunderlag on A4 portrait, one page wide, as tall as needed; sections on pages of their
    // own; the staffing header repeats on the pages the table runs over; the sheet opens first.
    const staffing = parseRange(summary!.tables.find((t) => t.name === TABLE_NAMES.staffing)!.range);
    expect(summary!.print).toMatchObject({
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(summary!.print.titleRows).toEqual({ first: staffing.top, last: staffing.top });
    expect(summary!.print.rowBreaks).toHaveLength(3);
    expect(summary!.print.rowBreaks![2]).toBeLessThan(staffing.top);
    expect(summary!.print.footer).toEqual({ left: 'Beslutsunderlag – insatsbudget', right: 'Sida &P av &N' });
    expect(summary!.activate).toBe(true);
    expect(periodisation!.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(periodisation!.activate).toBeUndefined();
    // Nine columns of at most 118 units: printed one page wide on portrait A4 at 75 % or more.
    const total = summary!.columnWidths.reduce((a, w) => a + w.width, 0);
    expect(summary!.columnWidths).toHaveLength(9);
    expect(total).toBeLessThanOrEqual(118);
  });

  it('fits column A to the longest initiative name within bounds that keep the sheet one portrait page wide', () => {
    const result = seedMeeting();
    const [summary] = buildSummaryPlans(result, context());
    const short = budgetResult({
      initiatives: [
        initiativeResult({ name: 'Kort', start: '2024-01-01', end: '2024-12-31', applied: 1000 }),
      ],
    });
    expect(buildSummaryPlans(short, context())[0]!.columnWidths[0]!.width).toBe(18);
    const width = new Map(summary!.columnWidths.map((w) => [w.column, w.width]));
    expect(width.get(0)).toBe(22); // "Samordnat stöd för arbete eller studier" wraps on two lines
    // Bounded: a very long name wraps (its row gets the height) instead of pushing the page smaller.
    const long = 'Strukturellt och individuellt utvecklingsarbete/utvärdering av Extratjänster';
    const [wide] = buildSummaryPlans(
      {
        ...result,
        initiatives: result.initiatives.map((i) => ({ ...i, initiative: { ...i.initiative, name: long } })),
      },
      context(),
    );
    expect(wide!.columnWidths.find((w) => w.column === 0)!.width).toBe(22);
  });

  it('counts wrapped lines at word boundaries', () => {
    expect(wrappedLines('kort', 10)).toBe(1);
    expect(wrappedLines('aaaa bbbb', 5)).toBe(2); // 5 characters per line at 5 units
    expect(wrappedLines('aaaa bbbb', 10)).toBe(1);
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3); // a long word breaks anywhere: 10 per line
    expect(wrappedLines('ord '.repeat(100), 10, 22)).toBeGreaterThan(
      wrappedLines('ord '.repeat(100), 10, 11),
    );
  });

  it('a text no longer than a line is one line, as the word walk counts it (the short cut)', () => {
    // The word walk without the short cut, as it was.
    const walked = (value: string, width: number, fontSize: number) => {
      const perLine = Math.max(1, Math.floor((width * CHARS_PER_WIDTH_UNIT * 11) / fontSize));
      let lines = 1;
      let used = 0;
      for (const word of value.split(/\s+/)) {
        if (used === 0) used = word.length;
        else if (used + 1 + word.length <= perLine) used += 1 + word.length;
        else {
          lines += 1;
          used = word.length;
        }
        while (used > perLine) {
          lines += 1;
          used -= perLine;
        }
      }
      return lines;
    };
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', 'ord'), { maxLength: 40 })
          .map((p) => p.join('')),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(11, 13, 16),
        (value, width, fontSize) => {
          expect(wrappedLines(value, width, fontSize)).toBe(walked(value, width, fontSize));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('SheetBuilder.putWithMergedTail', () => {
  // The row's own height found by searching every height so far, as it was.
  class Searching extends SheetBuilder {
    override putWithMergedTail(cells: PlanCell[], from: number, value: string, style: CellStyle): number {
      if (value === '') return this.put([cells]);
      const row = this.put(
        [[...cells, ...Array.from({ length: from - cells.length }, () => null), text(value, style)]],
        false,
      );
      (this as unknown as { fitHeight(r: number, c: PlanCell[]): void }).fitHeight(row, cells);
      const own = this.rowHeights.findIndex((h) => h.row === row);
      const width = this.widths.slice(from, 6).reduce((a, w) => a + w, 0);
      const fontSize = style.fontSize ?? 11;
      const lines = style.wrap ? wrappedLines(value, width, fontSize) : 1;
      const height = Math.ceil((lines * 15 * fontSize) / 11);
      if (own >= 0) this.rowHeights[own]!.height = Math.max(this.rowHeights[own]!.height, height);
      else if (lines > 1) this.rowHeights.push({ row, height });
      this.merges.push(rangeA1(row, from, row, 5));
      return row;
    }
  }

  it('sets the same row heights and merges as the search over every height', () => {
    const words = fc
      .array(fc.constantFrom('ord', 'a', 'långt ord', 'x'.repeat(30), ' '), { maxLength: 12 })
      .map((p) => p.join(' ').trim());
    const style = fc.constantFrom<CellStyle>(STYLE.wrapped, STYLE.header, STYLE.note, STYLE.aside, {
      wrap: true,
      fontSize: 16,
    });
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        texts: fc.array(fc.tuple(words, style), { maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant('merged' as const), value: words, style }),
      fc.record({
        kind: fc.constant('tail' as const),
        texts: fc.array(fc.tuple(words, style), { maxLength: 3 }),
        value: words,
        style,
      }),
      fc.record({ kind: fc.constant('gap' as const), rows: fc.integer({ min: 0, max: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const widths = [12, 20, 8, 10, 30, 14];
        const builders = [new SheetBuilder(6, widths), new Searching(6, widths)];
        for (const b of builders)
          for (const s of steps) {
            if (s.kind === 'put') b.put([s.texts.map(([t, st]) => text(t, st))]);
            else if (s.kind === 'merged') b.putMerged(s.value, s.style);
            else if (s.kind === 'tail')
              b.putWithMergedTail(
                s.texts.map(([t, st]) => text(t, st)),
                3,
                s.value,
                s.style,
              );
            else b.gap(s.rows);
          }
        expect(builders[0]!.rowHeights).toEqual(builders[1]!.rowHeights);
        expect(builders[0]!.merges).toEqual(builders[1]!.merges);
        expect(builders[0]!.blocks).toEqual(builders[1]!.blocks);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the overview note', () => {
  it('names the decision step and rounding mode from the parameters', () => {
    const result = seedMeeting();
    const note = (ctx: Parameters<typeof context>[0]) =>
      texts(buildSummaryPlans(result, context(ctx))[0]!).find(
        (t) => t.startsWith('Belopp i kronor') || t.startsWith('Amounts'),
      );
    expect(note({})).toBe(
      `Belopp i kronor. Årskolumnerna visar föreslaget belopp per kalenderår. Beslutsbelopp = föreslaget avrundat uppåt till jämna 1${NBSP}000${NBSP}kr.`,
    );
    const nearest = emptyInput();
    const input = {
      ...nearest,
      parameters: {
        ...nearest.parameters,
        roundingStep: new Decimal(10_000),
        roundingMode: 'nearest' as const,
      },
    };
    expect(note({ input })).toMatch(new RegExp(`avrundat till närmaste 10${NBSP}000${NBSP}kr\\.$`));
    expect(note({ lang: 'en' })).toMatch(/rounded up to whole SEK\u00a01,000\.$/);
  });
});
