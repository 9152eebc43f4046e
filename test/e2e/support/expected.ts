// The figures the preview must show, computed in Node with the same contract and engine on the
// example workbook, independently of the browser.
import Decimal from 'decimal.js';
import { MemoryWorkbook } from '../../../src/adapters/memory/memory-workbook';
import { createInputTablesIn } from '../../../src/adapters/memory/memory-port';
import { readSnapshot } from '../../../src/adapters/memory/read-snapshot';
import { examplePlans, readWorkbook } from '../../../src/contract';
import { computeBudget } from '../../../src/engine';
import type { Adjustment, BudgetInput, BudgetResult } from '../../../src/engine/types';
import { decisionText } from '../../../src/summary';

export function exampleWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  createInputTablesIn(workbook, examplePlans());
  return workbook;
}

export function exampleInput(): BudgetInput {
  const read = readWorkbook(readSnapshot(exampleWorkbook()));
  return read.input;
}

/** The example's result under a scenario, with extra adjustments appended as the pane would. */
export function exampleResult(scenario: string | null, extra: Adjustment[] = []): BudgetResult {
  const input = exampleInput();
  return computeBudget({ ...input, adjustments: [...input.adjustments, ...extra] }, scenario);
}

/** A role's FTE set under a scenario, as one Justeringar row. */
export function setFte(scenario: string, initiative: string, role: string, fte: number): Adjustment {
  return {
    id: `e2e-${initiative}-${role}`,
    scenario,
    initiative,
    role,
    action: 'setFte',
    fte: new Decimal(fte),
    reason: null,
  };
}

/** The proposals of the decision texts, in the board's Swedish. */
export function decisionProposals(result: BudgetResult): string[] {
  return result.initiatives
    .filter((i) => i.roundStatus === 'application')
    .map((i) => decisionText(i, 'sv').proposal);
}

/** '−2 469 863 kr', '-2,469,863 kr', '1 234,5 %' → the number it shows. */
export function shownNumber(text: string): number {
  const cleaned = text
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/kr|SEK|%/gi, '');
  // Swedish: space thousands, comma decimals; English: comma thousands, point decimals.
  const normalised =
    /,\d{1,2}$/.test(cleaned) && !cleaned.includes('.')
      ? cleaned.replace(/,/g, '.')
      : cleaned.replace(/,/g, '');
  const value = Number(normalised);
  if (!Number.isFinite(value)) throw new Error(`Not a number as shown: ${JSON.stringify(text)}`);
  return value;
}

/** The meeting the e2e suites act out on the example: the office's scenario and one cut in it. */
export const SCENARIO = 'Kansliets förslag';
/** The round's open application (seed 004); the other four are granted and take no cut. */
export const CUT_INITIATIVE = 'Samordnat stöd för arbete eller studier';
export const CUT_ROLE = 'Coach';
/** Samordnat's grant-funded coaches: 300 % under the office's proposal, cut by 100 points more. */
export const CUT_TO_POINTS = 200;
