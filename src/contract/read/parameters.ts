// Parametrar: key–value rows (PO-pålägg, löneökning per year, lönerevision, avrundning). A key is
// Swedish or English; a key given twice is an error and neither row is used.
import Decimal from 'decimal.js';
import type { Parameters } from '../../engine/types';
import type { SourceRef } from '../../issues/types';
import type { Issue } from '../../issues/types';
import { nameKey } from '../../workbook/names';
import {
  parseMonth,
  parsePayrollOverhead,
  parseRoundingMode,
  parseRoundingStep,
  parseSalaryIncrease,
} from '../cells';
import { tableMessages } from '../messages';
import type { FoundTable } from './find-tables';
import { amountFor, readRows, text, type RowReader } from './row-reader';

interface ParameterRow {
  key: string;
  cell: string | null;
  apply: (p: MutableParameters) => void;
  reader: RowReader;
}

export function readParameters(
  found: FoundTable | null,
  issues: Issue[],
): { parameters: Parameters; content: string } {
  const parameterRows: ParameterRow[] = [];
  const content = readRows('Parametrar', found, issues, (r) => {
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
  return { parameters: buildParameters(parameterRows), content };
}

/** Eget kapital with its floor (0 by default); a floor without an opening equity is a warning. */
function equityOf(p: MutableParameters, floorRow: RowReader | null): Parameters['equity'] {
  if (p.openingEquity === null) {
    if (p.equityFloor !== null && floorRow)
      floorRow.report('Parameter', {
        severity: 'warning',
        code: 'equity-floor-without-opening',
        message: tableMessages.equityFloorWithoutOpening(),
      });
    return null;
  }
  return {
    opening: p.openingEquity.value,
    floor: p.equityFloor ?? new Decimal(0),
    source: p.openingEquity.source,
  };
}

type MutableParameters = {
  payrollOverhead: Decimal | null;
  payrollOverheadByEmployer: Map<string, Decimal>;
  salaryIncrease: Decimal | null;
  salaryIncreaseByYear: Map<number, Decimal>;
  revisionMonth: number;
  roundingStep: Decimal;
  roundingMode: Parameters['roundingMode'];
  openingEquity: { value: Decimal; source: SourceRef } | null;
  equityFloor: Decimal | null;
};

export type ParameterKey =
  | { kind: 'payrollOverhead'; id: string }
  | { kind: 'payrollOverheadEmployer'; id: string; employer: string }
  | { kind: 'salaryIncrease'; id: string }
  | { kind: 'salaryIncreaseYear'; id: string; year: number }
  | { kind: 'revisionMonth'; id: string }
  | { kind: 'roundingStep'; id: string }
  | { kind: 'roundingMode'; id: string }
  | { kind: 'openingEquity'; id: string }
  | { kind: 'equityFloor'; id: string }
  | { kind: 'badYear'; id: string }
  | { kind: 'unknown'; id: string };

/** What a Parametrar key means (Swedish or English, case-insensitive). */
export function parameterKey(keyText: string): ParameterKey {
  // NFC first: the employer is cut from the key by the length of its lower-case (NFC) form.
  const key = keyText.normalize('NFC').replace(/\s+/g, ' ').trim();
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
  if (lower === 'eget kapital' || lower === 'opening equity' || lower === 'ingående eget kapital')
    return { kind: 'openingEquity', id: 'equity' };
  if (lower === 'lägsta eget kapital' || lower === 'equity floor' || lower === 'minimum equity')
    return { kind: 'equityFloor', id: 'equityFloor' };
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
    case 'openingEquity': {
      const v = r.read('Värde', amountFor('Parametrar/Eget kapital'), true);
      const source = r.source();
      return v ? (p) => (p.openingEquity = { value: v, source }) : null;
    }
    case 'equityFloor': {
      const v = r.read('Värde', amountFor('Parametrar/Eget kapital'), true);
      return v ? (p) => (p.equityFloor = v) : null;
    }
    default:
      return null;
  }
}

/** Applies the parameter rows; a key given twice is an error and neither row is used. */
function buildParameters(rows: readonly ParameterRow[]): Parameters {
  const p: MutableParameters = {
    payrollOverhead: null,
    payrollOverheadByEmployer: new Map(),
    salaryIncrease: null,
    salaryIncreaseByYear: new Map(),
    revisionMonth: 1,
    roundingStep: new Decimal(1000),
    roundingMode: 'up',
    openingEquity: null,
    equityFloor: null,
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
  const floorRow = rows.find((r) => r.key === 'equityFloor' && !duplicated.has(r.key))?.reader ?? null;
  const { openingEquity: _opening, equityFloor: _floor, ...rest } = p;
  const equity = equityOf(p, floorRow);
  return equity ? { ...rest, equity } : rest;
}
