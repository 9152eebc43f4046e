// `insatsbudget balance`: the proposals of "Få budgeten att gå ihop" (issue 14) as JSON and as a
// report, in Swedish or English. Pure: built from the engine's BalanceOutcome.
import type Decimal from 'decimal.js';
import { ACTION_LABELS } from '../contract';
import type { BalanceMethod, BalanceOutcome } from '../engine/balance';
import type { Adjustment } from '../engine/types';
import type { Language } from '../issues/types';
import { formatFte } from '../format';
import { notCutHeading, notCutRoles } from '../session/views/balance';
import { kronor } from './json';
import { formatKronor, formatPercent, pad } from './report';

export interface BalanceAdjustmentJson {
  initiative: string;
  role: string | null;
  /** The Åtgärd word as the workbook's Justeringar would hold it, in its headers' language: Omfattning / Set FTE, Tak / Cap, … */
  action: string;
  /** As the workbook holds it: Omfattning as a fraction (0.3 is 30 %), Tak in kronor. */
  value: number | string | null;
  reason: string | null;
}

export interface BalanceJson {
  base: string | null;
  target: { years: number[]; equityFloor: number | null };
  feasible: boolean;
  alreadyFits: boolean;
  blocking: Array<{ year: number; over: number }>;
  unmet: BalanceMethod[];
  /** Roles färre tjänster does not cut, and why; `fte` as a fraction, `row` the Bemanning row. */
  notCut: Array<{
    initiative: string;
    role: string;
    reason: 'different-fte' | 'held-row';
    rows: Array<{ row: number | null; fte: number }>;
  }>;
  proposals: Array<{
    method: BalanceMethod;
    scenario: string;
    adjustments: BalanceAdjustmentJson[];
    frame: Array<{ year: number; proposed: number; overProposed: number }>;
  }>;
}

const number = (d: Decimal): number => Number(d.toString());

export function adjustmentJson(a: Adjustment, words: Language = 'sv'): BalanceAdjustmentJson {
  return {
    initiative: a.initiative,
    role: a.action === 'cap' ? null : a.role,
    action: ACTION_LABELS[a.action][words],
    value:
      a.action === 'setFte'
        ? number(a.fte)
        : a.action === 'cap'
          ? kronor(a.amount)
          : a.action === 'setEnd'
            ? a.end
            : null,
    reason: a.reason,
  };
}

/** `words`: the language of the workbook's Justeringar headers, which the Åtgärd words follow. */
export function balanceJson(outcome: BalanceOutcome, words: Language = 'sv'): BalanceJson {
  return {
    base: outcome.base,
    target: {
      years: outcome.target.years,
      equityFloor: outcome.target.equityFloor === null ? null : kronor(outcome.target.equityFloor),
    },
    feasible: outcome.feasible,
    alreadyFits: outcome.alreadyFits,
    blocking: outcome.blocking.map((b) => ({ year: b.year, over: kronor(b.over) })),
    unmet: outcome.unmet,
    notCut: outcome.notCut.map((n) => ({
      initiative: n.initiative,
      role: n.role,
      reason: n.reason,
      rows: n.rows.map((r) => ({ row: r.row, fte: number(r.fte) })),
    })),
    proposals: outcome.proposals.map((p) => ({
      method: p.method,
      scenario: p.scenario,
      adjustments: p.rows.map((a) => adjustmentJson(a, words)),
      frame: p.frame.map((f) => ({
        year: f.year,
        proposed: kronor(f.proposed),
        overProposed: kronor(f.overProposed),
      })),
    })),
  };
}

const T = {
  sv: {
    title: (file: string) => `Insatsbudget: ${file} – få budgeten att gå ihop`,
    base: (name: string | null) => (name === null ? 'Utgår från: ansökan' : `Utgår från: scenariot ${name}`),
    targetFrame: (years: string) => `Mål: föreslaget högst tillgängligt år ${years}`,
    targetEquity: (floor: string, years: string) =>
      `Mål: eget kapital vid årets slut minst ${floor}, år ${years}`,
    noYears: 'Mål: inga år att hålla (inget beslutsår har en rad i Ram).',
    fits: 'Budgeten går redan ihop: inget förslag behövs.',
    infeasible:
      'Det går inte: även med varje öppen ansökan på noll (låsta insatser och rader hela) bryts målet av det som är beviljat eller låst:',
    overFrame: (year: number, amount: string) => `  ${year}: ${amount} över ramen`,
    belowFloor: (year: number, amount: string) => `  ${year}: ${amount} under lägsta eget kapital`,
    method: {
      'equal-share': 'lika andel',
      'fewer-posts': 'färre tjänster',
      'fewest-changes': 'färst ändringar',
    } as Record<BalanceMethod, string>,
    share: (percent: string) => `alla öppna ansökningar får ${percent} av sitt belopp`,
    rows: (n: number) => `${n} ${n === 1 ? 'ny rad' : 'nya rader'} i Justeringar`,
    unmet: (method: string) => `Förslag: ${method} – når inte målet med den metoden.`,
    head: ['År', 'Förslag', 'Tillgängligt', 'Över/kvar', 'Eget kapital'],
    over: (amount: string) => `${amount} över`,
    room: (amount: string) => `${amount} kvar`,
    cap: 'Tak',
    fte: 'Omfattning',
    written: (file: string, n: number) =>
      `Skrev ${file} (${n} ${n === 1 ? 'scenario' : 'scenarier'} tillagda i Justeringar).`,
    notWritten: (file: string) => `${file} skrevs inte: indata har fel.`,
    errors: (n: number) =>
      `Indata har ${n} fel (visas av insatsbudget summarize); förslagen bygger på det som gick att läsa.`,
  },
  en: {
    title: (file: string) => `Insatsbudget: ${file} – make the budget fit`,
    base: (name: string | null) =>
      name === null ? 'Starting from: the application' : `Starting from: scenario ${name}`,
    targetFrame: (years: string) => `Target: proposed at most available in ${years}`,
    targetEquity: (floor: string, years: string) =>
      `Target: equity at year end at least ${floor}, in ${years}`,
    noYears: 'Target: no years to keep (no decision year has a Ram row).',
    fits: 'The budget already fits: no proposal is needed.',
    infeasible:
      'It cannot be done: even with every open application at zero (held initiatives and rows kept whole), what is granted or held breaks the target:',
    overFrame: (year: number, amount: string) => `  ${year}: ${amount} over the frame`,
    belowFloor: (year: number, amount: string) => `  ${year}: ${amount} below the equity floor`,
    method: {
      'equal-share': 'equal share',
      'fewer-posts': 'fewer posts',
      'fewest-changes': 'fewest changes',
    } as Record<BalanceMethod, string>,
    share: (percent: string) => `every open application gets ${percent} of its amount`,
    rows: (n: number) => `${n} new ${n === 1 ? 'row' : 'rows'} in Justeringar`,
    unmet: (method: string) => `Proposal: ${method} – cannot reach the target that way.`,
    head: ['Year', 'Proposed', 'Available', 'Over/room', 'Equity'],
    over: (amount: string) => `${amount} over`,
    room: (amount: string) => `${amount} room`,
    cap: 'Cap',
    fte: 'FTE',
    written: (file: string, n: number) =>
      `Wrote ${file} (${n} ${n === 1 ? 'scenario' : 'scenarios'} added to Justeringar).`,
    notWritten: (file: string) => `${file} was not written: the input has errors.`,
    errors: (n: number) =>
      `The input has ${n} errors (insatsbudget summarize shows them); the proposals rest on what could be read.`,
  },
};

export interface BalanceReportOptions {
  lang: Language;
  workbook: string;
  out: string | null;
  written: boolean;
  errors: number;
}

const years = (ys: readonly number[]) => ys.join(', ');

export function balanceReport(outcome: BalanceOutcome, options: BalanceReportOptions): string {
  const { lang } = options;
  const t = T[lang];
  const kr = (d: Decimal) => formatKronor(kronor(d), lang);
  const lines = [t.title(options.workbook), t.base(outcome.base)];
  const floor = outcome.target.equityFloor;
  if (outcome.target.years.length === 0) lines.push(t.noYears);
  else
    lines.push(
      floor === null
        ? t.targetFrame(years(outcome.target.years))
        : t.targetEquity(kr(floor), years(outcome.target.years)),
    );
  if (options.errors > 0) lines.push(t.errors(options.errors));
  lines.push('');
  if (outcome.alreadyFits) lines.push(t.fits);
  if (!outcome.feasible) {
    lines.push(t.infeasible);
    for (const b of outcome.blocking)
      lines.push(floor === null ? t.overFrame(b.year, kr(b.over)) : t.belowFloor(b.year, kr(b.over)));
  }
  outcome.proposals.forEach((p, i) => {
    const added = p.added.length;
    const share = p.share === null ? '' : `: ${t.share(formatPercent(number(p.share.times(100)), lang))}`;
    lines.push(`${i + 1}. ${p.scenario}${share} (${t.rows(added)})`);
    for (const touched of p.touched)
      lines.push(
        `   ${touched.initiative}: ${kr(touched.before)} → ${kr(touched.after)} (−${formatPercent(number(touched.cutPercent), lang)})`,
      );
    for (const a of p.added) {
      if (a.action === 'setFte')
        lines.push(`   ${t.fte} ${a.role} (${a.initiative}): ${formatFte(a.fte, lang)}`);
      if (a.action === 'cap') lines.push(`   ${t.cap} ${a.initiative}: ${kr(a.amount)}`);
    }
    const rows = p.frame
      .filter((f) => outcome.target.years.includes(f.year))
      .map((f) => [
        String(f.year),
        kr(f.proposed),
        kr(f.available),
        f.overProposed.gt(0) ? t.over(kr(f.overProposed)) : t.room(kr(f.overProposed.neg())),
        f.equityEnd === null ? '' : kr(f.equityEnd),
      ]);
    const head = floor === null ? t.head.slice(0, 4) : t.head;
    lines.push(
      ...pad([head, ...rows.map((r) => (floor === null ? r.slice(0, 4) : r))]).map((l) => `   ${l}`),
    );
    lines.push('');
  });
  for (const m of outcome.unmet) lines.push(t.unmet(t.method[m]));
  if (outcome.notCut.length > 0) {
    // The pane's wording (session/views/balance.ts), in the report's layout.
    lines.push(notCutHeading(lang));
    for (const n of notCutRoles(outcome.notCut, lang, formatFte))
      lines.push(`  ${n.role} (${n.initiative}): ${n.why}`);
  }
  if (options.out !== null)
    lines.push(
      options.written ? t.written(options.out, outcome.proposals.length) : t.notWritten(options.out),
    );
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
