// Writing a balancing proposal: its rows as Justeringar rows of a new scenario, under a free name.
import type { Adjustment } from '../engine/types';
import type { BalanceProposal } from '../engine/balance';
import type { NewAdjustment } from '../contract/adjustment-rows';
import { sameName } from '../workbook/names';

/** The engine's adjustment as the row the contract writes (Omfattning as a fraction, Tak in kronor). */
function newAdjustment(a: Adjustment, scenario: string): NewAdjustment {
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

/** The proposal's whole scenario (the base's rows, then the added ones) under `scenario`. */
export function proposalRows(proposal: BalanceProposal, scenario: string): NewAdjustment[] {
  return proposal.rows.map((a) => newAdjustment(a, scenario));
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
