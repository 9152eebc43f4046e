// The decision summary: pure sheet plans for "Beslutsunderlag" and "Periodisering" built from the
// engine's result. Writers (ExcelJS, Office.js) render them without deciding anything.
import type { BudgetResult } from '../engine/types';
import type { SheetPlan } from '../workbook/sheet-plan';
import type { SummaryContext } from './context';
import { buildDecisionSheet } from './decision-sheet';
import { buildPeriodisationSheet } from './periodisation-sheet';

export type { SummaryContext } from './context';
export { decisionText, decisionEnd, STANDARD_CONDITIONS, type DecisionText } from './decision-text';
export { yearColumns } from './years';
export { SUMMARY_SHEET, TABLE_NAMES } from './decision-sheet';
export { PERIODISATION_SHEET, PERIODISATION_TABLE } from './periodisation-sheet';

/** [Beslutsunderlag (kind 'summary'), Periodisering (kind 'periodisation')]. */
export function buildSummaryPlans(result: BudgetResult, context: SummaryContext): SheetPlan[] {
  return [buildDecisionSheet(result, context), buildPeriodisationSheet(result, context)];
}
