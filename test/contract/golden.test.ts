import Decimal from 'decimal.js';
import { exampleWorkbook, read } from './support';

describe('the example workbook', () => {
  const result = read(exampleWorkbook());

  test('reads without errors or warnings', () => {
    expect(result.issues).toEqual([]);
  });

  test('finds every table by name', () => {
    for (const t of Object.values(result.tables)) expect(t).not.toBeNull();
    expect(result.tables.Bemanning!.columns).toEqual({
      Insats: 0,
      Roll: 1,
      Omfattning: 2,
      Månadslön: 3,
      'PO-pålägg': 4,
      Start: 5,
      Slut: 6,
      Finansiering: 7,
      Arbetsgivare: 8,
      Låst: 9,
    });
  });

  test('initiatives', () => {
    const { initiatives } = result.input;
    expect(initiatives.map((i) => i.name)).toEqual([
      'Strukturellt och individuellt utvecklingsarbete/utvärdering av Extratjänster',
      'Strategiskt utvecklingsarbete/Lokussamordnare Uppsala',
      'Framsteget 2.0',
      'En väg in-steget vidare',
      'Samordnat stöd för arbete eller studier',
    ]);
    const samordnat = initiatives[4]!;
    expect(samordnat).toMatchObject({
      owner: 'Uppsala kommun',
      partners: 'Region Uppsala',
      start: '2024-10-01',
      end: '2026-12-31',
      maxGrant: null,
    });
    expect(samordnat.statedApplied).toEqual(new Decimal(8_315_500));
    expect(samordnat.source).toEqual({
      table: 'Insatser',
      sheet: 'Insatser',
      row: 6,
      cells: {
        Insats: 'A6',
        Insatsägare: 'B6',
        Samverkansparter: 'C6',
        Start: 'D6',
        Slut: 'E6',
        'Ansökt belopp': 'F6',
        Maxbelopp: 'G6',
        Status: 'H6',
        Låst: 'I6',
      },
    });
    expect(samordnat.roundStatus).toBe('application');
    expect(result.input.initiatives.map((i) => i.roundStatus)).toEqual([
      'granted',
      'granted',
      'granted',
      'granted',
      'application',
    ]);
    expect(result.input.initiatives[2]!.maxGrant).toEqual(new Decimal(7_711_000));
  });

  test('staffing', () => {
    const { staffing } = result.input;
    expect(staffing).toHaveLength(14);
    const coach = staffing.find((s) => s.initiative === 'Framsteget 2.0' && s.role === 'Coach')!;
    expect(coach.fte).toEqual(new Decimal('3.5'));
    expect(coach.monthlySalary).toEqual(new Decimal(35_000));
    expect(coach).toMatchObject({
      id: 'Bemanning:5',
      payrollOverhead: null,
      start: null,
      end: null,
      funding: 'grant',
      employer: 'Håbo kommun',
    });
    const own = staffing.filter((s) => s.funding === 'own');
    expect(own.map((s) => [s.initiative, s.role, s.fte.toString()])).toEqual([
      ['Samordnat stöd för arbete eller studier', 'Coach', '4'],
    ]);
    const processtod = staffing[0]!;
    expect([processtod.start, processtod.end]).toEqual(['2018-01-01', '2018-12-31']);
    expect(staffing[2]!.payrollOverhead).toEqual(new Decimal('0.4215'));
    expect(staffing[1]!.fte).toEqual(new Decimal('0.25'));
  });

  test('costs and frame', () => {
    const { costs, frame } = result.input;
    expect(costs).toHaveLength(10);
    expect(costs[1]).toMatchObject({
      initiative: 'Strategiskt utvecklingsarbete/Lokussamordnare Uppsala',
      costType: 'Lokaler',
      year: null,
      funding: 'own',
    });
    expect(costs[1]!.amount).toEqual(new Decimal(144_000));
    expect(costs[8]!.year).toBe(2025);
    // Tillgängligt is blank: the engine derives it from the Medlemsbidrag table less Egna kostnader.
    expect(frame.map((f) => [f.year, f.available, f.ownCosts?.toString()])).toEqual([
      [2024, null, '1200000'],
      [2025, null, '1200000'],
      [2026, null, '1300000'],
    ]);
    const contributions = result.input.contributions!;
    expect(contributions).toHaveLength(30);
    const sum = (year: number, principal: string) =>
      contributions
        .filter((c) => c.year === year && c.principal === principal)
        .reduce((acc, c) => acc.plus(c.amount), new Decimal(0))
        .toString();
    // The law's split: the state half, the region and the eight municipalities a quarter each.
    expect([sum(2024, 'state'), sum(2024, 'region'), sum(2024, 'municipality')]).toEqual([
      '3700000',
      '1850000',
      '1850000',
    ]);
    expect(contributions[0]).toMatchObject({
      year: 2024,
      member: 'Försäkringskassan (staten)',
      principal: 'state',
    });
  });

  test('parameters', () => {
    const p = result.input.parameters;
    expect(p.payrollOverhead).toEqual(new Decimal('0.4215'));
    expect([...p.payrollOverheadByEmployer].map(([k, v]) => [k, v.toString()])).toEqual([
      ['Håbo kommun', '0.409'],
      ['Region Uppsala', '0.486'],
      ['Arbetsförmedlingen', '0.479'],
    ]);
    expect(p.salaryIncrease).toEqual(new Decimal('0.022'));
    expect([...p.salaryIncreaseByYear].map(([k, v]) => [k, v.toString()])).toEqual([
      [2023, '0.041'],
      [2024, '0.033'],
      [2025, '0.034'],
      [2026, '0.03'],
    ]);
    expect(p.revisionMonth).toBe(4);
    expect(p.roundingStep).toEqual(new Decimal(1000));
    expect(p.roundingMode).toBe('up');
    expect(p.equity?.opening).toEqual(new Decimal(1_200_000));
    expect(p.equity?.floor).toEqual(new Decimal(500_000));
    expect(p.equity?.source?.cells['Värde']).toBe('B14');
  });

  test('adjustments', () => {
    expect(result.input.adjustments).toHaveLength(1);
    const cut = result.input.adjustments[0]!;
    expect(cut).toMatchObject({
      id: 'Justeringar:2',
      scenario: 'Kansliets förslag',
      initiative: 'Samordnat stöd för arbete eller studier',
      action: 'setFte',
      role: 'Coach',
    });
    expect(cut.action === 'setFte' && cut.fte).toEqual(new Decimal(3));
    expect(cut.source?.cells['Värde']).toBe('E2');
  });

  test('the fingerprint is 12 hex digits and stable', () => {
    expect(result.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(read(exampleWorkbook()).fingerprint).toBe(result.fingerprint);
  });
});
