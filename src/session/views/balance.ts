// "Få budgeten att gå ihop": what each balancing proposal would do, before anything is written —
// per target year the new over/room (or equity against the floor), the rows it adds, and which
// initiatives it touches by how much. Pure: from the engine's BalanceOutcome.
import type Decimal from 'decimal.js';
import type { BalanceMethod, BalanceOutcome, BalanceProposal, BalanceTarget } from '../../engine/balance';
import type { BudgetResult } from '../../engine/types';
import type { Language } from '../../issues/types';
import { formatFte, formatKronor, formatPercent } from '../format';
import { stringsFor, type Strings } from '../../i18n';
import { scenarioLabel } from './scenarios';

export interface BalanceYearView {
  year: number;
  /** "12 000 kr över ramen" / "40 000 kr kvar", or equity against the floor. */
  figure: string;
  /** Still over the frame (or below the floor) in this year: never so for a proposal. */
  isOver: boolean;
  /**
   * Why a year that is not a decision year is in the target (equity carries over from it), so the
   * meeting is not surprised by, say, 2024 in a round that decides 2025–2026; null for decision years.
   */
  note: string | null;
}

export interface BalanceTouchedView {
  initiative: string;
  /** "7 800 000 kr → 7 290 000 kr" */
  change: string;
  /** The cut in kronor, with its sign: "−510 000 kr". */
  cut: string;
  /** "−6,5 %" */
  percent: string;
}

export interface BalanceProposalView {
  method: BalanceMethod;
  title: string;
  /** The name the proposal is written under. */
  scenario: string;
  /** Lika andel: "93,4 % av beräknat belopp …"; null for the other methods. */
  share: string | null;
  rowCount: number;
  rowsAdded: string;
  years: BalanceYearView[];
  touched: BalanceTouchedView[];
}

export interface BalanceView {
  kind: 'fits' | 'infeasible' | 'proposals';
  base: string;
  target: string;
  /** When infeasible: each year that stays broken and by how much. */
  blocking: string[];
  /** Methods that found no answer although the round can be made to fit; null when none. */
  unmet: string | null;
  /** Roles färre tjänster leaves alone, one line each with why (rows of different FTEs, a held row). */
  notCut: string[];
  proposals: BalanceProposalView[];
}

const MINUS = '\u2212';

export function methodTitle(method: BalanceMethod, s: Strings): string {
  switch (method) {
    case 'equal-share':
      return s.methodEqualShare;
    case 'fewer-posts':
      return s.methodFewerPosts;
    case 'fewest-changes':
      return s.methodFewestChanges;
  }
}

function yearsText(years: readonly number[], lang: Language): string {
  if (years.length <= 1) return years.join('');
  const and = lang === 'sv' ? 'och' : 'and';
  return `${years.slice(0, -1).join(', ')} ${and} ${years[years.length - 1]}`;
}

function targetText(target: BalanceTarget, lang: Language, s: Strings): string {
  const years = yearsText(target.years, lang);
  return target.equityFloor
    ? s.balanceTargetEquity(formatKronor(target.equityFloor, lang), years)
    : s.balanceTargetFrame(years);
}

function yearView(
  proposal: BalanceProposal,
  year: number,
  target: BalanceTarget,
  decisionYears: readonly number[],
  lang: Language,
  s: Strings,
): BalanceYearView | null {
  const y = proposal.frame.find((f) => f.year === year);
  if (!y) return null;
  if (target.equityFloor && y.equityEnd) {
    const margin = y.equityEnd.minus(target.equityFloor);
    const equity = formatKronor(y.equityEnd, lang);
    // Only the equity target reaches beyond the decision years (every Ram year, rules § 12).
    const note = decisionYears.length > 0 && !decisionYears.includes(year) ? s.balanceYearNotDecision : null;
    return margin.isNegative()
      ? {
          year,
          figure: s.balanceYearBelowFloor(equity, formatKronor(margin.abs(), lang)),
          isOver: true,
          note,
        }
      : { year, figure: s.balanceYearAboveFloor(equity, formatKronor(margin, lang)), isOver: false, note };
  }
  return y.overProposed.gt(0)
    ? { year, figure: s.balanceYearOver(formatKronor(y.overProposed, lang)), isOver: true, note: null }
    : {
        year,
        figure: s.balanceYearRoom(formatKronor(y.overProposed.negated(), lang)),
        isOver: false,
        note: null,
      };
}

function signed(text: string, negative: boolean): string {
  return negative ? `${MINUS}${text}` : text;
}

export interface NotCutRole {
  role: string;
  initiative: string;
  /** Why färre tjänster leaves it alone, one sentence: rows of different FTEs, or a held row. */
  why: string;
}

/**
 * The roles färre tjänster does not cut, each with why: the one wording (src/i18n) of the pane's
 * panel and the CLI's report, which each name the role in their own layout. `fte` writes an FTE:
 * the pane's formatFte by default (the CLI's report writes "50 %" in both languages).
 */
export function notCutRoles(
  notCut: BalanceOutcome['notCut'],
  lang: Language,
  fte: (value: Decimal, lang: Language) => string = formatFte,
): NotCutRole[] {
  const s = stringsFor(lang);
  return notCut.map((n) => ({
    role: n.role,
    initiative: n.initiative,
    why:
      n.reason === 'held-row'
        ? s.balanceNotCutHeldRow
        : s.balanceNotCutDifferentFte(
            n.rows.map((r, i) => s.balanceRowFte(String(r.row ?? i + 1), fte(r.fte, lang))).join(', '),
          ),
  }));
}

/** The heading over notCutRoles' lines. */
export function notCutHeading(lang: Language): string {
  return stringsFor(lang).balanceNotCutHeading;
}

/** `decisionYears`: the round's decision years (BudgetResult.decisionYears), to explain any other year. */
export function balanceView(
  outcome: BalanceOutcome,
  lang: Language,
  decisionYears: readonly number[],
): BalanceView {
  const s = stringsFor(lang);
  const equity = outcome.target.equityFloor !== null;
  const view: BalanceView = {
    kind: !outcome.feasible ? 'infeasible' : outcome.alreadyFits ? 'fits' : 'proposals',
    base: s.balanceBase(scenarioLabel(outcome.base, lang)),
    target: targetText(outcome.target, lang, s),
    blocking: outcome.blocking.map(({ year, over }) =>
      (equity ? s.balanceBlockingBelow : s.balanceBlockingOver)(String(year), formatKronor(over, lang)),
    ),
    unmet: outcome.unmet.length
      ? s.balanceUnmet(outcome.unmet.map((m) => methodTitle(m, s)).join(', '))
      : null,
    notCut: notCutRoles(outcome.notCut, lang).map((n) => s.balanceNotCutRole(n.role, n.initiative, n.why)),
    proposals: outcome.proposals.map((p) => ({
      method: p.method,
      title: methodTitle(p.method, s),
      scenario: p.scenario,
      share: p.share ? s.balanceShare(formatPercent(p.share.times(100), lang, 1)) : null,
      rowCount: p.added.length,
      rowsAdded: s.balanceRowsAdded(p.added.length),
      years: outcome.target.years.flatMap(
        (y) => yearView(p, y, outcome.target, decisionYears, lang, s) ?? [],
      ),
      touched: p.touched.map((t) => {
        const cut = t.before.minus(t.after);
        return {
          initiative: t.initiative,
          change: s.balanceTouched(formatKronor(t.before, lang), formatKronor(t.after, lang)),
          cut: signed(formatKronor(cut.abs(), lang), cut.gt(0)),
          percent: signed(formatPercent(t.cutPercent.abs(), lang, 1), t.cutPercent.gt(0)),
        };
      }),
    })),
  };
  return view;
}

/**
 * Whether Översikt offers the proposals next to its headline: the target the proposals check is
 * broken — with Eget kapital a year ending below the equity floor, else a decision year over the frame.
 */
export function offersBalance(result: BudgetResult): boolean {
  if (result.equity) return result.frame.some((y) => y.shortProposed !== null && y.shortProposed.gt(0));
  const decision = new Set(result.decisionYears);
  return result.frame.some((y) => decision.has(y.year) && y.overProposed.gt(0));
}
