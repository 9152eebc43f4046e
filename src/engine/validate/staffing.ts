// Bemanning: each row's initiative, its dates within the initiative's period, and the payroll
// overhead it uses (its own, its employer's, the general one, else 0 with a warning).
import type Decimal from 'decimal.js';
import type { Issue } from '../../issues/types';
import { nameKey } from '../../workbook/names';
import { isoDate, ordinal } from '../calendar';
import { ZERO } from '../units';
import { CODE, COLUMN, issueAt } from '../issues';
import { messages } from '../messages';
import type { Parameters, StaffingRow } from '../types';
import { checkDate, findInitiative } from './checks';
import type { ValidInitiative } from './types';

/**
 * Resolves each row to its initiative (pushing it onto owner.staffing). Returns the PO per row and
 * the position of the initiative each row names (see Validated.staffingOwners).
 */
export function validateStaffing(
  rows: readonly StaffingRow[],
  parameters: Parameters,
  byKey: Map<string, ValidInitiative>,
  firstIndex: ReadonlyMap<string, number>,
  silentKeys: Set<string>,
  issues: Issue[],
): { payrollOverheads: Decimal[]; owners: number[] } {
  const owners: number[] = new Array<number>(rows.length);
  const poByEmployer = new Map<string, Decimal>();
  for (const [employer, po] of parameters.payrollOverheadByEmployer) poByEmployer.set(nameKey(employer), po);

  // An employer without its own rate whose name nearly matches one that has one ("Håbo" and
  // "Håbo kommun") silently takes the general rate: said once per employer, at its first row.
  const nearMatchSaid = new Set<string>();
  // Per employer key, what nearMatch found (looked up once: the comparison is per rate and row).
  const nearMatches = new Map<string, string | null>();
  const nearMatch = (employer: string): string | null => {
    const e = nameKey(employer);
    const known = nearMatches.get(e);
    if (known !== undefined) return known;
    const found = nearMatchOf(e);
    nearMatches.set(e, found);
    return found;
  };
  const nearMatchOf = (e: string): string | null => {
    const eLetters = lettersOf(e);
    for (const [name] of parameters.payrollOverheadByEmployer) {
      const k = nameKey(name);
      if (k === e) continue;
      const kLetters = lettersOf(k);
      if (
        k.startsWith(`${e} `) ||
        e.startsWith(`${k} `) ||
        kLetters === eLetters ||
        // A typing slip ("Håbo komun"): in names long enough that one letter is not most of them.
        (Math.min(kLetters.length, eLetters.length) >= 6 && oneEditApart(kLetters, eLetters))
      )
        return name;
    }
    return null;
  };

  const payrollOverheads = rows.map((row, position) => {
    if (row.payrollOverhead === null && row.employer !== null && !poByEmployer.has(nameKey(row.employer))) {
      const key = nameKey(row.employer);
      const near = nearMatchSaid.has(key) ? null : nearMatch(row.employer);
      if (near) {
        nearMatchSaid.add(key);
        issues.push(
          issueAt(
            'warning',
            CODE.employerNearMatch,
            row.source,
            COLUMN.employer,
            row.employer,
            messages.employerNearMatch(row.employer, near),
          ),
        );
      }
    }
    const key = nameKey(row.initiative);
    owners[position] = firstIndex.get(key) ?? -1;
    const po =
      row.payrollOverhead ??
      (row.employer !== null ? poByEmployer.get(nameKey(row.employer)) : undefined) ??
      parameters.payrollOverhead;
    const owner = findInitiative(row.initiative, key, row.source, byKey, silentKeys, issues);
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
      if (ordinal(start) < ordinal(owner.start)) {
        issues.push(
          issueAt(
            'error',
            CODE.outsidePeriod,
            row.source,
            COLUMN.start,
            isoDate(start),
            messages.startBeforeInitiative(isoDate(start), isoDate(owner.start), isoDate(owner.end)),
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
            messages.endAfterInitiative(isoDate(end), isoDate(owner.start), isoDate(owner.end)),
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
  return { payrollOverheads, owners };
}

/** A name's letters and digits only ("Håbo-kommun" and "Håbo kommun" are the same). */
function lettersOf(key: string): string {
  return key.replace(/[^\p{L}\d]/gu, '');
}

/** True when a and b differ by one character added, left out or changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const restA = a.length - head - tail;
  const restB = b.length - head - tail;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[head] === b[head + 1] && a[head + 1] === b[head];
}
