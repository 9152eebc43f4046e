// The sheet "Beslutsunderlag": what the parties read without the add-in, in the issue's order —
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
import { blocksOf, overallSpan, yearColumns, yearRanges } from './years';
import { incompleteness, isIncomplete, type Incompleteness } from '../engine/incomplete';
import type { SummaryContext } from './context';
import { a1 } from '../workbook/snapshot';

export const SUMMARY_SHEET = 'Beslutsunderlag';
export const TABLE_NAMES = {
  overview: 'Beslut_Oversikt',
  frame: 'Beslut_Ram',
  staffing: 'Beslut_Bemanning',
  granted: 'Beslut_Beviljade',
  byYear: 'Beslut_PerAr',
  frameParts: 'Beslut_RamDelar',
} as const;

/**
 * Every section shares nine columns, A–I: decision texts and notes are merged across all of them,
 * and no table is wider, so that the sheet prints on A4 portrait one page wide at 80 % or more.
 */
const TEXT_WIDTH = 9;
/** Per-year tables: the initiative in A, then at most this many years (B–I); more go in another block. */
const YEARS_PER_BLOCK = TEXT_WIDTH - 1;
const CHART_ROWS = 18;
/** Adjustments: the reason from column E to the text width. */
const ADJUSTMENT_REASON_COLUMN = 4;
const CHART_COLUMNS = 6;

const sum = (xs: Iterable<Decimal>): Decimal => {
  let s = new Decimal(0);
  for (const x of xs) s = s.plus(x);
  return s;
};

const signed = (d: Decimal | bigint, style?: Parameters<typeof num>[2]) =>
  num(d, KRONOR_SIGNED_FORMAT, style);
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
  const draft = incompleteOf(result, context).errors.length > 0;
  b.putMerged(
    draft ? l.draftTitle(title) : title,
    draft ? { ...STYLE.title, fontColor: '#C00000' } : STYLE.title,
  );
  b.putMerged(l.scenario(result.scenario), { bold: true, fontSize: 12 });
  const day = /^\d{4}-\d{2}-\d{2}/.exec(context.writtenAt)?.[0];
  // Labels merged across A–B, so that a narrow column A does not cut them; values from column C.
  const labelled = (label: string, value: PlanCell) => {
    const row = b.put([[text(label), null, value]]);
    b.merges.push(rangeA1(row, 0, row, 1));
  };
  labelled(l.written, day ? date(day, { horizontal: 'left' }) : text(context.writtenAt));
  labelled(l.fingerprint, text(context.fingerprint));

  b.putMerged(l.fingerprintNote, STYLE.note);
  b.gap();
}

/** What errors made incomplete (see engine/incomplete.ts); nothing without the issues. */
export function incompleteOf(result: BudgetResult, context: SummaryContext): Incompleteness {
  return incompleteness(result, context.input, context.issues ?? []);
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
  // An initiative whose input has errors gets no decision text: its figures lack rows.
  const incomplete = incompleteOf(result, context);
  const entries: Array<{ name: string; proposal: string; conditions: string[] }> = result.initiatives
    .filter((r) => r.roundStatus === 'application')
    .map((r) =>
      isIncomplete(incomplete, r.initiative.name)
        ? { name: r.initiative.name, proposal: l.notIncludedDecision, conditions: [] }
        : { name: r.initiative.name, ...decisionText(r, context.lang) },
    );
  // Initiatives rejected while reading have no result; they get the note too.
  for (const name of result.unreadInitiatives)
    entries.push({ name, proposal: l.notIncludedDecision, conditions: [] });
  for (const e of entries) {
    b.put([[text(e.name, { bold: true })]]);
    b.putMerged(e.proposal, e.conditions.length ? STYLE.wrapped : { ...STYLE.wrapped, fontColor: '#C00000' });
    for (const c of e.conditions) b.putMerged(c, STYLE.wrapped);
    b.gap();
  }
}

function putOverview(b: SheetBuilder, result: BudgetResult, context: SummaryContext, l: Labels): void {
  b.putMerged(l.overview, STYLE.heading);
  const step = formatKronor(context.input.parameters.roundingStep, context.lang);
  b.putMerged(l.overviewNote(step, context.input.parameters.roundingMode), STYLE.note);
  const rows = result.initiatives.filter((r) => r.included && r.roundStatus === 'application');
  // With granted initiatives in the workbook the table holds the applications only, and its sums are theirs.
  const onlyApplications = result.initiatives.some((r) => r.roundStatus !== 'application');
  const incomplete = incompleteOf(result, context);
  if (rows.length > 0) {
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
    ];
    const cells = rows.map((r): PlanCell[] => {
      const missing = isIncomplete(incomplete, r.initiative.name);
      return [
        text(missing ? l.incompleteName(r.initiative.name) : r.initiative.name, {
          wrap: true,
          ...(missing ? { fontColor: '#C00000' } : {}),
        }),
        r.initiative.owner ? text(r.initiative.owner, STYLE.wrap) : null,
        date(r.initiative.start),
        date(r.initiative.end),
        r.initiative.statedApplied ? money(r.initiative.statedApplied) : null,
        money(r.applied.rounded.total),
        money(r.proposed.rounded.total),
        signed(r.proposed.rounded.total.minus(r.applied.rounded.total)),
        money(r.decisionAmount),
      ];
    });
    const t = b.putTable(TABLE_NAMES.overview, headers, cells);
    const col = (c: number, expected: Decimal, format = KRONOR_FORMAT) =>
      formula(sumColumn(c, t.firstDataRow, t.lastDataRow), expected, format, STYLE.total);
    const applied = onlyApplications ? sum(rows.map((r) => r.applied.rounded.total)) : result.totals.applied;
    const proposed = onlyApplications
      ? sum(rows.map((r) => r.proposed.rounded.total))
      : result.totals.proposed;
    const decided = onlyApplications ? sum(rows.map((r) => r.decisionAmount)) : result.totals.decisionAmount;
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

/**
 * The proposed amount per initiative and calendar year, only for the years an initiative runs in,
 * at most eight years to a table (more go in a further block under it), with SUM totals.
 */
function putByYear(
  b: SheetBuilder,
  result: BudgetResult,
  context: SummaryContext,
  l: Labels,
  years: number[],
): void {
  const rows = result.initiatives.filter((r) => r.included && r.roundStatus === 'application');
  if (rows.length === 0 || years.length === 0) return;
  const onlyApplications = result.initiatives.some((r) => r.roundStatus !== 'application');
  const name = TABLE_NAMES.byYear;
  b.putMerged(l.byYear, STYLE.subheading);
  const span = overallSpan(result)!;
  const frameByYear = new Map(result.frame.map((f) => [f.year, f]));
  blocksOf(years, YEARS_PER_BLOCK).forEach((block, n) => {
    if (n > 0) b.gap();
    const headers = [l.initiative, ...block.map((y) => yearLabel(y, span.start, span.end, context.lang))];
    const cells = rows.map((r): PlanCell[] => [
      text(r.initiative.name, STYLE.wrap),
      ...block.map((y) => {
        const v = r.proposed.rounded.byYear.get(y);
        return v === undefined ? null : money(v);
      }),
    ]);
    const t = b.putTable(n === 0 ? name : `${name}${n + 1}`, headers, cells);
    b.put([
      [
        text(l.total, STYLE.total),
        ...block.map((y, i) =>
          formula(
            sumColumn(1 + i, t.firstDataRow, t.lastDataRow),
            (onlyApplications ? undefined : frameByYear.get(y)?.proposed) ??
              sum(rows.map((r) => r.proposed.rounded.byYear.get(y) ?? new Decimal(0))),
            KRONOR_FORMAT,
            STYLE.total,
          ),
        ),
      ],
    ]);
  });
}

/** Returns the chart's source range (År, Tillgängliga medel, Ansökt, Föreslaget), or null. */
function putFrame(
  b: SheetBuilder,
  result: BudgetResult,
  context: SummaryContext,
  l: Labels,
  lang: Language,
): string | null {
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
    l.remark,
  ];
  const incompleteYears = new Set(incompleteOf(result, context).years);
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
    incompleteYears.has(f.year) ? text(l.incompleteYear, { wrap: true, fontColor: '#C00000' }) : null,
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
      blankTotal(),
    ],
  ]);
  putFrameParts(b, result, l, lang);
  return rangeA1(t.headerRow, 0, t.lastDataRow, 3);
}

/**
 * Issue 13's figures per frame year — the earlier rounds' grants, the frame's parts and the equity
 * at each year end — in a table of their own under the frame, only with the columns the workbook
 * has: beside the eight of the frame they would make the sheet too wide for a portrait page.
 */
function putFrameParts(b: SheetBuilder, result: BudgetResult, l: Labels, lang: Language): void {
  const withGranted = result.initiatives.some((r) => r.roundStatus === 'granted');
  const withParts = result.frame.some((f) => f.contributions !== null || f.ownCosts !== null);
  const withEquity = result.equity !== null;
  if (!withGranted && !withParts && !withEquity) return;
  const optional = (when: boolean, ...cells: PlanCell[]): PlanCell[] => (when ? cells : []);
  const orBlank = (d: Decimal | null): PlanCell => (d === null ? null : money(d));
  b.gap();
  const headers = [
    l.year,
    ...(withGranted ? [l.granted] : []),
    ...(withParts ? [l.contributions, l.ownCosts] : []),
    ...(withEquity ? [l.equityEndApplied, l.equityEndProposed, l.shortApplied, l.shortProposed] : []),
  ];
  const cells = result.frame.map((f: FrameYearResult): PlanCell[] => [
    text(String(f.year), { horizontal: 'left' }),
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
  const t = b.putTable(TABLE_NAMES.frameParts, headers, cells);
  const col = (c: number, expected: Decimal) =>
    formula(sumColumn(c, t.firstDataRow, t.lastDataRow), expected, KRONOR_FORMAT, STYLE.total);
  const first = withGranted ? 2 : 1;
  b.put([
    [
      text(l.total, STYLE.total),
      ...optional(withGranted, col(1, sum(result.frame.map((f) => f.granted)))),
      ...(withParts
        ? [
            col(first, sum(result.frame.map((f) => f.contributions ?? new Decimal(0)))),
            col(first + 1, sum(result.frame.map((f) => f.ownCosts ?? new Decimal(0)))),
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
}

/** "Tidigare beviljade insatser" with their amount per year, then the rejected applications. */
function putDecided(b: SheetBuilder, result: BudgetResult, l: Labels): void {
  const granted = result.initiatives.filter((r) => r.included && r.roundStatus === 'granted');
  const rejected = result.initiatives.filter((r) => r.roundStatus === 'rejected');
  if (granted.length > 0) {
    b.putMerged(l.grantedHeading, STYLE.heading);
    b.putMerged(l.grantedNote, STYLE.note);
    const headers = [l.initiative, l.owner, l.periodFrom, l.periodTo, l.grantedAmount, l.total];
    const cells = granted.map((r): PlanCell[] => [
      text(r.initiative.name, STYLE.wrap),
      r.initiative.owner ? text(r.initiative.owner, STYLE.wrap) : null,
      date(r.initiative.start),
      date(r.initiative.end),
      r.initiative.maxGrant ? money(r.initiative.maxGrant) : null,
      money(r.proposed.rounded.total),
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
      ],
    ]);
    // Their amounts per frame year are the frame parts' "Tidigare beviljat" column.
  }
  if (rejected.length > 0) {
    if (granted.length > 0) b.gap();
    b.putMerged(l.rejectedHeading, STYLE.heading);
    b.putMerged(l.rejectedNote, STYLE.note);
    b.put(
      rejected.map((r) => [
        text(r.initiative.name, STYLE.wrap),
        r.initiative.owner ? text(r.initiative.owner, STYLE.wrap) : null,
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

/** Returns the table's header row, which repeats at the top of the pages the table runs over. */
function putStaffing(b: SheetBuilder, result: BudgetResult, l: Labels): number | null {
  b.putMerged(l.staffing, STYLE.heading);
  b.putMerged(l.staffingNote, STYLE.note);
  // Grouped by initiative in the Insatser order; within one, in the order of Bemanning.
  // The comparison is about this round's applications: granted and rejected rows are left out.
  const rows = result.initiatives
    .filter((i) => i.roundStatus === 'application')
    .flatMap((i) => i.staffing.filter((s) => s.included).map((s) => ({ s, name: i.initiative.name })));
  if (rows.length === 0) {
    b.put([[text(l.noStaffing)]]);
    return null;
  }
  const headers = [
    l.initiative,
    l.role,
    l.funding,
    l.fteApplied,
    l.fteProposed,
    l.applied,
    l.proposed,
    l.change,
    l.remark,
  ];
  // One pass over the rows: the cells and the column totals together (20 000 rows in a large
  // workbook). The amounts are the engine's whole kronor as bigint: no per-year map, no Decimal.
  let fteApplied = new Decimal(0);
  let fteProposed = new Decimal(0);
  let appliedTotal = 0n;
  let proposedTotal = 0n;
  const cells = rows.map(({ s, name }): PlanCell[] => {
    const applied = s.appliedWhole;
    const proposed = s.proposedWhole;
    fteApplied = fteApplied.plus(s.fteApplied);
    fteProposed = fteProposed.plus(s.fteProposed);
    appliedTotal += applied;
    proposedTotal += proposed;
    return [
      text(name, STYLE.wrap),
      text(s.row.role, STYLE.wrap),
      text(l.fundingWord(s.row.funding)),
      num(s.fteApplied, FTE_FORMAT),
      num(s.fteProposed, FTE_FORMAT),
      money(applied),
      money(proposed),
      signed(proposed - applied),
      staffingRemark(s, l),
    ];
  });
  const t = b.putTable(TABLE_NAMES.staffing, headers, cells);
  const col = (c: number, expected: Decimal | bigint, format = KRONOR_FORMAT) =>
    formula(sumColumn(c, t.firstDataRow, t.lastDataRow), expected, format, STYLE.total);
  b.put([
    [
      text(l.total, STYLE.total),
      blankTotal(),
      blankTotal(),
      col(3, fteApplied, FTE_FORMAT),
      col(4, fteProposed, FTE_FORMAT),
      col(5, appliedTotal),
      col(6, proposedTotal),
      col(7, proposedTotal - appliedTotal, KRONOR_SIGNED_FORMAT),
      blankTotal(),
    ],
  ]);
  return t.headerRow;
}

function adjustmentValue(a: Adjustment): PlanCell {
  const top = { vertical: 'top' } as const;
  switch (a.action) {
    case 'setFte':
      return num(a.fte, FTE_FORMAT, top);
    case 'setEnd':
      return date(a.end, top);
    case 'cap':
      return money(a.amount, top);
    case 'remove':
      return null;
  }
}

/**
 * The scenario's adjustments, one row each: initiative, role, action and value, and the reason
 * beside them merged across the rest of the width, so that a long reason wraps on a few full lines
 * instead of a narrow column (an Excel table cannot hold merged cells, so this is no table).
 */
function putAdjustments(b: SheetBuilder, result: BudgetResult, l: Labels): void {
  b.putMerged(l.adjustments, STYLE.heading);
  const adjustments = result.adjustmentsApplied;
  if (adjustments.length === 0) {
    b.put([[text(l.noAdjustments)]]);
    return;
  }
  const initiativeOf = new Map(result.initiatives.flatMap((i) => i.adjustments.map((a) => [a, i] as const)));
  const nameOf = (a: Adjustment) => initiativeOf.get(a)?.initiative.name ?? a.initiative;
  const header = { ...STYLE.header, borderBottom: true };
  b.putWithMergedTail(
    [text(l.initiative, header), text(l.role, header), text(l.action, header), text(l.value, header)],
    ADJUSTMENT_REASON_COLUMN,
    l.reason,
    header,
  );
  for (const a of adjustments)
    b.putWithMergedTail(
      [
        text(nameOf(a), { wrap: true, vertical: 'top' }),
        text(a.action !== 'cap' && a.role !== null ? a.role : l.wholeInitiative, {
          wrap: true,
          vertical: 'top',
        }),
        text(l.actionWord(a.action), { vertical: 'top' }),
        adjustmentValue(a),
      ],
      ADJUSTMENT_REASON_COLUMN,
      a.reason ?? '',
      STYLE.wrapped,
    );
}

/**
 * Column widths, in Excel's character units. A holds initiative names and B roles and owners; they
 * wrap (rows get their height); C–I hold amounts up to "−22 230 137 kr". Together at most 118
 * units: A4 portrait one page wide then prints at about 75 %, 11 pt text at 8,2 pt or more.
 */
function widths(result: BudgetResult): number[] {
  const fit = (texts: Iterable<string>, min: number, max: number) => {
    let longest = 0;
    for (const t of texts) longest = Math.max(longest, t.length);
    return Math.min(max, Math.max(min, Math.ceil(longest / CHARS_PER_WIDTH_UNIT) + 1));
  };
  const names = result.initiatives.map((i) => i.initiative.name);
  return [fit(names, 18, 22), 12, 12, 12, 12, 12, 12, 12, 12];
}

export function buildDecisionSheet(result: BudgetResult, context: SummaryContext): SummarySheetPlan {
  const lang: Language = context.lang;
  const l = labels(lang);
  const years = yearColumns(result);
  const b = new SheetBuilder(TEXT_WIDTH, widths(result));
  putHeader(b, l.title, result, context);
  // With a decision round in the workbook (granted or rejected initiatives), lead with its years.
  if (result.initiatives.some((r) => r.roundStatus !== 'application') && result.decisionYears.length > 0) {
    b.putMerged(l.decisionYears(yearRanges(result.decisionYears)), { bold: true, fontSize: 12 });
    b.gap();
  }
  putDecisions(b, result, context, l);
  // The figures start on a page of their own, after the texts the board decides on.
  b.gap();
  const breaks = [b.next];
  putOverview(b, result, context, l);
  b.gap();
  putByYear(b, result, context, l, years);
  // The frame and its chart on the next page, together.
  b.gap();
  breaks.push(b.next);
  const chartSource = putFrame(b, result, context, l, lang);
  if (chartSource) {
    // The chart belongs to the frame table it draws.
    b.gap();
    const top = b.next;
    b.gap(CHART_ROWS);
    b.charts.push({
      type: 'columnClustered',
      title: l.chartTitle,
      sourceRange: chartSource,
      topLeft: a1(top, 0),
      bottomRight: a1(top + CHART_ROWS - 1, CHART_COLUMNS - 1),
      // 11 pt like the cells, so that the printed labels are no smaller than the table's figures.
      fontSize: 11,
    });
  }
  // The earlier decisions follow the frame they take part of, on the same page where they fit.
  if (result.initiatives.some((r) => r.roundStatus !== 'application')) {
    b.gap(2);
    putDecided(b, result, l);
  }
  b.gap();
  breaks.push(b.next);
  const staffingHeader = putStaffing(b, result, l);
  b.gap(2);
  putAdjustments(b, result, l);
  const draft = incompleteOf(result, context).errors.length > 0;
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
    rowHeights: b.rowHeights,
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
      // The staffing table is the one that runs over pages (one row per role).
      ...(staffingHeader !== null ? { titleRows: { first: staffingHeader, last: staffingHeader } } : {}),
      rowBreaks: breaks,
      footer: { left: draft ? l.draftTitle(l.title) : l.title, right: l.pageOf },
    },
    // The workbook opens on the decision basis.
    activate: true,
  };
  return plan;
}
