// Reads the input tables of a workbook snapshot into the engine's input, reporting every bad
// cell in one pass. Cell- and table-level checks live here; cross-row checks (duplicates, unknown
// initiatives, dates outside the period, adjustments that match nothing) are the engine's.
import Decimal from 'decimal.js';
import type {
  Adjustment,
  BudgetInput,
  CostRow,
  FrameYear,
  Initiative,
  Parameters,
  StaffingRow,
} from '../engine/types';
import type { Issue, LocalizedText, SourceRef } from '../issues/types';
import type { TableGrid, WorkbookSnapshot } from '../workbook/snapshot';
import { a1, qualified } from '../workbook/snapshot';
import { nameKey } from '../workbook/names';
import {
  formulaError,
  isBlank,
  parseAction,
  parseAmount,
  parseDate,
  parseFte,
  parseFunding,
  parseMonth,
  parseMonthlySalary,
  parsePayrollOverhead,
  parseRoundingMode,
  parseRoundingStep,
  parseSalaryIncrease,
  parseText,
  parseYear,
  type Parsed,
  type Problem,
  type RawCell,
} from './cells';
import { fingerprintOf } from './fingerprint';
import {
  ACTION_EXAMPLES,
  cellMessages,
  tableMessages,
  type ColumnName,
  type ContractIssueCode,
} from './messages';
import {
  TABLE_NAMES,
  TABLE_SPECS,
  hasRequiredColumns,
  mapColumns,
  matchedColumnCount,
  tableForName,
  type TableName,
  type TableSpec,
} from './tables';

/** One input table as found in the workbook. */
export interface FoundTable {
  table: TableName;
  grid: TableGrid;
  /** Canonical (Swedish) header → 0-based column index within the grid. */
  columns: Readonly<Record<string, number>>;
  /** False when a required column is missing: then no row of it is read. */
  complete: boolean;
}

/** Which grid is which canonical table; null where none is (or where several claimed it). */
export type FoundTables = { readonly [K in TableName]: FoundTable | null };

export interface ReadResult {
  input: BudgetInput;
  issues: Issue[];
  /** 12 hex digits; see fingerprint.ts and docs/workbook-contract.md. */
  fingerprint: string;
  tables: FoundTables;
}

/** Amounts beyond which a warning asks whether a zero too many was typed. */
const AMOUNT_WARN_ABOVE: Readonly<Record<string, Decimal>> = {
  'Insatser/Ansökt belopp': new Decimal(500_000_000),
  'Insatser/Maxbelopp': new Decimal(500_000_000),
  'Kostnader/Belopp': new Decimal(100_000_000),
  'Ram/Tillgängligt': new Decimal(2_000_000_000),
  'Justeringar/Tak': new Decimal(500_000_000),
};

const COLUMN_NAMES = new Map<string, ColumnName>();
const columnName = (spec: TableSpec, sv: string): ColumnName => {
  const key = `${spec.name}/${sv}`;
  let name = COLUMN_NAMES.get(key);
  if (!name) {
    const c = spec.columns.find((x) => x.sv === sv);
    name = { sv, en: c?.en ?? sv };
    COLUMN_NAMES.set(key, name);
  }
  return name;
};

// ------------------------------------------------------------------ finding the tables

export function findTables(snapshot: WorkbookSnapshot): { tables: FoundTables; issues: Issue[] } {
  const issues: Issue[] = [];
  const ownSheets = new Set(snapshot.sheets.filter((s) => s.ownedByAddin).map((s) => nameKey(s.name)));
  const grids = snapshot.tables.filter((g) => !ownSheets.has(nameKey(g.sheet)));
  const chosen = new Map<TableName, TableGrid>();
  const ambiguous = new Set<TableName>();

  // By name first (Swedish or English, case-insensitive).
  for (const name of TABLE_NAMES) {
    const named = grids.filter((g) => tableForName(g.name) === name);
    if (named.length === 1) chosen.set(name, named[0]!);
    if (named.length > 1) ambiguous.add(name);
  }
  // Else by header: each unnamed grid goes to the table whose columns it matches best.
  const byHeader = new Map<TableName, TableGrid[]>();
  for (const grid of grids) {
    if (tableForName(grid.name)) continue;
    let best: TableName | null = null;
    let bestCount = 0;
    for (const name of TABLE_NAMES) {
      if (!hasRequiredColumns(TABLE_SPECS[name], grid)) continue;
      const count = matchedColumnCount(TABLE_SPECS[name], grid);
      if (count > bestCount) [best, bestCount] = [name, count];
    }
    if (best && !chosen.has(best) && !ambiguous.has(best))
      byHeader.set(best, [...(byHeader.get(best) ?? []), grid]);
  }
  for (const [name, candidates] of byHeader) {
    if (candidates.length === 1) chosen.set(name, candidates[0]!);
    else ambiguous.add(name);
  }

  const result: Partial<Record<TableName, FoundTable | null>> = {};
  for (const name of TABLE_NAMES) {
    const spec = TABLE_SPECS[name];
    const tableName = { sv: name, en: spec.en };
    if (ambiguous.has(name)) {
      const claimants = [
        ...grids.filter((g) => tableForName(g.name) === name),
        ...(byHeader.get(name) ?? []),
      ];
      issues.push(
        tableIssue(
          'error',
          'duplicate-table',
          name,
          tableMessages.duplicateTable(
            tableName,
            claimants.map((g) => `${g.name} (${g.sheet})`),
          ),
        ),
      );
      result[name] = null;
      continue;
    }
    const grid = chosen.get(name);
    if (!grid) {
      if (spec.required) {
        const required = spec.columns.filter((c) => c.required).map((c) => ({ sv: c.sv, en: c.en }));
        issues.push(
          tableIssue('error', 'missing-table', name, tableMessages.missingTable(tableName, required)),
        );
      }
      result[name] = null;
      continue;
    }
    const { columns, duplicates } = mapColumns(spec, grid);
    for (const dup of duplicates) {
      issues.push({
        ...tableIssue('warning', 'duplicate-column', name, tableMessages.duplicateColumn(tableName, dup)),
        column: dup.sv,
      });
    }
    let complete = true;
    for (const c of spec.columns) {
      if (!c.required || columns[c.sv] !== undefined) continue;
      complete = false;
      issues.push({
        ...tableIssue('error', 'missing-column', name, tableMessages.missingColumn(tableName, c, grid.name)),
        column: c.sv,
      });
    }
    result[name] = { table: name, grid, columns, complete };
  }
  return { tables: result as FoundTables, issues };
}

function tableIssue(
  severity: Issue['severity'],
  code: ContractIssueCode,
  table: TableName,
  message: LocalizedText,
): Issue {
  return { severity, code, table, row: null, column: null, cell: null, value: null, message };
}

// ------------------------------------------------------------------ reading rows

type Parser<T> = (cell: RawCell, column: ColumnName) => Parsed<T>;

/** Canonical text of a parsed value for the fingerprint. */
function token(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Decimal.isDecimal(value)) return (value as Decimal).toString();
  return String(value);
}

/** Reads the cells of one data row, collecting issues and the row's fingerprint tokens. */
class RowReader {
  readonly row: number;
  hasError = false;
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly found: FoundTable,
    private readonly index: number,
    private readonly issues: Issue[],
  ) {
    this.row = found.grid.headerRow + 1 + index;
  }

  private spec(): TableSpec {
    return TABLE_SPECS[this.found.table];
  }

  private readonly cells = new Map<string, RawCell | null>();

  cell(sv: string): RawCell | null {
    let cell = this.cells.get(sv);
    if (cell !== undefined) return cell;
    const c = this.found.columns[sv];
    const g = this.found.grid;
    cell =
      c === undefined
        ? null
        : {
            value: g.values[this.index]?.[c] ?? '',
            type: g.valueTypes[this.index]?.[c] ?? 'Empty',
            format: g.numberFormats[this.index]?.[c] ?? 'General',
          };
    this.cells.set(sv, cell);
    return cell;
  }

  blank(sv: string): boolean {
    const c = this.cell(sv);
    return c === null || isBlank(c);
  }

  address(sv: string): string | null {
    const c = this.found.columns[sv];
    return c === undefined ? null : a1(this.row - 1, this.found.grid.firstColumn + c);
  }

  qualifiedAddress(sv: string): string | null {
    const address = this.address(sv);
    return address ? qualified(this.found.grid.sheet, address) : null;
  }

  /** True when every canonical cell of the row is blank. */
  isBlankRow(): boolean {
    return this.spec().columns.every((c) => this.blank(c.sv));
  }

  report(sv: string, problem: Problem): void {
    const cell = this.cell(sv);
    if (problem.severity === 'error') this.hasError = true;
    this.issues.push({
      severity: problem.severity,
      code: problem.code,
      table: this.found.table,
      row: this.row,
      column: sv,
      cell: this.qualifiedAddress(sv),
      value: cell === null || isBlank(cell) ? null : cell.value,
      message: problem.message,
    });
  }

  /**
   * The cell's value: undefined when it has an error (reported), null when blank and optional.
   * A blank required cell is an error.
   */
  read<T>(sv: string, parser: Parser<T>, required: boolean): T | null | undefined {
    const cell = this.cell(sv);
    const name = columnName(this.spec(), sv);
    if (cell === null || isBlank(cell)) {
      if (!required) return null;
      this.report(sv, {
        severity: 'error',
        code: 'required-missing',
        message: cellMessages.requiredMissing(name),
      });
      return undefined;
    }
    const formula = formulaError(cell, name);
    if (formula) {
      this.report(sv, formula);
      return undefined;
    }
    const parsed = parser(cell, name);
    for (const p of parsed.problems) this.report(sv, p);
    if (parsed.value !== undefined) this.tokens.set(sv, token(parsed.value));
    return parsed.value;
  }

  source(): SourceRef {
    const cells: Record<string, string> = {};
    for (const c of this.spec().columns) {
      const address = this.address(c.sv);
      if (address) cells[c.sv] = address;
    }
    return { table: this.found.table, sheet: this.found.grid.sheet, row: this.row, cells };
  }

  /** Parsed values where parsed, else the raw cell (type, value, format), in canonical column order. */
  fingerprintTokens(): string {
    return this.spec()
      .columns.map((c) => {
        const parsed = this.tokens.get(c.sv);
        if (parsed !== undefined) return parsed;
        const cell = this.cell(c.sv);
        return cell === null || isBlank(cell)
          ? ''
          : `\u0002${cell.type}:${String(cell.value)}:${cell.format}`;
      })
      .join('\u001f');
  }
}

const text: Parser<string> = parseText;

/** Reads every input table of the snapshot; never throws on bad input. */
export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const { tables, issues } = findTables(snapshot);
  const fingerprintParts: string[] = [];
  const rows = (name: TableName, read: (r: RowReader) => void): void => {
    const found = tables[name];
    const parts: string[] = [];
    if (found) {
      for (let i = 0; i < found.grid.values.length; i++) {
        const r = new RowReader(found, i, found.complete ? issues : []);
        if (r.isBlankRow()) continue;
        if (found.complete) read(r);
        parts.push(r.fingerprintTokens());
      }
    }
    fingerprintParts.push(`${name}\u001d${found ? 'found' : 'none'}\u001d${parts.join('\u001e')}`);
  };

  const initiatives: Initiative[] = [];
  const rejectedInitiatives: string[] = [];
  rows('Insatser', (r) => {
    const name = r.read('Insats', text, true);
    const owner = r.read('Insatsägare', text, false);
    const partners = r.read('Samverkansparter', text, false);
    const start = r.read('Start', parseDate, true);
    const end = r.read('Slut', parseDate, true);
    const statedApplied = r.read('Ansökt belopp', amountFor('Insatser/Ansökt belopp'), false);
    const maxGrant = r.read('Maxbelopp', amountFor('Insatser/Maxbelopp'), false);
    if (r.hasError) {
      if (name) rejectedInitiatives.push(name);
      return;
    }
    initiatives.push({
      name: name!,
      owner: owner ?? null,
      partners: partners ?? null,
      start: start!,
      end: end!,
      statedApplied: statedApplied ?? null,
      maxGrant: maxGrant ?? null,
      source: r.source(),
    });
  });

  const staffing: StaffingRow[] = [];
  rows('Bemanning', (r) => {
    const initiative = r.read('Insats', text, true);
    const role = r.read('Roll', text, true);
    const fte = r.read('Omfattning', parseFte, true);
    const monthlySalary = r.read('Månadslön', parseMonthlySalary, true);
    const payrollOverhead = r.read('PO-pålägg', parsePayrollOverhead, false);
    const start = r.read('Start', parseDate, false);
    const end = r.read('Slut', parseDate, false);
    const funding = r.read('Finansiering', parseFunding, false);
    const employer = r.read('Arbetsgivare', text, false);
    if (r.hasError) return;
    staffing.push({
      id: `Bemanning:${r.row}`,
      initiative: initiative!,
      role: role!,
      fte: fte!,
      monthlySalary: monthlySalary!,
      payrollOverhead: payrollOverhead ?? null,
      start: start ?? null,
      end: end ?? null,
      funding: funding ?? 'grant',
      employer: employer ?? null,
      source: r.source(),
    });
  });

  const costs: CostRow[] = [];
  rows('Kostnader', (r) => {
    const initiative = r.read('Insats', text, true);
    const costType = r.read('Kostnadsslag', text, true);
    const amount = r.read('Belopp', amountFor('Kostnader/Belopp'), true);
    const year = r.read('År', parseYear, false);
    const funding = r.read('Finansiering', parseFunding, false);
    if (r.hasError) return;
    costs.push({
      id: `Kostnader:${r.row}`,
      initiative: initiative!,
      costType: costType!,
      amount: amount!,
      year: year ?? null,
      funding: funding ?? 'grant',
      source: r.source(),
    });
  });

  const frame: FrameYear[] = [];
  rows('Ram', (r) => {
    const year = r.read('År', parseYear, true);
    const available = r.read('Tillgängligt', amountFor('Ram/Tillgängligt'), true);
    if (r.hasError) return;
    frame.push({ year: year!, available: available!, source: r.source() });
  });

  const parameterRows: Array<{
    key: string;
    cell: string | null;
    apply: (p: MutableParameters) => void;
    reader: RowReader;
  }> = [];
  rows('Parametrar', (r) => {
    const keyText = r.read('Parameter', text, true);
    if (keyText === undefined || keyText === null) {
      // The key is blank or broken: the value cannot be read without knowing what it is.
      if (r.blank('Parameter') && !r.blank('Värde')) r.read('Värde', text, false);
      return;
    }
    const key = parameterKey(keyText);
    if (key.kind === 'unknown') {
      r.report('Parameter', {
        severity: 'warning',
        code: 'unknown-parameter',
        message: tableMessages.unknownParameter(keyText),
      });
      return;
    }
    if (key.kind === 'badYear') {
      r.report('Parameter', {
        severity: 'error',
        code: 'parameter-year-invalid',
        message: tableMessages.parameterYearInvalid(keyText),
      });
      return;
    }
    const apply = readParameterValue(r, key);
    if (apply) parameterRows.push({ key: key.id, cell: r.qualifiedAddress('Parameter'), apply, reader: r });
  });
  const parameters = buildParameters(parameterRows, issues);

  const adjustments: Adjustment[] = [];
  rows('Justeringar', (r) => {
    const scenario = r.read('Scenario', text, true);
    const initiative = r.read('Insats', text, true);
    const role = r.read('Roll', text, false);
    const action = r.read('Åtgärd', parseAction, true);
    const reason = r.read('Motivering', text, false);
    const base = {
      id: `Justeringar:${r.row}`,
      scenario: scenario!,
      initiative: initiative!,
      reason: reason ?? null,
      source: r.source(),
    };
    let adjustment: Adjustment | null = null;
    switch (action) {
      case 'setFte': {
        if (role === null)
          r.report('Roll', {
            severity: 'error',
            code: 'role-required',
            message: tableMessages.roleRequired(),
          });
        const fte = requiredValue(r, 'setFte', () => r.read('Värde', parseFte, false));
        if (fte && role) adjustment = { ...base, action: 'setFte', role, fte };
        break;
      }
      case 'remove':
        if (!r.blank('Värde'))
          r.report('Värde', {
            severity: 'warning',
            code: 'value-ignored',
            message: tableMessages.valueIgnored(actionName('remove')),
          });
        if (role !== undefined) adjustment = { ...base, action: 'remove', role };
        break;
      case 'setEnd': {
        const end = requiredValue(r, 'setEnd', () => r.read('Värde', parseDate, false));
        if (end && role !== undefined) adjustment = { ...base, action: 'setEnd', role, end };
        break;
      }
      case 'cap': {
        if (role)
          r.report('Roll', {
            severity: 'warning',
            code: 'role-ignored',
            message: tableMessages.roleIgnored(),
          });
        const amount = requiredValue(r, 'cap', () => r.read('Värde', amountFor('Justeringar/Tak'), false));
        if (amount) adjustment = { ...base, action: 'cap', amount };
        break;
      }
      default:
        break;
    }
    if (r.hasError || !adjustment) return;
    adjustments.push(adjustment);
  });

  const input: BudgetInput = {
    initiatives,
    staffing,
    costs,
    frame,
    parameters,
    adjustments,
    rejectedInitiatives,
  };
  return { input, issues, fingerprint: fingerprintOf(fingerprintParts.join('\u001c')), tables };
}

function amountFor(key: string): Parser<Decimal> {
  const limit = AMOUNT_WARN_ABOVE[key] ?? null;
  return (cell, column) => parseAmount(cell, column, limit);
}

function actionName(action: Adjustment['action']): ColumnName {
  return ACTION_EXAMPLES[action].action;
}

/** Reads Värde for an action that needs one; a blank Värde is an error on that cell. */
function requiredValue<T>(
  r: RowReader,
  action: Adjustment['action'],
  read: () => T | null | undefined,
): T | undefined {
  if (r.blank('Värde')) {
    r.report('Värde', {
      severity: 'error',
      code: 'value-required',
      message: tableMessages.valueRequired(ACTION_EXAMPLES[action].action, ACTION_EXAMPLES[action].example),
    });
    return undefined;
  }
  return read() ?? undefined;
}

// ------------------------------------------------------------------ parameters

type MutableParameters = {
  payrollOverhead: Decimal | null;
  payrollOverheadByEmployer: Map<string, Decimal>;
  salaryIncrease: Decimal | null;
  salaryIncreaseByYear: Map<number, Decimal>;
  revisionMonth: number;
  roundingStep: Decimal;
  roundingMode: Parameters['roundingMode'];
};

export type ParameterKey =
  | { kind: 'payrollOverhead'; id: string }
  | { kind: 'payrollOverheadEmployer'; id: string; employer: string }
  | { kind: 'salaryIncrease'; id: string }
  | { kind: 'salaryIncreaseYear'; id: string; year: number }
  | { kind: 'revisionMonth'; id: string }
  | { kind: 'roundingStep'; id: string }
  | { kind: 'roundingMode'; id: string }
  | { kind: 'badYear'; id: string }
  | { kind: 'unknown'; id: string };

/** What a Parametrar key means (Swedish or English, case-insensitive). */
export function parameterKey(keyText: string): ParameterKey {
  const key = keyText.replace(/\s+/g, ' ').trim();
  const lower = nameKey(key);
  const po = /^(?:po-? ?pålägg|payroll overhead)(?: (.+))?$/.exec(lower);
  if (po) {
    if (!po[1]) return { kind: 'payrollOverhead', id: 'po' };
    const employer = key.slice(key.length - po[1].length).trim();
    return { kind: 'payrollOverheadEmployer', id: `po:${nameKey(employer)}`, employer };
  }
  const inc = /^(?:löneökning|salary increase)(?: (.+))?$/.exec(lower);
  if (inc) {
    if (!inc[1]) return { kind: 'salaryIncrease', id: 'increase' };
    const year = /^\d{4}$/.test(inc[1]) ? Number(inc[1]) : NaN;
    if (!(year >= 1900 && year <= 2100)) return { kind: 'badYear', id: lower };
    return { kind: 'salaryIncreaseYear', id: `increase:${year}`, year };
  }
  if (lower === 'lönerevision' || lower === 'revision month' || lower === 'lönerevisionsmånad')
    return { kind: 'revisionMonth', id: 'revision' };
  if (lower === 'avrundning' || lower === 'rounding') return { kind: 'roundingStep', id: 'rounding' };
  if (lower === 'avrundningsläge' || lower === 'rounding mode')
    return { kind: 'roundingMode', id: 'roundingMode' };
  return { kind: 'unknown', id: lower };
}

function readParameterValue(r: RowReader, key: ParameterKey): ((p: MutableParameters) => void) | null {
  switch (key.kind) {
    case 'payrollOverhead': {
      const v = r.read('Värde', parsePayrollOverhead, true);
      return v ? (p) => (p.payrollOverhead = v) : null;
    }
    case 'payrollOverheadEmployer': {
      const v = r.read('Värde', parsePayrollOverhead, true);
      return v ? (p) => p.payrollOverheadByEmployer.set(key.employer, v) : null;
    }
    case 'salaryIncrease': {
      const v = r.read('Värde', parseSalaryIncrease, true);
      return v ? (p) => (p.salaryIncrease = v) : null;
    }
    case 'salaryIncreaseYear': {
      const v = r.read('Värde', parseSalaryIncrease, true);
      return v ? (p) => p.salaryIncreaseByYear.set(key.year, v) : null;
    }
    case 'revisionMonth': {
      const v = r.read('Värde', parseMonth, true);
      return v ? (p) => (p.revisionMonth = v) : null;
    }
    case 'roundingStep': {
      const v = r.read('Värde', parseRoundingStep, true);
      return v ? (p) => (p.roundingStep = v) : null;
    }
    case 'roundingMode': {
      const v = r.read('Värde', parseRoundingMode, true);
      return v ? (p) => (p.roundingMode = v) : null;
    }
    default:
      return null;
  }
}

/** Applies the parameter rows; a key given twice is an error and neither row is used. */
function buildParameters(
  rows: Array<{ key: string; cell: string | null; apply: (p: MutableParameters) => void; reader: RowReader }>,
  _issues: Issue[],
): Parameters {
  const p: MutableParameters = {
    payrollOverhead: null,
    payrollOverheadByEmployer: new Map(),
    salaryIncrease: null,
    salaryIncreaseByYear: new Map(),
    revisionMonth: 1,
    roundingStep: new Decimal(1000),
    roundingMode: 'up',
  };
  const first = new Map<string, string | null>();
  const duplicated = new Set<string>();
  for (const row of rows) {
    if (first.has(row.key)) {
      duplicated.add(row.key);
      const keyCell = row.reader.cell('Parameter');
      row.reader.report('Parameter', {
        severity: 'error',
        code: 'duplicate-parameter',
        message: tableMessages.duplicateParameter(String(keyCell?.value ?? ''), first.get(row.key) ?? ''),
      });
    } else first.set(row.key, row.cell);
  }
  for (const row of rows) if (!duplicated.has(row.key)) row.apply(p);
  return p;
}
