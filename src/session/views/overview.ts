// Översikt: the headline (over or under the frame), the frame years and each initiative's status.
import Decimal from 'decimal.js';
import type { BudgetResult, FrameYearResult, InitiativeResult } from '../../engine/types';
import type { Language } from '../../issues/types';
import { formatKronor, formatPercent } from '../format';
import { decisionText } from '../../summary/decision-text';
import { stringsFor } from '../../i18n';
import { scenarioLabel } from './scenarios';
import { isIncomplete, NOTHING_INCOMPLETE, type Incompleteness } from '../../engine';
import { frameFigure, type FrameFigure } from './frame';
import { nameKey } from '../../workbook/names';

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
  /** Room or excess with a positive amount ("396 612 kr kvar"), and the share of available. */
  appliedFrame: FrameFigure;
  proposedFrame: FrameFigure;
  /** An initiative whose input has errors runs this year. */
  incomplete: boolean;
  /** Issue 13: the granted part and the applications (sum − granted); set when any initiative is granted. */
  granted: string | null;
  applicationsApplied: string | null;
  applicationsProposed: string | null;
  /** Equity at year end, with a note when below the floor; null without Eget kapital. */
  equityEndApplied: string | null;
  equityEndProposed: string | null;
  shortApplied: string | null;
  shortProposed: string | null;
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
  /** Input errors kept rows of this initiative out of its figures. */
  incomplete: boolean;
}

/** The banner over Översikt while errors keep rows out of the figures. */
export interface IncompleteBanner {
  text: string;
  /** The incomplete initiatives, as written in Insatser. */
  names: string[];
  /** The link to Fel och varningar, with the number of errors. */
  link: string;
}

export interface OverviewView {
  /** Null when no error keeps a row out. */
  incompleteBanner: IncompleteBanner | null;
  scenario: string;
  hasFrame: boolean;
  applied: HeadlineFigure;
  proposed: HeadlineFigure;
  years: YearRow[];
  total: Omit<YearRow, 'year' | 'label'>;
  /** This round's applications (and initiatives left out for errors); granted and rejected ones are the lines below. */
  initiatives: InitiativeStatusRow[];
  /** The granted initiatives as one line, not among the applications being cut; null when none. */
  grantedLine: string | null;
  /** A granted initiative is incomplete: the granted sum lacks rows. */
  grantedIncomplete: boolean;
  rejectedLine: string | null;
  /** With Eget kapital: whether the proposal stays above the floor every year; null without it. */
  equitySentence: string | null;
  /** True when equity rows are shown (Eget kapital given). */
  hasEquity: boolean;
  hasGranted: boolean;
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

export function overviewView(
  result: BudgetResult,
  lang: Language,
  incomplete: Incompleteness = NOTHING_INCOMPLETE,
): OverviewView {
  const s = stringsFor(lang);
  const incompleteYears = new Set(incomplete.years);
  const hasFrame = result.frame.length > 0;
  const t = result.totals;
  const proposed = headline(t.overProposed, t.overProposedPercent, lang, hasFrame);
  const lines = initiativeLines(result.initiatives, lang, incomplete);
  const hasGranted = lines.granted > 0;
  return {
    incompleteBanner:
      incomplete.errors.length > 0
        ? {
            text: s.incompleteBanner(incomplete.initiatives.length, incomplete.initiatives.join(', ')),
            names: incomplete.initiatives,
            link: s.incompleteBannerLink(incomplete.errors.length),
          }
        : null,
    scenario: scenarioLabel(result.scenario, lang),
    hasFrame,
    applied: headline(t.overApplied, t.overAppliedPercent, lang, hasFrame),
    proposed,
    years: orderedFrame(result).map((y) => yearRow(y, lang, hasGranted, s, incompleteYears.has(y.year))),
    total: {
      available: formatKronor(t.available, lang),
      applied: formatKronor(sumFrame(result.frame, 'applied'), lang),
      proposed: formatKronor(sumFrame(result.frame, 'proposed'), lang),
      overApplied: formatKronor(t.overApplied, lang),
      overProposed: formatKronor(t.overProposed, lang),
      overAppliedPercent: percentText(t.overAppliedPercent, lang),
      overProposedPercent: percentText(t.overProposedPercent, lang),
      appliedFrame: frameFigure(t.overApplied, t.overAppliedPercent, lang),
      proposedFrame: frameFigure(t.overProposed, t.overProposedPercent, lang),
      incomplete: incompleteYears.size > 0,
      granted: hasGranted ? formatKronor(sumFrame(result.frame, 'granted'), lang) : null,
      applicationsApplied: hasGranted
        ? formatKronor(sumFrame(result.frame, 'applied').minus(sumFrame(result.frame, 'granted')), lang)
        : null,
      applicationsProposed: hasGranted
        ? formatKronor(sumFrame(result.frame, 'proposed').minus(sumFrame(result.frame, 'granted')), lang)
        : null,
      // Equity is a level at each year end: the whole period has no sum of it.
      equityEndApplied: null,
      equityEndProposed: null,
      shortApplied: null,
      shortProposed: null,
    },
    initiatives: lines.rows,
    grantedLine: lines.granted ? s.grantedLine(lines.granted, formatKronor(t.granted, lang)) : null,
    grantedIncomplete: lines.grantedIncomplete,
    rejectedLine: lines.rejected ? s.rejectedLine(lines.rejected) : null,
    equitySentence: equitySentence(result, lang),
    hasEquity: result.equity !== null,
    hasGranted,
  };
}

/** The decision years first (in frame order), then the other frame years. */
function orderedFrame(result: BudgetResult): FrameYearResult[] {
  const decision = new Set(result.decisionYears);
  return [
    ...result.frame.filter((y) => decision.has(y.year)),
    ...result.frame.filter((y) => !decision.has(y.year)),
  ];
}

function equitySentence(result: BudgetResult, lang: Language): string | null {
  if (!result.equity) return null;
  const s = stringsFor(lang);
  const floor = formatKronor(result.equity.floor, lang);
  const short = result.frame.filter((y) => y.shortProposed !== null && y.shortProposed.greaterThan(0));
  if (short.length === 0) return s.equityFits(floor);
  return s.equityShort(
    short.map((y) => `${y.year} (${formatKronor(y.shortProposed!, lang)})`).join(', '),
    floor,
  );
}

function sumFrame(frame: readonly FrameYearResult[], key: 'applied' | 'proposed' | 'granted'): Decimal {
  return frame.reduce((sum, y) => sum.plus(y[key]), ZERO);
}

function yearRow(
  y: FrameYearResult,
  lang: Language,
  hasGranted: boolean,
  s: ReturnType<typeof stringsFor>,
  incomplete: boolean,
): YearRow {
  const equity = (end: Decimal | null) => (end === null ? null : formatKronor(end, lang));
  const short = (d: Decimal | null) => (d === null || d.isZero() ? null : s.shortNote(formatKronor(d, lang)));
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
    appliedFrame: frameFigure(y.overApplied, y.overAppliedPercent, lang),
    proposedFrame: frameFigure(y.overProposed, y.overProposedPercent, lang),
    incomplete,
    granted: hasGranted ? formatKronor(y.granted, lang) : null,
    applicationsApplied: hasGranted ? formatKronor(y.applied.minus(y.granted), lang) : null,
    applicationsProposed: hasGranted ? formatKronor(y.proposed.minus(y.granted), lang) : null,
    equityEndApplied: equity(y.equityEndApplied),
    equityEndProposed: equity(y.equityEndProposed),
    shortApplied: short(y.shortApplied),
    shortProposed: short(y.shortProposed),
  };
}

/**
 * Where an initiative goes on Översikt, as bits: a row of its own (this round's applications and
 * those left out for errors), the granted line, the rejected line.
 */
const ROW = 1;
const GRANTED = 2;
const REJECTED = 4;

function placeOf(i: InitiativeResult): number {
  return (
    (!i.included || i.roundStatus === 'application' ? ROW : 0) |
    (i.included && i.roundStatus === 'granted' ? GRANTED : 0) |
    (i.roundStatus === 'rejected' ? REJECTED : 0)
  );
}

/** The initiatives' part of Översikt for one list of results, language and incompleteness. */
interface InitiativeLines {
  source: readonly InitiativeResult[];
  incomplete: Incompleteness;
  rows: InitiativeStatusRow[];
  /** Per position in source: its row's position in rows, or -1. */
  rowAt: Int32Array;
  granted: number;
  grantedIncomplete: boolean;
  rejected: number;
}

/**
 * The last lines made per language. After a cut the engine hands back the same result object for
 * every initiative the cut did not touch: only the changed ones get a new row, every other row is
 * the same object as before (React's memo skips it), so a cut costs the same at any workbook size.
 */
const lastLines: Partial<Record<Language, InitiativeLines>> = {};

function initiativeLines(
  source: readonly InitiativeResult[],
  lang: Language,
  incomplete: Incompleteness,
): InitiativeLines {
  const last = lastLines[lang];
  let lines = last && last.source === source && last.incomplete === incomplete ? last : null;
  if (!lines && last && last.incomplete === incomplete) lines = patchedLines(last, source, lang);
  lines ??= allLines(source, lang, incomplete);
  lastLines[lang] = lines;
  return lines;
}

/** An initiative's row, made once per result object and language (going back to a scenario). */
const statusRows = new WeakMap<InitiativeResult, Partial<Record<Language, InitiativeStatusRow>>>();
function cachedStatusRow(i: InitiativeResult, lang: Language): InitiativeStatusRow {
  let rows = statusRows.get(i);
  if (!rows) statusRows.set(i, (rows = {}));
  return (rows[lang] ??= statusRow(i, lang));
}

function statusRowIn(i: InitiativeResult, lang: Language, incomplete: Incompleteness): InitiativeStatusRow {
  const row = cachedStatusRow(i, lang);
  return isIncomplete(incomplete, row.name) ? { ...row, incomplete: true } : row;
}

function allLines(
  source: readonly InitiativeResult[],
  lang: Language,
  incomplete: Incompleteness,
): InitiativeLines {
  const rows: InitiativeStatusRow[] = [];
  const rowAt = new Int32Array(source.length).fill(-1);
  let granted = 0;
  let grantedIncomplete = false;
  let rejected = 0;
  source.forEach((i, k) => {
    const place = placeOf(i);
    if (place & ROW) rowAt[k] = rows.push(statusRowIn(i, lang, incomplete)) - 1;
    if (place & GRANTED) {
      granted++;
      grantedIncomplete ||= isIncomplete(incomplete, i.initiative.name);
    }
    if (place & REJECTED) rejected++;
  });
  return { source, incomplete, rows, rowAt, granted, grantedIncomplete, rejected };
}

/**
 * The last lines with the rows of the results that are new objects made again; null when a new
 * one moved to another line (or the list is another), which only a full build places right.
 */
function patchedLines(
  last: InitiativeLines,
  source: readonly InitiativeResult[],
  lang: Language,
): InitiativeLines | null {
  if (last.source.length !== source.length) return null;
  let rows: InitiativeStatusRow[] | null = null;
  for (let k = 0; k < source.length; k++) {
    const i = source[k]!;
    const before = last.source[k]!;
    if (i === before) continue;
    const place = placeOf(i);
    if (place !== placeOf(before) || nameKey(i.initiative.name) !== nameKey(before.initiative.name))
      return null;
    if (!(place & ROW)) continue;
    rows ??= last.rows.slice();
    rows[last.rowAt[k]!] = statusRowIn(i, lang, last.incomplete);
  }
  return { ...last, source, rows: rows ?? last.rows };
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
    // Only a difference that changes the decision: a few hundred kronor under the rounding step
    // would warn on nearly every application and teach the meeting to ignore warnings.
    i.statedDifferenceMatters && i.statedDifference && i.initiative.statedApplied
      ? s.statusStatedDiffers(
          formatKronor(i.initiative.statedApplied, lang),
          formatKronor(i.applied.rounded.total, lang),
          formatKronor(i.statedDifference.abs(), lang),
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
    incomplete: false,
  };
}
