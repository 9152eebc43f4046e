// The decision years against the frame: what leads Översikt, and the strip every view keeps in
// sight while cutting. Room left in one year does not pay for another, so each year stands alone.
import Decimal from 'decimal.js';
import type { BudgetResult, FrameYearResult } from '../../engine/types';
import type { Incompleteness } from '../../engine';
import type { Language } from '../../issues/types';
import { formatKronor, formatPercent } from '../format';
import { stringsFor } from '../../i18n';
import { sameName } from '../../workbook/names';
import { yearRanges } from '../../summary/years';
import { scenarioLabel } from './scenarios';

/** One figure against the frame: "129 271 kr över" or "98 364 kr kvar", never a negative "over". */
export interface FrameFigure {
  /** The amount without sign, formatted. */
  magnitude: string;
  /** "129 271 kr över" / "98 364 kr kvar". */
  text: string;
  /** "4,6 % av tillgängligt" – the share of the year's available funds. */
  percent: string;
  isOver: boolean;
}

export interface DecisionYear {
  year: number;
  available: string;
  applied: string;
  proposed: string;
  appliedFrame: FrameFigure;
  proposedFrame: FrameFigure;
  /** An incomplete initiative runs this year: its figures lack rows. */
  incomplete: boolean;
  /** Bar lengths on one scale for all the years shown (0–1), the frame as a line at `frame`. */
  bars: { applied: number; proposed: number; frame: number };
}

export interface DecisionYearsView {
  /** "Beslutsår 2024–2026". */
  heading: string;
  years: DecisionYear[];
  /**
   * Frame years an error kept out of Ram, one line each ("år 2025: ramen kan inte läsas – se cell
   * Ram!A3"): without them the years above would silently lack a year.
   */
  unreadYears: string[];
}

export function frameFigure(over: Decimal, percent: Decimal | null, lang: Language): FrameFigure {
  const s = stringsFor(lang);
  const isOver = over.greaterThan(0);
  const magnitude = formatKronor(over.abs(), lang);
  return {
    magnitude,
    text: isOver ? s.frameOver(magnitude) : s.frameRoom(magnitude),
    percent: percent === null ? '–' : s.frameShare(formatPercent(percent.abs(), lang)),
    isOver,
  };
}

/** The frame years the meeting decides about: those this round's applications run in (all when none). */
export function decisionFrame(result: BudgetResult): FrameYearResult[] {
  const decision = new Set(result.decisionYears);
  const years = result.frame.filter((y) => decision.has(y.year));
  return years.length > 0 ? years : result.frame;
}

/**
 * One line per Ram row an error kept out: its year is missing from the frame's figures ("år 2025:
 * ramen kan inte läsas – se cell Ram!A3. Året saknas i siffrorna ovan."). Översikt shows them under
 * the decision years, the CLI's report under its frame table: one wording.
 */
export function unreadFrameYears(incomplete: Incompleteness, lang: Language): string[] {
  const s = stringsFor(lang);
  return incomplete.unreadFrameRows.map((r) => s.frameYearUnread(r.year, r.cell));
}

export function decisionYearsView(
  result: BudgetResult,
  lang: Language,
  incomplete: Incompleteness,
): DecisionYearsView {
  const s = stringsFor(lang);
  const frame = decisionFrame(result);
  // One scale for every year shown, so that a longer bar is a larger amount.
  const largest = frame.reduce(
    (max, y) => Decimal.max(max, y.available, y.applied, y.proposed),
    new Decimal(1),
  );
  const fraction = (d: Decimal) => Math.max(0, d.div(largest).toNumber());
  const marked = new Set(incomplete.years);
  return {
    heading: s.decisionYearsHeading(yearRanges(frame.map((y) => y.year))),
    years: frame.map((y) => ({
      year: y.year,
      available: formatKronor(y.available, lang),
      applied: formatKronor(y.applied, lang),
      proposed: formatKronor(y.proposed, lang),
      appliedFrame: frameFigure(y.overApplied, y.overAppliedPercent, lang),
      proposedFrame: frameFigure(y.overProposed, y.overProposedPercent, lang),
      incomplete: marked.has(y.year),
      bars: { applied: fraction(y.applied), proposed: fraction(y.proposed), frame: fraction(y.available) },
    })),
    unreadYears: unreadFrameYears(incomplete, lang),
  };
}

// ------------------------------------------------------------ the frame strip

export interface StripItem {
  year: number;
  figure: FrameFigure;
  /** The change of the proposal's cost since the previous figures: "−101 141 kr"; null when none. */
  change: string | null;
  incomplete: boolean;
}

export interface StripInitiativeYear {
  year: number;
  amount: string;
}

export interface FrameStripView {
  items: StripItem[];
  /** The chosen initiative's own proposed amounts in the decision years (Insatser), or null. */
  initiative: { name: string; years: StripInitiativeYear[] } | null;
  /** One sentence for a screen reader after a change: the years and their changes. */
  announcement: string;
}

/** A signed change: "−101 141 kr", "+12 000 kr"; null when there is none. */
function changeText(change: Decimal | undefined, lang: Language): string | null {
  if (!change || change.isZero()) return null;
  const text = formatKronor(change, lang);
  return change.isPositive() ? `+${text}` : text;
}

/**
 * How the proposal's cost moved per decision year from `before` to `after` (same input, same
 * scenario); null when no year moved, e.g. a re-read that changed nothing.
 */
export function frameChange(before: BudgetResult, after: BudgetResult): Map<number, Decimal> | null {
  const was = new Map(before.frame.map((y) => [y.year, y.proposed]));
  const change = new Map<number, Decimal>();
  for (const y of decisionFrame(after)) {
    const previous = was.get(y.year);
    if (previous && !previous.eq(y.proposed)) change.set(y.year, y.proposed.minus(previous));
  }
  return change.size > 0 ? change : null;
}

/** The change the last cut made, per decision year. */
export interface LastChange {
  change: Map<number, Decimal>;
}

/**
 * The strip: each decision year's room or excess under the active figures, with the change the
 * last cut made (`change`, from frameChange) and, in Insatser, the chosen initiative's own years.
 */
export function frameStripView(
  result: BudgetResult,
  lang: Language,
  incomplete: Incompleteness,
  last: LastChange | null,
  initiative: string | null,
): FrameStripView {
  const s = stringsFor(lang);
  const marked = new Set(incomplete.years);
  const items: StripItem[] = decisionFrame(result).map((y) => ({
    year: y.year,
    figure: frameFigure(y.overProposed, y.overProposedPercent, lang),
    change: changeText(last?.change.get(y.year), lang),
    incomplete: marked.has(y.year),
  }));
  const chosen = initiative
    ? result.initiatives.find((i) => sameName(i.initiative.name, initiative))
    : undefined;
  const years = new Set(items.map((i) => i.year));
  return {
    items,
    initiative: chosen
      ? {
          name: chosen.initiative.name,
          years: [...chosen.proposed.rounded.byYear.entries()]
            .filter(([year]) => years.has(year))
            .sort(([a], [b]) => a - b)
            .map(([year, amount]) => ({ year, amount: formatKronor(amount, lang) })),
        }
      : null,
    announcement: s.headlineAnnouncement(
      scenarioLabel(result.scenario, lang),
      items
        .map((i) => (i.change ? `${i.year}: ${i.figure.text} (${i.change})` : `${i.year}: ${i.figure.text}`))
        .join(', '),
    ),
  };
}

export { FIGURE_COLOURS } from '../../summary/chart-colours';
