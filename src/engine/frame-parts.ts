// Issue 13 rule 2: the frame from its parts. Tillgängligt = Medlemsbidrag − Egna kostnader when it
// is blank; Medlemsbidrag comes from Ram's column, else from the Medlemsbidrag table's sum for the
// year. Where parts are given twice and disagree, the written figure is used and a warning says so.
// The law's split (½ state, ¼ region, ¼ municipalities; lag (2003:1210)) is checked per year.
import type Decimal from 'decimal.js';
import type { Issue } from '../issues/types';
import { Dx } from './units';
import { CODE, COLUMN, issueAt } from './issues';
import { messages } from './messages';
import type { Contribution, FrameYear, Principal } from './types';

export interface ResolvedFrameYear {
  year: number;
  available: Decimal;
  contributions: Decimal | null;
  ownCosts: Decimal | null;
  source?: FrameYear['source'];
}

/** More than this between the state's share and twice the region's (or municipalities') warns. */
const SPLIT_TOLERANCE = new Dx(1);

interface YearContributions {
  total: Decimal;
  byPrincipal: Record<Principal, Decimal>;
  /** The year's first row, where a warning about the year points. */
  first: Contribution;
}

function contributionsByYear(rows: readonly Contribution[]): Map<number, YearContributions> {
  const byYear = new Map<number, YearContributions>();
  for (const row of rows) {
    let y = byYear.get(row.year);
    if (!y) {
      y = {
        total: new Dx(0),
        byPrincipal: { state: new Dx(0), region: new Dx(0), municipality: new Dx(0) },
        first: row,
      };
      byYear.set(row.year, y);
    }
    y.total = y.total.plus(row.amount);
    y.byPrincipal[row.principal] = y.byPrincipal[row.principal].plus(row.amount);
  }
  return byYear;
}

/**
 * The frame years (duplicates already removed) with Tillgängligt resolved. A year with neither
 * Tillgängligt nor Medlemsbidrag is an error and is left out.
 */
export function resolveFrame(
  frame: readonly FrameYear[],
  contributions: readonly Contribution[],
  unreadFrameYears: ReadonlySet<number> = new Set(),
): { frame: ResolvedFrameYear[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byYear = contributionsByYear(contributions);

  for (const [year, y] of byYear) {
    const { state, region, municipality } = y.byPrincipal;
    const offRegion = state.minus(region.times(2)).abs().gt(SPLIT_TOLERANCE);
    const offMunicipalities = state.minus(municipality.times(2)).abs().gt(SPLIT_TOLERANCE);
    if (offRegion || offMunicipalities) {
      issues.push(
        issueAt(
          'warning',
          CODE.contributionsSplit,
          y.first.source,
          COLUMN.year,
          year,
          messages.contributionsSplit(year, state, region, municipality),
        ),
      );
    }
  }

  const frameYears = new Set(frame.map((f) => f.year));
  for (const [year, y] of byYear) {
    // A year whose Ram row is in error is in Ram: "add it to Ram" would be wrong advice.
    if (frameYears.has(year) || unreadFrameYears.has(year)) continue;
    issues.push(
      issueAt(
        'warning',
        CODE.contributionsYearOutsideFrame,
        y.first.source,
        COLUMN.year,
        year,
        messages.contributionsYearOutsideFrame(year),
      ),
    );
  }

  const resolved: ResolvedFrameYear[] = [];
  for (const f of frame) {
    const written = f.contributions ?? null;
    const fromTable = byYear.get(f.year)?.total ?? null;
    if (written !== null && fromTable !== null && !written.eq(fromTable)) {
      issues.push(
        issueAt(
          'warning',
          CODE.contributionsDiffer,
          f.source,
          COLUMN.contributions,
          written.toNumber(),
          messages.contributionsDiffer(f.year, written, fromTable),
        ),
      );
    }
    const contributionsUsed = written ?? fromTable;
    const ownCosts = f.ownCosts ?? null;
    const derived = contributionsUsed === null ? null : contributionsUsed.minus(ownCosts ?? 0);
    if (f.available === null && derived === null) {
      issues.push(
        issueAt(
          'error',
          CODE.frameAvailableMissing,
          f.source,
          COLUMN.available,
          null,
          messages.frameAvailableMissing(f.year),
        ),
      );
      continue;
    }
    // Only when all three are given: without Egna kostnader the difference is what they are.
    if (
      f.available !== null &&
      contributionsUsed !== null &&
      ownCosts !== null &&
      !f.available.eq(derived!)
    ) {
      issues.push(
        issueAt(
          'warning',
          CODE.frameAvailableDiffers,
          f.source,
          COLUMN.available,
          f.available.toNumber(),
          messages.frameAvailableDiffers(f.year, f.available, contributionsUsed, ownCosts),
        ),
      );
    }
    resolved.push({
      year: f.year,
      available: f.available ?? derived!,
      contributions: contributionsUsed,
      ownCosts,
      source: f.source,
    });
  }
  return { frame: resolved, issues };
}
