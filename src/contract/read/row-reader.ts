// Reads the cells of one data row of an input table: each through its cell parser, every problem
// reported at its cell, and the row's canonical tokens kept for the fingerprint.
import Decimal from 'decimal.js';
import type { Adjustment } from '../../engine/types';
import type { Issue, SourceRef } from '../../issues/types';
import { columnLetter, qualified } from '../../workbook/snapshot';
import {
  formulaError,
  isBlank,
  parseAmount,
  parseText,
  type Parsed,
  type Problem,
  type RawCell,
} from '../cells';
import { ACTION_EXAMPLES, cellMessages, tableMessages, type ColumnName } from '../messages';
import { TABLE_SPECS, type TableName, type TableSpec } from '../tables';
import type { FoundTable } from './find-tables';

/** Amounts beyond which a warning asks whether a zero too many was typed. */
const AMOUNT_WARN_ABOVE: Readonly<Record<string, Decimal>> = {
  'Insatser/Ansökt belopp': new Decimal(500_000_000),
  'Insatser/Maxbelopp': new Decimal(500_000_000),
  'Kostnader/Belopp': new Decimal(100_000_000),
  'Ram/Tillgängligt': new Decimal(2_000_000_000),
  'Ram/Medlemsbidrag': new Decimal(2_000_000_000),
  'Ram/Egna kostnader': new Decimal(2_000_000_000),
  'Medlemsbidrag/Belopp': new Decimal(2_000_000_000),
  'Parametrar/Eget kapital': new Decimal(2_000_000_000),
  'Justeringar/Tak': new Decimal(500_000_000),
};

/** The display names of a table's canonical columns (Swedish → both languages), made once. */
function columnNamesOf(spec: TableSpec): Map<string, ColumnName> {
  return new Map(spec.columns.map((c) => [c.sv, { sv: c.sv, en: c.en }]));
}

/**
 * What every row of one table shares, made once per table rather than per cell: at 20 000 rows the
 * per-cell lookups and object spreads of the row reader were a third of reading a large workbook.
 */
class TableContext {
  readonly spec: TableSpec;
  readonly names: Map<string, ColumnName>;
  /** Columns the fingerprint covers (all but Låst), in canonical order. */
  readonly fingerprinted: readonly TableSpec['columns'][number][];
  /** Canonical column → 0-based column index within the grid. */
  readonly index: Map<string, number>;
  /** Column letters by grid column. */
  readonly letters: string[];
  /** row * width + column of each formula without a value, or null when there are none. */
  readonly formulasWithoutValue: Set<number> | null;
  readonly width: number;

  constructor(readonly found: FoundTable) {
    this.spec = TABLE_SPECS[found.table];
    this.names = columnNamesOf(this.spec);
    this.fingerprinted = this.spec.columns.filter((c) => c.kind !== 'held');
    this.index = new Map(Object.entries(found.columns));
    const g = found.grid;
    this.width = g.headers.length;
    this.letters = g.headers.map((_, c) => columnLetter(g.firstColumn + c));
    this.formulasWithoutValue = g.formulasWithoutValue?.length
      ? new Set(g.formulasWithoutValue.map((f) => f.row * this.width + f.column))
      : null;
  }

  columnName(sv: string): ColumnName {
    return this.names.get(sv) ?? { sv, en: sv };
  }
}

export type Parser<T> = (cell: RawCell, column: ColumnName) => Parsed<T>;

/** Canonical text of a parsed value for the fingerprint. */
function token(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Decimal.isDecimal(value)) return (value as Decimal).toString();
  return String(value);
}

/** Reads the cells of one data row, collecting issues and the row's fingerprint tokens. */
export class RowReader {
  readonly row: number;
  hasError = false;
  private readonly tokens = new Map<string, string>();
  private readonly table: TableContext;
  /** Cells read so far, by grid column (undefined: not yet read). */
  private readonly cells: Array<RawCell | undefined> = [];

  constructor(
    found: FoundTable | TableContext,
    private readonly index: number,
    private readonly issues: Issue[],
  ) {
    this.table = found instanceof TableContext ? found : new TableContext(found);
    this.row = this.table.found.grid.headerRow + 1 + index;
  }

  private get found(): FoundTable {
    return this.table.found;
  }

  private spec(): TableSpec {
    return this.table.spec;
  }

  cell(sv: string): RawCell | null {
    const c = this.table.index.get(sv);
    if (c === undefined) return null;
    let cell = this.cells[c];
    if (cell !== undefined) return cell;
    const g = this.found.grid;
    let value = g.values[this.index]?.[c] ?? '';
    let type = g.valueTypes[this.index]?.[c] ?? 'Empty';
    // Every number the contract reads is finite: NaN or ±Infinity (which no spreadsheet shows, but
    // an adapter or a damaged file can give) is read as its text, so the column's parser says at
    // the cell that it is not a number of its kind.
    if (typeof value === 'number' && !Number.isFinite(value)) {
      value = String(value);
      type = 'String';
    }
    cell = { value, type, format: g.numberFormats[this.index]?.[c] ?? 'General' };
    if (g.date1904) cell.date1904 = true;
    if (this.table.formulasWithoutValue?.has(this.index * this.table.width + c))
      cell.formulaWithoutValue = true;
    this.cells[c] = cell;
    return cell;
  }

  blank(sv: string): boolean {
    const c = this.cell(sv);
    return c === null || (isBlank(c) && !c.formulaWithoutValue);
  }

  address(sv: string): string | null {
    const c = this.table.index.get(sv);
    return c === undefined ? null : `${this.table.letters[c]!}${this.row}`;
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
    const name = this.table.columnName(sv);
    if (cell?.formulaWithoutValue) {
      // Read as empty it would silently take the column's default (Finansiering → Förbundet).
      this.report(sv, {
        severity: 'error',
        code: 'formula-without-value',
        message: cellMessages.formulaWithoutValue(name),
      });
      return undefined;
    }
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

  /**
   * Parsed values where parsed, else the raw cell (type, value, format), in canonical column order.
   * Låst is left out: a hold changes no figure, so holding a row does not make a written summary stale.
   */
  fingerprintTokens(): string {
    let out = '';
    const columns = this.table.fingerprinted;
    for (let i = 0; i < columns.length; i++) {
      const sv = columns[i]!.sv;
      if (i > 0) out += '\u001f';
      const parsed = this.tokens.get(sv);
      if (parsed !== undefined) {
        out += parsed;
        continue;
      }
      const cell = this.cell(sv);
      if (cell !== null && !isBlank(cell)) out += `\u0002${cell.type}:${String(cell.value)}:${cell.format}`;
    }
    return out;
  }
}

export const text: Parser<string> = parseText;

/**
 * Reads the non-blank rows of a table (none when it is missing or incomplete) and returns the
 * table's canonical content for the fingerprint.
 */
export function readRows(
  name: TableName,
  found: FoundTable | null,
  issues: Issue[],
  read: (r: RowReader) => void,
): string {
  const parts: string[] = [];
  if (found) {
    const table = new TableContext(found);
    for (let i = 0; i < found.grid.values.length; i++) {
      const r = new RowReader(table, i, found.complete ? issues : []);
      if (r.isBlankRow()) continue;
      if (found.complete) read(r);
      parts.push(r.fingerprintTokens());
    }
  }
  return `${name}\u001d${found ? 'found' : 'none'}\u001d${parts.join('\u001e')}`;
}

const AMOUNT_PARSERS = new Map<string, Parser<Decimal>>();

export function amountFor(key: string): Parser<Decimal> {
  let parser = AMOUNT_PARSERS.get(key);
  if (!parser) {
    const limit = AMOUNT_WARN_ABOVE[key] ?? null;
    parser = (cell, column) => parseAmount(cell, column, limit);
    AMOUNT_PARSERS.set(key, parser);
  }
  return parser;
}

export function actionName(action: Adjustment['action']): ColumnName {
  return ACTION_EXAMPLES[action].action;
}

/** Reads Värde for an action that needs one; a blank Värde is an error on that cell. */
export function requiredValue<T>(
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
