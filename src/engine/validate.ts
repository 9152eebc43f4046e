// Cross-row checks (rules b, d, e and the frame). A row with an error takes no part in any figure;
// an initiative with an error is left out together with its rows, without further messages.
import type Decimal from 'decimal.js';
import type { Issue } from '../issues/types';
import { type CalendarDate, isoDate, monthOf, ordinal, parseIsoDate } from './calendar';
import { ZERO } from './fixed';
import { CODE, COLUMN, issueAt } from './issues';
import { nameKey } from '../workbook/names';
import { messages } from './messages';
import type { BudgetInput, CostRow, FrameYear, Initiative, StaffingRow } from './types';

export interface ValidStaffing {
  row: StaffingRow;
  /** Position in input.staffing. */
  position: number;
  start: CalendarDate;
  end: CalendarDate;
  payrollOverhead: Decimal;
}

export interface ValidInitiative {
  initiative: Initiative;
  key: string;
  start: CalendarDate;
  end: CalendarDate;
  firstMonth: number;
  lastMonth: number;
  staffing: ValidStaffing[];
  costs: CostRow[];
}

export interface Validated {
  /** Per input initiative; null when it has an error. */
  initiatives: Array<ValidInitiative | null>;
  byKey: Map<string, ValidInitiative>;
  /** Names whose rows are left out silently (initiatives with errors, rejected while reading). */
  silentKeys: Set<string>;
  /** Per input staffing row: the PO it uses (or would use). */
  payrollOverheads: Decimal[];
  frame: FrameYear[];
  issues: Issue[];
}

export function validate(input: BudgetInput): Validated {
  const issues: Issue[] = [];
  const silentKeys = new Set((input.rejectedInitiatives ?? []).map(nameKey));
  const byKey = new Map<string, ValidInitiative>();

  // Initiatives: dates, then unique names.
  const firstByKey = new Map<string, Initiative>();
  const duplicated = new Set<string>();
  for (const initiative of input.initiatives) {
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
  const initiatives = input.initiatives.map((initiative): ValidInitiative | null => {
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

  const poByEmployer = new Map<string, Decimal>();
  for (const [employer, po] of input.parameters.payrollOverheadByEmployer)
    poByEmployer.set(nameKey(employer), po);

  const payrollOverheads = input.staffing.map((row, position) => {
    const po =
      row.payrollOverhead ??
      (row.employer !== null ? poByEmployer.get(nameKey(row.employer)) : undefined) ??
      input.parameters.payrollOverhead;
    const owner = findInitiative(row.initiative, row.source, byKey, silentKeys, issues);
    if (!owner) return po ?? ZERO;
    const start = row.start === null ? owner.start : checkDate(row.start, row.source, COLUMN.start, issues);
    const end = row.end === null ? owner.end : checkDate(row.end, row.source, COLUMN.end, issues);
    if (!start || !end) return po ?? ZERO;
    let ok = true;
    if (ordinal(end) < ordinal(start)) {
      issues.push(
        issueAt(
          'error',
          CODE.endBeforeStart,
          row.source,
          COLUMN.end,
          isoDate(end),
          messages.endBeforeStart(isoDate(end), isoDate(start)),
        ),
      );
      ok = false;
    } else {
      const periodStart = isoDate(owner.start);
      const periodEnd = isoDate(owner.end);
      if (ordinal(start) < ordinal(owner.start)) {
        issues.push(
          issueAt(
            'error',
            CODE.outsidePeriod,
            row.source,
            COLUMN.start,
            isoDate(start),
            messages.startBeforeInitiative(isoDate(start), periodStart, periodEnd),
          ),
        );
        ok = false;
      }
      if (ordinal(end) > ordinal(owner.end)) {
        issues.push(
          issueAt(
            'error',
            CODE.outsidePeriod,
            row.source,
            COLUMN.end,
            isoDate(end),
            messages.endAfterInitiative(isoDate(end), periodStart, periodEnd),
          ),
        );
        ok = false;
      }
    }
    if (!ok) return po ?? ZERO;
    if (po === null || po === undefined) {
      issues.push(
        issueAt(
          'warning',
          CODE.missingPayrollOverhead,
          row.source,
          COLUMN.payrollOverhead,
          null,
          messages.missingPayrollOverhead(row.employer),
        ),
      );
    }
    const used = po ?? ZERO;
    owner.staffing.push({ row, position, start, end, payrollOverhead: used });
    return used;
  });

  for (const row of input.costs) {
    const owner = findInitiative(row.initiative, row.source, byKey, silentKeys, issues);
    if (!owner) continue;
    if (row.year !== null && (row.year < owner.start.year || row.year > owner.end.year)) {
      issues.push(
        issueAt(
          'error',
          CODE.costYearOutsidePeriod,
          row.source,
          COLUMN.year,
          row.year,
          messages.costYearOutside(row.year, owner.start.year, owner.end.year),
        ),
      );
      continue;
    }
    owner.costs.push(row);
  }

  const frame: FrameYear[] = [];
  const frameByYear = new Map<number, FrameYear>();
  for (const year of input.frame) {
    const first = frameByYear.get(year.year);
    if (first) {
      issues.push(
        issueAt(
          'error',
          CODE.duplicateFrameYear,
          year.source,
          COLUMN.year,
          year.year,
          messages.duplicateFrameYear(year.year, first.source?.row ?? null),
        ),
      );
      continue;
    }
    frameByYear.set(year.year, year);
    frame.push(year);
  }

  return { initiatives, byKey, silentKeys, payrollOverheads, frame, issues };
}

function checkPeriod(
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
function findInitiative(
  name: string,
  source: StaffingRow['source'],
  byKey: Map<string, ValidInitiative>,
  silentKeys: Set<string>,
  issues: Issue[],
): ValidInitiative | null {
  const key = nameKey(name);
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
