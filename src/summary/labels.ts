// Headings and labels of the two sheets, Swedish first. The decision texts themselves are not here:
// they are the board's formal wording and always Swedish (see decision-text.ts).
import type { Language } from '../issues/types';
import type { AdjustmentAction, Funding, RoundingMode } from '../engine/types';

export interface Labels {
  title: string;
  /** The title of a summary written although the input has errors. */
  draftTitle: (title: string) => string;
  /** Footer text: page and pages (Excel's codes). */
  pageOf: string;
  incompleteName: (name: string) => string;
  incompleteYear: string;
  byYear: string;
  scenario: (name: string | null) => string;
  written: string;
  fingerprint: string;
  fingerprintNote: string;
  decisions: string;
  notIncludedDecision: string;
  overview: string;
  overviewNote: (step: string, mode: RoundingMode) => string;
  initiative: string;
  owner: string;
  periodFrom: string;
  periodTo: string;
  statedApplied: string;
  computedApplied: string;
  proposed: string;
  change: string;
  decisionAmount: string;
  total: string;
  notIncludedHeading: string;
  notIncludedNote: string;
  frame: string;
  frameNote: string;
  year: string;
  available: string;
  applied: string;
  overAppliedKr: string;
  overProposedKr: string;
  overAppliedPercent: string;
  overProposedPercent: string;
  noFrame: string;
  staffing: string;
  staffingNote: string;
  role: string;
  funding: string;
  fundingWord: (f: Funding) => string;
  fteApplied: string;
  fteProposed: string;
  yearApplied: (year: number) => string;
  yearProposed: (year: number) => string;
  remark: string;
  removedRole: string;
  endsOn: (iso: string) => string;
  noStaffing: string;
  adjustments: string;
  action: string;
  actionWord: (a: AdjustmentAction) => string;
  value: string;
  reason: string;
  wholeInitiative: string;
  noAdjustments: string;
  chartTitle: string;
  periodisationTitle: string;
  periodisationNote: string;
  yearTotal: (year: number) => string;
  noPeriodisation: string;
  decisionYears: (years: string) => string;
  grantedNoDecision: string;
  rejectedNoDecision: string;
  grantedHeading: string;
  grantedNote: string;
  grantedAmount: string;
  rejectedHeading: string;
  rejectedNote: string;
  granted: string;
  contributions: string;
  ownCosts: string;
  equityEndApplied: string;
  equityEndProposed: string;
  shortApplied: string;
  shortProposed: string;
  equityNote: (opening: string, floor: string) => string;
}

const sv: Labels = {
  title: 'Beslutsunderlag – insatsbudget',
  draftTitle: (title) => `UTKAST – indata har fel. ${title}`,
  pageOf: 'Sida &P av &N',
  incompleteName: (name) => `${name} (ofullständig: indata har fel)`,
  incompleteYear: 'Ofullständigt: en insats med fel i indata löper detta år',
  byYear: 'Föreslaget per år',
  scenario: (name) => `Scenario: ${name ?? 'Ansökan utan justeringar'}`,
  written: 'Skrivet',
  fingerprint: 'Fingeravtryck av indatatabellerna:',
  fingerprintNote: 'Om tabellerna ändras stämmer siffrorna inte längre; skriv underlaget på nytt.',
  decisions: 'Förslag till beslut',
  notIncludedDecision:
    'Ingen beslutstext: indata för insatsen har fel, så den ingår inte i underlaget. Rätta felen och skriv underlaget på nytt.',
  overview: 'Översikt per insats',
  overviewNote: (step, mode) =>
    `Belopp i kronor. Årskolumnerna visar föreslaget belopp per kalenderår. Beslutsbelopp = föreslaget ${
      mode === 'up' ? 'avrundat uppåt' : 'avrundat'
    } till ${mode === 'up' ? 'jämna' : 'närmaste'} ${step}.`,
  initiative: 'Insats',
  owner: 'Insatsägare',
  periodFrom: 'Period från',
  periodTo: 'Period till',
  statedApplied: 'Ansökt belopp (angivet)',
  computedApplied: 'Beräknat ansökt',
  proposed: 'Föreslaget',
  change: 'Förändring',
  decisionAmount: 'Beslutsbelopp',
  total: 'Summa',
  notIncludedHeading: 'Ingår inte i underlaget (fel i indata):',
  notIncludedNote: 'Inga belopp: rätta felen i indatatabellerna och skriv underlaget på nytt.',
  frame: 'Ram per år',
  frameNote:
    'Översökt = summa − tillgängliga medel; ett negativt belopp är utrymme kvar. Översökning i % av tillgängliga medel.',
  year: 'År',
  available: 'Tillgängliga medel',
  applied: 'Ansökt',
  overAppliedKr: 'Översökt (ansökt) kr',
  overProposedKr: 'Översökt (föreslaget) kr',
  overAppliedPercent: 'Översökt (ansökt) % av tillgängliga medel',
  overProposedPercent: 'Översökt (föreslaget) % av tillgängliga medel',
  noFrame: 'Ingen ram angiven (tabellen Ram saknas eller är tom).',
  staffing: 'Bemanning – ansökt och föreslaget per roll',
  staffingNote:
    'Lönekostnad per rad inklusive PO-pålägg och löneökningar, före ett eventuellt tak. Egenfinansierade roller ingår inte i bidraget.',
  role: 'Roll',
  funding: 'Finansiering',
  fundingWord: (f) => (f === 'grant' ? 'Förbundet' : 'Egen'),
  fteApplied: 'Omfattning ansökt',
  fteProposed: 'Omfattning föreslaget',
  yearApplied: (y) => `${y} ansökt`,
  yearProposed: (y) => `${y} föreslaget`,
  remark: 'Anmärkning',
  removedRole: 'Tas bort',
  endsOn: (iso) => `Slutar ${iso}`,
  noStaffing: 'Ingen bemanning angiven.',
  adjustments: 'Justeringar i scenariot',
  action: 'Åtgärd',
  actionWord: (a) => ({ setFte: 'Omfattning', remove: 'Ta bort', setEnd: 'Slutdatum', cap: 'Tak' })[a],
  value: 'Värde',
  reason: 'Motivering',
  wholeInitiative: 'Hela insatsen',
  noAdjustments: 'Inga justeringar: underlaget visar ansökan som den lämnats in.',
  chartTitle: 'Tillgängliga medel, ansökt och föreslaget per år',
  periodisationTitle: 'Periodisering – föreslaget bidrag per kvartal',
  periodisationNote:
    'Underlag för rekvisition. Hela kronor; kvartalen summerar exakt till året och åren till totalen.',
  yearTotal: (y) => `Summa ${y}`,
  noPeriodisation: 'Inga insatser att periodisera.',
  decisionYears: (years) => `Beslutsår: ${years}`,
  grantedNoDecision: 'Ingen beslutstext: insatsen är redan beviljad i ett tidigare beslut.',
  rejectedNoDecision: 'Ingen beslutstext: ansökan har fått avslag och ingår inte i någon summa.',
  grantedHeading: 'Tidigare beviljade insatser',
  grantedNote:
    'Beviljade i tidigare beslut; de tar sin del av ramen och kan inte justeras. Maxbeloppet i beslutet är ett tak. Belopp per kalenderår.',
  grantedAmount: 'Beviljat (maxbelopp)',
  rejectedHeading: 'Avslagna ansökningar',
  rejectedNote: 'Ingår inte i någon summa och får ingen beslutstext.',
  granted: 'Tidigare beviljat',
  contributions: 'Medlemsbidrag',
  ownCosts: 'Egna kostnader',
  equityEndApplied: 'Eget kapital vid årets slut (ansökt)',
  equityEndProposed: 'Eget kapital vid årets slut (föreslaget)',
  shortApplied: 'Under lägsta eget kapital (ansökt)',
  shortProposed: 'Under lägsta eget kapital (föreslaget)',
  equityNote: (opening, floor) =>
    `Eget kapital vid början av ramens första år: ${opening}; lägsta eget kapital: ${floor}. Årets slut = årets början + tillgängliga medel − summa; nästa år börjar med det.`,
};

const en: Labels = {
  title: 'Decision basis – initiative budget',
  draftTitle: (title) => `DRAFT – the input has errors. ${title}`,
  pageOf: 'Page &P of &N',
  incompleteName: (name) => `${name} (incomplete: the input has errors)`,
  incompleteYear: 'Incomplete: an initiative with input errors runs this year',
  byYear: 'Proposed per year',
  scenario: (name) => `Scenario: ${name ?? 'Application without adjustments'}`,
  written: 'Written',
  fingerprint: 'Fingerprint of the input tables:',
  fingerprintNote: 'If the tables change, the figures no longer match; write the summary again.',
  decisions: 'Proposed decisions',
  notIncludedDecision:
    'No decision text: the input for this initiative has errors, so it is not included. Correct them and write the summary again.',
  overview: 'Overview by initiative',
  overviewNote: (step, mode) =>
    `Amounts in kronor. The year columns show the proposed amount per calendar year. Decision amount = proposed, rounded ${
      mode === 'up' ? 'up to whole' : 'to the nearest'
    } ${step}.`,
  initiative: 'Initiative',
  owner: 'Owner',
  periodFrom: 'Period from',
  periodTo: 'Period to',
  statedApplied: 'Applied amount (stated)',
  computedApplied: 'Applied (computed)',
  proposed: 'Proposed',
  change: 'Change',
  decisionAmount: 'Decision amount',
  total: 'Total',
  notIncludedHeading: 'Not included (errors in the input):',
  notIncludedNote: 'No figures: correct the errors in the input tables and write the summary again.',
  frame: 'Frame per year',
  frameNote:
    'Over = sum − available funds; a negative amount is room left. Oversubscription in % of available funds.',
  year: 'Year',
  available: 'Available funds',
  applied: 'Applied',
  overAppliedKr: 'Over (applied) kr',
  overProposedKr: 'Over (proposed) kr',
  overAppliedPercent: 'Over (applied) % of available funds',
  overProposedPercent: 'Over (proposed) % of available funds',
  noFrame: 'No frame given (the Ram table is missing or empty).',
  staffing: 'Staffing – applied and proposed by role',
  staffingNote:
    'Salary cost per row including payroll overhead and increases, before any cap. Self-financed roles are not part of the grant.',
  role: 'Role',
  funding: 'Funding',
  fundingWord: (f) => (f === 'grant' ? 'Association' : 'Own'),
  fteApplied: 'FTE applied',
  fteProposed: 'FTE proposed',
  yearApplied: (y) => `${y} applied`,
  yearProposed: (y) => `${y} proposed`,
  remark: 'Remark',
  removedRole: 'Removed',
  endsOn: (iso) => `Ends ${iso}`,
  noStaffing: 'No staffing given.',
  adjustments: 'Adjustments in the scenario',
  action: 'Action',
  actionWord: (a) => ({ setFte: 'Set FTE', remove: 'Remove', setEnd: 'End date', cap: 'Cap' })[a],
  value: 'Value',
  reason: 'Reason',
  wholeInitiative: 'Whole initiative',
  noAdjustments: 'No adjustments: the summary shows the application as submitted.',
  chartTitle: 'Available funds, applied and proposed per year',
  periodisationTitle: 'Periodisation – proposed grant per quarter',
  periodisationNote:
    'Basis for requisitions. Whole kronor; the quarters add up exactly to the year and the years to the total.',
  yearTotal: (y) => `Total ${y}`,
  noPeriodisation: 'No initiatives to periodise.',
  decisionYears: (years) => `Decision years: ${years}`,
  grantedNoDecision: 'No decision text: the initiative was granted in an earlier decision.',
  rejectedNoDecision: 'No decision text: the application is rejected and part of no total.',
  grantedHeading: 'Initiatives granted earlier',
  grantedNote:
    'Granted in earlier decisions; they hold their part of the frame and cannot be adjusted. The decision’s maximum is a cap. Amounts per calendar year.',
  grantedAmount: 'Granted (maximum)',
  rejectedHeading: 'Rejected applications',
  rejectedNote: 'Part of no total and given no decision text.',
  granted: 'Granted earlier',
  contributions: 'Members’ contributions',
  ownCosts: 'Own costs',
  equityEndApplied: 'Equity at year end (applied)',
  equityEndProposed: 'Equity at year end (proposed)',
  shortApplied: 'Below the equity floor (applied)',
  shortProposed: 'Below the equity floor (proposed)',
  equityNote: (opening, floor) =>
    `Equity at the start of the first frame year: ${opening}; equity floor: ${floor}. Year end = start of the year + available funds − sum; the next year starts with it.`,
};

export function labels(lang: Language): Labels {
  return lang === 'en' ? en : sv;
}
