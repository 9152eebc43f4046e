// Översikt: the headline (over or under the frame), the frame years and each initiative's status.
import Decimal from 'decimal.js';
import type { BudgetResult, FrameYearResult, InitiativeResult } from '../../engine/types';
import type { Language } from '../../issues/types';
import { formatKronor, formatPercent } from '../format';
import { decisionText } from '../../summary/decision-text';
import { stringsFor } from '../../i18n';
import { scenarioLabel } from './scenarios';

const ZERO = new Decimal(0);

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

export type InitiativeState =
  | 'withinMax'
  | 'overMax'
  | 'noMax'
  | 'removed'
  | 'excluded'
  /** Granted in an earlier decision: counts, cannot be cut. */
  | 'granted'
  /** Rejected: listed, in no figure. */
  | 'rejected';

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
  } else if (i.roundStatus === 'granted') {
    state = 'granted';
    statusText = s.statusGranted;
  } else if (i.roundStatus === 'rejected') {
    state = 'rejected';
    statusText = s.statusRejected;
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
