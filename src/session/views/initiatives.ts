// Insatser: the list, and one initiative in detail with its roles applied vs. proposed.
import Decimal from 'decimal.js';
import type { BudgetResult, RoundStatus, StaffingResult } from '../../engine/types';
import type { Language } from '../../issues/types';
import { formatDateLong, formatFte, formatKronor, yearLabel } from '../format';
import { nameKey, sameName } from '../../workbook/names';
import { amountFieldText, fteFieldText } from '../input';
import { isIncomplete, sharedFte, type Incompleteness } from '../../engine';
import { stringsFor } from '../../i18n';

const ZERO = new Decimal(0);

export interface InitiativeListItem {
  name: string;
  owner: string;
  period: string;
  applied: string;
  proposed: string;
  adjusted: boolean;
  removed: boolean;
  included: boolean;
  /** Ansökan, Beviljad or Avslag: only applications take cuts. */
  roundStatus: RoundStatus;
  /** Input errors kept rows out of its figures. */
  incomplete: boolean;
}

export function initiativesView(
  result: BudgetResult,
  lang: Language,
  incomplete?: Incompleteness,
): InitiativeListItem[] {
  return result.initiatives.map((i) => ({
    name: i.initiative.name,
    owner: i.initiative.owner ?? '',
    period: `${i.initiative.start} – ${i.initiative.end}`,
    applied: formatKronor(i.applied.rounded.total, lang),
    proposed: formatKronor(i.proposed.rounded.total, lang),
    adjusted: i.adjusted,
    removed: i.removed,
    included: i.included,
    roundStatus: i.roundStatus,
    incomplete: incomplete ? isIncomplete(incomplete, i.initiative.name) : false,
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
  /**
   * Its grant-funded rows share one FTE (one row, or one post over several periods): an Omfattning
   * sets them all, so the pane can set it as one post.
   */
  canSetFte: boolean;
  /** The FTE: the rows' shared FTE, else (own rows, or rows that differ) their sum. */
  fteApplied: string;
  fteProposed: string;
  /** "samma omfattning på 2 rader i Bemanning" when a shared FTE stands for several rows; else null. */
  fteRows: string | null;
  /** The proposed FTE as a fraction (3.5 for 350 %), exact: the stepper counts from it. */
  fteProposedValue: Decimal;
  /** The proposed FTE as its field shows it: sv "300,5", en "300.5". */
  fteField: string;
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
  /** Ansökan, Beviljad or Avslag: granted and rejected initiatives take no cut. */
  roundStatus: RoundStatus;
  adjusted: boolean;
  /** Input errors kept rows out of its figures. */
  incomplete: boolean;
  /** The scenario's cap on this initiative, if any (as written, not only when it scaled). */
  cap: { text: string; value: Decimal } | null;
  /** The cap field's text: the cap in effect as typed ("6984000"), or empty. */
  capField: string;
  roles: RoleView[];
  /** Other costs per year, applied vs proposed totals of the initiative per year. */
  years: RoleYear[];
}

export function initiativeDetail(
  result: BudgetResult,
  name: string,
  lang: Language,
  incomplete?: Incompleteness,
): InitiativeDetail | null {
  const i = result.initiatives.find((r) => sameName(r.initiative.name, name));
  if (!i) return null;
  const { start, end } = i.initiative;
  const label = (year: number) => yearLabel(year, start, end, lang);
  const groups = new Map<string, StaffingResult[]>();
  for (const r of i.staffing) {
    const key = `${nameKey(r.row.role)}|${r.row.funding}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const cuttable = i.roundStatus === 'application';
  const roles: RoleView[] = [...groups.entries()].map(([key, group]) =>
    roleView(key, group, label, lang, cuttable),
  );
  const cap = i.cap;
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
    roundStatus: i.roundStatus,
    adjusted: i.adjusted,
    incomplete: incomplete ? isIncomplete(incomplete, i.initiative.name) : false,
    cap: cap ? { text: formatKronor(cap, lang), value: cap } : null,
    capField: cap ? amountFieldText(cap, lang) : '',
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
  cuttable: boolean,
): RoleView {
  const first = group[0]!;
  const own = first.row.funding === 'own';
  // Grant-funded rows of one FTE are one post: an Omfattning sets them all (rules § 5).
  const shared = own ? null : sharedFte(group.map((r) => r.fteApplied));
  const fteApplied = shared ?? group.reduce((sum, r) => sum.plus(r.fteApplied), ZERO);
  const fteProposed =
    shared !== null ? first.fteProposed : group.reduce((sum, r) => sum.plus(r.fteProposed), ZERO);
  const applied = sumByYear(group, 'appliedByYear');
  const proposed = sumByYear(group, 'proposedByYear');
  const years = [...new Set([...applied.keys(), ...proposed.keys()])].sort((a, b) => a - b);
  const total = (m: Map<number, Decimal>) => [...m.values()].reduce((s, d) => s.plus(d), ZERO);
  const endsProposed = group.map((r) => r.endProposed ?? r.endApplied);
  return {
    key,
    role: first.row.role,
    own,
    editable: cuttable && !own && group.every((r) => r.included),
    canSetFte: cuttable && shared !== null && group.every((r) => r.included),
    fteApplied: formatFte(fteApplied, lang),
    fteProposed: formatFte(fteProposed, lang),
    fteRows: shared !== null && group.length > 1 ? stringsFor(lang).fteSharedRows(group.length) : null,
    fteProposedValue: fteProposed,
    fteField: fteFieldText(fteProposed, lang),
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
