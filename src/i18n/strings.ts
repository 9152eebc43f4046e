// The pane's words, Swedish first and English complete. Both languages satisfy `Strings`, so a
// missing key is a type error. Figures arrive already formatted (src/format); strings only place them.
import type { Language, LocalizedText } from '../issues/types';

export interface Strings {
  appTitle: string;
  previewBadge: string;
  loading: string;
  /** Over figures from the last time, until the session has read the workbook (the first paint). */
  firstPaintChecking: string;
  firstPaintChecked: string;
  firstPaintChanged: string;
  languageLabel: string;
  languageSwedish: string;
  languageEnglish: string;
  navLabel: string;
  tabOverview: string;
  tabInitiatives: string;
  tabScenarios: string;
  tabDecision: string;
  tabIssues: string;
  issuesCount: (count: number) => string;

  activeScenarioLabel: string;
  applicationName: string;
  noScenarioHint: string;

  // Overview
  headlineOver: (amount: string, percent: string) => string;
  headlineRoom: (amount: string, percent: string) => string;
  headlineNoFrame: string;
  grantedRow: string;
  decidedHeading: string;
  grantedGroup: string;
  rejectedGroup: string;
  applicationsRow: string;
  equityEndRow: string;
  shortNote: (amount: string) => string;
  grantedLine: (count: number, amount: string) => string;
  rejectedLine: (count: number) => string;
  equityFits: (floor: string) => string;
  equityShort: (years: string, floor: string) => string;
  cardOver: (percent: string) => string;
  cardRoom: (percent: string) => string;
  headlineAnnouncement: (scenario: string, headline: string) => string;
  // Issue 10: the decision years against the frame, the strip, incomplete figures.
  frameOver: (amount: string) => string;
  frameRoom: (amount: string) => string;
  frameShare: (percent: string) => string;
  decisionYearsHeading: (years: string) => string;
  /** A Ram row an error kept out: its year (as written) is missing from the figures. */
  frameYearUnread: (year: string | null, cell: string | null) => string;
  frameScaleNote: string;
  againstFrameRow: string;
  wholePeriodHeading: string;
  wholePeriodNote: string;
  incompleteBanner: (count: number, names: string) => string;
  incompleteBannerLink: (errors: number) => string;
  incompleteMark: string;
  stripLabel: string;
  stripChangeNote: string;
  stripInitiative: (name: string) => string;
  appliedColumn: string;
  proposedColumn: string;
  availableColumn: string;
  overColumn: string;
  amountRow: string;
  overPercentNote: string;
  yearColumn: string;
  wholePeriod: string;
  perYearHeading: string;
  initiativeStatusHeading: string;
  statusWithinMax: string;
  statusOverMax: (amount: string) => string;
  statusNoMax: string;
  statusStatedDiffers: (stated: string, computed: string, difference: string) => string;
  statusRemoved: string;
  statusGranted: string;
  statusRejected: string;
  statusAdjusted: string;
  initiativeColumn: string;
  statusColumn: string;

  // Initiatives
  initiativesHeading: string;
  backToList: string;
  periodLabel: string;
  ownerLabel: string;
  rolesHeading: string;
  roleColumn: string;
  fteApplied: string;
  fteProposed: string;
  costPerYear: string;
  ownFundingTag: string;
  fteLabel: (role: string) => string;
  fteDecrease: (role: string) => string;
  fteIncrease: (role: string) => string;
  applyFte: string;
  removeRole: (role: string) => string;
  restoreRole: (role: string) => string;
  roleRemoved: string;
  endDateLabel: (role: string) => string;
  applyEndDate: string;
  capLabel: string;
  applyCap: string;
  removeCap: string;
  removeInitiative: string;
  restoreInitiative: string;
  reasonLabel: string;
  reasonPlaceholder: string;
  undo: string;
  redo: string;
  severalRowsForRole: string;
  fteSharedRows: (rows: number) => string;
  noActiveScenarioForCut: string;
  /** An emptied field + Enter: nothing changes, and the field says what to type. */
  emptyFte: string;
  emptyEndDate: string;
  emptyCap: string;
  /** A typed value that was not applied, beside the value in effect. */
  notApplied: (inEffect: string) => string;
  /** The first cut with no scenario chosen creates one and is saved there. */
  cutSavedInScenario: (scenario: string) => string;

  // Scenarios
  scenariosHeading: string;
  scenarioName: string;
  createScenario: string;
  duplicateScenario: string;
  renameScenario: string;
  deleteScenario: string;
  chooseScenario: (name: string) => string;
  activeTag: string;
  newScenarioLabel: string;
  renameToLabel: string;
  duplicateNameLabel: string;
  scenarioNameTaken: string;
  scenarioNameEmpty: string;
  defaultScenarioName: string;
  adjustmentCount: (count: number) => string;
  compareHeading: string;
  compareLeft: string;
  compareRight: string;
  differenceColumn: string;
  confirmDelete: (name: string) => string;
  cancel: string;
  confirm: string;

  // Decision
  decisionHeading: string;
  writeSummary: string;
  writingSummary: string;
  summaryWritten: (sheet: string) => string;
  /** Writing refused: the input has errors; names the incomplete initiatives. */
  summaryBlocked: (names: string, errors: number) => string;
  writeDraft: string;
  summaryStale: string;
  summaryNeverWritten: string;
  summaryUpToDate: (when: string) => string;
  decisionAmountLabel: string;
  writeFailed: (detail: string) => string;
  proposalHeading: string;

  // Issues
  issuesHeading: string;
  noIssues: string;
  severityError: string;
  severityWarning: string;
  workbookWide: string;
  goToCell: (cell: string) => string;

  // New workbook
  newWorkbookHeading: string;
  newWorkbookText: string;
  missingTables: (tables: string) => string;
  createTemplate: string;
  insertExample: string;
  creating: string;

  // Notices
  undoClearedByOthers: string;
  editFailed: (detail: string) => string;
  /** The workbook could not be read when the pane started. */
  readFailed: (detail: string) => string;
  /** After a failed edit the figures were read again from the workbook. */
  editFailedReread: (detail: string) => string;
  /** A row edit refused because the table shows a filter. */
  tableFiltered: (table: string) => string;
  /** The summary is written, but some of its layout could not be set. */
  summaryLayoutIncomplete: (sheet: string) => string;
  /** Temporary sheets of an earlier, interrupted write that could not be removed. */
  leftoverSheets: (sheets: string) => string;
  changedByOthers: string;
  dismiss: string;
  nothingToUndo: string;

  // Holds and balancing proposals (issue 14)
  holdInitiative: (name: string) => string;
  releaseInitiative: (name: string) => string;
  holdRole: (role: string) => string;
  releaseRole: (role: string) => string;
  heldBadge: string;
  holdHint: string;
  balanceOpen: string;
  balanceOpenHint: string;
  balanceClose: string;
  /** No proposals while the input has errors: they would rest on figures that lack rows. */
  balanceIncomplete: (errors: number, names: string) => string;
  balanceYearsLabel: string;
  balanceBase: (scenario: string) => string;
  balanceTargetFrame: (years: string) => string;
  balanceTargetEquity: (floor: string, years: string) => string;
  balanceFits: string;
  balanceInfeasible: string;
  balanceBlockingOver: (year: string, amount: string) => string;
  balanceBlockingBelow: (year: string, amount: string) => string;
  balanceUnmet: (methods: string) => string;
  balanceNotCutHeading: string;
  /** A role not cut, named as the panel lists it: "Coach i B: <why>". */
  balanceNotCutRole: (role: string, initiative: string, why: string) => string;
  /** Why: the role's rows have different FTEs ("rad 3: 50 %, rad 4: 25 %"). The CLI's report says it too. */
  balanceNotCutDifferentFte: (rows: string) => string;
  /** Why: one of the role's rows is held. The CLI's report says it too. */
  balanceNotCutHeldRow: string;
  balanceRowFte: (row: string, fte: string) => string;
  methodEqualShare: string;
  methodFewerPosts: string;
  methodFewestChanges: string;
  balanceShare: (percent: string) => string;
  balanceRowsAdded: (count: number) => string;
  balanceYearOver: (amount: string) => string;
  balanceYearRoom: (amount: string) => string;
  balanceYearBelowFloor: (equity: string, amount: string) => string;
  balanceYearAboveFloor: (equity: string, amount: string) => string;
  balanceYearNotDecision: string;
  balanceYearsHeading: string;
  balanceTouchedHeading: string;
  balanceTouchedNone: string;
  balanceTouched: (before: string, after: string) => string;
  balanceUse: string;
  balanceUseLabel: (scenario: string) => string;
  balanceApplied: (scenario: string) => string;
}

export const sv: Strings = {
  appTitle: 'Insatsbudget',
  previewBadge: 'Förhandsvisning utan Excel',
  loading: 'Läser arbetsboken …',
  firstPaintChecking: 'Siffror från förra gången. Kontrollerar mot arbetsboken …',
  firstPaintChecked: 'Siffrorna är kontrollerade mot arbetsboken.',
  firstPaintChanged: 'Arbetsboken har ändrats sedan förra gången: siffrorna som visas nu är arbetsbokens.',
  languageLabel: 'Språk',
  languageSwedish: 'Svenska',
  languageEnglish: 'English',
  navLabel: 'Vyer',
  tabOverview: 'Översikt',
  tabInitiatives: 'Insatser',
  tabScenarios: 'Scenarier',
  tabDecision: 'Beslut',
  tabIssues: 'Fel och varningar',
  issuesCount: (n) => (n === 1 ? '1 problem' : `${n} problem`),

  activeScenarioLabel: 'Aktivt scenario',
  applicationName: 'Ansökan (utan justeringar)',
  noScenarioHint: 'Välj eller skapa ett scenario för att göra justeringar.',

  headlineOver: (amount, percent) =>
    `Hela perioden: översökt med ${amount} (${percent} av tillgängliga medel)`,
  headlineRoom: (amount, percent) =>
    `Hela perioden: inom ramen, ${amount} kvar (${percent} av tillgängliga medel)`,
  headlineNoFrame: 'Ingen ram angiven – fyll i tabellen Ram för att se översökningen.',
  grantedRow: 'Tidigare beviljat',
  decidedHeading: 'Beviljade och avslagna',
  grantedGroup: 'Tidigare beviljade insatser (kan inte justeras)',
  rejectedGroup: 'Avslagna ansökningar (räknas inte)',
  applicationsRow: 'Ansökningar',
  equityEndRow: 'Eget kapital vid årets slut',
  shortNote: (amount) => `${amount} under lägsta`,
  grantedLine: (count, amount) =>
    `Tidigare beviljat: ${count} ${count === 1 ? 'insats' : 'insatser'}, ${amount} – räknas mot ramen och kan inte justeras`,
  rejectedLine: (count) => `Avslag: ${count} ${count === 1 ? 'ansökan' : 'ansökningar'} – räknas inte`,
  equityFits: (floor) =>
    `Med eget kapital ryms förslaget: inget år slutar under lägsta eget kapital (${floor}).`,
  equityShort: (years, floor) => `Förslaget slutar under lägsta eget kapital (${floor}) ${years}.`,
  cardOver: (percent) => `över ramen (${percent} av tillgängliga medel)`,
  cardRoom: (percent) => `kvar inom ramen (${percent} av tillgängliga medel)`,
  headlineAnnouncement: (scenario, headline) => `${scenario}: ${headline}`,
  frameOver: (amount) => `${amount} över`,
  frameRoom: (amount) => `${amount} kvar`,
  frameShare: (percent) => `${percent} av tillgängligt`,
  decisionYearsHeading: (years) => `Beslutsåren ${years} mot ramen`,
  frameYearUnread: (year, cell) =>
    `${year ?? 'Ett år'}: ramen kan inte läsas – se ${cell ? `cell ${cell}` : 'Fel och varningar'}. Året saknas i siffrorna ovan.`,
  frameScaleNote:
    'Strecket är ramen (tillgängligt samma år). Alla år på samma skala; procent av årets tillgängliga medel.',
  againstFrameRow: 'Mot ramen',
  wholePeriodHeading: 'Hela perioden, alla år summerade',
  wholePeriodNote:
    'Summan av ramens alla år, även år då insatser redan avslutats. Utrymme ett år betalar inte ett annat års överskridande.',
  incompleteBanner: (count, names) =>
    count === 0
      ? 'Fel i indata håller rader utanför siffrorna. Beslutsunderlaget kan inte skrivas förrän felen är rättade.'
      : `Fel i indata håller rader utanför siffrorna: ${count === 1 ? '1 insats är ofullständig' : `${count} insatser är ofullständiga`} – ${names}. Beslutsunderlaget kan inte skrivas förrän felen är rättade.`,
  incompleteBannerLink: (errors) => `Visa fel och varningar (${errors} fel)`,
  incompleteMark: 'Ofullständig',
  stripLabel: 'Förslaget mot ramen per beslutsår',
  stripChangeNote: 'inom parentes: ändring sedan förra justeringen',
  stripInitiative: (name) => `${name}, förslag per år:`,
  appliedColumn: 'Ansökt',
  proposedColumn: 'Förslag',
  availableColumn: 'Tillgängligt',
  overColumn: 'Över ramen',
  amountRow: 'Belopp',
  overPercentNote: 'Procent av tillgängliga medel samma år.',
  yearColumn: 'År',
  wholePeriod: 'Hela perioden',
  perYearHeading: 'Per år',
  initiativeStatusHeading: 'Status per insats',
  statusWithinMax: 'Inom maxbeloppet',
  statusOverMax: (amount) => `Över maxbeloppet med ${amount}`,
  statusNoMax: 'Inget maxbelopp',
  statusStatedDiffers: (stated, computed, difference) =>
    `Ansökt belopp ${stated} skiljer sig från beräknat ${computed} med ${difference}, så mycket att beslutsbeloppet påverkas`,
  statusRemoved: 'Struken i scenariot',
  statusGranted: 'Tidigare beviljad',
  statusRejected: 'Avslag – räknas inte',
  statusAdjusted: 'Justerad',
  initiativeColumn: 'Insats',
  statusColumn: 'Status',

  initiativesHeading: 'Insatser',
  backToList: 'Tillbaka till listan',
  periodLabel: 'Period',
  ownerLabel: 'Insatsägare',
  rolesHeading: 'Bemanning',
  roleColumn: 'Roll',
  fteApplied: 'Omfattning i ansökan',
  fteProposed: 'Omfattning i förslaget',
  costPerYear: 'Kostnad per år',
  ownFundingTag: 'egenfinansierad',
  fteLabel: (role) => `Omfattning för ${role} i procent`,
  fteDecrease: (role) => `Minska ${role} med 5 procentenheter`,
  fteIncrease: (role) => `Öka ${role} med 5 procentenheter`,
  applyFte: 'Sätt omfattning',
  removeRole: (role) => `Ta bort ${role}`,
  restoreRole: (role) => `Återställ ${role}`,
  roleRemoved: 'Borttagen',
  endDateLabel: (role) => `Slutdatum för ${role}`,
  applyEndDate: 'Sätt slutdatum',
  capLabel: 'Tak för insatsens bidrag (kr)',
  applyCap: 'Sätt tak',
  removeCap: 'Ta bort taket',
  removeInitiative: 'Stryk hela insatsen',
  restoreInitiative: 'Återställ insatsen',
  reasonLabel: 'Motivering (valfri)',
  reasonPlaceholder: 'Till exempel: enligt kansliets förslag',
  undo: 'Ångra',
  redo: 'Gör om',
  severalRowsForRole:
    'Rollens rader i Bemanning har olika omfattning, så omfattningen kan bara ändras i tabellen. Ge raderna olika rollnamn för att ändra dem var för sig.',
  fteSharedRows: (rows) => `samma omfattning på ${rows} rader i Bemanning`,
  noActiveScenarioForCut: 'Justeringar görs i ett scenario. Skapa ett under Scenarier.',
  emptyFte: 'Ange en omfattning i procent, till exempel 250. Ett tomt fält ändrar ingenting.',
  emptyEndDate: 'Ange ett slutdatum, till exempel 2025-06-30. Ett tomt fält ändrar ingenting.',
  emptyCap:
    'Ange ett tak i kronor, till exempel 6 984 000. Ett tomt fält ändrar ingenting; Ta bort taket tar bort det.',
  notApplied: (inEffect) =>
    `Inte tillämpat – gäller nu: ${inEffect}. Tryck Enter för att tillämpa eller Esc för att ångra.`,
  cutSavedInScenario: (scenario) => `Ändringen sparas i scenariot ${scenario}.`,

  scenariosHeading: 'Scenarier',
  scenarioName: 'Scenario',
  createScenario: 'Skapa scenario',
  duplicateScenario: 'Kopiera',
  renameScenario: 'Byt namn',
  deleteScenario: 'Ta bort',
  chooseScenario: (name) => `Välj ${name} som aktivt scenario`,
  activeTag: 'aktivt',
  newScenarioLabel: 'Namn på nytt scenario',
  renameToLabel: 'Nytt namn',
  duplicateNameLabel: 'Namn på kopian',
  scenarioNameTaken: 'Det finns redan ett scenario med det namnet.',
  scenarioNameEmpty: 'Ange ett namn.',
  defaultScenarioName: 'Kansliets förslag',
  adjustmentCount: (n) => (n === 1 ? '1 justering' : `${n} justeringar`),
  compareHeading: 'Jämför',
  compareLeft: 'Jämför',
  compareRight: 'med',
  differenceColumn: 'Skillnad',
  confirmDelete: (name) => `Ta bort scenariot ${name} och alla dess justeringar?`,
  cancel: 'Avbryt',
  confirm: 'Ta bort',

  decisionHeading: 'Förslag till beslut',
  writeSummary: 'Skriv beslutsunderlag',
  writingSummary: 'Skriver beslutsunderlaget …',
  summaryWritten: (sheet) => `Beslutsunderlaget är skrivet till bladet ${sheet}.`,
  summaryBlocked: (names, errors) =>
    `Beslutsunderlaget skrevs inte: indata har ${errors} fel${names ? `, och beloppen för ${names} saknar rader` : ''}. Rätta felen under Fel och varningar, eller skriv ett utkast (utan beslutstext för de ofullständiga insatserna).`,
  writeDraft: 'Skriv utkast ändå',
  summaryStale: 'Indata har ändrats sedan beslutsunderlaget skrevs. Skriv det igen.',
  summaryNeverWritten: 'Beslutsunderlaget har inte skrivits än.',
  summaryUpToDate: (when) => `Beslutsunderlaget skrevs ${when} och stämmer med indata.`,
  decisionAmountLabel: 'Beslutsbelopp',
  writeFailed: (detail) => `Beslutsunderlaget kunde inte skrivas: ${detail}`,
  proposalHeading: 'Förbundsstyrelsen föreslås besluta',

  issuesHeading: 'Fel och varningar',
  noIssues: 'Inga fel eller varningar.',
  severityError: 'Fel',
  severityWarning: 'Varning',
  workbookWide: 'Arbetsboken',
  goToCell: (cell) => `Gå till ${cell}`,

  newWorkbookHeading: 'Ny arbetsbok',
  newWorkbookText: 'Arbetsboken saknar tabellerna som Insatsbudget läser.',
  missingTables: (tables) => `Saknas: ${tables}.`,
  createTemplate: 'Skapa mallens tabeller',
  insertExample: 'Infoga exempeldata',
  creating: 'Skapar tabellerna …',

  undoClearedByOthers: 'Justeringar ändrades i arbetsboken av någon annan; historiken för Ångra har rensats.',
  editFailed: (detail) => `Ändringen kunde inte sparas: ${detail}`,
  readFailed: (detail) => `Arbetsboken kunde inte läsas: ${detail}`,
  editFailedReread: (detail) =>
    `Ändringen kunde inte sparas: ${detail} Siffrorna är lästa på nytt från arbetsboken och visar den som den är nu; kontrollera Justeringar.`,
  tableFiltered: (table) =>
    `Tabellen ${table} är filtrerad. Rensa filtret (Data › Rensa) och försök igen; inget har ändrats.`,
  summaryLayoutIncomplete: (sheet) =>
    `Beslutsunderlaget är skrivet till bladet ${sheet}, men Excel tog inte emot allt utseende (fästa rader, utskriftsformat, radhöjder eller listor). Innehållet är komplett.`,
  leftoverSheets: (sheets) =>
    `Blad som skrivningen hann påbörja kunde inte tas bort: ${sheets}. De tas bort nästa gång beslutsunderlaget skrivs, eller för hand.`,
  changedByOthers: 'Siffrorna har uppdaterats efter en ändring i arbetsboken.',
  dismiss: 'Stäng',
  nothingToUndo: 'Inget att ångra.',

  holdInitiative: (name) => `Lås ${name}`,
  releaseInitiative: (name) => `Lås upp ${name}`,
  holdRole: (role) => `Lås ${role}`,
  releaseRole: (role) => `Lås upp ${role}`,
  heldBadge: 'Låst',
  holdHint:
    'Ett förslag som får budgeten att gå ihop ändrar aldrig det som är låst. Skrivs som Ja i kolumnen Låst.',
  balanceOpen: 'Få budgeten att gå ihop',
  balanceOpenHint: 'Visar färdiga förslag till nedskärningar, innan något skrivs.',
  balanceClose: 'Stäng förslagen',
  balanceIncomplete: (errors, names) =>
    `Inga förslag medan indata har fel (${errors} fel${names ? `; ofullständiga: ${names}` : ''}): de skulle bygga på siffror som saknar rader. Rätta felen under Fel och varningar först.`,
  balanceYearsLabel: 'Beslutsår som ska gå ihop',
  balanceBase: (scenario) => `Utgår från: ${scenario}`,
  balanceTargetFrame: (years) => `Mål: inget av åren ${years} över ramen`,
  balanceTargetEquity: (floor, years) => `Mål: eget kapital minst ${floor} vid slutet av ${years}`,
  balanceFits: 'Budgeten går redan ihop – inget att föreslå.',
  balanceInfeasible:
    'Går inte: beviljade och låsta insatser räcker ensamma för att spräcka målet, även om allt annat stryks. Inget förslag.',
  balanceBlockingOver: (year, amount) => `${year}: ${amount} över ramen`,
  balanceBlockingBelow: (year, amount) => `${year}: ${amount} under golvet för eget kapital`,
  balanceUnmet: (methods) => `Ingen lösning med: ${methods}.`,
  balanceNotCutHeading: 'Färre tjänster sänker inte dessa roller:',
  balanceNotCutRole: (role, initiative, why) => `${role} i ${initiative}: ${why}`,
  balanceNotCutDifferentFte: (rows) =>
    `rollens rader har olika omfattning (${rows}), och en Omfattning ändrar alla rollens rader. Ge raderna olika rollnamn för att kunna sänka dem var för sig.`,
  balanceNotCutHeldRow: 'en av rollens rader är låst, och en Omfattning skulle ändra den också.',
  balanceRowFte: (row, fte) => `rad ${row}: ${fte}`,
  methodEqualShare: 'Lika andel',
  methodFewerPosts: 'Färre tjänster',
  methodFewestChanges: 'Färst ändringar',
  balanceShare: (percent) => `${percent} av beräknat belopp för varje öppen insats`,
  balanceRowsAdded: (n) => (n === 1 ? '1 ny rad i Justeringar' : `${n} nya rader i Justeringar`),
  balanceYearOver: (amount) => `${amount} över ramen`,
  balanceYearRoom: (amount) => `${amount} kvar`,
  balanceYearBelowFloor: (equity, amount) => `eget kapital ${equity}, ${amount} under golvet`,
  balanceYearAboveFloor: (equity, amount) => `eget kapital ${equity}, ${amount} över golvet`,
  balanceYearNotDecision: 'inget beslutsår – med i målet eftersom eget kapital förs vidare därifrån',
  balanceYearsHeading: 'Per år',
  balanceTouchedHeading: 'Insatser som ändras',
  balanceTouchedNone: 'Ingen insats ändras.',
  balanceTouched: (before, after) => `${before} → ${after}`,
  balanceUse: 'Använd',
  balanceUseLabel: (scenario) => `Använd: skriv förslaget som nytt scenario ${scenario} och välj det`,
  balanceApplied: (scenario) => `Förslaget är skrivet som scenariot ${scenario}, som nu är aktivt.`,
};

export const en: Strings = {
  appTitle: 'Insatsbudget',
  previewBadge: 'Preview without Excel',
  loading: 'Reading the workbook …',
  firstPaintChecking: 'Figures from last time. Checking against the workbook …',
  firstPaintChecked: 'The figures are checked against the workbook.',
  firstPaintChanged: 'The workbook has changed since last time: the figures shown now are the workbook’s.',
  languageLabel: 'Language',
  languageSwedish: 'Svenska',
  languageEnglish: 'English',
  navLabel: 'Views',
  tabOverview: 'Overview',
  tabInitiatives: 'Initiatives',
  tabScenarios: 'Scenarios',
  tabDecision: 'Decision',
  tabIssues: 'Errors and warnings',
  issuesCount: (n) => (n === 1 ? '1 problem' : `${n} problems`),

  activeScenarioLabel: 'Active scenario',
  applicationName: 'Application (no adjustments)',
  noScenarioHint: 'Choose or create a scenario to make adjustments.',

  headlineOver: (amount, percent) =>
    `Whole period: oversubscribed by ${amount} (${percent} of available funds)`,
  headlineRoom: (amount, percent) =>
    `Whole period: within the frame, ${amount} left (${percent} of available funds)`,
  headlineNoFrame: 'No frame given – fill in the Ram table to see the oversubscription.',
  grantedRow: 'Granted earlier',
  decidedHeading: 'Granted and rejected',
  grantedGroup: 'Initiatives granted earlier (cannot be adjusted)',
  rejectedGroup: 'Rejected applications (not counted)',
  applicationsRow: 'Applications',
  equityEndRow: 'Equity at year end',
  shortNote: (amount) => `${amount} below floor`,
  grantedLine: (count, amount) =>
    `Granted earlier: ${count} ${count === 1 ? 'initiative' : 'initiatives'}, ${amount} – counted against the frame, cannot be adjusted`,
  rejectedLine: (count) => `Rejected: ${count} ${count === 1 ? 'application' : 'applications'} – not counted`,
  equityFits: (floor) => `With equity the proposal fits: no year ends below the equity floor (${floor}).`,
  equityShort: (years, floor) => `The proposal ends below the equity floor (${floor}) in ${years}.`,
  cardOver: (percent) => `over the frame (${percent} of available funds)`,
  cardRoom: (percent) => `left within the frame (${percent} of available funds)`,
  headlineAnnouncement: (scenario, headline) => `${scenario}: ${headline}`,
  frameOver: (amount) => `${amount} over`,
  frameRoom: (amount) => `${amount} left`,
  frameShare: (percent) => `${percent} of available`,
  decisionYearsHeading: (years) => `The decision years ${years} against the frame`,
  frameYearUnread: (year, cell) =>
    `${year ?? 'A year'}: the frame cannot be read – see ${cell ? `cell ${cell}` : 'Errors and warnings'}. The year is missing from the figures above.`,
  frameScaleNote:
    "The line is the frame (available that year). All years on one scale; percent of the year's available funds.",
  againstFrameRow: 'Against the frame',
  wholePeriodHeading: 'Whole period, all years summed',
  wholePeriodNote:
    "The sum of all the frame's years, including years in which initiatives have ended. Room in one year does not pay for another year's excess.",
  incompleteBanner: (count, names) =>
    count === 0
      ? 'Errors in the input keep rows out of the figures. The decision summary cannot be written until they are corrected.'
      : `Errors in the input keep rows out of the figures: ${count === 1 ? '1 initiative is incomplete' : `${count} initiatives are incomplete`} – ${names}. The decision summary cannot be written until they are corrected.`,
  incompleteBannerLink: (errors) =>
    `Show errors and warnings (${errors} ${errors === 1 ? 'error' : 'errors'})`,
  incompleteMark: 'Incomplete',
  stripLabel: 'The proposal against the frame per decision year',
  stripChangeNote: 'in brackets: change since the last cut',
  stripInitiative: (name) => `${name}, proposed per year:`,
  appliedColumn: 'Applied',
  proposedColumn: 'Proposed',
  availableColumn: 'Available',
  overColumn: 'Over the frame',
  amountRow: 'Amount',
  overPercentNote: "Percent of the same year's available funds.",
  yearColumn: 'Year',
  wholePeriod: 'Whole period',
  perYearHeading: 'Per year',
  initiativeStatusHeading: 'Status per initiative',
  statusWithinMax: 'Within its maximum',
  statusOverMax: (amount) => `Over its maximum by ${amount}`,
  statusNoMax: 'No maximum',
  statusStatedDiffers: (stated, computed, difference) =>
    `Stated applied amount ${stated} differs from the computed ${computed} by ${difference}, enough to change the decision amount`,
  statusRemoved: 'Removed in the scenario',
  statusGranted: 'Granted earlier',
  statusRejected: 'Rejected – not counted',
  statusAdjusted: 'Adjusted',
  initiativeColumn: 'Initiative',
  statusColumn: 'Status',

  initiativesHeading: 'Initiatives',
  backToList: 'Back to the list',
  periodLabel: 'Period',
  ownerLabel: 'Owner',
  rolesHeading: 'Staffing',
  roleColumn: 'Role',
  fteApplied: 'FTE applied',
  fteProposed: 'FTE proposed',
  costPerYear: 'Cost per year',
  ownFundingTag: 'self-financed',
  fteLabel: (role) => `FTE for ${role} in percent`,
  fteDecrease: (role) => `Decrease ${role} by 5 points`,
  fteIncrease: (role) => `Increase ${role} by 5 points`,
  applyFte: 'Set FTE',
  removeRole: (role) => `Remove ${role}`,
  restoreRole: (role) => `Restore ${role}`,
  roleRemoved: 'Removed',
  endDateLabel: (role) => `End date for ${role}`,
  applyEndDate: 'Set end date',
  capLabel: "Cap on the initiative's grant (SEK)",
  applyCap: 'Set cap',
  removeCap: 'Remove the cap',
  removeInitiative: 'Remove the whole initiative',
  restoreInitiative: 'Restore the initiative',
  reasonLabel: 'Reason (optional)',
  reasonPlaceholder: "For example: as the office's proposal",
  undo: 'Undo',
  redo: 'Redo',
  severalRowsForRole:
    "The role's rows in Bemanning have different FTEs, so its FTE can only be changed in the table. Give the rows different role names to change them one by one.",
  fteSharedRows: (rows) => `the same FTE on ${rows} rows in Bemanning`,
  noActiveScenarioForCut: 'Adjustments are made in a scenario. Create one under Scenarios.',
  emptyFte: 'Enter an FTE in percent, for example 250. An empty field changes nothing.',
  emptyEndDate: 'Enter an end date, for example 2025-06-30. An empty field changes nothing.',
  emptyCap:
    'Enter a cap in kronor, for example 6984000. An empty field changes nothing; Remove the cap removes it.',
  notApplied: (inEffect) => `Not applied – in effect: ${inEffect}. Press Enter to apply or Esc to discard.`,
  cutSavedInScenario: (scenario) => `The change is saved in the scenario ${scenario}.`,

  scenariosHeading: 'Scenarios',
  scenarioName: 'Scenario',
  createScenario: 'Create scenario',
  duplicateScenario: 'Duplicate',
  renameScenario: 'Rename',
  deleteScenario: 'Delete',
  chooseScenario: (name) => `Choose ${name} as the active scenario`,
  activeTag: 'active',
  newScenarioLabel: 'Name of the new scenario',
  renameToLabel: 'New name',
  duplicateNameLabel: 'Name of the copy',
  scenarioNameTaken: 'A scenario with that name exists already.',
  scenarioNameEmpty: 'Enter a name.',
  defaultScenarioName: "Office's proposal",
  adjustmentCount: (n) => (n === 1 ? '1 adjustment' : `${n} adjustments`),
  compareHeading: 'Compare',
  compareLeft: 'Compare',
  compareRight: 'with',
  differenceColumn: 'Difference',
  confirmDelete: (name) => `Delete the scenario ${name} and all its adjustments?`,
  cancel: 'Cancel',
  confirm: 'Delete',

  decisionHeading: 'Proposed decisions',
  writeSummary: 'Write decision summary',
  writingSummary: 'Writing the decision summary …',
  summaryWritten: (sheet) => `The decision summary is written to the sheet ${sheet}.`,
  summaryBlocked: (names, errors) =>
    `The decision summary was not written: the input has ${errors} error${errors === 1 ? '' : 's'}${names ? `, and the figures of ${names} lack rows` : ''}. Correct them under Errors and warnings, or write a draft (no decision text for the incomplete initiatives).`,
  writeDraft: 'Write a draft anyway',
  summaryStale: 'The inputs have changed since the decision summary was written. Write it again.',
  summaryNeverWritten: 'The decision summary has not been written yet.',
  summaryUpToDate: (when) => `The decision summary was written ${when} and matches the inputs.`,
  decisionAmountLabel: 'Decision amount',
  writeFailed: (detail) => `The decision summary could not be written: ${detail}`,
  proposalHeading: 'The board is proposed to decide',

  issuesHeading: 'Errors and warnings',
  noIssues: 'No errors or warnings.',
  severityError: 'Error',
  severityWarning: 'Warning',
  workbookWide: 'The workbook',
  goToCell: (cell) => `Go to ${cell}`,

  newWorkbookHeading: 'New workbook',
  newWorkbookText: 'The workbook lacks the tables Insatsbudget reads.',
  missingTables: (tables) => `Missing: ${tables}.`,
  createTemplate: 'Create the template tables',
  insertExample: 'Insert example data',
  creating: 'Creating the tables …',

  undoClearedByOthers: 'Someone else changed Justeringar in the workbook; the undo history has been cleared.',
  editFailed: (detail) => `The change could not be saved: ${detail}`,
  readFailed: (detail) => `The workbook could not be read: ${detail}`,
  editFailedReread: (detail) =>
    `The change could not be saved: ${detail} The figures were read again from the workbook and show it as it is now; check Justeringar.`,
  tableFiltered: (table) =>
    `The table ${table} is filtered. Clear the filter (Data › Clear) and try again; nothing was changed.`,
  summaryLayoutIncomplete: (sheet) =>
    `The decision summary is written to the sheet ${sheet}, but Excel did not take all of its layout (frozen rows, print setup, row heights or lists). The content is complete.`,
  leftoverSheets: (sheets) =>
    `Sheets the write had begun could not be removed: ${sheets}. They are removed the next time the summary is written, or can be deleted by hand.`,
  changedByOthers: 'The figures have been updated after a change in the workbook.',
  dismiss: 'Dismiss',
  nothingToUndo: 'Nothing to undo.',

  holdInitiative: (name) => `Hold ${name}`,
  releaseInitiative: (name) => `Release ${name}`,
  holdRole: (role) => `Hold ${role}`,
  releaseRole: (role) => `Release ${role}`,
  heldBadge: 'Held',
  holdHint:
    'A proposal that makes the budget fit never changes what is held. Written as Ja in the Låst (Held) column.',
  balanceOpen: 'Make the budget fit',
  balanceOpenHint: 'Shows ready proposals for cuts, before anything is written.',
  balanceClose: 'Close the proposals',
  balanceIncomplete: (errors, names) =>
    `No proposals while the input has errors (${errors} error${errors === 1 ? '' : 's'}${names ? `; incomplete: ${names}` : ''}): they would rest on figures that lack rows. Correct them under Errors and warnings first.`,
  balanceYearsLabel: 'Decision years to fit',
  balanceBase: (scenario) => `Starting from: ${scenario}`,
  balanceTargetFrame: (years) => `Target: none of ${years} over the frame`,
  balanceTargetEquity: (floor, years) => `Target: equity at least ${floor} at the end of ${years}`,
  balanceFits: 'The budget already fits – nothing to propose.',
  balanceInfeasible:
    'Not possible: the granted and held initiatives alone break the target, even with everything else cut. No proposal.',
  balanceBlockingOver: (year, amount) => `${year}: ${amount} over the frame`,
  balanceBlockingBelow: (year, amount) => `${year}: ${amount} below the equity floor`,
  balanceUnmet: (methods) => `No solution by: ${methods}.`,
  balanceNotCutHeading: 'Fewer posts does not cut these roles:',
  balanceNotCutRole: (role, initiative, why) => `${role} in ${initiative}: ${why}`,
  balanceNotCutDifferentFte: (rows) =>
    `the role's rows have different FTEs (${rows}), and an FTE change sets every row of the role. Give the rows different role names to cut them one by one.`,
  balanceNotCutHeldRow: "one of the role's rows is held, and an FTE change would set it too.",
  balanceRowFte: (row, fte) => `row ${row}: ${fte}`,
  methodEqualShare: 'Equal share',
  methodFewerPosts: 'Fewer posts',
  methodFewestChanges: 'Fewest changes',
  balanceShare: (percent) => `${percent} of the computed amount for every open initiative`,
  balanceRowsAdded: (n) => (n === 1 ? '1 new row in Justeringar' : `${n} new rows in Justeringar`),
  balanceYearOver: (amount) => `${amount} over the frame`,
  balanceYearRoom: (amount) => `${amount} left`,
  balanceYearBelowFloor: (equity, amount) => `equity ${equity}, ${amount} below the floor`,
  balanceYearAboveFloor: (equity, amount) => `equity ${equity}, ${amount} above the floor`,
  balanceYearNotDecision: 'not a decision year – in the target because equity carries over from it',
  balanceYearsHeading: 'Per year',
  balanceTouchedHeading: 'Initiatives that change',
  balanceTouchedNone: 'No initiative changes.',
  balanceTouched: (before, after) => `${before} → ${after}`,
  balanceUse: 'Use',
  balanceUseLabel: (scenario) => `Use: write the proposal as the new scenario ${scenario} and choose it`,
  balanceApplied: (scenario) => `The proposal is written as the scenario ${scenario}, which is now active.`,
};

const catalogues: Record<Language, Strings> = { sv, en };

export function stringsFor(lang: Language): Strings {
  return catalogues[lang];
}

/**
 * The pane's language: the one saved in the workbook, else Swedish unless Office's display language
 * is something other than Swedish ('sv-SE', 'sv-FI' are Swedish; unknown means Swedish).
 */
export function resolveLanguage(officeLanguage: string | null, saved: Language | null): Language {
  if (saved) return saved;
  if (!officeLanguage) return 'sv';
  return officeLanguage.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** One message in both languages, so that a language switch also switches a message already shown. */
export function inBoth(message: (s: Strings) => string): LocalizedText {
  return { sv: message(catalogues.sv), en: message(catalogues.en) };
}
