// The CLI's JSON result (docs/cli.md): the engine's rounded Decimals become whole kronor here, at
// the edge; every key is always present, null where a value is absent. Pure.
import Decimal from 'decimal.js';
import type { BudgetInput, BudgetResult, Figures, InitiativeResult } from '../engine/types';
import { incompleteness, isIncomplete, type Incompleteness } from '../engine/incomplete';
import type { Issue, Language } from '../issues/types';

export interface SeriesJson {
  total: number;
  /** Every calendar year the initiative's period touches, zeros included. */
  byYear: Record<string, number>;
  /** Every calendar quarter ('2024-Q4') the period touches, zeros included. */
  byQuarter: Record<string, number>;
}

export interface InitiativeJson {
  name: string;
  owner: string | null;
  start: string;
  end: string;
  statedApplied: number | null;
  maxGrant: number | null;
  applied: SeriesJson;
  proposed: SeriesJson;
  /** Self-financing under the scenario. */
  selfFinanced: SeriesJson;
  decisionAmount: number;
  /** Its status in the round: Ansökan, Beviljad (an earlier decision), Avslag. */
  status: 'application' | 'granted' | 'rejected';
  /** True when an error kept one of its rows (or the initiative) out of the figures: no decision on them. */
  incomplete: boolean;
}

export interface FrameJson {
  year: number;
  available: number;
  /** Everything that counts: granted + applications. */
  applied: number;
  proposed: number;
  overApplied: number;
  overProposed: number;
  /** Over as a percentage of available (12.3 means 12,3 %); null when available is 0. */
  overAppliedPercent: number | null;
  overProposedPercent: number | null;
  /** The granted initiatives' part of applied and proposed. */
  granted: number;
  /** Medlemsbidrag (Ram's column, else the Medlemsbidrag table's sum); null when not given. */
  contributions: number | null;
  /** Egna kostnader; null when not given. */
  ownCosts: number | null;
  /** Equity at the start and end of the year; null without the Eget kapital parameter. */
  equityStartApplied: number | null;
  equityStartProposed: number | null;
  equityEndApplied: number | null;
  equityEndProposed: number | null;
  /** Kronor below Lägsta eget kapital at year end, 0 when not short; null without Eget kapital. */
  shortApplied: number | null;
  shortProposed: number | null;
}

export interface IssueJson {
  severity: 'error' | 'warning';
  table: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  value: string | number | boolean | null;
  message: string;
}

export interface SummaryJson {
  scenario: string | null;
  initiatives: InitiativeJson[];
  frame: FrameJson[];
  totals: { applied: number; proposed: number; selfFinanced: number; decisionAmount: number };
  issues: IssueJson[];
  /** The years this round decides on: those an application runs in, ascending. */
  decisionYears: number[];
  /** How many initiatives are incomplete (see InitiativeJson.incomplete). */
  incomplete: number;
}

/** Whole kronor as a JSON integer. The engine has rounded already; half-up guards amounts read as given (a frame in öre). */
export function kronor(amount: Decimal): number {
  return amount.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() + 0;
}

function kronorOrNull(amount: Decimal | null): number | null {
  return amount === null ? null : kronor(amount);
}

function percent(value: Decimal | null): number | null {
  return value === null ? null : value.toNumber() + 0;
}

/** Years and quarters from start to end (ISO dates, inclusive), in order. */
export function periodKeys(start: string, end: string): { years: number[]; quarters: string[] } {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  const years: number[] = [];
  const quarters: string[] = [];
  if (!(sy * 12 + sm <= ey * 12 + em)) return { years, quarters };
  for (let y = sy; y <= ey; y++) years.push(y);
  const first = sy * 4 + Math.floor((sm - 1) / 3);
  const last = ey * 4 + Math.floor((em - 1) / 3);
  for (let q = first; q <= last; q++) quarters.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  return { years, quarters };
}

function series(figures: Figures, keys: { years: number[]; quarters: string[] }): SeriesJson {
  const { rounded } = figures;
  const byYear: Record<string, number> = {};
  for (const y of keys.years) byYear[String(y)] = kronor(rounded.byYear.get(y) ?? new Decimal(0));
  const byQuarter: Record<string, number> = {};
  for (const q of keys.quarters) byQuarter[q] = kronor(rounded.byQuarter.get(q) ?? new Decimal(0));
  return { total: kronor(rounded.total), byYear, byQuarter };
}

function initiativeJson(result: InitiativeResult, incomplete: Incompleteness): InitiativeJson {
  const { initiative } = result;
  const keys = periodKeys(initiative.start, initiative.end);
  return {
    name: initiative.name,
    owner: initiative.owner,
    start: initiative.start,
    end: initiative.end,
    statedApplied: initiative.statedApplied === null ? null : kronor(initiative.statedApplied),
    maxGrant: initiative.maxGrant === null ? null : kronor(initiative.maxGrant),
    applied: series(result.applied, keys),
    proposed: series(result.proposed, keys),
    selfFinanced: series(result.selfFinanced, keys),
    decisionAmount: kronor(result.decisionAmount),
    status: result.roundStatus,
    incomplete: isIncomplete(incomplete, initiative.name),
  };
}

export function issueJson(issue: Issue, lang: Language): IssueJson {
  return {
    severity: issue.severity,
    table: issue.table,
    row: issue.row,
    column: issue.column,
    cell: issue.cell,
    value: issue.value,
    message: issue.message[lang],
  };
}

/** What the text report reads of an initiative: its totals, not its years and quarters. */
export interface InitiativeTotalsJson {
  name: string;
  status: InitiativeJson['status'];
  applied: { total: number };
  proposed: { total: number };
  selfFinanced: { total: number };
  decisionAmount: number;
  incomplete: boolean;
}

/**
 * The summary as the text report reads it: SummaryJson without each initiative's series by year
 * and quarter, which cost more than the rest (20 000 rows' quarters) and which it never shows.
 */
export interface ReportSummary extends Omit<SummaryJson, 'initiatives'> {
  initiatives: InitiativeTotalsJson[];
}

function initiativeTotals(result: InitiativeResult, incomplete: Incompleteness): InitiativeTotalsJson {
  return {
    name: result.initiative.name,
    status: result.roundStatus,
    applied: { total: kronor(result.applied.rounded.total) },
    proposed: { total: kronor(result.proposed.rounded.total) },
    selfFinanced: { total: kronor(result.selfFinanced.rounded.total) },
    decisionAmount: kronor(result.decisionAmount),
    incomplete: isIncomplete(incomplete, result.initiative.name),
  };
}

/** issues: the contract's and the engine's, in that order; input: what was read (for the rows left out). */
export function summaryJson(
  result: BudgetResult,
  issues: readonly Issue[],
  lang: Language,
  input: BudgetInput,
): SummaryJson {
  return summaryWith(result, issues, lang, input, initiativeJson);
}

/** The same summary for the text report (see ReportSummary). */
export function reportSummary(
  result: BudgetResult,
  issues: readonly Issue[],
  lang: Language,
  input: BudgetInput,
): ReportSummary {
  return summaryWith(result, issues, lang, input, initiativeTotals);
}

function summaryWith<T>(
  result: BudgetResult,
  issues: readonly Issue[],
  lang: Language,
  input: BudgetInput,
  initiative: (r: InitiativeResult, incomplete: Incompleteness) => T,
): Omit<SummaryJson, 'initiatives'> & { initiatives: T[] } {
  const incomplete = incompleteness(result, input, issues);
  return {
    scenario: result.scenario,
    initiatives: result.initiatives.map((i) => initiative(i, incomplete)),
    frame: result.frame.map((f) => ({
      year: f.year,
      available: kronor(f.available),
      applied: kronor(f.applied),
      proposed: kronor(f.proposed),
      overApplied: kronor(f.overApplied),
      overProposed: kronor(f.overProposed),
      overAppliedPercent: percent(f.overAppliedPercent),
      overProposedPercent: percent(f.overProposedPercent),
      granted: kronor(f.granted),
      contributions: kronorOrNull(f.contributions),
      ownCosts: kronorOrNull(f.ownCosts),
      equityStartApplied: kronorOrNull(f.equityStartApplied),
      equityStartProposed: kronorOrNull(f.equityStartProposed),
      equityEndApplied: kronorOrNull(f.equityEndApplied),
      equityEndProposed: kronorOrNull(f.equityEndProposed),
      shortApplied: kronorOrNull(f.shortApplied),
      shortProposed: kronorOrNull(f.shortProposed),
    })),
    totals: {
      applied: kronor(result.totals.applied),
      proposed: kronor(result.totals.proposed),
      selfFinanced: kronor(result.totals.selfFinanced),
      decisionAmount: kronor(result.totals.decisionAmount),
    },
    issues: issues.map((i) => issueJson(i, lang)),
    decisionYears: [...result.decisionYears],
    incomplete: incomplete.initiatives.length,
  };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
