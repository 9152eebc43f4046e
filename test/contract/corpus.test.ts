// Broken workbooks: the example with one fault each (and a few with many), as users make them.
// Each case asserts exactly which cells are reported, and that every other row still counts.
import Decimal from 'decimal.js';
import type { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import type { ReadResult } from '../../src/contract/read/read-workbook';
import { brief, exampleWorkbook, read, setCell, setError } from './support';

type Expected = { severity: 'error' | 'warning'; code: string; cell: string | null };
const E = (code: string, cell: string | null): Expected => ({ severity: 'error', code, cell });
const W = (code: string, cell: string | null): Expected => ({ severity: 'warning', code, cell });

const FULL = { initiatives: 5, staffing: 14, costs: 10, frame: 3, adjustments: 1 };
type Counts = typeof FULL;

interface Case {
  name: string;
  mutate: (wb: MemoryWorkbook) => void;
  issues: Expected[];
  counts?: Partial<Counts>;
  check?: (r: ReadResult) => void;
}

const renameHeader = (wb: MemoryWorkbook, address: string, header: string) => setCell(wb, address, header);
const clearRow = (wb: MemoryWorkbook, sheet: string, row: number, columns: number) => {
  for (let c = 0; c < columns; c++) wb.getSheet(sheet)!.setCell(row - 1, c, { value: '', type: 'Empty' });
};

const cases: Case[] = [
  {
    name: 'text where an amount belongs',
    mutate: (wb) => setCell(wb, 'Bemanning!D5', 'trettiofemtusen'),
    issues: [E('not-an-amount', 'Bemanning!D5')],
    counts: { staffing: 13 },
  },
  {
    name: 'text where a date belongs rejects the initiative and names it for the engine',
    mutate: (wb) => setCell(wb, 'Insatser!D4', 'första januari'),
    issues: [E('not-a-date', 'Insatser!D4')],
    counts: { initiatives: 4 },
    check: (r) => expect(r.input.rejectedInitiatives).toEqual(['Framsteget 2.0']),
  },
  {
    name: 'a date written the American way',
    mutate: (wb) => setCell(wb, 'Insatser!E6', '12/31/2026'),
    issues: [E('date-not-iso', 'Insatser!E6')],
    counts: { initiatives: 4 },
    check: (r) => expect(r.issues[0]!.message.sv).toContain('ÅÅÅÅ-MM-DD'),
  },
  {
    name: 'a year typed into a date cell',
    mutate: (wb) => setCell(wb, 'Insatser!D2', 2018, 'General'),
    issues: [E('date-out-of-range', 'Insatser!D2')],
    counts: { initiatives: 4 },
  },
  {
    name: 'a negative cost',
    mutate: (wb) => setCell(wb, 'Kostnader!C5', -420000),
    issues: [E('negative-amount', 'Kostnader!C5')],
    counts: { costs: 9 },
  },
  {
    name: 'a negative FTE',
    mutate: (wb) => setCell(wb, 'Bemanning!C6', -0.25),
    issues: [E('fte-negative', 'Bemanning!C6')],
    counts: { staffing: 13 },
  },
  {
    name: '350 typed into a percent cell (35 000 %)',
    mutate: (wb) => setCell(wb, 'Bemanning!C5', 350, '0 %'),
    issues: [E('fte-too-high', 'Bemanning!C5')],
    counts: { staffing: 13 },
    check: (r) => expect(r.issues[0]!.message.sv).toContain('Menade du 350\u00a0%?'),
  },
  {
    name: 'FTE 3.5 without a percent format reads as 3,5 % with a warning',
    mutate: (wb) => setCell(wb, 'Bemanning!C5', 3.5, 'General'),
    issues: [W('fte-suspicious', 'Bemanning!C5')],
    check: (r) => {
      expect(r.input.staffing[3]!.fte).toEqual(new Decimal('0.035'));
      expect(r.issues[0]!.message.sv).toContain('3,5\u00a0% – menade du 350\u00a0%?'.replace(' – m', '. M'));
    },
  },
  {
    name: 'a percent-formatted 0.035 FTE warns',
    mutate: (wb) => setCell(wb, 'Bemanning!C9', 0.035, '0 %'),
    issues: [W('fte-suspicious', 'Bemanning!C9')],
  },
  {
    name: 'a payroll overhead of 4015 %',
    mutate: (wb) => setCell(wb, 'Bemanning!E4', 40.15, '0.00 %'),
    issues: [E('po-out-of-range', 'Bemanning!E4')],
    counts: { staffing: 13 },
    check: (r) => expect(r.issues[0]!.message.en).toContain('Did you mean 40.15%?'),
  },
  {
    name: 'a payroll overhead parameter as a bare fraction warns',
    mutate: (wb) => setCell(wb, 'Parametrar!B2', 0.4215, 'General'),
    issues: [W('po-suspicious', 'Parametrar!B2')],
    check: (r) => {
      expect(r.input.parameters.payrollOverhead).toEqual(new Decimal('0.004215'));
      expect(r.issues[0]!.message.sv).toContain('Menade du 42,15\u00a0%?');
    },
  },
  {
    name: 'a yearly salary in Månadslön warns',
    mutate: (wb) => setCell(wb, 'Bemanning!D9', 414000),
    issues: [W('salary-high', 'Bemanning!D9')],
  },
  {
    name: 'a salary in thousands warns',
    mutate: (wb) => setCell(wb, 'Bemanning!D9', 34.5),
    issues: [W('salary-low', 'Bemanning!D9')],
  },
  {
    name: 'an amount with a point as thousands separator is not guessed',
    mutate: (wb) => setCell(wb, 'Kostnader!C6', '729.000'),
    issues: [E('ambiguous-amount', 'Kostnader!C6')],
    counts: { costs: 9 },
  },
  {
    name: 'a missing required column names the table and the header in both languages',
    mutate: (wb) => renameHeader(wb, 'Bemanning!C1', 'Andel'),
    issues: [E('missing-column', null)],
    counts: { staffing: 0 },
    check: (r) => {
      expect(r.issues[0]).toMatchObject({ table: 'Bemanning', column: 'Omfattning', row: null });
      expect(r.issues[0]!.message.sv).toContain('Omfattning');
      expect(r.issues[0]!.message.sv).toContain('Bemanning');
      expect(r.issues[0]!.message.en).toContain('FTE');
      expect(r.tables.Bemanning?.complete).toBe(false);
    },
  },
  {
    name: '#REF! in a salary',
    mutate: (wb) => setError(wb, 'Bemanning!D12', '#REF!'),
    issues: [E('formula-error', 'Bemanning!D12')],
    counts: { staffing: 13 },
    check: (r) => {
      expect(r.issues[0]!.value).toBe('#REF!');
      expect(r.issues[0]!.message.sv).toContain('#REF!');
    },
  },
  {
    name: '#VALUE! in an applied amount rejects the initiative',
    mutate: (wb) => setError(wb, 'Insatser!F3', '#VALUE!'),
    issues: [E('formula-error', 'Insatser!F3')],
    counts: { initiatives: 4 },
    check: (r) =>
      expect(r.input.rejectedInitiatives).toEqual(['Strategiskt utvecklingsarbete/Lokussamordnare Uppsala']),
  },
  {
    name: 'an unknown action',
    mutate: (wb) => setCell(wb, 'Justeringar!D2', 'Minska'),
    issues: [E('unknown-action', 'Justeringar!D2')],
    counts: { adjustments: 0 },
  },
  {
    name: 'an unknown funding word',
    mutate: (wb) => setCell(wb, 'Bemanning!H13', 'Kommunen'),
    issues: [E('unknown-funding', 'Bemanning!H13')],
    counts: { staffing: 13 },
  },
  {
    name: 'a blank required cell',
    mutate: (wb) => setCell(wb, 'Bemanning!B11', ''),
    issues: [E('required-missing', 'Bemanning!B11')],
    counts: { staffing: 13 },
  },
  {
    name: 'blank rows are skipped, whitespace-only ones too',
    mutate: (wb) => {
      clearRow(wb, 'Bemanning', 7, 9);
      setCell(wb, 'Bemanning!B7', '   ');
      clearRow(wb, 'Kostnader', 4, 5);
    },
    issues: [],
    counts: { staffing: 13, costs: 9 },
    check: (r) => expect(r.input.staffing.map((s) => s.id)).not.toContain('Bemanning:7'),
  },
  {
    name: 'a missing Insatser table',
    mutate: (wb) => (wb.tables = wb.tables.filter((t) => t.name !== 'Insatser')),
    issues: [E('missing-table', null)],
    counts: { initiatives: 0 },
    check: (r) => expect(r.issues[0]).toMatchObject({ table: 'Insatser', row: null, column: null }),
  },
  {
    name: 'two tables claiming the frame',
    mutate: (wb) => {
      const copy = wb.addSheet('Ram 2025');
      copy.setCell(0, 0, { value: 'År' });
      copy.setCell(0, 1, { value: 'Tillgängligt' });
      copy.setCell(1, 0, { value: 2025 });
      copy.setCell(1, 1, { value: 3_000_000 });
      wb.addTable({
        name: 'Frame',
        sheet: 'Ram 2025',
        range: { top: 0, left: 0, bottom: 1, right: 1 },
        style: 'TableStyleLight9',
      });
    },
    issues: [E('duplicate-table', null)],
    counts: { frame: 0 },
    check: (r) => expect(r.issues[0]!.message.sv).toContain('Frame (Ram 2025)'),
  },
  {
    name: 'an unknown parameter',
    mutate: (wb) => setCell(wb, 'Parametrar!A6', 'Löneökningar'),
    issues: [W('unknown-parameter', 'Parametrar!A6')],
    check: (r) => expect(r.input.parameters.salaryIncrease).toBeNull(),
  },
  {
    name: 'a parameter given twice: neither is used',
    mutate: (wb) => setCell(wb, 'Parametrar!A3', 'po-pålägg'),
    issues: [E('duplicate-parameter', 'Parametrar!A3')],
    check: (r) => {
      expect(r.input.parameters.payrollOverhead).toBeNull();
      expect(r.issues[0]!.message.sv).toContain('Parametrar!A2');
    },
  },
  {
    name: 'Löneökning with a broken year',
    mutate: (wb) => setCell(wb, 'Parametrar!A7', 'Löneökning 23'),
    issues: [E('parameter-year-invalid', 'Parametrar!A7')],
    check: (r) => expect(r.input.parameters.salaryIncreaseByYear.has(2023)).toBe(false),
  },
  {
    name: 'a year written out in words',
    mutate: (wb) => setCell(wb, 'Ram!A4', 'tjugotjugofem'),
    issues: [E('not-a-year', 'Ram!A4')],
    counts: { frame: 2 },
  },
  {
    name: 'a revision month of 13',
    mutate: (wb) => setCell(wb, 'Parametrar!B11', 13),
    issues: [E('not-a-month', 'Parametrar!B11')],
    check: (r) => expect(r.input.parameters.revisionMonth).toBe(1),
  },
  {
    name: 'an unknown rounding mode',
    mutate: (wb) => setCell(wb, 'Parametrar!B13', 'neråt'),
    issues: [E('unknown-rounding-mode', 'Parametrar!B13')],
  },
  {
    name: 'Omfattning without a role',
    mutate: (wb) => setCell(wb, 'Justeringar!C2', ''),
    issues: [E('role-required', 'Justeringar!C2')],
    counts: { adjustments: 0 },
  },
  {
    name: 'Tak without a value',
    mutate: (wb) => {
      setCell(wb, 'Justeringar!D2', 'Tak');
      setCell(wb, 'Justeringar!C2', '');
      setCell(wb, 'Justeringar!E2', '');
    },
    issues: [E('value-required', 'Justeringar!E2')],
    counts: { adjustments: 0 },
  },
  {
    name: 'Ta bort with a value warns and still counts',
    mutate: (wb) => setCell(wb, 'Justeringar!D2', 'Ta bort'),
    issues: [W('value-ignored', 'Justeringar!E2')],
    check: (r) => expect(r.input.adjustments[0]).toMatchObject({ action: 'remove', role: 'Coach' }),
  },
  {
    name: 'many faults in one pass',
    mutate: (wb) => {
      setCell(wb, 'Insatser!D4', '2023-13-01');
      setCell(wb, 'Insatser!G5', '-5 000 kr');
      setCell(wb, 'Bemanning!C2', 'heltid');
      setCell(wb, 'Bemanning!D2', 'okänd');
      setError(wb, 'Bemanning!E3', '#N/A');
      setCell(wb, 'Bemanning!H14', 'Region');
      setCell(wb, 'Kostnader!D10', 2025.5);
      setCell(wb, 'Ram!B3', 'två miljoner');
      setCell(wb, 'Parametrar!B6', '2,2 procent');
      setCell(wb, 'Justeringar!E2', 'tre');
    },
    issues: [
      E('not-a-date', 'Insatser!D4'),
      E('negative-amount', 'Insatser!G5'),
      E('not-a-percent', 'Bemanning!C2'),
      E('not-an-amount', 'Bemanning!D2'),
      E('formula-error', 'Bemanning!E3'),
      E('unknown-funding', 'Bemanning!H14'),
      E('not-a-year', 'Kostnader!D10'),
      E('not-an-amount', 'Ram!B3'),
      E('not-a-percent', 'Parametrar!B6'),
      E('not-a-percent', 'Justeringar!E2'),
    ],
    counts: { initiatives: 3, staffing: 11, costs: 9, frame: 2, adjustments: 0 },
    check: (r) => {
      expect(r.input.rejectedInitiatives).toEqual(['Framsteget 2.0', 'En väg in-steget vidare']);
      expect(r.input.parameters.salaryIncrease).toBeNull();
    },
  },
  {
    name: 'many faults in one row are all reported',
    mutate: (wb) => {
      setCell(wb, 'Bemanning!A15', '');
      setCell(wb, 'Bemanning!C15', -1);
      setCell(wb, 'Bemanning!D15', '42.000');
      setCell(wb, 'Bemanning!E15', 1.2, '0 %');
      setCell(wb, 'Bemanning!F15', '1 jan 2025');
      setCell(wb, 'Bemanning!G15', '2026/12/31');
    },
    issues: [
      E('required-missing', 'Bemanning!A15'),
      E('fte-negative', 'Bemanning!C15'),
      E('ambiguous-amount', 'Bemanning!D15'),
      E('po-out-of-range', 'Bemanning!E15'),
      E('not-a-date', 'Bemanning!F15'),
      E('date-not-iso', 'Bemanning!G15'),
    ],
    counts: { staffing: 13 },
  },
];

describe('broken workbooks', () => {
  test('the corpus is large enough', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const wb = exampleWorkbook();
    c.mutate(wb);
    const result = read(wb);
    expect(brief(result.issues)).toEqual(c.issues);
    const counts = { ...FULL, ...c.counts };
    expect({
      initiatives: result.input.initiatives.length,
      staffing: result.input.staffing.length,
      costs: result.input.costs.length,
      frame: result.input.frame.length,
      adjustments: result.input.adjustments.length,
    }).toEqual(counts);
    for (const issue of result.issues) {
      expect(issue.table).not.toBeNull();
      if (issue.cell) {
        expect(issue.row).toBe(Number(/(\d+)$/.exec(issue.cell)![1]));
        expect(issue.column).not.toBeNull();
      }
      expect(issue.message.sv).not.toBe('');
      expect(issue.message.en).not.toBe('');
      expect(issue.message.sv).not.toBe(issue.message.en);
    }
    c.check?.(result);
  });
});
