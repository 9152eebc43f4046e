// Reads the input tables of a workbook snapshot into the engine's input, reporting every bad
// cell in one pass. Cell- and table-level checks live here; cross-row checks (duplicates, unknown
// initiatives, dates outside the period, adjustments that match nothing) are the engine's.
import type { BudgetInput } from '../../engine/types';
import type { Issue } from '../../issues/types';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { fingerprintOf } from '../fingerprint';
import { readAdjustments } from './adjustments';
import { findTables, type FoundTables } from './find-tables';
import { readContributions, readCosts, readFrame, readInitiatives, readStaffing } from './input-rows';
import { readParameters } from './parameters';

export interface ReadResult {
  input: BudgetInput;
  issues: Issue[];
  /** 12 hex digits; see fingerprint.ts and docs/workbook-contract.md. */
  fingerprint: string;
  tables: FoundTables;
  /** Every scenario a Justeringar row names, in table order, also when all its rows have errors. */
  scenarioNames: string[];
}

/** Reads every input table of the snapshot; never throws on bad input. */
export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const { tables, issues } = findTables(snapshot);
  const initiatives = readInitiatives(tables.Insatser, issues);
  const staffing = readStaffing(tables.Bemanning, issues);
  const costs = readCosts(tables.Kostnader, issues);
  const frame = readFrame(tables.Ram, issues);
  const parameters = readParameters(tables.Parametrar, issues);
  const adjustments = readAdjustments(tables.Justeringar, issues);
  const contributions = readContributions(tables.Medlemsbidrag, issues);
  const input: BudgetInput = {
    initiatives: initiatives.rows,
    staffing: staffing.rows,
    costs: costs.rows,
    frame: frame.rows,
    parameters: parameters.parameters,
    adjustments: adjustments.rows,
    rejectedInitiatives: initiatives.rejected,
    ...(contributions.rows.length > 0 ? { contributions: contributions.rows } : {}),
  };
  // Medlemsbidrag (issue 13) joins the fingerprint only when the table exists, so that a workbook
  // without it keeps the fingerprint it had.
  const content = [initiatives, staffing, costs, frame, parameters, adjustments].map((t) => t.content);
  if (tables.Medlemsbidrag) content.push(contributions.content);
  return {
    input,
    issues,
    fingerprint: fingerprintOf(content.join('\u001c')),
    tables,
    scenarioNames: adjustments.scenarios,
  };
}
