// The human-readable report of `summarize` without --json: oversubscription per year, totals and
// the issues with their cells, in Swedish or English. Pure: built from the summary (json.ts).
import Decimal from 'decimal.js';
import { formatKronor as formatKronorExact, formatPercent as formatPercentExact } from '../format';
import type { Language } from '../issues/types';
import { yearRanges } from '../summary/years';
import type { ReportSummary } from './json';

// Amounts and percentages read as in the pane and the summary sheets: one formatter (src/format).
export function formatKronor(amount: number, lang: Language): string {
  return formatKronorExact(new Decimal(amount), lang);
}

export function formatPercent(value: number, lang: Language): string {
  return formatPercentExact(new Decimal(value), lang);
}

const T = {
  sv: {
    title: (file: string) => `Insatsbudget: ${file}`,
    scenario: (name: string | null) =>
      name === null ? 'Scenario: inget – förslaget är lika med ansökan' : `Scenario: ${name}`,
    frameHeading: 'Ram per år (över = summa − tillgängligt; procent av tillgängligt)',
    noFrame: 'Ingen ram angiven (tabellen Ram är tom eller saknas).',
    year: 'År',
    available: 'Tillgängligt',
    applied: 'Ansökt',
    proposed: 'Förslag',
    over: 'över',
    room: 'kvar',
    appliedVsFrame: 'Ansökt mot ram',
    proposedVsFrame: 'Förslag mot ram',
    totals: (a: string, p: string, s: string, d: string) =>
      `Summa: ansökt ${a} · förslag ${p} · egenfinansiering ${s} · beslutsbelopp ${d}`,
    initiatives: (n: number) => `${n} ${n === 1 ? 'insats' : 'insatser'}.`,
    round: (applications: number, granted: number, rejected: number) =>
      `${applications} ${applications === 1 ? 'ansökan' : 'ansökningar'} i omgången, ${granted} tidigare ${granted === 1 ? 'beviljad' : 'beviljade'}, ${rejected} ${rejected === 1 ? 'avslagen' : 'avslagna'}.`,
    decisionYears: (years: string) => `Beslutsår: ${years}`,
    applicationTotals: (a: string, p: string, s: string, d: string) =>
      `Omgångens ansökningar: ansökt ${a} · förslag ${p} · egenfinansiering ${s} · beslutsbelopp ${d}`,
    grantedTotal: (g: string) => `Tidigare beviljat (ingår i summan): ${g}`,
    noDecisionYears: 'Beslutsår: inga (ingen insats har status Ansökan).',
    granted: 'Beviljat',
    equityEnd: (figure: string) => `Eget kapital vid årets slut, ${figure}`,
    short: (amount: string) => `${amount} under lägsta`,
    equityNote: (opening: string, floor: string) =>
      `Eget kapital vid början av ramens första år ${opening}; lägsta eget kapital ${floor}. Årets slut = början + tillgängligt − summa.`,
    noIssues: 'Inga fel eller varningar.',
    issues: (e: number, w: number) => `${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}:`,
    error: 'fel',
    warning: 'varning',
    written: (file: string, sheets: string) => `Skrev ${file} (${sheets}).`,
    notWritten: (file: string) => `${file} skrevs inte: indata har fel.`,
    incomplete: (names: string) =>
      `Ofullständiga (fel i indata håller rader utanför beloppen; inget beslut på dem): ${names}.`,
  },
  en: {
    title: (file: string) => `Insatsbudget: ${file}`,
    scenario: (name: string | null) =>
      name === null ? 'Scenario: none – the proposal equals the application' : `Scenario: ${name}`,
    frameHeading: 'Frame per year (over = sum − available; percent of available)',
    noFrame: 'No frame given (the Ram table is empty or missing).',
    year: 'Year',
    available: 'Available',
    applied: 'Applied',
    proposed: 'Proposed',
    over: 'over',
    room: 'left',
    appliedVsFrame: 'Applied vs frame',
    proposedVsFrame: 'Proposed vs frame',
    totals: (a: string, p: string, s: string, d: string) =>
      `Totals: applied ${a} · proposed ${p} · self-financed ${s} · decision amounts ${d}`,
    initiatives: (n: number) => `${n} ${n === 1 ? 'initiative' : 'initiatives'}.`,
    round: (applications: number, granted: number, rejected: number) =>
      `${applications} ${applications === 1 ? 'application' : 'applications'} in the round, ${granted} granted earlier, ${rejected} rejected.`,
    decisionYears: (years: string) => `Decision years: ${years}`,
    applicationTotals: (a: string, p: string, s: string, d: string) =>
      `This round's applications: applied ${a} · proposed ${p} · self-financed ${s} · decision amounts ${d}`,
    grantedTotal: (g: string) => `Granted earlier (part of the totals): ${g}`,
    noDecisionYears: 'Decision years: none (no initiative has the status Application).',
    granted: 'Granted',
    equityEnd: (figure: string) => `Equity at year end, ${figure}`,
    short: (amount: string) => `${amount} below floor`,
    equityNote: (opening: string, floor: string) =>
      `Equity at the start of the first frame year ${opening}; equity floor ${floor}. Year end = start + available − sum.`,
    noIssues: 'No errors or warnings.',
    issues: (e: number, w: number) =>
      `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}:`,
    error: 'error',
    warning: 'warning',
    written: (file: string, sheets: string) => `Wrote ${file} (${sheets}).`,
    notWritten: (file: string) => `${file} was not written: the input has errors.`,
    incomplete: (names: string) =>
      `Incomplete (input errors keep rows out of their figures; no decision on them): ${names}.`,
  },
} as const;

export interface ReportOptions {
  lang: Language;
  /** The input file as the user named it. */
  workbook: string;
  /** --out as the user named it, and the sheets written there (empty when nothing was written). */
  out: string | null;
  writtenSheets: string[];
  /** Eget kapital as used (whole kronor), for the note under the frame; null or absent without it. */
  equity?: { opening: number; floor: number } | null;
  /** Ram rows that cannot be read, one line each in Översikt's words (unreadFrameYears); absent: none. */
  unreadFrame?: readonly string[];
}

export function pad(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('   ')
      .trimEnd(),
  );
}

export function humanReport(json: ReportSummary, options: ReportOptions): string {
  const { lang } = options;
  const t = T[lang];
  const kr = (n: number) => formatKronor(n, lang);
  const overText = (over: number, pct: number | null) => {
    const amount = over > 0 ? `${kr(over)} ${t.over}` : `${kr(-over)} ${t.room}`;
    return pct === null ? amount : `${amount} (${formatPercent(Math.abs(pct), lang)})`;
  };
  const count = (status: string) => json.initiatives.filter((i) => i.status === status).length;
  const decided = count('granted') + count('rejected');
  const lines: string[] = [
    t.title(options.workbook),
    t.scenario(json.scenario),
    json.decisionYears.length ? t.decisionYears(yearRanges(json.decisionYears)) : t.noDecisionYears,
    decided
      ? `${t.initiatives(json.initiatives.length)} ${t.round(count('application'), count('granted'), count('rejected'))}`
      : t.initiatives(json.initiatives.length),
    '',
  ];
  const unread = options.unreadFrame ?? [];
  // A Ram whose every row is unreadable is not "empty or missing": the lines below say what is wrong.
  if (json.frame.length === 0) lines.push(...(unread.length ? unread : [t.noFrame]));
  else {
    lines.push(t.frameHeading);
    const withGranted = json.frame.some((f) => f.granted !== 0);
    const withEquity = json.frame.some((f) => f.equityEndApplied !== null);
    const equityText = (end: number | null, short: number | null) =>
      end === null ? '' : short ? `${kr(end)} (${t.short(kr(short))})` : kr(end);
    // The decision years first: they are what the round is about.
    const decision = new Set(json.decisionYears);
    const frame = [
      ...json.frame.filter((f) => decision.has(f.year)),
      ...json.frame.filter((f) => !decision.has(f.year)),
    ];
    const rows: string[][] = [
      [
        t.year,
        t.available,
        ...(withGranted ? [t.granted] : []),
        t.applied,
        t.appliedVsFrame,
        t.proposed,
        t.proposedVsFrame,
        ...(withEquity ? [t.equityEnd(t.applied.toLowerCase()), t.equityEnd(t.proposed.toLowerCase())] : []),
      ],
    ];
    for (const f of frame)
      rows.push([
        String(f.year),
        kr(f.available),
        ...(withGranted ? [kr(f.granted)] : []),
        kr(f.applied),
        overText(f.overApplied, f.overAppliedPercent),
        kr(f.proposed),
        overText(f.overProposed, f.overProposedPercent),
        ...(withEquity
          ? [equityText(f.equityEndApplied, f.shortApplied), equityText(f.equityEndProposed, f.shortProposed)]
          : []),
      ]);
    lines.push(...pad(rows).map((l) => `  ${l}`));
    // A year whose Ram row cannot be read is missing from the rows above: say so where they are.
    lines.push(...unread.map((l) => `  ${l}`));
    if (options.equity) lines.push('', t.equityNote(kr(options.equity.opening), kr(options.equity.floor)));
  }
  const { totals } = json;
  lines.push(
    '',
    t.totals(kr(totals.applied), kr(totals.proposed), kr(totals.selfFinanced), kr(totals.decisionAmount)),
  );
  if (decided) {
    // What the board decides on now, apart from what earlier decisions already hold.
    const applications = json.initiatives.filter((i) => i.status === 'application');
    const granted = json.initiatives.filter((i) => i.status === 'granted');
    const sum = (list: typeof applications, pick: (i: (typeof applications)[number]) => number) =>
      list.reduce((acc, i) => acc + pick(i), 0);
    lines.push(
      t.applicationTotals(
        kr(sum(applications, (i) => i.applied.total)),
        kr(sum(applications, (i) => i.proposed.total)),
        kr(sum(applications, (i) => i.selfFinanced.total)),
        kr(sum(applications, (i) => i.decisionAmount)),
      ),
      t.grantedTotal(kr(sum(granted, (i) => i.proposed.total))),
    );
  }
  lines.push('');
  const incomplete = json.initiatives.filter((i) => i.incomplete).map((i) => i.name);
  if (incomplete.length) lines.push(t.incomplete(incomplete.join(', ')), '');
  const errors = json.issues.filter((i) => i.severity === 'error').length;
  if (json.issues.length === 0) lines.push(t.noIssues);
  else {
    lines.push(t.issues(errors, json.issues.length - errors));
    for (const issue of json.issues) {
      const where =
        issue.cell ??
        (issue.table
          ? issue.row !== null
            ? `${issue.table}, ${lang === 'sv' ? 'rad' : 'row'} ${issue.row}`
            : issue.table
          : '');
      lines.push(
        `  ${issue.severity === 'error' ? t.error : t.warning}  ${where ? `${where}: ` : ''}${issue.message}`,
      );
    }
  }
  if (options.out !== null) {
    lines.push(
      '',
      options.writtenSheets.length
        ? t.written(options.out, options.writtenSheets.join(', '))
        : t.notWritten(options.out),
    );
  }
  return `${lines.join('\n')}\n`;
}
