// The input tables of the workbook contract: canonical Swedish names, English aliases, which
// columns are required and what kind of value each column holds.
import type { TableGrid } from '../workbook/snapshot';
import { nameKey } from '../workbook/names';

export type TableName =
  'Insatser' | 'Bemanning' | 'Kostnader' | 'Ram' | 'Parametrar' | 'Justeringar' | 'Medlemsbidrag';

/** In the order the fingerprint reads them (Medlemsbidrag, added in issue 13, last). */
export const TABLE_NAMES: readonly TableName[] = [
  'Insatser',
  'Bemanning',
  'Kostnader',
  'Ram',
  'Parametrar',
  'Justeringar',
  'Medlemsbidrag',
];

/** In the order the template writes their sheets: the contributions beside the frame they fill. */
export const TEMPLATE_ORDER: readonly TableName[] = [
  'Insatser',
  'Bemanning',
  'Kostnader',
  'Ram',
  'Medlemsbidrag',
  'Parametrar',
  'Justeringar',
];

export type ColumnKind =
  | 'text'
  | 'amount'
  /** Full-time equivalents as a percentage (350 % = 3.5). */
  | 'fte'
  /** Payroll overhead as a percentage. */
  | 'percent'
  | 'date'
  | 'year'
  | 'funding'
  /** Insatser's Status: Ansökan, Beviljad, Avslag. */
  | 'status'
  /** Medlemsbidrag's Huvudman: Staten, Region, Kommun. */
  | 'principal'
  /** Låst (issue 14): Ja = held, never changed by a balancing proposal; blank = not held. */
  | 'held'
  | 'action'
  /** Justeringar's Värde: its kind follows the row's action. */
  | 'adjustmentValue'
  | 'parameterKey'
  /** Parametrar's Värde: its kind follows the row's key. */
  | 'parameterValue';

export interface ColumnSpec {
  /** Canonical Swedish header. */
  sv: string;
  en: string;
  required: boolean;
  kind: ColumnKind;
  /** Template column width in characters. */
  width: number;
}

export interface TableSpec {
  name: TableName;
  en: string;
  required: boolean;
  columns: readonly ColumnSpec[];
  /** Template sheet names. */
  sheet: { sv: string; en: string };
}

const col = (sv: string, en: string, kind: ColumnKind, required: boolean, width: number): ColumnSpec => ({
  sv,
  en,
  kind,
  required,
  width,
});

export const TABLE_SPECS: Readonly<Record<TableName, TableSpec>> = {
  Insatser: {
    name: 'Insatser',
    en: 'Initiatives',
    required: true,
    sheet: { sv: 'Insatser', en: 'Initiatives' },
    columns: [
      col('Insats', 'Initiative', 'text', true, 44),
      col('Insatsägare', 'Owner', 'text', false, 20),
      col('Samverkansparter', 'Partners', 'text', false, 50),
      col('Start', 'Start', 'date', true, 12),
      col('Slut', 'End', 'date', true, 12),
      col('Ansökt belopp', 'Applied amount', 'amount', false, 16),
      col('Maxbelopp', 'Max grant', 'amount', false, 16),
      col('Status', 'Status', 'status', false, 12),
      col('Låst', 'Held', 'held', false, 8),
    ],
  },
  Bemanning: {
    name: 'Bemanning',
    en: 'Staffing',
    required: true,
    sheet: { sv: 'Bemanning', en: 'Staffing' },
    columns: [
      col('Insats', 'Initiative', 'text', true, 44),
      col('Roll', 'Role', 'text', true, 26),
      col('Omfattning', 'FTE', 'fte', true, 12),
      col('Månadslön', 'Monthly salary', 'amount', true, 14),
      col('PO-pålägg', 'Payroll overhead', 'percent', false, 12),
      col('Start', 'Start', 'date', false, 12),
      col('Slut', 'End', 'date', false, 12),
      col('Finansiering', 'Funding', 'funding', false, 13),
      col('Arbetsgivare', 'Employer', 'text', false, 20),
      col('Låst', 'Held', 'held', false, 8),
    ],
  },
  Kostnader: {
    name: 'Kostnader',
    en: 'Costs',
    required: false,
    sheet: { sv: 'Kostnader', en: 'Costs' },
    columns: [
      col('Insats', 'Initiative', 'text', true, 44),
      col('Kostnadsslag', 'Cost type', 'text', true, 28),
      col('Belopp', 'Amount', 'amount', true, 14),
      col('År', 'Year', 'year', false, 8),
      col('Finansiering', 'Funding', 'funding', false, 13),
    ],
  },
  Ram: {
    name: 'Ram',
    en: 'Frame',
    required: false,
    sheet: { sv: 'Ram', en: 'Frame' },
    // Tillgängligt stays a required header (it is how an unnamed Ram table is recognised); its
    // cell may be blank when Medlemsbidrag gives it.
    columns: [
      col('År', 'Year', 'year', true, 8),
      col('Tillgängligt', 'Available', 'amount', true, 16),
      col('Medlemsbidrag', 'Contributions', 'amount', false, 16),
      col('Egna kostnader', 'Own costs', 'amount', false, 16),
    ],
  },
  Medlemsbidrag: {
    name: 'Medlemsbidrag',
    en: 'Contributions',
    required: false,
    sheet: { sv: 'Medlemsbidrag', en: 'Contributions' },
    columns: [
      col('År', 'Year', 'year', true, 8),
      col('Medlem', 'Member', 'text', true, 30),
      col('Huvudman', 'Principal', 'principal', true, 14),
      col('Belopp', 'Amount', 'amount', true, 16),
    ],
  },
  Parametrar: {
    name: 'Parametrar',
    en: 'Parameters',
    required: false,
    sheet: { sv: 'Parametrar', en: 'Parameters' },
    columns: [
      col('Parameter', 'Parameter', 'parameterKey', true, 36),
      col('Värde', 'Value', 'parameterValue', true, 12),
    ],
  },
  Justeringar: {
    name: 'Justeringar',
    en: 'Adjustments',
    required: false,
    sheet: { sv: 'Justeringar', en: 'Adjustments' },
    columns: [
      col('Scenario', 'Scenario', 'text', true, 22),
      col('Insats', 'Initiative', 'text', true, 44),
      col('Roll', 'Role', 'text', false, 26),
      col('Åtgärd', 'Action', 'action', true, 12),
      col('Värde', 'Value', 'adjustmentValue', false, 14),
      col('Motivering', 'Reason', 'text', false, 60),
    ],
  },
};

/** The spec's column a header names (Swedish or English), or undefined. */
export function columnForHeader(spec: TableSpec, header: string): ColumnSpec | undefined {
  const h = nameKey(header);
  return spec.columns.find((c) => nameKey(c.sv) === h || nameKey(c.en) === h);
}

/** The canonical table a table name stands for (Swedish or English), or undefined. */
export function tableForName(name: string): TableName | undefined {
  const n = nameKey(name);
  return TABLE_NAMES.find((t) => nameKey(t) === n || nameKey(TABLE_SPECS[t].en) === n);
}

/** Canonical header → 0-based column index within the grid; the first of duplicates wins. */
export function mapColumns(
  spec: TableSpec,
  grid: Pick<TableGrid, 'headers'>,
): { columns: Record<string, number>; duplicates: ColumnSpec[] } {
  const columns: Record<string, number> = {};
  const duplicates: ColumnSpec[] = [];
  grid.headers.forEach((header, index) => {
    const c = columnForHeader(spec, String(header));
    if (!c) return;
    if (columns[c.sv] === undefined) columns[c.sv] = index;
    else if (!duplicates.includes(c)) duplicates.push(c);
  });
  return { columns, duplicates };
}

/** True when the headers hold every required column of the spec. */
export function hasRequiredColumns(spec: TableSpec, grid: Pick<TableGrid, 'headers'>): boolean {
  const { columns } = mapColumns(spec, grid);
  return spec.columns.every((c) => !c.required || columns[c.sv] !== undefined);
}

/** How many of the spec's columns (required or not) the headers hold. */
export function matchedColumnCount(spec: TableSpec, grid: Pick<TableGrid, 'headers'>): number {
  return Object.keys(mapColumns(spec, grid).columns).length;
}

/** Whether the table's headers are written in English (decides the words written into it). */
export function usesEnglish(spec: TableSpec, grid: Pick<TableGrid, 'headers'>): boolean {
  let en = 0;
  let sv = 0;
  for (const header of grid.headers) {
    const h = nameKey(String(header));
    for (const c of spec.columns) {
      if (nameKey(c.sv) === nameKey(c.en)) continue;
      if (nameKey(c.en) === h) en++;
      else if (nameKey(c.sv) === h) sv++;
    }
  }
  return en > sv;
}
