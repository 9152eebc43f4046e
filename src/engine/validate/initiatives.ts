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
): {
  initiatives: Array<ValidInitiative | null>;
  byKey: Map<string, ValidInitiative>;
  /** nameKey → position of the first initiative of that name, valid or not. */
  firstIndex: Map<string, number>;
} {
  const byKey = new Map<string, ValidInitiative>();
  const firstIndex = new Map<string, number>();
  const duplicated = new Set<string>();
  const keys = input.map((initiative) => nameKey(initiative.name));
  input.forEach((initiative, index) => {
    const key = keys[index]!;
    const firstAt = firstIndex.get(key);
    const first = firstAt === undefined ? undefined : input[firstAt];
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
    } else firstIndex.set(key, index);
  });
  const initiatives = input.map((initiative, index): ValidInitiative | null => {
    const key = keys[index]!;
    const period = checkPeriod(initiative.start, initiative.end, initiative.source, issues);
    if (!period || duplicated.has(key)) {
      silentKeys.add(key);
      return null;
    }
    const valid: ValidInitiative = {
      initiative,
      index,
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
  return { initiatives, byKey, firstIndex };
}
