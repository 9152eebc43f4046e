// Writing a balancing proposal: its rows as Justeringar rows of a new scenario, under a free name.
import type { BalanceProposal } from '../engine/balance';
import { newAdjustmentOf, type NewAdjustment } from '../contract/adjustment-rows';
import { sameName } from '../workbook/names';

/** The proposal's whole scenario (the base's rows, then the added ones) under `scenario`. */
export function proposalRows(proposal: BalanceProposal, scenario: string): NewAdjustment[] {
  return proposal.rows.map((a) => newAdjustmentOf(a, scenario));
}

/** `name`, or "name (2)", "name (3)" … — the first not among `taken` (compared by the name rule). */
export function freeScenarioName(name: string, taken: readonly string[]): string {
  const stem = name.replace(/ \(\d+\)$/, '');
  if (!taken.some((t) => sameName(t, name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}
