// Builds an Issue that points at the cell a value came from.
import type { Issue, LocalizedText, Severity, SourceRef } from '../issues/types';
import { qualified } from '../workbook/snapshot';

export const COLUMN = {
  initiative: 'Insats',
  role: 'Roll',
  fte: 'Omfattning',
  salary: 'Månadslön',
  payrollOverhead: 'PO-pålägg',
  start: 'Start',
  end: 'Slut',
  funding: 'Finansiering',
  employer: 'Arbetsgivare',
  costType: 'Kostnadsslag',
  amount: 'Belopp',
  year: 'År',
  available: 'Tillgängligt',
  contributions: 'Medlemsbidrag',
  ownCosts: 'Egna kostnader',
  member: 'Medlem',
  principal: 'Huvudman',
  parameter: 'Parameter',
  scenario: 'Scenario',
  action: 'Åtgärd',
  value: 'Värde',
  reason: 'Motivering',
} as const;

export type Column = (typeof COLUMN)[keyof typeof COLUMN];

export function issueAt(
  severity: Severity,
  code: string,
  source: SourceRef | undefined,
  column: Column,
  value: string | number | boolean | null,
  message: LocalizedText,
): Issue {
  const address = source?.cells[column];
  return {
    severity,
    code,
    table: source?.table ?? null,
    row: source?.row ?? null,
    column: source ? column : null,
    cell: source && address ? qualified(source.sheet, address) : null,
    value,
    message,
  };
}

/** The engine's issue codes. */
export const CODE = {
  invalidDate: 'invalid-date',
  endBeforeStart: 'end-before-start',
  duplicateInitiative: 'duplicate-initiative',
  unknownInitiative: 'unknown-initiative',
  outsidePeriod: 'outside-period',
  costYearOutsidePeriod: 'cost-year-outside-period',
  duplicateFrameYear: 'duplicate-frame-year',
  missingPayrollOverhead: 'missing-payroll-overhead',
  employerNearMatch: 'employer-near-match',
  adjustmentNoMatch: 'adjustment-no-match',
  adjustmentOnlySelfFinanced: 'adjustment-only-self-financed',
  adjustmentSeveralRows: 'adjustment-several-rows',
  adjustmentDateOutsidePeriod: 'adjustment-date-outside-period',
  adjustmentEndBeforeRowStart: 'adjustment-end-before-row-start',
  negativeValue: 'negative-value',
  adjustmentDecidedInitiative: 'adjustment-decided-initiative',
  frameAvailableMissing: 'frame-available-missing',
  frameAvailableDiffers: 'frame-available-differs',
  contributionsDiffer: 'contributions-differ',
  contributionsSplit: 'contributions-split',
  contributionsYearOutsideFrame: 'contributions-year-outside-frame',
  equityFrameGap: 'equity-frame-gap',
  equityWithoutFrame: 'equity-without-frame',
} as const;
