// Every issue code the engine reports, with the exact table, row, column and cell.
import { computeBudget } from '../../src/engine';
import type { Issue } from '../../src/issues/types';
import { messages } from '../../src/engine/messages';
import { formatFte, formatKronor } from '../../src/format';
import { adjustment, cost, d, frameYear, initiative, input, params, source, staff } from './builders';

const INSATSER = ['Insats', 'Insatsägare', 'Samverkansparter', 'Start', 'Slut', 'Ansökt belopp', 'Maxbelopp'];
const BEMANNING = [
  'Insats',
  'Roll',
  'Omfattning',
  'Månadslön',
  'PO-pålägg',
  'Start',
  'Slut',
  'Finansiering',
  'Arbetsgivare',
];
const KOSTNADER = ['Insats', 'Kostnadsslag', 'Belopp', 'År', 'Finansiering'];
const RAM = ['År', 'Tillgängligt'];
const JUSTERINGAR = ['Scenario', 'Insats', 'Åtgärd', 'Roll', 'Värde', 'Motivering'];

const ins = (row: number) => source('Insatser', 'Insatser', row, INSATSER);
const bem = (row: number) => source('Bemanning', 'Bemanning', row, BEMANNING);
const kost = (row: number) => source('Övriga kostnader', 'Övriga kostnader', row, KOSTNADER);
const ram = (row: number) => source('Ram', 'Ram', row, RAM);
const jus = (row: number) => source('Justeringar', 'Justeringar', row, JUSTERINGAR);

const where = (issue: Issue) => [
  issue.severity,
  issue.code,
  issue.table,
  issue.row,
  issue.column,
  issue.cell,
];
const A = () => initiative('A', '2024-01-01', '2025-12-31', { source: ins(2) });

test('duplicate initiative name: both left out, the later row named', () => {
  const r = computeBudget(
    input({
      initiatives: [A(), initiative(' a ', '2024-01-01', '2024-12-31', { source: ins(3) })],
      staffing: [staff('A', 'Coach', 1, 10000, { source: bem(2) })],
    }),
    null,
  );
  expect(r.issues.map(where)).toEqual([
    ['error', 'duplicate-initiative', 'Insatser', 3, 'Insats', 'Insatser!A3'],
  ]);
  expect(r.issues[0]!.message.sv).toContain('rad 2');
  expect(r.initiatives.map((i) => i.included)).toEqual([false, false]);
  expect(r.staffing[0]!.included).toBe(false);
});

test('end before start: initiative and row', () => {
  const r = computeBudget(
    input({
      initiatives: [initiative('B', '2024-03-01', '2024-01-31', { source: ins(2) }), A()],
      staffing: [
        staff('B', 'Coach', 1, 10000, { source: bem(2) }),
        staff('A', 'Coach', 1, 10000, { start: '2024-05-01', end: '2024-04-30', source: bem(3) }),
      ],
    }),
    null,
  );
  expect(r.issues.map(where)).toEqual([
    ['error', 'end-before-start', 'Insatser', 2, 'Slut', 'Insatser!E2'],
    ['error', 'end-before-start', 'Bemanning', 3, 'Slut', 'Bemanning!G3'],
  ]);
  expect(r.issues[0]!.message.sv).toBe(
    'Slutdatum 2024-01-31 ligger före startdatum 2024-03-01. Ange ett slutdatum på eller efter startdatumet.',
  );
  expect(r.initiatives[0]!.included).toBe(false);
  expect(r.initiatives[1]!.applied.rounded.total.toString()).toBe('0');
});

test('invalid date', () => {
  const r = computeBudget(
    input({ initiatives: [initiative('A', '2024-02-30', '2024-12-31', { source: ins(2) })] }),
    null,
  );
  expect(r.issues.map(where)).toEqual([['error', 'invalid-date', 'Insatser', 2, 'Start', 'Insatser!D2']]);
});

test('unknown initiative: rows, costs and adjustments; rejected initiatives are silent', () => {
  const r = computeBudget(
    input({
      initiatives: [A()],
      staffing: [
        staff('X', 'Coach', 1, 10000, { source: bem(2) }),
        staff('Rejected', 'Coach', 1, 1, { source: bem(3) }),
      ],
      costs: [cost('Y', 1, { source: kost(2) })],
      adjustments: [adjustment('S', { action: 'remove', initiative: 'Z', role: null }, jus(2))],
      rejectedInitiatives: ['rejected'],
    }),
    'S',
  );
  expect(r.issues.map(where)).toEqual([
    ['error', 'unknown-initiative', 'Bemanning', 2, 'Insats', 'Bemanning!A2'],
    ['error', 'unknown-initiative', 'Övriga kostnader', 2, 'Insats', "'Övriga kostnader'!A2"],
    ['error', 'unknown-initiative', 'Justeringar', 2, 'Insats', 'Justeringar!B2'],
  ]);
  expect(r.issues[0]!.value).toBe('X');
});

test('row dates outside the initiative period', () => {
  const r = computeBudget(
    input({
      initiatives: [A()],
      staffing: [staff('A', 'Coach', 1, 10000, { start: '2023-12-01', end: '2026-01-31', source: bem(4) })],
    }),
    null,
  );
  expect(r.issues.map(where)).toEqual([
    ['error', 'outside-period', 'Bemanning', 4, 'Start', 'Bemanning!F4'],
    ['error', 'outside-period', 'Bemanning', 4, 'Slut', 'Bemanning!G4'],
  ]);
  expect(r.staffing[0]!.included).toBe(false);
  expect(r.initiatives[0]!.applied.rounded.total.toString()).toBe('0');
});

test('cost year outside the period', () => {
  const r = computeBudget(
    input({ initiatives: [A()], costs: [cost('A', 5000, { year: 2026, source: kost(7) })] }),
    null,
  );
  expect(r.issues.map(where)).toEqual([
    ['error', 'cost-year-outside-period', 'Övriga kostnader', 7, 'År', "'Övriga kostnader'!D7"],
  ]);
  expect(r.issues[0]!.value).toBe(2026);
});

test('duplicate frame year: the later row is left out', () => {
  const r = computeBudget(
    input({ frame: [frameYear(2024, 100, ram(2)), frameYear(2024, 200, ram(3))] }),
    null,
  );
  expect(r.issues.map(where)).toEqual([['error', 'duplicate-frame-year', 'Ram', 3, 'År', 'Ram!A3']]);
  expect(r.frame).toHaveLength(1);
  expect(r.frame[0]!.available.toString()).toBe('100');
});

test('missing payroll overhead is a warning; the row counts with PO 0', () => {
  const r = computeBudget(
    input({
      initiatives: [A()],
      staffing: [
        staff('A', 'Coach', 1, 10000, { payrollOverhead: null, employer: 'Håbo kommun', source: bem(5) }),
      ],
      parameters: params(),
    }),
    null,
  );
  expect(r.issues.map(where)).toEqual([
    ['warning', 'missing-payroll-overhead', 'Bemanning', 5, 'PO-pålägg', 'Bemanning!E5'],
  ]);
  expect(r.issues[0]!.message.sv).toContain('Håbo kommun');
  expect(r.initiatives[0]!.applied.rounded.total.toString()).toBe('240000');
});

describe('adjustments', () => {
  const run = (...adjustments: ReturnType<typeof adjustment>[]) =>
    computeBudget(
      input({
        initiatives: [A()],
        staffing: [
          staff('A', 'Coach', 2, 10000, { source: bem(2) }),
          staff('A', 'Coach', 1, 10000, { start: '2024-06-01', source: bem(3) }),
          staff('A', 'Egen coach', 1, 10000, { funding: 'own', source: bem(4) }),
        ],
        adjustments,
      }),
      'S',
    );

  test('a role that matches nothing', () => {
    const r = run(adjustment('S', { action: 'remove', initiative: 'A', role: 'Projektledare' }, jus(2)));
    expect(r.issues.map(where)).toEqual([
      ['error', 'adjustment-no-match', 'Justeringar', 2, 'Roll', 'Justeringar!D2'],
    ]);
  });
  test('an FTE change on rows with different FTEs names the rows and their FTEs', () => {
    const r = run(adjustment('S', { action: 'setFte', initiative: 'A', role: 'coach ', fte: d(1) }, jus(3)));
    expect(r.issues.map(where)).toEqual([
      ['error', 'adjustment-several-rows', 'Justeringar', 3, 'Roll', 'Justeringar!D3'],
    ]);
    expect(r.issues[0]!.message.sv).toContain('olika omfattning (rad 2: 200\u00a0%, rad 3: 100\u00a0%)');
    expect(r.issues[0]!.message.sv).toContain('samma omfattning i Bemanning');
    expect(r.issues[0]!.message.en).toContain('different FTEs (row 2: 200%, row 3: 100%)');
    expect(r.issues[0]!.message.en).toContain('the same FTE in Bemanning');
    expect(r.staffing.map((s) => s.fteProposed.toString())).toEqual(['2', '1', '1']);
  });
  test('a role that is only self-financed', () => {
    const r = run(adjustment('S', { action: 'remove', initiative: 'A', role: 'Egen coach' }, jus(4)));
    expect(r.issues.map(where)).toEqual([
      ['error', 'adjustment-only-self-financed', 'Justeringar', 4, 'Roll', 'Justeringar!D4'],
    ]);
  });
  test('an end date outside the period', () => {
    const r = run(
      adjustment('S', { action: 'setEnd', initiative: 'A', role: null, end: '2026-03-31' }, jus(5)),
    );
    expect(r.issues.map(where)).toEqual([
      ['error', 'adjustment-date-outside-period', 'Justeringar', 5, 'Värde', 'Justeringar!E5'],
    ]);
  });
  test("an end date before the row's start", () => {
    const r = run(
      adjustment('S', { action: 'setEnd', initiative: 'A', role: 'Coach', end: '2024-03-31' }, jus(6)),
    );
    expect(r.issues.map(where)).toEqual([
      ['error', 'adjustment-end-before-row-start', 'Justeringar', 6, 'Värde', 'Justeringar!E6'],
    ]);
  });
  test('a negative value', () => {
    const r = run(adjustment('S', { action: 'cap', initiative: 'A', amount: d(-1) }, jus(7)));
    expect(r.issues.map(where)).toEqual([
      ['error', 'negative-value', 'Justeringar', 7, 'Värde', 'Justeringar!E7'],
    ]);
  });
});

test('without a source the location fields are null', () => {
  const r = computeBudget(input({ staffing: [staff('X', 'Coach', 1, 1)] }), null);
  expect(r.issues.map(where)).toEqual([['error', 'unknown-initiative', null, null, null, null]]);
  expect(r.issues[0]!.message.en).toContain('"X"');
});

describe('amounts and FTE in messages read as src/format writes them', () => {
  it('a negative difference with the true minus in both languages, FTE grouped', () => {
    const text = messages.frameAvailableDiffers(2026, d(100_000), d(40_000), d(85_000));
    expect(text.sv).toContain(`= ${formatKronor(d(-45_000), 'sv')}.`);
    expect(text.en).toContain(`= ${formatKronor(d(-45_000), 'en')}.`);
    expect(text.en).toContain('SEK\u00a0\u221245,000');
    const rows = messages.roleRowsDiffer('Coach', [
      { row: 3, id: 'a', fte: d(12) },
      { row: 4, id: 'b', fte: d('0.5') },
    ]);
    expect(rows.sv).toContain(`rad 3: ${formatFte(d(12), 'sv')}, rad 4: 50\u00a0%`);
    expect(rows.en).toContain('row 3: 1,200%, row 4: 50%');
  });
});
