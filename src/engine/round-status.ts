// Issue 13 rule 1: an initiative's status in the decision round. Granted initiatives hold part of
// the frame and cannot be cut; rejected ones count nowhere; neither takes an adjustment.
import type { Issue } from '../issues/types';
import { nameKey } from '../workbook/names';
import { CODE, COLUMN, issueAt } from './issues';
import { messages } from './messages';
import type { Adjustment, Initiative, RoundStatus } from './types';

export function roundStatusOf(initiative: Initiative): RoundStatus {
  return initiative.roundStatus ?? 'application';
}

/**
 * The adjustments that may take effect: one naming a granted or rejected initiative is an error at
 * its Insats cell, in every scenario (it is wrong whichever scenario is shown), and is left out.
 */
export function screenDecidedAdjustments(
  initiatives: readonly Initiative[],
  adjustments: readonly Adjustment[],
): { usable: Adjustment[]; issues: Issue[] } {
  const decided = decidedByKey(initiatives);
  if (decided.size === 0) return { usable: [...adjustments], issues: [] };
  const usable: Adjustment[] = [];
  const issues: Issue[] = [];
  for (const adjustment of adjustments) {
    const found = decided.get(nameKey(adjustment.initiative));
    if (!found) {
      usable.push(adjustment);
      continue;
    }
    issues.push(
      issueAt(
        'error',
        CODE.adjustmentDecidedInitiative,
        adjustment.source,
        COLUMN.initiative,
        adjustment.initiative,
        messages.decidedInitiativeAdjusted(found.name, found.status),
      ),
    );
  }
  return { usable, issues };
}

type Decided = ReadonlyMap<string, { name: string; status: 'granted' | 'rejected' }>;

/** Per Insatser as read (the same array until the table changes): a cut does not walk it again. */
const decidedCache = new WeakMap<readonly Initiative[], Decided>();

function decidedByKey(initiatives: readonly Initiative[]): Decided {
  let decided = decidedCache.get(initiatives);
  if (!decided) {
    const map = new Map<string, { name: string; status: 'granted' | 'rejected' }>();
    for (const initiative of initiatives) {
      const status = roundStatusOf(initiative);
      if (status !== 'application') map.set(nameKey(initiative.name), { name: initiative.name, status });
    }
    decidedCache.set(initiatives, (decided = map));
  }
  return decided;
}
