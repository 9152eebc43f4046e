// What each view shows, with every figure already formatted for the chosen language. Pure: built
// from the reader's and the engine's results; the React views only lay these out.
import Decimal from 'decimal.js';
import type {
  Adjustment,
  BudgetResult,
  FrameYearResult,
  InitiativeResult,
  StaffingResult,
} from '../engine/types';
import type { Issue, Language } from '../issues/types';
import { formatDateLong, formatFte, formatKronor, formatPercent, yearLabel } from './format';
import { decisionText } from '../summary/decision-text';
import { stringsFor } from '../i18n';
import { nameKey, sameName } from '../workbook/names';

const ZERO = new Decimal(0);

// ---------------------------------------------------------------- overview

export interface HeadlineFigure {
  /** Over the frame in kronor; negative is room left. */
  over: string;
  percent: string;
  /** The amount without its sign and what it means: "över ramen (4,6 % …)" or "kvar inom ramen (…)". */
  magnitude: string;
  meaning: string;
  /** True when the sum is above the frame. */
  isOver: boolean;
  sentence: string;
}

export interface YearRow {
  year: number;
  label: string;
  available: string;
  applied: string;
  proposed: string;
  overApplied: string;
  overProposed: string;
  overAppliedPercent: string;
  overProposedPercent: string;
  /** Bar lengths as fractions of the year's largest amount, 0–1. */
  bars: { available: number; applied: number; proposed: number };
}

export type InitiativeState = 'withinMax' | 'overMax' | 'noMax' | 'removed' | 'excluded';

export interface InitiativeStatusRow {
  name: string;
  state: InitiativeState;
  statusText: string;
  /** Set when the stated applied amount differs from the rows' total. */
  statedDiffers: string | null;
  adjusted: boolean;
  applied: string;
  proposed: string;
}

export interface OverviewView {
  scenario: string;
  hasFrame: boolean;
  applied: HeadlineFigure;
  proposed: HeadlineFigure;
  /** Each frame year the proposal is over, e.g. "2024: 287 794 kr över (4,6 %)". */
  yearsOver: string[];
  /** The one sentence a screen reader hears after a cut. */
  announcement: string;
  years: YearRow[];
  total: Omit<YearRow, 'year' | 'label' | 'bars'>;
  initiatives: InitiativeStatusRow[];
}

function percentText(p: Decimal | null, lang: Language): string {
  return p === null ? '–' : formatPercent(p, lang);
}

function headline(over: Decimal, percent: Decimal | null, lang: Language, hasFrame: boolean): HeadlineFigure {
  const s = stringsFor(lang);
  const isOver = over.greaterThan(0);
  const amount = formatKronor(over.abs(), lang);
  const pct = percentText(percent === null ? null : percent.abs(), lang);
  const sentence = !hasFrame
    ? s.headlineNoFrame
    : isOver
      ? s.headlineOver(amount, pct)
      : s.headlineRoom(amount, pct);
  return {
    over: formatKronor(over, lang),
    percent: percentText(percent, lang),
    magnitude: amount,
    meaning: isOver ? s.cardOver(pct) : s.cardRoom(pct),
    isOver,
    sentence,
  };
}

export function scenarioLabel(scenario: string | null, lang: Language): string {
  return scenario ?? stringsFor(lang).applicationName;
}

export function overviewView(result: BudgetResult, lang: Language): OverviewView {
  const s = stringsFor(lang);
  const hasFrame = result.frame.length > 0;
  const t = result.totals;
  const proposed = headline(t.overProposed, t.overProposedPercent, lang, hasFrame);
  const period = periodOf(result);
  const yearsOver = result.frame
    .filter((y) => y.overProposed.greaterThan(0))
    .map((y) =>
      s.yearOver(
        String(y.year),
        formatKronor(y.overProposed, lang),
        percentText(y.overProposedPercent, lang),
      ),
    );
  return {
    scenario: scenarioLabel(result.scenario, lang),
    hasFrame,
    applied: headline(t.overApplied, t.overAppliedPercent, lang, hasFrame),
    proposed,
    yearsOver,
    announcement: s.headlineAnnouncement(
      scenarioLabel(result.scenario, lang),
      [...yearsOver, proposed.sentence].join('. '),
    ),
    years: result.frame.map((y) => yearRow(y, lang, period)),
    total: {
      available: formatKronor(t.available, lang),
      applied: formatKronor(sumFrame(result.frame, 'applied'), lang),
      proposed: formatKronor(sumFrame(result.frame, 'proposed'), lang),
      overApplied: formatKronor(t.overApplied, lang),
      overProposed: formatKronor(t.overProposed, lang),
      overAppliedPercent: percentText(t.overAppliedPercent, lang),
      overProposedPercent: percentText(t.overProposedPercent, lang),
    },
    initiatives: result.initiatives.map((i) => statusRow(i, lang)),
  };
}

function sumFrame(frame: readonly FrameYearResult[], key: 'applied' | 'proposed'): Decimal {
  return frame.reduce((sum, y) => sum.plus(y[key]), ZERO);
}

/** The span of every initiative, to label partial frame years. */
function periodOf(result: BudgetResult): { start: string; end: string } | null {
  const included = result.initiatives.filter((i) => i.included);
  if (!included.length) return null;
  const start = included.map((i) => i.initiative.start).sort()[0]!;
  const end = included
    .map((i) => i.initiative.end)
    .sort()
    .reverse()[0]!;
  return { start, end };
}

function yearRow(
  y: FrameYearResult,
  lang: Language,
  _period: { start: string; end: string } | null,
): YearRow {
  const largest = Decimal.max(y.available, y.applied, y.proposed, 1);
  const fraction = (d: Decimal) => Math.max(0, d.div(largest).toNumber());
  return {
    year: y.year,
    // Frame years are calendar years of the association's budget: always the whole year.
    label: String(y.year),
    available: formatKronor(y.available, lang),
    applied: formatKronor(y.applied, lang),
    proposed: formatKronor(y.proposed, lang),
    overApplied: formatKronor(y.overApplied, lang),
    overProposed: formatKronor(y.overProposed, lang),
    overAppliedPercent: percentText(y.overAppliedPercent, lang),
    overProposedPercent: percentText(y.overProposedPercent, lang),
    bars: { available: fraction(y.available), applied: fraction(y.applied), proposed: fraction(y.proposed) },
  };
}

function statusRow(i: InitiativeResult, lang: Language): InitiativeStatusRow {
  const s = stringsFor(lang);
  let state: InitiativeState;
  let statusText: string;
  if (!i.included) {
    state = 'excluded';
    statusText = decisionText(i, lang).proposal;
  } else if (i.removed) {
    state = 'removed';
    statusText = s.statusRemoved;
  } else if (i.status === 'overMax') {
    state = 'overMax';
    statusText = s.statusOverMax(
      formatKronor(i.proposed.rounded.total.minus(i.initiative.maxGrant ?? ZERO), lang),
    );
  } else {
    state = i.status;
    statusText = i.status === 'withinMax' ? s.statusWithinMax : s.statusNoMax;
  }
  const statedDiffers =
    i.statedDifference && !i.statedDifference.isZero() && i.initiative.statedApplied
      ? s.statusStatedDiffers(
          formatKronor(i.initiative.statedApplied, lang),
          formatKronor(i.applied.rounded.total, lang),
        )
      : null;
  return {
    name: i.initiative.name,
    state,
    statusText,
    statedDiffers,
    adjusted: i.adjusted,
    applied: formatKronor(i.applied.rounded.total, lang),
    proposed: formatKronor(i.proposed.rounded.total, lang),
  };
}

// ---------------------------------------------------------------- initiatives

export interface InitiativeListItem {
  name: string;
  owner: string;
  period: string;
  applied: string;
  proposed: string;
  adjusted: boolean;
  removed: boolean;
  included: boolean;
}

export function initiativesView(result: BudgetResult, lang: Language): InitiativeListItem[] {
  return result.initiatives.map((i) => ({
    name: i.initiative.name,
    owner: i.initiative.owner ?? '',
    period: `${i.initiative.start} – ${i.initiative.end}`,
    applied: formatKronor(i.applied.rounded.total, lang),
    proposed: formatKronor(i.proposed.rounded.total, lang),
    adjusted: i.adjusted,
    removed: i.removed,
    included: i.included,
  }));
}

export interface RoleYear {
  year: number;
  label: string;
  applied: string;
  proposed: string;
}

export interface RoleView {
  /** Stable key for React and tests: role name plus funding. */
  key: string;
  role: string;
  own: boolean;
  /** Controls apply to grant-funded roles only. */
  editable: boolean;
  /** Exactly one grant-funded row: the engine can set its FTE. */
  canSetFte: boolean;
  fteApplied: string;
  fteProposed: string;
  /** Proposed FTE in percentage points (350 for 3.5), for the stepper. */
  fteProposedPoints: number;
  fteAppliedPoints: number;
  removed: boolean;
  endApplied: string;
  endProposed: string;
  years: RoleYear[];
  totalApplied: string;
  totalProposed: string;
}

export interface InitiativeDetail {
  name: string;
  owner: string;
  start: string;
  end: string;
  period: string;
  applied: string;
  proposed: string;
  decisionAmount: string;
  removed: boolean;
  included: boolean;
  adjusted: boolean;
  /** The scenario's cap on this initiative, if any (as written, not only when it scaled). */
  cap: { text: string; value: number } | null;
  roles: RoleView[];
  /** Other costs per year, applied vs proposed totals of the initiative per year. */
  years: RoleYear[];
}

export function initiativeDetail(
  result: BudgetResult,
  name: string,
  lang: Language,
): InitiativeDetail | null {
  const i = result.initiatives.find((r) => sameName(r.initiative.name, name));
  if (!i) return null;
  const { start, end } = i.initiative;
  const label = (year: number) => yearLabel(year, start, end, lang);
  const rows = result.staffing.filter((r) => sameName(r.row.initiative, name));
  const groups = new Map<string, StaffingResult[]>();
  for (const r of rows) {
    const key = `${nameKey(r.row.role)}|${r.row.funding}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const roles: RoleView[] = [...groups.entries()].map(([key, group]) => roleView(key, group, label, lang));
  const cap = [...result.adjustmentsApplied]
    .reverse()
    .find(
      (a): a is Extract<Adjustment, { action: 'cap' }> => a.action === 'cap' && sameName(a.initiative, name),
    );
  const years = [...i.applied.rounded.byYear.keys(), ...i.proposed.rounded.byYear.keys()]
    .filter((y, n, all) => all.indexOf(y) === n)
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      label: label(year),
      applied: formatKronor(i.applied.rounded.byYear.get(year) ?? ZERO, lang),
      proposed: formatKronor(i.proposed.rounded.byYear.get(year) ?? ZERO, lang),
    }));
  return {
    name: i.initiative.name,
    owner: i.initiative.owner ?? '',
    start,
    end,
    period: `${formatDateLong(start, lang)} – ${formatDateLong(end, lang)}`,
    applied: formatKronor(i.applied.rounded.total, lang),
    proposed: formatKronor(i.proposed.rounded.total, lang),
    decisionAmount: formatKronor(i.decisionAmount, lang),
    removed: i.removed,
    included: i.included,
    adjusted: i.adjusted,
    cap: cap ? { text: formatKronor(cap.amount, lang), value: cap.amount.toNumber() } : null,
    roles,
    years,
  };
}

function sumByYear(
  group: readonly StaffingResult[],
  key: 'appliedByYear' | 'proposedByYear',
): Map<number, Decimal> {
  const sums = new Map<number, Decimal>();
  for (const r of group)
    for (const [year, amount] of r[key]) sums.set(year, (sums.get(year) ?? ZERO).plus(amount));
  return sums;
}

function roleView(
  key: string,
  group: StaffingResult[],
  label: (year: number) => string,
  lang: Language,
): RoleView {
  const first = group[0]!;
  const own = first.row.funding === 'own';
  const fteApplied = group.reduce((sum, r) => sum.plus(r.fteApplied), ZERO);
  const fteProposed = group.reduce((sum, r) => sum.plus(r.fteProposed), ZERO);
  const applied = sumByYear(group, 'appliedByYear');
  const proposed = sumByYear(group, 'proposedByYear');
  const years = [...new Set([...applied.keys(), ...proposed.keys()])].sort((a, b) => a - b);
  const total = (m: Map<number, Decimal>) => [...m.values()].reduce((s, d) => s.plus(d), ZERO);
  const endsProposed = group.map((r) => r.endProposed ?? r.endApplied);
  return {
    key,
    role: first.row.role,
    own,
    editable: !own && group.every((r) => r.included),
    canSetFte: !own && group.length === 1 && first.included,
    fteApplied: formatFte(fteApplied, lang),
    fteProposed: formatFte(fteProposed, lang),
    fteAppliedPoints: fteApplied.times(100).toNumber(),
    fteProposedPoints: fteProposed.times(100).toNumber(),
    removed: group.every((r) => r.removed),
    endApplied: group
      .map((r) => r.endApplied)
      .sort()
      .reverse()[0]!,
    endProposed: endsProposed.sort().reverse()[0]!,
    years: years.map((year) => ({
      year,
      label: label(year),
      applied: formatKronor(applied.get(year) ?? ZERO, lang),
      proposed: formatKronor(proposed.get(year) ?? ZERO, lang),
    })),
    totalApplied: formatKronor(total(applied), lang),
    totalProposed: formatKronor(total(proposed), lang),
  };
}

// ---------------------------------------------------------------- scenarios and comparison

export interface CompareRow {
  label: string;
  left: string;
  right: string;
  difference: string;
}

export interface CompareView {
  leftName: string;
  rightName: string;
  years: CompareRow[];
  initiatives: CompareRow[];
  total: CompareRow;
}

/** Proposed figures of two results side by side; a result with scenario null is the application. */
export function compareView(left: BudgetResult, right: BudgetResult, lang: Language): CompareView {
  const s = stringsFor(lang);
  const row = (label: string, a: Decimal, b: Decimal): CompareRow => ({
    label,
    left: formatKronor(a, lang),
    right: formatKronor(b, lang),
    difference: formatKronor(b.minus(a), lang),
  });
  const figure = (r: BudgetResult) => (r.scenario === null ? 'applied' : 'proposed');
  const yearsOf = (r: BudgetResult) => new Map(r.frame.map((y) => [y.year, y[figure(r)]]));
  const ly = yearsOf(left);
  const ry = yearsOf(right);
  const years = [...new Set([...ly.keys(), ...ry.keys()])].sort((a, b) => a - b);
  const total = (r: BudgetResult) =>
    r.initiatives.reduce((sum, i) => sum.plus(i[figure(r)].rounded.total), ZERO);
  return {
    leftName: scenarioLabel(left.scenario, lang),
    rightName: scenarioLabel(right.scenario, lang),
    years: years.map((y) => row(String(y), ly.get(y) ?? ZERO, ry.get(y) ?? ZERO)),
    initiatives: left.initiatives.map((i) => {
      const other = right.initiatives.find((o) => sameName(o.initiative.name, i.initiative.name));
      return row(
        i.initiative.name,
        i[figure(left)].rounded.total,
        other ? other[figure(right)].rounded.total : ZERO,
      );
    }),
    total: row(s.wholePeriod, total(left), total(right)),
  };
}

// ---------------------------------------------------------------- decision

export interface DecisionItem {
  name: string;
  proposal: string;
  conditions: string[];
  decisionAmount: string;
  applied: string;
  proposed: string;
  adjusted: boolean;
}

export type SummaryState = 'never' | 'stale' | 'current';

export interface DecisionView {
  items: DecisionItem[];
  summary: SummaryState;
  summaryText: string;
}

export function decisionView(
  result: BudgetResult,
  lang: Language,
  fingerprint: string,
  written: { fingerprint: string | null; writtenAt: string | null },
): DecisionView {
  const s = stringsFor(lang);
  const summary: SummaryState =
    written.fingerprint === null ? 'never' : written.fingerprint === fingerprint ? 'current' : 'stale';
  const when = written.writtenAt ? formatWrittenAt(written.writtenAt, lang) : '';
  return {
    items: result.initiatives.map((i) => {
      const text = decisionText(i, lang, result.adjustmentsApplied);
      return {
        name: i.initiative.name,
        proposal: text.proposal,
        conditions: text.conditions,
        decisionAmount: formatKronor(i.decisionAmount, lang),
        applied: formatKronor(i.applied.rounded.total, lang),
        proposed: formatKronor(i.proposed.rounded.total, lang),
        adjusted: i.adjusted,
      };
    }),
    summary,
    summaryText:
      summary === 'never'
        ? s.summaryNeverWritten
        : summary === 'stale'
          ? s.summaryStale
          : s.summaryUpToDate(when),
  };
}

/** '2026-11-23T15:31:00.000Z' → "23 november 2026 15:31" (the time in UTC, as stored). */
function formatWrittenAt(iso: string, lang: Language): string {
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${formatDateLong(date, lang)} ${time}`.trim() : iso;
}

// ---------------------------------------------------------------- issues

export interface IssueItem {
  key: string;
  severity: Issue['severity'];
  severityText: string;
  cell: string | null;
  message: string;
}

export interface IssueGroup {
  table: string;
  items: IssueItem[];
}

export interface IssuesView {
  errors: number;
  warnings: number;
  groups: IssueGroup[];
}

/** Every issue, grouped by table in the order they were found; errors before warnings in a group. */
export function issuesView(issues: readonly Issue[], lang: Language): IssuesView {
  const s = stringsFor(lang);
  const groups = new Map<string, IssueItem[]>();
  issues.forEach((issue, n) => {
    const table = issue.table ?? s.workbookWide;
    const items = groups.get(table) ?? [];
    items.push({
      key: `${n}:${issue.code}:${issue.cell ?? ''}`,
      severity: issue.severity,
      severityText: issue.severity === 'error' ? s.severityError : s.severityWarning,
      cell: issue.cell,
      message: issue.message[lang],
    });
    groups.set(table, items);
  });
  const rank = (i: IssueItem) => (i.severity === 'error' ? 0 : 1);
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    groups: [...groups.entries()].map(([table, items]) => ({
      table,
      items: [...items].sort((a, b) => rank(a) - rank(b)),
    })),
  };
}
