import { nameKey } from '../workbook/names';
import type { BudgetInput } from './types';

/** Distinct scenario names in order of first appearance, as first written (trimmed). */
export function scenarioNames(input: BudgetInput): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const adjustment of input.adjustments) {
    const key = nameKey(adjustment.scenario);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(adjustment.scenario.trim());
  }
  return names;
}
