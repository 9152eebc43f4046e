// Small builders for engine inputs: every field defaulted, overridable.
import Decimal from 'decimal.js';
import type {
  Adjustment,
  BudgetInput,
  CostRow,
  FrameYear,
  Initiative,
  Parameters,
  StaffingRow,
} from '../../src/engine/types';
import type { SourceRef } from '../../src/issues/types';

export const d = (v: Decimal.Value): Decimal => new Decimal(v);

export function params(overrides: Partial<Parameters> = {}): Parameters {
  return {
    payrollOverhead: null,
    payrollOverheadByEmployer: new Map(),
    salaryIncrease: null,
    salaryIncreaseByYear: new Map(),
    revisionMonth: 1,
    roundingStep: d(1000),
    roundingMode: 'up',
    ...overrides,
  };
}

export function initiative(
  name: string,
  start: string,
  end: string,
  overrides: Partial<Initiative> = {},
): Initiative {
  return { name, owner: null, partners: null, start, end, statedApplied: null, maxGrant: null, ...overrides };
}

let nextId = 1;

export function staff(
  initiativeName: string,
  role: string,
  fte: Decimal.Value,
  salary: Decimal.Value,
  overrides: Partial<StaffingRow> = {},
): StaffingRow {
  return {
    id: `Bemanning:${nextId++}`,
    initiative: initiativeName,
    role,
    fte: d(fte),
    monthlySalary: d(salary),
    payrollOverhead: d(0),
    start: null,
    end: null,
    funding: 'grant',
    employer: null,
    ...overrides,
  };
}

export function cost(
  initiativeName: string,
  amount: Decimal.Value,
  overrides: Partial<CostRow> = {},
): CostRow {
  return {
    id: `Kostnader:${nextId++}`,
    initiative: initiativeName,
    costType: 'Övrigt',
    amount: d(amount),
    year: null,
    funding: 'grant',
    ...overrides,
  };
}

export function frameYear(year: number, available: Decimal.Value, source?: SourceRef): FrameYear {
  return { year, available: d(available), source };
}

export function input(overrides: Partial<BudgetInput> = {}): BudgetInput {
  return {
    initiatives: [],
    staffing: [],
    costs: [],
    frame: [],
    parameters: params(),
    adjustments: [],
    ...overrides,
  };
}

type AdjustmentSpec = Adjustment extends infer A
  ? A extends Adjustment
    ? Omit<A, 'id' | 'reason' | 'scenario'>
    : never
  : never;

export function adjustment(scenario: string, spec: AdjustmentSpec, source?: SourceRef): Adjustment {
  return { id: `Justeringar:${nextId++}`, scenario, reason: null, source, ...spec } as Adjustment;
}

/** A SourceRef for a table row whose columns sit at consecutive letters from A. */
export function source(table: string, sheet: string, row: number, columns: readonly string[]): SourceRef {
  const cells: Record<string, string> = {};
  columns.forEach((column, i) => (cells[column] = `${String.fromCharCode(65 + i)}${row}`));
  return { table, sheet, row, cells };
}

/** Rounded year figures as plain strings, for readable assertions. */
export function years(map: ReadonlyMap<number, Decimal>): Record<number, string> {
  const out: Record<number, string> = {};
  for (const [year, amount] of map) out[year] = amount.toString();
  return out;
}

export function entries<K>(map: ReadonlyMap<K, Decimal>): Array<[K, string]> {
  return [...map].map(([k, v]) => [k, v.toString()]);
}
