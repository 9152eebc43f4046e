// Which calendar years and quarters the sheets show, and over which span a year counts as partial.
import type { BudgetResult, InitiativeResult } from '../engine/types';

function included(result: BudgetResult): InitiativeResult[] {
  return result.initiatives.filter((r) => r.included);
}

/**
 * The calendar years shown, ascending: the years an included initiative's period touches — not
 * the years between them that no initiative runs in; the frame's years when none is included.
 */
export function yearColumns(result: BudgetResult): number[] {
  const years = new Set<number>();
  for (const r of included(result)) {
    for (const y of r.applied.rounded.byYear.keys()) years.add(y);
    for (const y of r.proposed.rounded.byYear.keys()) years.add(y);
  }
  if (years.size === 0) for (const f of result.frame) years.add(f.year);
  return [...years].sort((a, b) => a - b);
}

/** Consecutive runs of at most size items, in order (per-year tables split into blocks of years). */
export function blocksOf<T>(items: readonly T[], size: number): T[][] {
  const blocks: T[][] = [];
  for (let i = 0; i < items.length; i += size) blocks.push(items.slice(i, i + size));
  return blocks;
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

/**
 * 'YYYY-Qn' keys, in order: within each year an included initiative runs in, from the first to the
 * last quarter any of them touches that year. Years no initiative runs in have none.
 */
export function quarterColumns(result: BudgetResult): string[] {
  const byYear = new Map<number, [number, number]>();
  for (const r of included(result)) {
    for (const key of r.proposed.rounded.byQuarter.keys()) {
      const m = /^(\d{4})-Q([1-4])$/.exec(key);
      if (!m) continue;
      const year = Number(m[1]);
      const q = Number(m[2]);
      const [lo, hi] = byYear.get(year) ?? [q, q];
      byYear.set(year, [Math.min(lo, q), Math.max(hi, q)]);
    }
  }
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const [lo, hi] = byYear.get(year)!;
      return Array.from({ length: hi - lo + 1 }, (_, i) => `${year}-Q${lo + i}`);
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
