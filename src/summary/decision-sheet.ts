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
import { overallSpan, yearColumns } from './years';
import type { SummaryContext } from './context';
import { a1 } from '../workbook/snapshot';

export const SUMMARY_SHEET = 'Beslutsunderlag';
export const TABLE_NAMES = {
  overview: 'Beslut_Oversikt',
  frame: 'Beslut_Ram',
  staffing: 'Beslut_Bemanning',
  adjustments: 'Beslut_Justeringar',
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
  const entries: Array<{ name: string; proposal: string; conditions: string[] }> = result.initiatives.map(
    (r) => ({ name: r.initiative.name, ...decisionText(r, context.lang) }),
  );
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
  const rows = result.initiatives.filter((r) => r.included);
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
    b.put([
      [
        text(l.total, STYLE.total),
        blankTotal(),
        blankTotal(),
        blankTotal(),
        col(4, sum(rows.flatMap((r) => (r.initiative.statedApplied ? [r.initiative.statedApplied] : [])))),
        col(5, result.totals.applied),
        col(6, result.totals.proposed),
        col(7, result.totals.proposed.minus(result.totals.applied), KRONOR_SIGNED_FORMAT),
        col(8, result.totals.decisionAmount),
        ...years.map((y, i) =>
          col(
            9 + i,
            frameByYear.get(y)?.proposed ??
              sum(rows.map((r) => r.proposed.rounded.byYear.get(y) ?? new Decimal(0))),
          ),
        ),
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
function putFrame(b: SheetBuilder, result: BudgetResult, l: Labels): string | null {
  b.putMerged(l.frame, STYLE.heading);
  b.putMerged(l.frameNote, STYLE.note);
  if (result.frame.length === 0) {
    b.put([[text(l.noFrame)]]);
    return null;
  }
  const headers = [
    l.year,
    l.available,
    l.applied,
    l.proposed,
    l.overAppliedKr,
    l.overProposedKr,
    l.overAppliedPercent,
    l.overProposedPercent,
  ];
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
    ],
  ]);
  return rangeA1(t.headerRow, 0, t.lastDataRow, 3);
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
  const rows = result.initiatives.flatMap((i) =>
    i.staffing.filter((s) => s.included).map((s) => ({ s, name: i.initiative.name })),
  );
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
  putDecisions(b, result, context, l);
  b.gap();
  putOverview(b, result, context, l, years);
  b.gap(2);
  const chartSource = putFrame(b, result, l);
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
