// Parsers for one cell each: a value, or the problems that say what is wrong and what would be
// right. Syntax first (is it a number, a date, a known word?), then plausibility (is 4015 % a
// payroll overhead anyone means?). Thresholds are documented in docs/workbook-contract.md.
import Decimal from 'decimal.js';
import type {
  AdjustmentAction,
  Funding,
  IsoDate,
  Principal,
  RoundStatus,
  RoundingMode,
} from '../engine/types';
import type { LocalizedText, Severity } from '../issues/types';
import type { CellType, CellValue } from '../workbook/snapshot';
import { serialToIso } from '../workbook/excel-dates';
import { nameKey } from '../workbook/names';
import { cellMessages as m, type ColumnName, type ContractIssueCode } from './messages';

/** One cell as a grid holds it. */
export interface RawCell {
  value: CellValue;
  type: CellType;
  /** Number format, e.g. 'General', '0 %', 'yyyy-mm-dd'. */
  format: string;
  /** The workbook's 1904 date system: a serial counts from 1904-01-01 (1 462 days later). */
  date1904?: boolean;
  /** A formula whose computed value the file does not hold (read as empty). */
  formulaWithoutValue?: boolean;
}

export interface Problem {
  severity: Severity;
  code: ContractIssueCode;
  message: LocalizedText;
}

/** value is undefined exactly when one of the problems is an error. */
export interface Parsed<T> {
  value: T | undefined;
  problems: Problem[];
}

const ok = <T>(value: T, problems: Problem[] = []): Parsed<T> => ({ value, problems });
const fail = <T>(code: ContractIssueCode, message: LocalizedText): Parsed<T> => ({
  value: undefined,
  problems: [{ severity: 'error', code, message }],
});
const warning = (code: ContractIssueCode, message: LocalizedText): Problem => ({
  severity: 'warning',
  code,
  message,
});
const error = (code: ContractIssueCode, message: LocalizedText): Problem => ({
  severity: 'error',
  code,
  message,
});

/** Spaces Excel users type or paste as thousands separators: normal, no-break, narrow no-break, thin. */
const SPACES = /[\s\u00a0\u202f\u2009]/g;
/** Any character that is not one of SPACES (a test, so no string is built per cell). */
const NOT_SPACE = /[^\s\u00a0\u202f\u2009]/;

export function isBlank(cell: RawCell): boolean {
  if (cell.type === 'Error') return false;
  if (cell.type === 'Empty' || cell.value === '') return true;
  return typeof cell.value === 'string' && !NOT_SPACE.test(cell.value);
}

/** A formula error (#REF!, #VALUE!, #N/A …) as an error problem, or null. */
export function formulaError(cell: RawCell, column: ColumnName): Problem | null {
  if (cell.type !== 'Error') return null;
  return error('formula-error', m.formulaError(column, String(cell.value)));
}

/** True when an Excel number format shows the value as a percentage (a % outside quotes). */
export function isPercentFormat(format: string): boolean {
  let percent = PERCENT_FORMATS.get(format);
  if (percent === undefined) {
    const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
    percent = unquoted.includes('%');
    // A workbook has a handful of formats; every percent cell of a large table asks again.
    if (PERCENT_FORMATS.size < 1000) PERCENT_FORMATS.set(format, percent);
  }
  return percent;
}
const PERCENT_FORMATS = new Map<string, boolean>();

// ------------------------------------------------------------------ syntax

export function parseText(cell: RawCell, column: ColumnName): Parsed<string> {
  if (typeof cell.value === 'boolean') return fail('not-text', m.notText(column, cell.value));
  const s = String(cell.value);
  // Most texts have no run of spaces, tab or line break: they need no new string.
  return ok((/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s).trim());
}

function normalizeMinus(s: string): string {
  return s.replace(/[\u2212\u2013]/g, '-');
}

/** Numbers, or text like "45 000", "45 000 kr", "45000,50", "45 000,50 kr", "45000.50". */
export function parseAmountSyntax(cell: RawCell, column: ColumnName): Parsed<Decimal> {
  if (typeof cell.value === 'number') return ok(new Decimal(cell.value));
  if (typeof cell.value !== 'string') return fail('not-an-amount', m.notAnAmount(column, cell.value));
  const found = cell.value;
  let s = normalizeMinus(found.trim())
    .replace(/^sek/i, '')
    .replace(/(kronor|kr\.?|sek|:-)$/i, '')
    .replace(SPACES, '');
  if (s.endsWith(':-')) s = s.slice(0, -2);
  if (/^[+-]?\d+$/.test(s)) return ok(new Decimal(s));
  // One decimal separator: a comma is Swedish, a point plain; three digits after either could be a
  // thousands separator (45.000 is 45 in Sweden and 45 000 in Germany), so that is never guessed.
  const single = /^([+-]?\d+)([.,])(\d+)$/.exec(s);
  if (single) {
    if (single[3]!.length === 3) return fail('ambiguous-amount', m.ambiguousAmount(column, found));
    return ok(new Decimal(`${single[1]}.${single[3]}`));
  }
  if (/^[+-]?\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(s))
    return fail('ambiguous-amount', m.ambiguousAmount(column, found));
  return fail('not-an-amount', m.notAnAmount(column, found));
}

export type PercentReading = 'fraction' | 'points';

/**
 * A number in a cell with a percent format is a fraction (3.5 shows as 350 %); a number without
 * one is percentage points (350); text ("350 %", "350%", "25,5 %", "350") is points.
 */
export function parsePercentSyntax(
  cell: RawCell,
  column: ColumnName,
): Parsed<{ fraction: Decimal; reading: PercentReading }> {
  if (typeof cell.value === 'number') {
    if (isPercentFormat(cell.format)) return ok({ fraction: new Decimal(cell.value), reading: 'fraction' });
    return ok({ fraction: new Decimal(cell.value).div(100), reading: 'points' });
  }
  if (typeof cell.value !== 'string') return fail('not-a-percent', m.notAPercent(column, cell.value));
  const s = normalizeMinus(cell.value).replace(SPACES, '').replace(/%$/, '');
  const match = /^([+-]?\d+)(?:[.,](\d+))?$/.exec(s);
  if (!match) return fail('not-a-percent', m.notAPercent(column, cell.value));
  const points = new Decimal(match[2] ? `${match[1]}.${match[2]}` : match[1]!);
  return ok({ fraction: points.div(100), reading: 'points' });
}

const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

function validIso(y: number, mo: number, d: number): IsoDate | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel serial numbers (whatever their format) or ISO text 2024-10-01. */
export function parseDate(cell: RawCell, column: ColumnName): Parsed<IsoDate> {
  if (typeof cell.value === 'number') {
    // Every date, also one in a General cell, counts in the workbook's date system.
    const iso = serialToIso(cell.value, cell.date1904 === true);
    const year = iso ? Number(iso.slice(0, 4)) : NaN;
    if (!iso || year < EARLIEST_YEAR || year > LATEST_YEAR)
      return fail('date-out-of-range', m.dateOutOfRange(column, iso, cell.value));
    return ok(iso);
  }
  if (typeof cell.value !== 'string') return fail('not-a-date', m.notADate(column, cell.value));
  const s = cell.value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (iso) {
    const date = validIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return fail('not-a-date', m.notADate(column, cell.value));
    const year = Number(iso[1]);
    if (year < EARLIEST_YEAR || year > LATEST_YEAR)
      return fail('date-out-of-range', m.dateOutOfRange(column, date, cell.value));
    return ok(date);
  }
  if (/^\d{1,4}[/.\-\s]\d{1,2}[/.\-\s]\d{1,4}$/.test(s))
    return fail('date-not-iso', m.dateNotIso(column, cell.value));
  return fail('not-a-date', m.notADate(column, cell.value));
}

/** A whole year 1900–2100, as a number or text. */
export function parseYear(cell: RawCell, column: ColumnName): Parsed<number> {
  const n =
    typeof cell.value === 'number'
      ? cell.value
      : typeof cell.value === 'string' && /^\s*\d{4}\s*$/.test(cell.value)
        ? Number(cell.value)
        : NaN;
  if (!Number.isInteger(n) || n < 1900 || n > 2100) return fail('not-a-year', m.notAYear(column, cell.value));
  return ok(n);
}

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augusti', 'august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** A month 1–12, as a number, digits or a month name (Swedish or English). */
export function parseMonth(cell: RawCell, column: ColumnName): Parsed<number> {
  let n = NaN;
  if (typeof cell.value === 'number') n = cell.value;
  else if (typeof cell.value === 'string') {
    const s = nameKey(cell.value).replace(/\.$/, '');
    n = /^\d{1,2}$/.test(s) ? Number(s) : MONTH_NAMES.findIndex((names) => names.includes(s)) + 1 || NaN;
  }
  if (!Number.isInteger(n) || n < 1 || n > 12) return fail('not-a-month', m.notAMonth(column, cell.value));
  return ok(n);
}

function word(cell: RawCell): string | null {
  return typeof cell.value === 'string' ? nameKey(cell.value) : null;
}

const FUNDING_WORDS: Readonly<Record<string, Funding>> = {
  förbundet: 'grant',
  förbund: 'grant',
  samordningsförbundet: 'grant',
  association: 'grant',
  grant: 'grant',
  egen: 'own',
  egenfinansiering: 'own',
  egenfinansierad: 'own',
  own: 'own',
};

/** Förbundet / Egen (Association or Grant / Own). Blank cells are the caller's: they mean grant. */
export function parseFunding(cell: RawCell, column: ColumnName): Parsed<Funding> {
  const w = word(cell);
  const funding = w === null ? undefined : FUNDING_WORDS[w];
  return funding ? ok(funding) : fail('unknown-funding', m.unknownFunding(column, cell.value));
}

const STATUS_WORDS: Readonly<Record<string, RoundStatus>> = {
  ansökan: 'application',
  ansökt: 'application',
  application: 'application',
  applied: 'application',
  beviljad: 'granted',
  beviljat: 'granted',
  beviljade: 'granted',
  granted: 'granted',
  avslag: 'rejected',
  avslagen: 'rejected',
  avslaget: 'rejected',
  rejected: 'rejected',
};

/** Ansökan / Beviljad / Avslag (Application / Granted / Rejected). Blank cells mean Ansökan (the caller's). */
export function parseRoundStatus(cell: RawCell, column: ColumnName): Parsed<RoundStatus> {
  const w = word(cell);
  const status = w === null ? undefined : STATUS_WORDS[w];
  return status ? ok(status) : fail('unknown-status', m.unknownStatus(column, cell.value));
}

export const STATUS_LABELS: Readonly<Record<RoundStatus, { sv: string; en: string }>> = {
  application: { sv: 'Ansökan', en: 'Application' },
  granted: { sv: 'Beviljad', en: 'Granted' },
  rejected: { sv: 'Avslag', en: 'Rejected' },
};

const HELD_WORDS: Readonly<Record<string, boolean>> = {
  ja: true,
  yes: true,
  nej: false,
  no: false,
};

/**
 * Låst (Held): Ja / Yes holds the row, Nej / No (like a blank cell, the caller's) does not. A hold
 * changes no figure; it keeps a balancing proposal (issue 14) from changing the row.
 */
export function parseHeld(cell: RawCell, column: ColumnName): Parsed<boolean> {
  const w = word(cell);
  const held = w === null ? undefined : HELD_WORDS[w];
  return held !== undefined ? ok(held) : fail('unknown-held', m.unknownHeld(column, cell.value));
}

export const HELD_LABELS: Readonly<Record<'yes' | 'no', { sv: string; en: string }>> = {
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
};

const PRINCIPAL_WORDS: Readonly<Record<string, Principal>> = {
  staten: 'state',
  stat: 'state',
  state: 'state',
  region: 'region',
  regionen: 'region',
  kommun: 'municipality',
  kommunen: 'municipality',
  municipality: 'municipality',
};

/** Staten / Region / Kommun (State / Region / Municipality). */
export function parsePrincipal(cell: RawCell, column: ColumnName): Parsed<Principal> {
  const w = word(cell);
  const principal = w === null ? undefined : PRINCIPAL_WORDS[w];
  return principal ? ok(principal) : fail('unknown-principal', m.unknownPrincipal(column, cell.value));
}

export const PRINCIPAL_LABELS: Readonly<Record<Principal, { sv: string; en: string }>> = {
  state: { sv: 'Staten', en: 'State' },
  region: { sv: 'Region', en: 'Region' },
  municipality: { sv: 'Kommun', en: 'Municipality' },
};

const ACTION_WORDS: Readonly<Record<string, AdjustmentAction>> = {
  omfattning: 'setFte',
  'ta bort': 'remove',
  slutdatum: 'setEnd',
  tak: 'cap',
  'set fte': 'setFte',
  fte: 'setFte',
  remove: 'remove',
  'end date': 'setEnd',
  cap: 'cap',
};

export function parseAction(cell: RawCell, column: ColumnName): Parsed<AdjustmentAction> {
  const w = word(cell);
  const action = w === null ? undefined : ACTION_WORDS[w];
  return action ? ok(action) : fail('unknown-action', m.unknownAction(column, cell.value));
}

/** The words written for each action, by language. */
export const ACTION_LABELS: Readonly<Record<AdjustmentAction, { sv: string; en: string }>> = {
  setFte: { sv: 'Omfattning', en: 'Set FTE' },
  remove: { sv: 'Ta bort', en: 'Remove' },
  setEnd: { sv: 'Slutdatum', en: 'End date' },
  cap: { sv: 'Tak', en: 'Cap' },
};

export const FUNDING_LABELS: Readonly<Record<Funding, { sv: string; en: string }>> = {
  grant: { sv: 'Förbundet', en: 'Association' },
  own: { sv: 'Egen', en: 'Own' },
};

export const ROUNDING_MODE_LABELS: Readonly<Record<RoundingMode, { sv: string; en: string }>> = {
  up: { sv: 'uppåt', en: 'up' },
  nearest: { sv: 'närmast', en: 'nearest' },
};

const ROUNDING_WORDS: Readonly<Record<string, RoundingMode>> = {
  uppåt: 'up',
  upp: 'up',
  up: 'up',
  närmast: 'nearest',
  närmaste: 'nearest',
  nearest: 'nearest',
};

export function parseRoundingMode(cell: RawCell, column: ColumnName): Parsed<RoundingMode> {
  const w = word(cell);
  const mode = w === null ? undefined : ROUNDING_WORDS[w];
  return mode ? ok(mode) : fail('unknown-rounding-mode', m.unknownRoundingMode(column, cell.value));
}

// ------------------------------------------------------------------ plausibility

/** Thresholds; the contract page documents them. */
export const LIMITS = {
  /** FTE above this is an error (2000 %). */
  fteMax: new Decimal(20),
  /** FTE above 0 and below this is a warning (5 %): probably points typed as a fraction. */
  fteWarnBelow: new Decimal('0.05'),
  /** Payroll overhead above 100 % is an error, below 10 % a warning. */
  poMax: new Decimal(1),
  poWarnBelow: new Decimal('0.1'),
  /** Yearly salary increase above 100 % is an error, above 10 % a warning. */
  increaseMax: new Decimal(1),
  increaseWarnAbove: new Decimal('0.1'),
  /** A yearly salary increase above 0 and below 0,1 % is a warning (a fraction typed without a percent format). */
  increaseWarnBelow: new Decimal('0.001'),
  /** Monthly salary at 100 %: warnings outside 10 000–150 000 kr. */
  salaryWarnBelow: new Decimal(10_000),
  salaryWarnAbove: new Decimal(150_000),
  /** Rounding step: above 0 and at most 1 000 000 kr. */
  roundingStepMax: new Decimal(1_000_000),
} as const;

/** Of the other readings (×100, ÷100), the first inside [low, high], for "did you mean …?". */
function otherReading(fraction: Decimal, low: Decimal, high: Decimal): Decimal | null {
  for (const candidate of [fraction.times(100), fraction.div(100)]) {
    if (candidate.gte(low) && candidate.lte(high) && !candidate.isZero()) return candidate;
  }
  return null;
}

function withChecks<T>(parsed: Parsed<T>, check: (value: T) => Problem[]): Parsed<T> {
  if (parsed.value === undefined) return parsed;
  const problems = [...parsed.problems, ...check(parsed.value)];
  return { value: problems.some((p) => p.severity === 'error') ? undefined : parsed.value, problems };
}

/** FTE as a fraction: 350 % → 3.5. */
export function parseFte(cell: RawCell, column: ColumnName): Parsed<Decimal> {
  const parsed = parsePercentSyntax(cell, column);
  const fraction = parsed.value?.fraction;
  return withChecks({ value: fraction, problems: parsed.problems }, (f) => fteProblems(f, column));
}

/** The plausibility of an FTE (a fraction), also of one the pane computes (a ±5 step). */
export function fteProblems(f: Decimal, column: ColumnName): Problem[] {
  if (f.isNegative()) return [error('fte-negative', m.fteNegative(column, f))];
  if (f.gt(LIMITS.fteMax))
    return [
      error(
        'fte-too-high',
        m.fteTooHigh(column, f, LIMITS.fteMax, otherReading(f, LIMITS.fteWarnBelow, LIMITS.fteMax)),
      ),
    ];
  if (f.gt(0) && f.lt(LIMITS.fteWarnBelow))
    return [
      warning(
        'fte-suspicious',
        m.fteSuspicious(column, f, otherReading(f, LIMITS.fteWarnBelow, LIMITS.fteMax)),
      ),
    ];
  return [];
}

/** Payroll overhead as a fraction: 42,15 % → 0.4215. */
export function parsePayrollOverhead(cell: RawCell, column: ColumnName): Parsed<Decimal> {
  const parsed = parsePercentSyntax(cell, column);
  return withChecks({ value: parsed.value?.fraction, problems: parsed.problems }, (f) => {
    if (f.isNegative() || f.gt(LIMITS.poMax))
      return [
        error(
          'po-out-of-range',
          m.poOutOfRange(column, f, otherReading(f, LIMITS.poWarnBelow, LIMITS.poMax)),
        ),
      ];
    if (f.lt(LIMITS.poWarnBelow))
      return [
        warning(
          'po-suspicious',
          m.poSuspicious(column, f, otherReading(f, LIMITS.poWarnBelow, LIMITS.poMax)),
        ),
      ];
    return [];
  });
}

/** Yearly salary increase as a fraction: 3,4 % → 0.034. */
export function parseSalaryIncrease(cell: RawCell, column: ColumnName): Parsed<Decimal> {
  const parsed = parsePercentSyntax(cell, column);
  return withChecks({ value: parsed.value?.fraction, problems: parsed.problems }, (f) => {
    const suggestion = otherReading(f, new Decimal('0.001'), LIMITS.increaseWarnAbove);
    if (f.isNegative() || f.gt(LIMITS.increaseMax))
      return [error('increase-out-of-range', m.increaseOutOfRange(column, f, suggestion))];
    if (f.gt(LIMITS.increaseWarnAbove))
      return [warning('increase-suspicious', m.increaseSuspicious(column, f, suggestion))];
    // 0,034 in a General cell reads as 0,034 %: like PO-pålägg and Omfattning, say the other reading.
    if (f.gt(0) && f.lt(LIMITS.increaseWarnBelow))
      return [
        warning(
          'increase-low',
          m.increaseLow(column, f, otherReading(f, LIMITS.increaseWarnBelow, LIMITS.increaseWarnAbove)),
        ),
      ];
    return [];
  });
}

/** A non-negative amount; `warnAbove` adds a warning for amounts beyond belief. */
export function parseAmount(
  cell: RawCell,
  column: ColumnName,
  warnAbove: Decimal | null = null,
): Parsed<Decimal> {
  return withChecks(parseAmountSyntax(cell, column), (a) => {
    if (a.isNegative()) return [error('negative-amount', m.negativeAmount(column, a))];
    if (warnAbove && a.gt(warnAbove)) return [warning('amount-high', m.amountHigh(column, a, warnAbove))];
    return [];
  });
}

/** A monthly salary at 100 %. */
export function parseMonthlySalary(cell: RawCell, column: ColumnName): Parsed<Decimal> {
  return withChecks(parseAmountSyntax(cell, column), (a) => {
    if (a.isNegative()) return [error('negative-amount', m.negativeAmount(column, a))];
    if (a.gt(LIMITS.salaryWarnAbove))
      return [warning('salary-high', m.salaryHigh(column, a, LIMITS.salaryWarnAbove))];
    if (a.lt(LIMITS.salaryWarnBelow))
      return [warning('salary-low', m.salaryLow(column, a, LIMITS.salaryWarnBelow))];
    return [];
  });
}

/** The decision amount's rounding step in kronor. */
export function parseRoundingStep(cell: RawCell, column: ColumnName): Parsed<Decimal> {
  return withChecks(parseAmountSyntax(cell, column), (a) =>
    a.lte(0) || a.gt(LIMITS.roundingStepMax)
      ? [error('rounding-step-invalid', m.roundingStepInvalid(column, a))]
      : [],
  );
}
