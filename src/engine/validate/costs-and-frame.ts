// Kostnader (each row's initiative and year) and Ram (one row per year).
import type { Issue } from '../../issues/types';
import { nameKey } from '../../workbook/names';
import { CODE, COLUMN, issueAt } from '../issues';
import { messages } from '../messages';
import type { CostRow, FrameYear } from '../types';
import { findInitiative } from './checks';
import type { ValidInitiative } from './types';

/**
 * Resolves each cost row to its initiative (pushing it onto owner.costs); returns the position of
 * the initiative each row names (see Validated.costOwners).
 */
export function validateCosts(
  rows: readonly CostRow[],
  byKey: Map<string, ValidInitiative>,
  firstIndex: ReadonlyMap<string, number>,
  silentKeys: Set<string>,
  issues: Issue[],
): number[] {
  const owners: number[] = new Array<number>(rows.length);
  for (const [position, row] of rows.entries()) {
    const key = nameKey(row.initiative);
    owners[position] = firstIndex.get(key) ?? -1;
    const owner = findInitiative(row.initiative, key, row.source, byKey, silentKeys, issues);
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
    owner.costs.push({ row, position });
  }
  return owners;
}

/** The frame without repeated years (the later row of a year is an error and left out). */
export function validateFrame(rows: readonly FrameYear[], issues: Issue[]): FrameYear[] {
  const frame: FrameYear[] = [];
  const frameByYear = new Map<number, FrameYear>();
  for (const year of rows) {
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
  return frame;
}
