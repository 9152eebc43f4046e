// The human-readable report of `summarize` without --json: oversubscription per year, totals and
// the issues with their cells, in Swedish or English. Pure: built from the JSON result.
import type { Language } from '../issues/types';
import type { SummaryJson } from './json';

const NUMBER_LOCALE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatKronor(amount: number, lang: Language): string {
  return `${new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 0 }).format(amount)} kr`;
}

export function formatPercent(value: number, lang: Language): string {
  const n = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
  return lang === 'sv' ? `${n}\u00a0%` : `${n} %`;
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
    noIssues: 'Inga fel eller varningar.',
    issues: (e: number, w: number) => `${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}:`,
    error: 'fel',
    warning: 'varning',
    written: (file: string, sheets: string) => `Skrev ${file} (${sheets}).`,
    notWritten: (file: string) => `${file} skrevs inte: indata har fel.`,
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
    noIssues: 'No errors or warnings.',
    issues: (e: number, w: number) =>
      `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}:`,
    error: 'error',
    warning: 'warning',
    written: (file: string, sheets: string) => `Wrote ${file} (${sheets}).`,
    notWritten: (file: string) => `${file} was not written: the input has errors.`,
  },
} as const;

export interface ReportOptions {
  lang: Language;
  /** The input file as the user named it. */
  workbook: string;
  /** --out as the user named it, and the sheets written there (empty when nothing was written). */
  out: string | null;
  writtenSheets: string[];
}

function pad(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('   ')
      .trimEnd(),
  );
}

export function humanReport(json: SummaryJson, options: ReportOptions): string {
  const { lang } = options;
  const t = T[lang];
  const kr = (n: number) => formatKronor(n, lang);
  const overText = (over: number, pct: number | null) => {
    const amount = over > 0 ? `${kr(over)} ${t.over}` : `${kr(-over)} ${t.room}`;
    return pct === null ? amount : `${amount} (${formatPercent(Math.abs(pct), lang)})`;
  };
  const lines: string[] = [
    t.title(options.workbook),
    t.scenario(json.scenario),
    t.initiatives(json.initiatives.length),
    '',
  ];
  if (json.frame.length === 0) lines.push(t.noFrame);
  else {
    lines.push(t.frameHeading);
    const rows: string[][] = [
      [t.year, t.available, t.applied, t.appliedVsFrame, t.proposed, t.proposedVsFrame],
    ];
    for (const f of json.frame)
      rows.push([
        String(f.year),
        kr(f.available),
        kr(f.applied),
        overText(f.overApplied, f.overAppliedPercent),
        kr(f.proposed),
        overText(f.overProposed, f.overProposedPercent),
      ]);
    lines.push(...pad(rows).map((l) => `  ${l}`));
  }
  const { totals } = json;
  lines.push(
    '',
    t.totals(kr(totals.applied), kr(totals.proposed), kr(totals.selfFinanced), kr(totals.decisionAmount)),
    '',
  );
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
