// Issue 13 rule 3: equity carried between years. For each Ram year in order, separately for the
// application and the proposal: end = start + available − spent, and the next year starts with
// that end. Built from the rounded yearly figures (rule 4), so the table adds up on paper.
import type Decimal from 'decimal.js';
import type { Issue } from '../issues/types';
import { ZERO } from './units';
import { CODE, COLUMN, issueAt } from './issues';
import { messages } from './messages';
import type { EquityParameters } from './types';

export interface EquityYearInput {
  year: number;
  available: Decimal;
  /** Granted + applications of the year, rounded. */
  spentApplied: Decimal;
  spentProposed: Decimal;
}

export interface EquityYear {
  startApplied: Decimal;
  startProposed: Decimal;
  endApplied: Decimal;
  endProposed: Decimal;
  /** Kronor below the floor at year end; 0 when not short. */
  shortApplied: Decimal;
  shortProposed: Decimal;
}

/** The years missing between the first and the last (the frame's years, in any order). */
export function missingYears(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const present = new Set(years);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const missing: number[] = [];
  for (let y = first; y <= last; y++) if (!present.has(y)) missing.push(y);
  return missing;
}

/**
 * Equity per year, keyed by year; null (with an error at the parameter) when the years are not
 * consecutive or there are none.
 */
export function carryEquity(
  years: readonly EquityYearInput[],
  equity: EquityParameters,
): { byYear: Map<number, EquityYear> | null; issues: Issue[] } {
  if (years.length === 0) {
    return {
      byYear: null,
      issues: [
        issueAt(
          'warning',
          CODE.equityWithoutFrame,
          equity.source,
          COLUMN.value,
          null,
          messages.equityWithoutFrame(),
        ),
      ],
    };
  }
  const missing = missingYears(years.map((y) => y.year));
  if (missing.length > 0) {
    return {
      byYear: null,
      issues: [
        issueAt(
          'error',
          CODE.equityFrameGap,
          equity.source,
          COLUMN.value,
          equity.opening.toNumber(),
          messages.equityFrameGap(missing),
        ),
      ],
    };
  }
  const short = (end: Decimal): Decimal => (end.lt(equity.floor) ? equity.floor.minus(end) : ZERO);
  const byYear = new Map<number, EquityYear>();
  let startApplied = equity.opening;
  let startProposed = equity.opening;
  for (const y of [...years].sort((a, b) => a.year - b.year)) {
    const endApplied = startApplied.plus(y.available).minus(y.spentApplied);
    const endProposed = startProposed.plus(y.available).minus(y.spentProposed);
    byYear.set(y.year, {
      startApplied,
      startProposed,
      endApplied,
      endProposed,
      shortApplied: short(endApplied),
      shortProposed: short(endProposed),
    });
    startApplied = endApplied;
    startProposed = endProposed;
  }
  return { byYear, issues: [] };
}
