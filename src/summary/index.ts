// The decision summary: pure sheet plans for "Beslutsunderlag" and "Periodisering" built from the
// engine's result. Writers (ExcelJS, Office.js) render them without deciding anything.
import type { BudgetResult } from '../engine/types';
import type { SummaryContext } from './context';
import type { SummarySheetPlan } from './sheet-builder';
import { buildDecisionSheet } from './decision-sheet';
import { buildPeriodisationSheet } from './periodisation-sheet';

export type { SummaryContext } from './context';
export { decisionText, STANDARD_CONDITIONS, type DecisionText } from './decision-text';
export { yearColumns } from './years';
export { SUMMARY_SHEET, TABLE_NAMES } from './decision-sheet';
export { PERIODISATION_SHEET, PERIODISATION_TABLE } from './periodisation-sheet';
export type { SummaryLayout, SummarySheetPlan } from './sheet-builder';

/**
 * [Beslutsunderlag (kind 'summary'), Periodisering (kind 'periodisation')]. Sheet plans, plus row
 * heights and a print layout that the shared SheetPlan does not carry yet.
 */
export function buildSummaryPlans(result: BudgetResult, context: SummaryContext): SummarySheetPlan[] {
  return [buildDecisionSheet(result, context), buildPeriodisationSheet(result, context)];
}
