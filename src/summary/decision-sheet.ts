// The sheet "Beslutsunderlag": what the parties read without the add-in, in the order —
// header, decision texts, overview, frame, staffing applied vs. proposed, adjustments, chart.
import Decimal from 'decimal.js';
import type { Adjustment, BudgetResult, FrameYearResult, StaffingResult } from '../engine/types';
import type { Language } from '../issues/types';
import type { PlanCell } from '../workbook/sheet-plan';
import { FTE_FORMAT, KRONOR_FORMAT, KRONOR_SIGNED_FORMAT, PERCENT_1_FORMAT } from '../format/excel-formats';
import { decisionText } from './decision-text';
import { labels, type Labels } from './labels';
import {
  CHARS_PER_WIDTH_UNIT,
  SheetBuilder,
  type SummarySheetPlan,
  STYLE,
  date,
  formula,
  money,
  num,
  rangeA1,
  sumColumn,
  text,
} from './sheet-builder';
import { formatKronor, yearLabel } from '../format';
import { overallSpan, yearColumns, yearRanges } from './years';
import type { SummaryContext } from './context';
import { a1 } from '../workbook/snapshot';

export const SUMMARY_SHEET = 'Beslutsunderlag';
export const TABLE_NAMES = {
  overview: 'Beslut_Oversikt',
  frame: 'Beslut_Ram',
  staffing: 'Beslut_Bemanning',
  adjustments: 'Beslut_Justeringar',
  granted: 'Beslut_Beviljade',
} as const;

/** Decision texts and notes are merged across columns A–I. */
const TEXT_WIDTH = 9;
const CHART_ROWS = 18;
const CHART_COLUMNS = 6;

const sum = (xs: Iterable<Decimal>): Decimal => {
  let s = new Decimal(0);
  for (const x of xs) s = s.plus(x);
  return s;
};

const signed = (d: Decimal, style?: Parameters<typeof num>[2]) => num(d, KRONOR_SIGNED_FORMAT, style);
/** The engine's percentages are points with one decimal (12.3); the sheet writes fractions. */
const percent = (p: Decimal | null): PlanCell => (p === null ? null : num(p.div(100), PERCENT_1_FORMAT));
const blankTotal = (): PlanCell => text('', STYLE.total);

/** The header shared by both sheets: title, scenario, date written, fingerprint. */
export function putHeader(
  b: SheetBuilder,
  title: string,
  result: BudgetResult,
  context: SummaryContext,
): void {
  const l = labels(context.lang);
  b.putMerged(title, STYLE.title);
  b.putMerged(l.scenario(result.scenario), { bold: true, fontSize: 12 });
  const day = /^\d{4}-\d{2}-\d{2}/.exec(context.writtenAt)?.[0];
  b.put([[text(l.written), day ? date(day, { horizontal: 'left' }) : text(context.writtenAt)]]);
  b.put([[text(l.fingerprint), text(context.fingerprint)]]);
  b.putMerged(l.fingerprintNote, STYLE.note);
  b.gap();
}

/** Names of initiatives that take no part in any figure: errors in the engine or while reading. */
export function excludedInitiatives(result: BudgetResult): string[] {
  return [
    ...result.initiatives.filter((r) => !r.included).map((r) => r.initiative.name),
    ...result.unreadInitiatives,
  ];
}

function putDecisions(b: SheetBuilder, result: BudgetResult, context: SummaryContext, l: Labels): void {
  b.putMerged(l.decisions, STYLE.heading);
  b.gap();
  // Only this round's applications are decided on; granted and rejected ones are listed apart.
  const entries: Array<{ name: string; proposal: string; conditions: string[] }> = result.initiatives
    .filter((r) => r.roundStatus === 'application')
    .map((r) => ({ name: r.initiative.name, ...decisionText(r, context.lang) }));
  // Initiatives rejected while reading have no result; they get the note too.
  for (const name of result.unreadInitiatives)
    entries.push({ name, proposal: l.notIncludedDecision, conditions: [] });
  for (const e of entries) {
    b.put([[text(e.name, { bold: true })]]);
    b.putMerged(e.proposal, STYLE.wrapped);
    for (const c of e.conditions) b.putMerged(c, STYLE.wrapped);
    b.gap();
  }
}

function putOverview(
  b: SheetBuilder,
  result: BudgetResult,
  context: SummaryContext,
  l: Labels,
  years: number[],
): void {
  b.putMerged(l.overview, STYLE.heading);
  const step = formatKronor(context.input.parameters.roundingStep, context.lang);
  b.putMerged(l.overviewNote(step, context.input.parameters.roundingMode), STYLE.note);
  const rows = result.initiatives.filter((r) => r.included && r.roundStatus === 'application');
  // With granted initiatives in the workbook the table holds the applications only, and its sums are theirs.
  const onlyApplications = result.initiatives.some((r) => r.roundStatus !== 'application');
  if (rows.length > 0) {
    const span = overallSpan(result)!;
    const headers = [
      l.initiative,
      l.owner,
      l.periodFrom,
      l.periodTo,
      l.statedApplied,
      l.computedApplied,
      l.proposed,
      l.change,
      l.decisionAmount,
      ...years.map((y) => yearLabel(y, span.start, span.end, context.lang)),
    ];
    const cells = rows.map((r): PlanCell[] => {
      const byYear = r.proposed.rounded.byYear;
      return [
        text(r.initiative.name, { wrap: true }),
        r.initiative.owner ? text(r.initiative.owner, { wrap: true }) : null,
        date(r.initiative.start),
        date(r.initiative.end),
        r.initiative.statedApplied ? money(r.initiative.statedApplied) : null,
        money(r.applied.rounded.total),
        money(r.proposed.rounded.total),
        signed(r.proposed.rounded.total.minus(r.applied.rounded.total)),
        money(r.decisionAmount),
        ...years.map((y) => {
          const v = byYear.get(y);
          return v === undefined ? null : money(v);
        }),
      ];
    });
    const t = b.putTable(TABLE_NAMES.overview, headers, cells);
    const col = (c: number, expected: Decimal, format = KRONOR_FORMAT) =>
      formula(sumColumn(c, t.firstDataRow, t.lastDataRow), expected, format, STYLE.total);
    const frameByYear = new Map(result.frame.map((f) => [f.year, f]));
    const applied = onlyApplications ? sum(rows.map((r) => r.applied.rounded.total)) : result.totals.applied;
    const proposed = onlyApplications
      ? sum(rows.map((r) => r.proposed.rounded.total))
      : result.totals.proposed;
    const decided = onlyApplications ? sum(rows.map((r) => r.decisionAmount)) : result.totals.decisionAmount;
    const yearSum = (y: number): Decimal =>
      (onlyApplications ? undefined : frameByYear.get(y)?.proposed) ??
      sum(rows.map((r) => r.proposed.rounded.byYear.get(y) ?? new Decimal(0)));
    b.put([
      [
        text(l.total, STYLE.total),
        blankTotal(),
        blankTotal(),
        blankTotal(),
        col(4, sum(rows.flatMap((r) => (r.initiative.statedApplied ? [r.initiative.statedApplied] : [])))),
        col(5, applied),
        col(6, proposed),
        col(7, proposed.minus(applied), KRONOR_SIGNED_FORMAT),
        col(8, decided),
        ...years.map((y, i) => col(9 + i, yearSum(y))),
      ],
    ]);
  }
  const excluded = excludedInitiatives(result);
  if (excluded.length > 0) {
    b.gap();
    b.put([[text(l.notIncludedHeading, { bold: true })]]);
    b.put(excluded.map((name) => [text(name), text(l.notIncludedNote, STYLE.aside)]));
  }
}

/** Returns the chart's source range (År, Tillgängliga medel, Ansökt, Föreslaget), or null. */
function putFrame(b: SheetBuilder, result: BudgetResult, l: Labels, lang: Language): string | null {
  b.putMerged(l.frame, STYLE.heading);
  b.putMerged(l.frameNote, STYLE.note);
  if (result.frame.length === 0) {
    b.put([[text(l.noFrame)]]);
    return null;
  }
  // Issue 13's columns come after the eight of before, only when the workbook has what they show,
  // so that the chart's source (År … Föreslaget) stays the first four columns.
  const withGranted = result.initiatives.some((r) => r.roundStatus === 'granted');
  const withParts = result.frame.some((f) => f.contributions !== null || f.ownCosts !== null);
  const withEquity = result.equity !== null;
  const optional = (when: boolean, ...cells: PlanCell[]): PlanCell[] => (when ? cells : []);
  const headers = [
    l.year,
    l.available,
    l.applied,
    l.proposed,
    l.overAppliedKr,
    l.overProposedKr,
    l.overAppliedPercent,
    l.overProposedPercent,
    ...(withGranted ? [l.granted] : []),
    ...(withParts ? [l.contributions, l.ownCosts] : []),
    ...(withEquity ? [l.equityEndApplied, l.equityEndProposed, l.shortApplied, l.shortProposed] : []),
  ];
  const orBlank = (d: Decimal | null): PlanCell => (d === null ? null : money(d));
  // Years as text: a chart then takes the first column as categories, not as a series.
  const cells = result.frame.map((f: FrameYearResult): PlanCell[] => [
    text(String(f.year), { horizontal: 'left' }),
    money(f.available),
    money(f.applied),
    money(f.proposed),
    signed(f.overApplied),
    signed(f.overProposed),
    percent(f.overAppliedPercent),
    percent(f.overProposedPercent),
    ...optional(withGranted, money(f.granted)),
    ...optional(withParts, orBlank(f.contributions), orBlank(f.ownCosts)),
    ...optional(
      withEquity,
      f.equityEndApplied === null ? null : signed(f.equityEndApplied),
      f.equityEndProposed === null ? null : signed(f.equityEndProposed),
      orBlank(f.shortApplied),
      orBlank(f.shortProposed),
    ),
  ]);
  const t = b.putTable(TABLE_NAMES.frame, headers, cells);
  const col = (c: number, expected: Decimal, format = KRONOR_FORMAT) =>
    formula(sumColumn(c, t.firstDataRow, t.lastDataRow), expected, format, STYLE.total);
  const totals = result.totals;
  const pct = (p: Decimal | null): PlanCell =>
    p === null ? blankTotal() : num(p.div(100), PERCENT_1_FORMAT, STYLE.total);
  b.put([
    [
      text(l.total, STYLE.total),
      col(1, totals.available),
      col(2, sum(result.frame.map((f) => f.applied))),
      col(3, sum(result.frame.map((f) => f.proposed))),
      col(4, totals.overApplied, KRONOR_SIGNED_FORMAT),
      col(5, totals.overProposed, KRONOR_SIGNED_FORMAT),
      pct(totals.overAppliedPercent),
      pct(totals.overProposedPercent),
      ...optional(withGranted, col(8, sum(result.frame.map((f) => f.granted)))),
      ...(withParts
        ? [
            col(9 - (withGranted ? 0 : 1), sum(result.frame.map((f) => f.contributions ?? new Decimal(0)))),
            col(10 - (withGranted ? 0 : 1), sum(result.frame.map((f) => f.ownCosts ?? new Decimal(0)))),
          ]
        : []),
      // Equity is a level, not a flow: the year-end figures have no sum.
      ...optional(withEquity, blankTotal(), blankTotal(), blankTotal(), blankTotal()),
    ],
  ]);
  if (result.equity) {
    const kr = (d: Decimal) => formatKronor(d, lang);
    b.putMerged(l.equityNote(kr(result.equity.opening), kr(result.equity.floor)), STYLE.note);
  }
  return rangeA1(t.headerRow, 0, t.lastDataRow, 3);
}

/** "Tidigare beviljade insatser" with their amount per year, then the rejected applications. */
function putDecided(b: SheetBuilder, result: BudgetResult, l: Labels, years: number[]): void {
  const granted = result.initiatives.filter((r) => r.included && r.roundStatus === 'granted');
  const rejected = result.initiatives.filter((r) => r.roundStatus === 'rejected');
  if (granted.length > 0) {
    b.putMerged(l.grantedHeading, STYLE.heading);
    b.putMerged(l.grantedNote, STYLE.note);
    const headers = [
      l.initiative,
      l.owner,
      l.periodFrom,
      l.periodTo,
      l.grantedAmount,
      l.total,
      ...years.map((y) => String(y)),
    ];
    const cells = granted.map((r): PlanCell[] => [
      text(r.initiative.name, { wrap: true }),
      r.initiative.owner ? text(r.initiative.owner, { wrap: true }) : null,
      date(r.initiative.start),
      date(r.initiative.end),
      r.initiative.maxGrant ? money(r.initiative.maxGrant) : null,
      money(r.proposed.rounded.total),
      ...years.map((y) => {
        const v = r.proposed.rounded.byYear.get(y);
        return v === undefined ? null : money(v);
      }),
    ]);
    const t = b.putTable(TABLE_NAMES.granted, headers, cells);
    const col = (c: number, expected: Decimal) =>
      formula(sumColumn(c, t.firstDataRow, t.lastDataRow), expected, KRONOR_FORMAT, STYLE.total);
    b.put([
      [
        text(l.total, STYLE.total),
        blankTotal(),
        blankTotal(),
        blankTotal(),
        col(4, sum(granted.flatMap((r) => (r.initiative.maxGrant ? [r.initiative.maxGrant] : [])))),
        col(5, result.totals.granted),
        ...years.map((y, i) =>
          col(6 + i, sum(granted.map((r) => r.proposed.rounded.byYear.get(y) ?? new Decimal(0)))),
        ),
      ],
    ]);
  }
  if (rejected.length > 0) {
    if (granted.length > 0) b.gap();
    b.putMerged(l.rejectedHeading, STYLE.heading);
    b.putMerged(l.rejectedNote, STYLE.note);
    b.put(
      rejected.map((r) => [
        text(r.initiative.name, { wrap: true }),
        r.initiative.owner ? text(r.initiative.owner, { wrap: true }) : null,
        date(r.initiative.start),
        date(r.initiative.end),
      ]),
    );
  }
}

function staffingRemark(s: StaffingResult, l: Labels): PlanCell {
  if (s.removed) return text(l.removedRole);
  if (s.endProposed !== null && s.endProposed !== s.endApplied) return text(l.endsOn(s.endProposed));
  return null;
}

function putStaffing(b: SheetBuilder, result: BudgetResult, l: Labels, years: number[]): void {
  b.putMerged(l.staffing, STYLE.heading);
  b.putMerged(l.staffingNote, STYLE.note);
  // Grouped by initiative in the Insatser order; within one, in the order of Bemanning.
  // The comparison is about this round's applications: granted and rejected rows are left out.
  const rows = result.initiatives
    .filter((i) => i.roundStatus === 'application')
    .flatMap((i) => i.staffing.filter((s) => s.included).map((s) => ({ s, name: i.initiative.name })));
  if (rows.length === 0) {
    b.put([[text(l.noStaffing)]]);
    return;
  }
  const headers = [
    l.initiative,
    l.role,
    l.funding,
    l.fteApplied,
    l.fteProposed,
    ...years.flatMap((y) => [l.yearApplied(y), l.yearProposed(y)]),
    l.change,
    l.remark,
  ];
  // One pass over the rows: the cells and the column totals together (20 000 rows in a large workbook).
  let fteApplied = new Decimal(0);
  let fteProposed = new Decimal(0);
  let changeTotal = new Decimal(0);
  const appliedTotals = years.map(() => new Decimal(0));
  const proposedTotals = years.map(() => new Decimal(0));
  const cells = rows.map(({ s, name }): PlanCell[] => {
    const yearCells: PlanCell[] = [];
    years.forEach((y, i) => {
      const a = s.appliedByYear.get(y);
      const p = s.proposedByYear.get(y);
      if (a !== undefined) appliedTotals[i] = appliedTotals[i]!.plus(a);
      if (p !== undefined) proposedTotals[i] = proposedTotals[i]!.plus(p);
      yearCells.push(a === undefined ? null : money(a), p === undefined ? null : money(p));
    });
    const change = sum(s.proposedByYear.values()).minus(sum(s.appliedByYear.values()));
    fteApplied = fteApplied.plus(s.fteApplied);
    fteProposed = fteProposed.plus(s.fteProposed);
    changeTotal = changeTotal.plus(change);
    return [
      text(name, { wrap: true }),
      text(s.row.role, { wrap: true }),
      text(l.fundingWord(s.row.funding)),
      num(s.fteApplied, FTE_FORMAT),
      num(s.fteProposed, FTE_FORMAT),
      ...yearCells,
      signed(change),
      staffingRemark(s, l),
    ];
  });
  const t = b.putTable(TABLE_NAMES.staffing, headers, cells);
  const col = (c: number, expected: Decimal, format = KRONOR_FORMAT) =>
    formula(sumColumn(c, t.firstDataRow, t.lastDataRow), expected, format, STYLE.total);
  b.put([
    [
      text(l.total, STYLE.total),
      blankTotal(),
      blankTotal(),
      col(3, fteApplied, FTE_FORMAT),
      col(4, fteProposed, FTE_FORMAT),
      ...years.flatMap((_, i) => [col(5 + 2 * i, appliedTotals[i]!), col(6 + 2 * i, proposedTotals[i]!)]),
      col(5 + 2 * years.length, changeTotal, KRONOR_SIGNED_FORMAT),
      blankTotal(),
    ],
  ]);
}

function adjustmentValue(a: Adjustment): PlanCell {
  switch (a.action) {
    case 'setFte':
      return num(a.fte, FTE_FORMAT);
    case 'setEnd':
      return date(a.end);
    case 'cap':
      return money(a.amount);
    case 'remove':
      return null;
  }
}

function putAdjustments(b: SheetBuilder, result: BudgetResult, l: Labels): void {
  b.putMerged(l.adjustments, STYLE.heading);
  const adjustments = result.adjustmentsApplied;
  if (adjustments.length === 0) {
    b.put([[text(l.noAdjustments)]]);
    return;
  }
  const initiativeOf = new Map(result.initiatives.flatMap((i) => i.adjustments.map((a) => [a, i] as const)));
  const nameOf = (a: Adjustment) => initiativeOf.get(a)?.initiative.name ?? a.initiative;
  const cells = adjustments.map((a): PlanCell[] => [
    text(nameOf(a), { wrap: true }),
    text(a.action !== 'cap' && a.role !== null ? a.role : l.wholeInitiative, { wrap: true }),
    text(l.actionWord(a.action)),
    adjustmentValue(a),
    a.reason ? text(a.reason, { wrap: true }) : null,
  ]);
  b.putTable(TABLE_NAMES.adjustments, [l.initiative, l.role, l.action, l.value, l.reason], cells);
}

/**
 * Column widths. A holds initiative names and B roles and owners in every table: they are as wide as
 * their longest text within bounds, so that a data row rarely wraps (each wrapped row needs a height
 * of its own, which some programs do not compute when they open the file).
 */
function widths(columns: number, result: BudgetResult): number[] {
  const fit = (texts: Iterable<string>, min: number, max: number) => {
    let longest = 0;
    for (const t of texts) longest = Math.max(longest, t.length);
    return Math.min(max, Math.max(min, Math.ceil(longest / CHARS_PER_WIDTH_UNIT) + 1));
  };
  const names = result.initiatives.map((i) => i.initiative.name);
  const roles = result.staffing.map((s) => s.row.role);
  const owners = result.initiatives.map((i) => i.initiative.owner ?? '');
  const fixed = [fit(names, 36, 60), fit([...roles, ...owners], 22, 40), 14, 14];
  return Array.from({ length: columns }, (_, column) => fixed[column] ?? 16);
}

export function buildDecisionSheet(result: BudgetResult, context: SummaryContext): SummarySheetPlan {
  const lang: Language = context.lang;
  const l = labels(lang);
  const years = yearColumns(result);
  // The widest table: the overview (9 + years) or the staffing comparison (7 + 2 × years).
  const columns = Math.max(TEXT_WIDTH, 9 + years.length, 7 + 2 * years.length);
  const b = new SheetBuilder(TEXT_WIDTH, widths(columns, result));
  putHeader(b, l.title, result, context);
  // With a decision round in the workbook (granted or rejected initiatives), lead with its years.
  if (result.initiatives.some((r) => r.roundStatus !== 'application') && result.decisionYears.length > 0) {
    b.putMerged(l.decisionYears(yearRanges(result.decisionYears)), { bold: true, fontSize: 12 });
    b.gap();
  }
  putDecisions(b, result, context, l);
  b.gap();
  putOverview(b, result, context, l, years);
  b.gap(2);
  const chartSource = putFrame(b, result, l, lang);
  if (result.initiatives.some((r) => r.roundStatus !== 'application')) {
    b.gap(2);
    putDecided(b, result, l, years);
  }
  b.gap(2);
  putStaffing(b, result, l, years);
  b.gap(2);
  putAdjustments(b, result, l);
  if (chartSource) {
    b.gap(2);
    const top = b.next;
    b.gap(CHART_ROWS);
    b.charts.push({
      type: 'columnClustered',
      title: l.chartTitle,
      sourceRange: chartSource,
      topLeft: a1(top, 0),
      bottomRight: a1(top + CHART_ROWS - 1, CHART_COLUMNS - 1),
    });
  }
  const plan: SummarySheetPlan = {
    name: SUMMARY_SHEET,
    kind: 'summary',
    blocks: b.blocks,
    merges: b.merges,
    columnWidths: b.widths.map((width, column) => ({ column, width })),
    tables: b.tables,
    charts: b.charts,
    // Title and scenario stay in sight while scrolling; more would eat the projector's screen.
    freeze: { rows: 2, columns: 0 },
    tabColor: '#1F4E79',
    ...b.layout(),
  };
  return plan;
}
