// Workbooks and summary plans for the adapter tests, made with the real contract, engine and
// summary code: the example workbook, and large ones with any number of staffing rows.
import { MemoryWorkbook } from '../../../src/adapters/memory/memory-workbook';
import { readSnapshot } from '../../../src/adapters/memory/read-snapshot';
import { writePlans } from '../../../src/adapters/memory/write-plan';
import { EXAMPLE, examplePlans, readWorkbook } from '../../../src/contract';
import { inputPlans } from '../../../src/contract/template';
import type { InputRows, PlainValue } from '../../../src/contract/template';
import { computeBudget } from '../../../src/engine';
import { buildSummaryPlans } from '../../../src/summary';
import type { SheetPlan } from '../../../src/workbook/sheet-plan';
import { isDateFormat } from '../../../src/workbook/excel-dates';

export function workbookOf(plans: SheetPlan[]): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  writePlans(wb, plans);
  return wb;
}

export const exampleWorkbook = (): MemoryWorkbook => workbookOf(examplePlans());

/** The example workbook counted in the 1904 system: every date serial 1 462 smaller, the same dates. */
export function exampleWorkbook1904(): MemoryWorkbook {
  const wb = exampleWorkbook();
  wb.date1904 = true;
  for (const sheet of wb.sheets)
    for (const [k, cell] of sheet.cells)
      if (typeof cell.value === 'number' && isDateFormat(cell.numberFormat))
        sheet.cells.set(k, { ...cell, value: cell.value - 1462 });
  return wb;
}

const ROLES = [
  'Coach',
  'Arbetsförmedlare',
  'Insatsansvarig',
  'Arbetsgivarkoordinator',
  'Handledare',
  'Studie- och yrkesvägledare',
  'Processledare',
  'Socionom',
  'Arbetsterapeut',
  'Administratör',
];
const OWNERS = ['Uppsala kommun', 'Håbo kommun', 'Knivsta kommun', 'Region Uppsala', 'Enköpings kommun'];

/**
 * The example's parameters, frame and adjustments with `staffing` rows of Bemanning spread over
 * initiatives of ten roles each, every one from 1 October 2024 to 31 December 2026.
 */
export function largeRows(staffing: number): InputRows {
  const initiatives = Math.max(1, Math.ceil(staffing / ROLES.length));
  const name = (i: number) => `Insats ${String(i + 1).padStart(5, '0')} – stöd till arbete`;
  const insatser: PlainValue[][] = [];
  const bemanning: PlainValue[][] = [];
  for (let i = 0; i < initiatives; i++)
    insatser.push([
      name(i),
      OWNERS[i % OWNERS.length]!,
      'Arbetsförmedlingen, Försäkringskassan',
      '2024-10-01',
      '2026-12-31',
      2_000_000 + 1_000 * i,
      null,
    ]);
  for (let r = 0; r < staffing; r++) {
    const i = Math.floor(r / ROLES.length);
    bemanning.push([
      name(i),
      ROLES[r % ROLES.length]!,
      [0.25, 0.5, 1, 3.5][r % 4]!,
      34_000 + (r % 17) * 1_000,
      r % 3 === 0 ? 0.4215 : null,
      null,
      null,
      r % 5 === 0 ? 'Egen' : 'Förbundet',
      OWNERS[i % OWNERS.length]!,
    ]);
  }
  return {
    Insatser: insatser,
    Bemanning: bemanning,
    Kostnader: [[name(0), 'Lokaler', 144_000, null, 'Egen']],
    Ram: [
      [2024, 6_200_000],
      [2025, 30_000_000],
      [2026, 30_000_000],
    ],
    Parametrar: EXAMPLE.Parametrar,
    Justeringar: [['Kansliets förslag', name(0), 'Coach', 'Omfattning', 3, 'En heltidstjänst coach mindre']],
  };
}

export const largeWorkbook = (staffing: number): MemoryWorkbook =>
  workbookOf(inputPlans(largeRows(staffing)));

/** Beslutsunderlag and Periodisering for the workbook, by the real contract → engine → summary. */
export function summaryPlansFor(
  wb: MemoryWorkbook,
  scenario: string | null = 'Kansliets förslag',
): SheetPlan[] {
  const read = readWorkbook(readSnapshot(wb));
  const result = computeBudget(read.input, scenario);
  return buildSummaryPlans(result, {
    lang: 'sv',
    writtenAt: '2025-03-01T10:00:00.000Z',
    fingerprint: read.fingerprint,
    input: read.input,
  });
}

/** Everything a test compares: cells, tables, names, layout; sheet order included. */
export function contentsOf(wb: MemoryWorkbook): unknown {
  return {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
      merges: [...s.merges].sort(),
      widths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      charts: s.charts,
      validations: s.validations,
      freeze: s.freeze,
      tabColor: s.tabColor,
      rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
      print: s.print,
    })),
    tables: wb.tables
      .map((t) => ({ ...t, range: { ...t.range } }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    names: [...wb.names.entries()].sort(),
  };
}
