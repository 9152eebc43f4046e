// Builders of Justeringar edits: rows in the actual table's column order, each cell with a number
// format that keeps its meaning (FTE as a fraction with '0 %', dates as serials in the workbook's
// date system, amounts in kronor, text as '@'). Pure: the port's editTableRows writes them.
import Decimal from 'decimal.js';
import type { Adjustment, AdjustmentAction, IsoDate } from '../engine/types';
import type { RowCell, TableRowEdit } from '../workbook/port';
import type { TableGrid } from '../workbook/snapshot';
import { isoToSerial } from '../workbook/excel-dates';
import { nameKey } from '../workbook/names';
import { DATE_FORMAT, FTE_FORMAT, KRONOR_FORMAT, TEXT_FORMAT } from '../format/excel-formats';
import { ACTION_LABELS } from './cells';
import type { FoundTable, FoundTables } from './read/find-tables';
import { TABLE_SPECS, usesEnglish } from './tables';

export interface NewAdjustment {
  scenario: string;
  initiative: string;
  role: string | null;
  action: AdjustmentAction;
  /** setFte: the FTE as a fraction (Decimal); setEnd: an ISO date; cap: an amount (Decimal); remove: null. */
  value: Decimal | IsoDate | null;
  reason: string | null;
}

/** The engine's adjustment as the row the contract writes (Omfattning as a fraction, Tak in kronor), under `scenario`. */
export function newAdjustmentOf(a: Adjustment, scenario: string = a.scenario): NewAdjustment {
  const base = { scenario, initiative: a.initiative, reason: a.reason };
  switch (a.action) {
    case 'setFte':
      return { ...base, role: a.role, action: 'setFte', value: a.fte };
    case 'cap':
      return { ...base, role: null, action: 'cap', value: a.amount };
    case 'setEnd':
      return { ...base, role: a.role, action: 'setEnd', value: a.end };
    case 'remove':
      return { ...base, role: a.role, action: 'remove', value: null };
  }
}

const EMPTY: RowCell = { value: '', numberFormat: 'General' };
const textCell = (text: string | null): RowCell =>
  text === null || text === ''
    ? { value: '', numberFormat: TEXT_FORMAT }
    : { value: text, numberFormat: TEXT_FORMAT };

function justeringar(found: FoundTables): FoundTable {
  const table = found.Justeringar;
  if (!table)
    throw new Error(
      'The workbook has no Justeringar table: create it (templatePlans) before editing adjustments.',
    );
  return table;
}

function valueCell(action: AdjustmentAction, value: NewAdjustment['value'], date1904: boolean): RowCell {
  if (value === null) return EMPTY;
  switch (action) {
    case 'setFte':
      return { value: new Decimal(value).toNumber(), numberFormat: FTE_FORMAT };
    case 'setEnd':
      return { value: isoToSerial(String(value), date1904), numberFormat: DATE_FORMAT };
    case 'cap':
      return { value: new Decimal(value).toNumber(), numberFormat: KRONOR_FORMAT };
    case 'remove':
      return EMPTY;
  }
}

/**
 * The language of the Justeringar headers as read, which its Åtgärd words follow ("Omfattning" or
 * "Set FTE"); Swedish when the workbook has no such table (the template writes Swedish).
 */
export function adjustmentLanguage(found: FoundTables): 'sv' | 'en' {
  const table = found.Justeringar;
  return table && usesEnglish(TABLE_SPECS.Justeringar, table.grid) ? 'en' : 'sv';
}

/** One adjustment as cells in the table's column order; columns the contract does not know are left empty. */
export function adjustmentCells(table: FoundTable, adjustment: NewAdjustment): RowCell[] {
  const english = usesEnglish(TABLE_SPECS.Justeringar, table.grid);
  const byHeader: Record<string, RowCell> = {
    Scenario: textCell(adjustment.scenario),
    Insats: textCell(adjustment.initiative),
    Roll: textCell(adjustment.role),
    Åtgärd: textCell(ACTION_LABELS[adjustment.action][english ? 'en' : 'sv']),
    // The table's grid says the workbook's date system, as read: an end date reads back as itself.
    Värde: valueCell(adjustment.action, adjustment.value, table.grid.date1904 === true),
    Motivering: textCell(adjustment.reason),
  };
  const cells: RowCell[] = table.grid.headers.map(() => EMPTY);
  for (const [header, index] of Object.entries(table.columns)) {
    const cell = byHeader[header];
    if (cell) cells[index] = cell;
  }
  return cells;
}

export function appendAdjustments(found: FoundTables, adjustments: readonly NewAdjustment[]): TableRowEdit {
  const table = justeringar(found);
  return {
    table: table.grid.name,
    append: adjustments.map((a) => adjustmentCells(table, a)),
    update: [],
    remove: [],
  };
}

/** Removes data rows given by worksheet row number (as Excel shows it). */
export function removeAdjustmentRows(found: FoundTables, rows: readonly number[]): TableRowEdit {
  const table = justeringar(found);
  const indexes = rows
    .map((row) => row - table.grid.headerRow - 1)
    .filter((i) => i >= 0 && i < table.grid.values.length);
  return {
    table: table.grid.name,
    append: [],
    update: [],
    remove: [...new Set(indexes)].sort((a, b) => a - b),
  };
}

/** The freshest grid of the table: the snapshot's if given, else the one found. */
const sameScenario = (a: unknown, b: string): boolean => typeof a === 'string' && nameKey(a) === nameKey(b);

/** Data-row indexes whose Scenario cell names the scenario (case-insensitive, spaces trimmed). */
function scenarioRows(table: FoundTable, grid: TableGrid, scenario: string): number[] {
  const c = table.columns.Scenario;
  if (c === undefined) return [];
  const rows: number[] = [];
  grid.values.forEach((row, i) => {
    if (sameScenario(row[c], scenario)) rows.push(i);
  });
  return rows;
}

/** A row as it is, with its Scenario cell replaced; other cells keep their values and formats. */
function copyRow(table: FoundTable, grid: TableGrid, index: number, scenario: string): RowCell[] {
  const c = table.columns.Scenario;
  return grid.headers.map((_, j) => {
    if (j === c) return textCell(scenario);
    const value = grid.values[index]?.[j] ?? '';
    const type = grid.valueTypes[index]?.[j];
    return {
      value,
      numberFormat: type === 'String' ? TEXT_FORMAT : (grid.numberFormats[index]?.[j] ?? 'General'),
    };
  });
}

/** Renames a scenario in every row that names it. */
export function renameScenario(found: FoundTables, from: string, to: string): TableRowEdit {
  const table = justeringar(found);
  const grid = table.grid;
  const update = scenarioRows(table, grid, from).map((index) => ({
    index,
    cells: copyRow(table, grid, index, to),
  }));
  return { table: grid.name, append: [], update, remove: [] };
}

/** Deletes every row of a scenario. */
export function deleteScenario(found: FoundTables, name: string): TableRowEdit {
  const table = justeringar(found);
  const grid = table.grid;
  return { table: grid.name, append: [], update: [], remove: scenarioRows(table, grid, name) };
}

/** Appends a copy of every row of `from` under the name `to`. */
export function duplicateScenario(found: FoundTables, from: string, to: string): TableRowEdit {
  const table = justeringar(found);
  const grid = table.grid;
  return {
    table: grid.name,
    append: scenarioRows(table, grid, from).map((index) => copyRow(table, grid, index, to)),
    update: [],
    remove: [],
  };
}
