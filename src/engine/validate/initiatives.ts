// Insatser: valid periods and unique names. A duplicated name leaves out every initiative of it.
import type { Issue } from '../../issues/types';
import { nameKey } from '../../workbook/names';
import { monthOf } from '../calendar';
import { CODE, COLUMN, issueAt } from '../issues';
import { messages } from '../messages';
import type { Initiative } from '../types';
import { checkPeriod } from './checks';
import type { ValidInitiative } from './types';

export function validateInitiatives(
  input: readonly Initiative[],
  silentKeys: Set<string>,
  issues: Issue[],
): { initiatives: Array<ValidInitiative | null>; byKey: Map<string, ValidInitiative> } {
  const byKey = new Map<string, ValidInitiative>();
  const firstByKey = new Map<string, Initiative>();
  const duplicated = new Set<string>();
  for (const initiative of input) {
    const key = nameKey(initiative.name);
    const first = firstByKey.get(key);
    if (first) {
      duplicated.add(key);
      issues.push(
        issueAt(
          'error',
          CODE.duplicateInitiative,
          initiative.source,
          COLUMN.initiative,
          initiative.name,
          messages.duplicateInitiative(initiative.name, first.source?.row ?? null),
        ),
      );
    } else firstByKey.set(key, initiative);
  }
  const initiatives = input.map((initiative): ValidInitiative | null => {
    const key = nameKey(initiative.name);
    const period = checkPeriod(initiative.start, initiative.end, initiative.source, issues);
    if (!period || duplicated.has(key)) {
      silentKeys.add(key);
      return null;
    }
    const valid: ValidInitiative = {
      initiative,
      key,
      start: period.start,
      end: period.end,
      firstMonth: monthOf(period.start),
      lastMonth: monthOf(period.end),
      staffing: [],
      costs: [],
    };
    byKey.set(key, valid);
    return valid;
  });
  return { initiatives, byKey };
}
