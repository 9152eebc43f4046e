// The input workbook as sheet plans: the empty template and the example with the five seed
// initiatives. Each table sits at A1 of its own sheet, named as the canonical table, so that the
// reader finds it by name; guidance goes on a separate "Läs mig" sheet.
import type { Language } from '../issues/types';
import type { PlanCell, SheetPlan } from '../workbook/sheet-plan';
import { columnLetter } from '../workbook/snapshot';
import { DATE_FORMAT, FTE_FORMAT, KRONOR_FORMAT, YEAR_FORMAT } from '../format/excel-formats';
import {
  ACTION_LABELS,
  FUNDING_LABELS,
  HELD_LABELS,
  PRINCIPAL_LABELS,
  ROUNDING_MODE_LABELS,
  STATUS_LABELS,
  parseAction,
} from './cells';
import { parameterKey } from './read/parameters';
import { TABLE_SPECS, TEMPLATE_ORDER, type ColumnSpec, type TableName } from './tables';

/** A cell of an input row as plain data. See InputRows for what each column expects. */
export type PlainValue = string | number | null;

/**
 * Data rows of each input table in canonical column order (as in TABLE_SPECS). Dates are ISO text,
 * percentages are fractions (3.5 is 350 %), amounts kronor, words as users write them. A string
 * where a number belongs is written as text, as a user might type it.
 */
export type InputRows = Readonly<
  Record<Exclude<TableName, 'Medlemsbidrag'>, ReadonlyArray<readonly PlainValue[]>> & {
    /** Optional (issue 13): absent means an empty table. */
    Medlemsbidrag?: ReadonlyArray<readonly PlainValue[]>;
  }
>;

/** Payroll overhead and salary increases: two decimals, e.g. 42,15 %. */
export const RATE_FORMAT = '0.00 %';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function text(value: PlainValue, bold = false): PlanCell {
  if (value === null || value === '') return null;
  return { kind: 'text', text: String(value), ...(bold ? { style: { bold: true } } : {}) };
}

function number(value: PlainValue, format: string): PlanCell {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return text(value);
  return { kind: 'number', value, format };
}

function date(value: PlainValue): PlanCell {
  if (typeof value === 'string' && ISO.test(value)) return { kind: 'date', iso: value, format: DATE_FORMAT };
  return number(value, DATE_FORMAT);
}

/** The kind of Parametrar's Värde for a key. */
function parameterFormat(key: PlainValue): 'rate' | 'month' | 'step' | 'text' {
  const k = parameterKey(String(key ?? ''));
  if (
    k.kind === 'payrollOverhead' ||
    k.kind === 'payrollOverheadEmployer' ||
    k.kind === 'salaryIncrease' ||
    k.kind === 'salaryIncreaseYear'
  )
    return 'rate';
  if (k.kind === 'revisionMonth') return 'month';
  if (k.kind === 'roundingStep' || k.kind === 'openingEquity' || k.kind === 'equityFloor') return 'step';
  return 'text';
}

function cellFor(column: ColumnSpec, value: PlainValue, row: readonly PlainValue[]): PlanCell {
  switch (column.kind) {
    case 'text':
    case 'funding':
    case 'status':
    case 'principal':
    case 'held':
    case 'action':
    case 'parameterKey':
      return text(value);
    case 'amount':
      return number(value, KRONOR_FORMAT);
    case 'fte':
      return number(value, FTE_FORMAT);
    case 'percent':
      return number(value, RATE_FORMAT);
    case 'date':
      return date(value);
    case 'year':
      return number(value, YEAR_FORMAT);
    case 'parameterValue': {
      const kind = parameterFormat(row[0] ?? null);
      if (kind === 'rate') return number(value, RATE_FORMAT);
      if (kind === 'month') return number(value, YEAR_FORMAT);
      if (kind === 'step') return number(value, KRONOR_FORMAT);
      return text(value);
    }
    case 'adjustmentValue': {
      const action = parseAction(
        { value: row[3] ?? '', type: 'String', format: '@' },
        { sv: 'Åtgärd', en: 'Action' },
      ).value;
      if (action === 'setFte') return number(value, FTE_FORMAT);
      if (action === 'setEnd') return date(value);
      if (action === 'cap') return number(value, KRONOR_FORMAT);
      return typeof value === 'number' ? number(value, 'General') : text(value);
    }
  }
}

function tablePlan(name: TableName, rows: ReadonlyArray<readonly PlainValue[]>, lang: Language): SheetPlan {
  const spec = TABLE_SPECS[name];
  const header = spec.columns.map((c) => text(lang === 'en' ? c.en : c.sv, true));
  const data = rows.map((row) => spec.columns.map((c, i) => cellFor(c, row[i] ?? null, row)));
  // An Excel table needs a data row; an empty one is skipped by the reader.
  const dataRows = Math.max(1, data.length);
  const lastColumn = columnLetter(spec.columns.length - 1);
  const validations: Array<{ range: string; list: string[] }> = [];
  // Lists over the table's data rows only: Excel carries a table column's validation down as the
  // table grows, and validation below a table makes its automatic expansion unreliable (the Excel
  // adapter appends rows under the table and resizes it).
  const listRows = dataRows + 1;
  spec.columns.forEach((c, i) => {
    const column = columnLetter(i);
    const range = listRows > 2 ? `${column}2:${column}${listRows}` : `${column}2`;
    if (c.kind === 'funding')
      validations.push({ range, list: [FUNDING_LABELS.grant[lang], FUNDING_LABELS.own[lang]] });
    if (c.kind === 'status')
      validations.push({
        range,
        list: (['application', 'granted', 'rejected'] as const).map((k) => STATUS_LABELS[k][lang]),
      });
    if (c.kind === 'held') validations.push({ range, list: [HELD_LABELS.yes[lang], HELD_LABELS.no[lang]] });
    if (c.kind === 'principal')
      validations.push({
        range,
        list: (['state', 'region', 'municipality'] as const).map((k) => PRINCIPAL_LABELS[k][lang]),
      });
    if (c.kind === 'action')
      validations.push({
        range,
        list: (['setFte', 'remove', 'setEnd', 'cap'] as const).map((a) => ACTION_LABELS[a][lang]),
      });
  });
  if (name === 'Parametrar') {
    rows.forEach((row, r) => {
      if (parameterKey(String(row[0] ?? '')).kind === 'roundingMode')
        validations.push({
          range: `B${r + 2}`,
          list: [ROUNDING_MODE_LABELS.up[lang], ROUNDING_MODE_LABELS.nearest[lang]],
        });
    });
  }
  return {
    name: spec.sheet[lang],
    kind: 'inputs',
    blocks: [{ row: 0, column: 0, cells: [header, ...data] }],
    merges: [],
    columnWidths: spec.columns.map((c, i) => ({ column: i, width: c.width })),
    tables: [{ name, range: `A1:${lastColumn}${dataRows + 1}`, style: 'TableStyleMedium2' }],
    charts: [],
    validations,
    freeze: { rows: 1, columns: 0 },
  };
}

const README: Record<Language, string[]> = {
  sv: [
    'Insatsbudget – indata',
    '',
    'Varje flik har en Excel-tabell som Insatsbudget läser. Byt inte namn på tabellerna och behåll kolumnrubrikerna; lägg gärna till egna kolumner (de läses inte).',
    'Insatser: en rad per insats. Insats, Start och Slut måste fyllas i. Datum skrivs ÅÅÅÅ-MM-DD.',
    'Bemanning: en rad per roll. Omfattning i procent (350 % = tre och en halv heltid), Månadslön vid 100 %. Tomt PO-pålägg hämtas från Parametrar. Tom Finansiering betyder Förbundet; Egen är egenfinansiering.',
    'Kostnader: övriga kostnader. Med År fördelas beloppet över insatsens månader det året, utan År över hela perioden.',
    'Insatser, Status: Ansökan (eller tomt) för denna omgångs ansökningar, Beviljad för insatser som beviljats i ett tidigare beslut (de tar en del av ramen och deras Maxbelopp gäller), Avslag för avslagna (de räknas inte).',
    'Låst (i Insatser och Bemanning): Ja låser insatsen eller raden, så att förslagen till nedskärning (Få budgeten att gå ihop) aldrig ändrar den. Tomt betyder inte låst. Låst ändrar inga belopp.',
    'Ram: tillgängliga medel per år. Lämna Tillgängligt tomt så räknas det som Medlemsbidrag − Egna kostnader (förbundets kostnader för kansli, styrelse och revision).',
    'Medlemsbidrag: ett bidrag per medlem och år, med Huvudman Staten, Region eller Kommun. Summan per år fyller Ram:s Medlemsbidrag; lagen (2003:1210) fördelar bidragen hälften staten, en fjärdedel regionen och en fjärdedel kommunerna tillsammans.',
    'Parametrar: PO-pålägg, PO-pålägg <arbetsgivare>, Löneökning, Löneökning <år>, Lönerevision (månad 1–12), Avrundning (steg i kr), Avrundningsläge (uppåt eller närmast), Eget kapital (vid början av ramens första år; då förs det egna kapitalet år för år och ramens år måste följa på varandra), Lägsta eget kapital (standard 0 kr).',
    'Justeringar: scenarier med nedskärningar. Åtgärd Omfattning (Värde i procent), Ta bort (utan Värde; utan Roll tas hela insatsen bort), Slutdatum (Värde ett datum) eller Tak (Värde ett belopp). Ansökan själv ändras aldrig.',
    'Procent: ett tal i en cell med procentformat visas som procent (350 %); ett tal utan procentformat läses som procentenheter (350 betyder 350 %).',
  ],
  en: [
    'Insatsbudget – inputs',
    '',
    'Each sheet holds an Excel table that Insatsbudget reads. Do not rename the tables and keep the column headers; you may add columns of your own (they are not read).',
    'Initiatives: one row per initiative. Initiative, Start and End are required. Dates are written YYYY-MM-DD.',
    'Staffing: one row per role. FTE as a percentage (350 % = three and a half full-time posts), Monthly salary at 100 %. A blank Payroll overhead is taken from Parameters. A blank Funding means Association; Own is self-financing.',
    'Costs: other costs. With a Year the amount is spread over the initiative\u2019s months of that year, without one over the whole period.',
    'Initiatives, Status: Application (or blank) for this round\u2019s applications, Granted for initiatives granted in an earlier decision (they hold part of the frame and their Max grant binds), Rejected for rejected ones (they count nowhere).',
    'Held (in Initiatives and Staffing): Yes holds the initiative or the row, so that the proposed cuts (Make the budget fit) never change it. Blank means not held. Holding changes no amount.',
    'Frame: funds available per year. Leave Available blank to have it computed as Contributions − Own costs (the association\u2019s office, board and audit).',
    'Contributions: one row per member and year, with Principal State, Region or Municipality. The yearly sum fills the Frame\u2019s Contributions; the law (2003:1210) splits them half the state, a quarter the region, a quarter the municipalities together.',
    'Parameters: Payroll overhead, Payroll overhead <employer>, Salary increase, Salary increase <year>, Revision month (1–12), Rounding (step in kr), Rounding mode (up or nearest), Opening equity (at the start of the first frame year; equity is then carried year by year and the frame years must be consecutive), Equity floor (default SEK 0).',
    'Adjustments: scenarios of cuts. Action Set FTE (Value a percentage), Remove (no Value; without a Role the whole initiative), End date (Value a date) or Cap (Value an amount). The application itself never changes.',
    'Percentages: a number in a cell with a percent format shows as a percentage (350 %); a number without one is read as percentage points (350 means 350 %).',
  ],
};

function readmePlan(lang: Language): SheetPlan {
  return {
    name: lang === 'en' ? 'Read me' : 'Läs mig',
    kind: 'inputs',
    blocks: [
      {
        row: 0,
        column: 0,
        cells: README[lang].map((line, i) => [
          line
            ? { kind: 'text', text: line, style: i === 0 ? { bold: true, fontSize: 14 } : { wrap: true } }
            : null,
        ]),
      },
    ],
    merges: [],
    columnWidths: [{ column: 0, width: 110 }],
    tables: [],
    charts: [],
  };
}

/** The input sheets filled with rows (six tables, then the "Läs mig" sheet). */
export function inputPlans(rows: InputRows, lang: Language = 'sv'): SheetPlan[] {
  return [...TEMPLATE_ORDER.map((name) => tablePlan(name, rows[name] ?? [], lang)), readmePlan(lang)];
}

/** The empty template: six tables with headers and the rounding parameters' defaults. */
export function templatePlans(lang: Language = 'sv'): SheetPlan[] {
  const key = (sv: string, en: string) => (lang === 'en' ? en : sv);
  return inputPlans(
    {
      Insatser: [],
      Bemanning: [],
      Kostnader: [],
      Ram: [],
      Medlemsbidrag: [],
      Parametrar: [
        [key('Lönerevision', 'Revision month'), 1],
        [key('Avrundning', 'Rounding'), 1000],
        [key('Avrundningsläge', 'Rounding mode'), ROUNDING_MODE_LABELS.up[lang]],
      ],
      Justeringar: [],
    },
    lang,
  );
}

// ------------------------------------------------------------------ the example

const SAMORDNAT = 'Samordnat stöd för arbete eller studier';
const FRAMSTEGET = 'Framsteget 2.0';
const EN_VAG_IN = 'En väg in-steget vidare';
const EXTRATJANSTER = 'Strukturellt och individuellt utvecklingsarbete/utvärdering av Extratjänster';
const LOKUS = 'Strategiskt utvecklingsarbete/Lokussamordnare Uppsala';
const PARTIES = 'Försäkringskassan, Arbetsförmedlingen, Region Uppsala';

/** The municipalities' quarter, split among the eight municipalities of Uppsala län (per mille). */
const MUNICIPALITY_SHARES: ReadonlyArray<readonly [string, number]> = [
  ['Uppsala kommun', 560],
  ['Enköpings kommun', 120],
  ['Tierps kommun', 60],
  ['Östhammars kommun', 60],
  ['Håbo kommun', 60],
  ['Knivsta kommun', 60],
  ['Heby kommun', 50],
  ['Älvkarleby kommun', 30],
];

/** Medlemsbidrag rows as the law splits a year's total: the state half, the region and the municipalities a quarter each. */
function contributionRows(totals: ReadonlyArray<readonly [number, number]>): PlainValue[][] {
  return totals.flatMap(([year, total]) => {
    const quarter = total / 4;
    return [
      [year, 'Försäkringskassan (staten)', 'Staten', total / 2],
      [year, 'Region Uppsala', 'Region', quarter],
      ...MUNICIPALITY_SHARES.map(([member, perMille]) => [
        year,
        member,
        'Kommun',
        (quarter * perMille) / 1000,
      ]),
    ];
  });
}

/**
 * The five seed initiatives with plausible figures (see docs/workbook-contract.md). Salaries and
 * the balancing cost rows are tuned so that the decision amounts come out as in the seeds:
 * 1 245 000, 1 570 000, 7 711 000, 3 391 000 and, under "Kansliets förslag", 6 984 000 kr
 * (applied 8 314 961 kr against the stated 8 315 500 kr). The round (seed 004): the four earlier
 * decisions are granted; Samordnat stöd is over the frame as applied (equity 1 200 000 kr at the
 * start of 2024 falls below the 500 000 kr floor in 2025 and 2026) and fits with one coach less.
 */
export const EXAMPLE: InputRows = {
  Insatser: [
    // Insats, Insatsägare, Samverkansparter, Start, Slut, Ansökt belopp, Maxbelopp, Status.
    // The 2018 and 2023 decisions are granted ("maximalt … kronor" binds); Samordnat stöd is the
    // open application of this round (seed 004).
    [
      EXTRATJANSTER,
      'Uppsala kommun',
      'Arbetsförmedlingen',
      '2018-01-01',
      '2020-12-31',
      1_245_000,
      1_245_000,
      'Beviljad',
    ],
    [
      LOKUS,
      'Uppsala kommun',
      'Arbetsförmedlingen, Försäkringskassan, Region Uppsala',
      '2018-01-01',
      '2019-12-31',
      1_570_000,
      1_570_000,
      'Beviljad',
    ],
    [FRAMSTEGET, 'Håbo kommun', PARTIES, '2023-01-01', '2024-12-31', 7_711_000, 7_711_000, 'Beviljad'],
    [EN_VAG_IN, 'Knivsta kommun', PARTIES, '2023-01-01', '2024-12-31', 3_391_000, 3_391_000, 'Beviljad'],
    [SAMORDNAT, 'Uppsala kommun', 'Region Uppsala', '2024-10-01', '2026-12-31', 8_315_500, null, 'Ansökan'],
  ],
  Bemanning: [
    // Insats, Roll, Omfattning, Månadslön, PO-pålägg, Start, Slut, Finansiering, Arbetsgivare
    [
      EXTRATJANSTER,
      'Processtödare',
      1,
      36_000,
      null,
      '2018-01-01',
      '2018-12-31',
      'Förbundet',
      'Uppsala kommun',
    ],
    [EXTRATJANSTER, 'Utvärderingsansvarig', 0.25, 42_000, null, null, null, 'Förbundet', 'Uppsala kommun'],
    [LOKUS, 'Utvecklingsansvarig', 1, 44_000, 0.4215, null, null, 'Förbundet', 'Uppsala kommun'],
    [FRAMSTEGET, 'Coach', 3.5, 35_000, null, null, null, 'Förbundet', 'Håbo kommun'],
    [FRAMSTEGET, 'Arbetsförmedlare', 0.25, 37_000, null, null, null, 'Förbundet', 'Arbetsförmedlingen'],
    [FRAMSTEGET, 'Insatsansvarig', 0.3, 46_000, null, null, null, 'Förbundet', 'Håbo kommun'],
    [FRAMSTEGET, 'Arbetsgivarkoordinator', 1, 39_000, null, null, null, 'Förbundet', 'Håbo kommun'],
    [EN_VAG_IN, 'Arbetsmarknadssekreterare', 2, 34_500, null, null, null, 'Förbundet', 'Knivsta kommun'],
    [EN_VAG_IN, 'Insatsansvarig', 0.2, 44_000, null, null, null, 'Förbundet', 'Knivsta kommun'],
    [EN_VAG_IN, 'Arbetsförmedlare', 0.25, 36_000, null, null, null, 'Förbundet', 'Arbetsförmedlingen'],
    [SAMORDNAT, 'Coach', 4, 33_450, null, null, null, 'Förbundet', 'Uppsala kommun'],
    [SAMORDNAT, 'Coach', 4, 33_450, null, null, null, 'Egen', 'Uppsala kommun'],
    [SAMORDNAT, 'Insatsansvarig', 0.2, 48_000, null, null, null, 'Förbundet', 'Uppsala kommun'],
    [
      SAMORDNAT,
      'Samverkanskoordinator psykiatri',
      0.4,
      42_000,
      null,
      null,
      null,
      'Förbundet',
      'Region Uppsala',
    ],
  ],
  Kostnader: [
    // Insats, Kostnadsslag, Belopp, År, Finansiering
    [EXTRATJANSTER, 'Resor, material och uppföljning', 62_000, null, 'Förbundet'],
    [LOKUS, 'Lokaler', 144_000, null, 'Egen'],
    [LOKUS, 'Kompetensutveckling och material', 27_000, null, 'Förbundet'],
    [FRAMSTEGET, 'Lokaler', 420_000, null, 'Förbundet'],
    [FRAMSTEGET, 'Deltagaraktiviteter och material', 729_000, null, 'Förbundet'],
    [EN_VAG_IN, 'Lokaler', 180_000, null, 'Förbundet'],
    [EN_VAG_IN, 'Gruppaktiviteter och studiebesök', 92_000, null, 'Förbundet'],
    [SAMORDNAT, 'Lokaler', 720_000, null, 'Förbundet'],
    [SAMORDNAT, 'Metodstöd och utbildning (fas 1)', 400_000, 2025, 'Förbundet'],
    [SAMORDNAT, 'Övriga kostnader (resor, material, IT)', 789_900, null, 'Förbundet'],
  ],
  Ram: [
    // År, Tillgängligt, Medlemsbidrag, Egna kostnader: Tillgängligt is left blank, so it is
    // Medlemsbidrag (the table's sum) − Egna kostnader: 6 200 000, 3 400 000 and 3 100 000 kr.
    [2024, null, null, 1_200_000],
    [2025, null, null, 1_200_000],
    [2026, null, null, 1_300_000],
  ],
  Medlemsbidrag: contributionRows([
    [2024, 7_400_000],
    [2025, 4_600_000],
    [2026, 4_400_000],
  ]),
  Parametrar: [
    ['PO-pålägg', 0.4215],
    ['PO-pålägg Håbo kommun', 0.409],
    ['PO-pålägg Region Uppsala', 0.486],
    ['PO-pålägg Arbetsförmedlingen', 0.479],
    ['Löneökning', 0.022],
    ['Löneökning 2023', 0.041],
    ['Löneökning 2024', 0.033],
    ['Löneökning 2025', 0.034],
    ['Löneökning 2026', 0.03],
    ['Lönerevision', 4],
    ['Avrundning', 1000],
    ['Avrundningsläge', 'uppåt'],
    ['Eget kapital', 1_200_000],
    ['Lägsta eget kapital', 500_000],
  ],
  Justeringar: [
    [
      'Kansliets förslag',
      SAMORDNAT,
      'Coach',
      'Omfattning',
      3,
      'Minska med en heltidstjänst, coach, för att möta budgetutmaningen; projektet bedöms kunna genomföras trots justeringen.',
    ],
  ],
};

/** The example workbook's input sheets. */
export function examplePlans(): SheetPlan[] {
  return inputPlans(EXAMPLE, 'sv');
}
