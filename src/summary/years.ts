// Which calendar years and quarters the sheets show, and over which span a year counts as partial.
import type { BudgetResult, InitiativeResult } from '../engine/types';

// A loop rather than Math.min(...xs): large workbooks would overflow the argument list.
function bounds(xs: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}

function included(result: BudgetResult): InitiativeResult[] {
  return result.initiatives.filter((r) => r.included);
}

/**
 * The calendar years shown, ascending and without gaps: every year an included initiative's period
 * touches; the frame's years when no initiative is included.
 */
export function yearColumns(result: BudgetResult): number[] {
  const years: number[] = [];
  for (const r of included(result)) {
    for (const y of r.applied.rounded.byYear.keys()) years.push(y);
    for (const y of r.proposed.rounded.byYear.keys()) years.push(y);
  }
  if (years.length === 0) for (const f of result.frame) years.push(f.year);
  if (years.length === 0) return [];
  const [first, last] = bounds(years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The earliest start and latest end of the included initiatives; null when there are none. */
export function overallSpan(result: BudgetResult): { start: string; end: string } | null {
  const rs = included(result);
  if (rs.length === 0) return null;
  let start = rs[0]!.initiative.start;
  let end = rs[0]!.initiative.end;
  for (const r of rs) {
    if (r.initiative.start < start) start = r.initiative.start;
    if (r.initiative.end > end) end = r.initiative.end;
  }
  return { start, end };
}

/** 'YYYY-Qn' keys from the earliest to the latest quarter any included initiative touches. */
export function quarterColumns(result: BudgetResult): string[] {
  const ordinals: number[] = [];
  for (const r of included(result)) {
    for (const key of r.proposed.rounded.byQuarter.keys()) {
      const m = /^(\d{4})-Q([1-4])$/.exec(key);
      if (m) ordinals.push(Number(m[1]) * 4 + Number(m[2]) - 1);
    }
  }
  if (ordinals.length === 0) return [];
  const [first, last] = bounds(ordinals);
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const o = first + i;
    return `${Math.floor(o / 4)}-Q${(o % 4) + 1}`;
  });
}

/** 2024, 2025, 2026, 2028 → '2024–2026, 2028'. */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    parts.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return parts.join(', ');
}
