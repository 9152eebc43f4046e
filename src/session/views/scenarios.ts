// Scenarier: a scenario's label, and two results side by side.
import Decimal from 'decimal.js';
import type { BudgetResult } from '../../engine/types';
import type { Language } from '../../issues/types';
import { formatKronor } from '../format';
import { stringsFor } from '../../i18n';
import { isIncomplete, type Incompleteness } from '../../engine';
import { decisionFrame, frameFigure, type FrameFigure } from './frame';

const ZERO = new Decimal(0);

export function scenarioLabel(scenario: string | null, lang: Language): string {
  return scenario ?? stringsFor(lang).applicationName;
}

export interface CompareRow {
  label: string;
  left: string;
  right: string;
  difference: string;
  /** Input errors kept rows out of these figures. */
  incomplete: boolean;
}

/** One decision year against the frame under each of the two. */
export interface CompareFrameRow {
  year: number;
  left: FrameFigure;
  right: FrameFigure;
  incomplete: boolean;
}

export interface CompareView {
  leftName: string;
  rightName: string;
  /** Room or excess per decision year: what the meeting compares scenarios by. */
  frame: CompareFrameRow[];
  years: CompareRow[];
  initiatives: CompareRow[];
  total: CompareRow;
}

/** Proposed figures of two results side by side; a result with scenario null is the application. */
export function compareView(
  left: BudgetResult,
  right: BudgetResult,
  lang: Language,
  incomplete?: Incompleteness,
): CompareView {
  const s = stringsFor(lang);
  const incompleteYears = new Set(incomplete?.years ?? []);
  const row = (label: string, a: Decimal, b: Decimal, marked = false): CompareRow => ({
    label,
    left: formatKronor(a, lang),
    right: formatKronor(b, lang),
    difference: formatKronor(b.minus(a), lang),
    incomplete: marked,
  });
  const overOf = (r: BudgetResult) =>
    new Map(
      r.frame.map((y) =>
        r.scenario === null
          ? [y.year, frameFigure(y.overApplied, y.overAppliedPercent, lang)]
          : [y.year, frameFigure(y.overProposed, y.overProposedPercent, lang)],
      ),
    );
  const leftOver = overOf(left);
  const rightOver = overOf(right);
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
    frame: decisionFrame(right).flatMap((y) => {
      const a = leftOver.get(y.year);
      const b = rightOver.get(y.year);
      return a && b ? [{ year: y.year, left: a, right: b, incomplete: incompleteYears.has(y.year) }] : [];
    }),
    years: years.map((y) => row(String(y), ly.get(y) ?? ZERO, ry.get(y) ?? ZERO, incompleteYears.has(y))),
    // Both results are of one input: the same initiatives in the same order.
    initiatives: left.initiatives.map((i, n) => {
      const other = right.initiatives[n];
      return row(
        i.initiative.name,
        i[figure(left)].rounded.total,
        other ? other[figure(right)].rounded.total : ZERO,
        incomplete ? isIncomplete(incomplete, i.initiative.name) : false,
      );
    }),
    total: row(s.wholePeriod, total(left), total(right), incompleteYears.size > 0),
  };
}
