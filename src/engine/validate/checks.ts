// Checks shared by the tables: a date, a period, the initiative a row names.
import type { Issue } from '../../issues/types';
import { type CalendarDate, ordinal, parseIsoDate } from '../calendar';
import { CODE, COLUMN, issueAt } from '../issues';
import { messages } from '../messages';
import type { Initiative, StaffingRow } from '../types';
import type { ValidInitiative } from './types';

export function checkPeriod(
  startIso: string,
  endIso: string,
  source: Initiative['source'],
  issues: Issue[],
): { start: CalendarDate; end: CalendarDate } | null {
  const start = checkDate(startIso, source, COLUMN.start, issues);
  const end = checkDate(endIso, source, COLUMN.end, issues);
  if (!start || !end) return null;
  if (ordinal(end) < ordinal(start)) {
    issues.push(
      issueAt(
        'error',
        CODE.endBeforeStart,
        source,
        COLUMN.end,
        endIso,
        messages.endBeforeStart(endIso, startIso),
      ),
    );
    return null;
  }
  return { start, end };
}

export function checkDate(
  iso: string,
  source: Initiative['source'],
  column: typeof COLUMN.start | typeof COLUMN.end | typeof COLUMN.value,
  issues: Issue[],
): CalendarDate | null {
  const date = parseIsoDate(iso);
  if (!date) issues.push(issueAt('error', CODE.invalidDate, source, column, iso, messages.invalidDate(iso)));
  return date;
}

/** The row's initiative, or null (with an error unless the name is known to be left out). */
export function findInitiative(
  name: string,
  key: string,
  source: StaffingRow['source'],
  byKey: Map<string, ValidInitiative>,
  silentKeys: Set<string>,
  issues: Issue[],
): ValidInitiative | null {
  const found = byKey.get(key);
  if (found) return found;
  if (!silentKeys.has(key)) {
    issues.push(
      issueAt(
        'error',
        CODE.unknownInitiative,
        source,
        COLUMN.initiative,
        name,
        messages.unknownInitiative(name),
      ),
    );
  }
  return null;
}
