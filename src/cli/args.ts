// Command-line arguments → a command, or a usage error in both languages. Pure.
import type { Language, LocalizedText } from '../issues/types';

export type Command =
  | { kind: 'help'; lang: Language }
  | {
      kind: 'summarize';
      workbook: string;
      scenario: string | null;
      out: string | null;
      json: boolean;
      lang: Language;
    }
  | {
      kind: 'balance';
      workbook: string;
      scenario: string | null;
      /** --years: the target restricted to these years; null: the default. */
      years: number[] | null;
      out: string | null;
      json: boolean;
      lang: Language;
    }
  | { kind: 'template'; example: boolean; out: string; lang: Language };

export type Parsed = { ok: true; command: Command } | { ok: false; error: LocalizedText; lang: Language };

const fail = (lang: Language, sv: string, en: string): Parsed => ({ ok: false, error: { sv, en }, lang });

/** The language asked for anywhere on the line, so that even a usage error speaks it. */
function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value =
      a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'en') return 'en';
  }
  return 'sv';
}

export function parseArgs(argv: readonly string[]): Parsed {
  const lang = languageOf(argv);
  const positional: string[] = [];
  const options: {
    scenario?: string;
    years?: string;
    out?: string;
    json?: boolean;
    example?: boolean;
    lang?: string;
    help?: boolean;
  } = {};
  const withValue = new Set(['--scenario', '--years', '--out', '--lang']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-')
        return fail(lang, `Okänd flagga: ${arg}`, `Unknown option: ${arg}`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (withValue.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--')))
        return fail(lang, `${name} behöver ett värde.`, `${name} needs a value.`);
      const key = name.slice(2) as 'scenario' | 'years' | 'out' | 'lang';
      if (options[key] !== undefined && options[key] !== value)
        return fail(lang, `${name} är angiven två gånger.`, `${name} is given twice.`);
      options[key] = value;
      continue;
    }
    if (eq >= 0) return fail(lang, `${name} tar inget värde.`, `${name} takes no value.`);
    if (arg === '--json') options.json = true;
    else if (arg === '--example') options.example = true;
    else return fail(lang, `Okänd flagga: ${arg}`, `Unknown option: ${arg}`);
  }
  if (options.lang !== undefined && options.lang !== 'sv' && options.lang !== 'en')
    return fail(
      lang,
      `--lang ska vara sv eller en, inte ${options.lang}.`,
      `--lang must be sv or en, not ${options.lang}.`,
    );
  if (options.help || positional[0] === 'help' || positional.length === 0)
    return { ok: true, command: { kind: 'help', lang } };

  const [command, ...rest] = positional;
  if (options.years !== undefined && command !== 'balance')
    return fail(lang, '--years hör till balance.', '--years belongs to balance.');
  if (command === 'balance') {
    if (options.example) return fail(lang, '--example hör till template.', '--example belongs to template.');
    if (rest.length !== 1)
      return fail(
        lang,
        rest.length === 0
          ? 'balance behöver en arbetsbok: insatsbudget balance <arbetsbok.xlsx>'
          : `balance tar en arbetsbok, inte ${rest.length}.`,
        rest.length === 0
          ? 'balance needs a workbook: insatsbudget balance <workbook.xlsx>'
          : `balance takes one workbook, not ${rest.length}.`,
      );
    let years: number[] | null = null;
    if (options.years !== undefined) {
      const parts = options.years.split(',').map((y) => y.trim());
      if (parts.some((y) => !/^\d{4}$/.test(y)))
        return fail(
          lang,
          `--years ska vara årtal med komma emellan, t.ex. 2025,2026, inte ${options.years}.`,
          `--years must be years separated by commas, e.g. 2025,2026, not ${options.years}.`,
        );
      years = parts.map(Number);
    }
    return {
      ok: true,
      command: {
        kind: 'balance',
        workbook: rest[0]!,
        scenario: options.scenario ?? null,
        years,
        out: options.out ?? null,
        json: Boolean(options.json),
        lang,
      },
    };
  }
  if (command === 'summarize') {
    if (options.example) return fail(lang, '--example hör till template.', '--example belongs to template.');
    if (rest.length !== 1)
      return fail(
        lang,
        rest.length === 0
          ? 'summarize behöver en arbetsbok: insatsbudget summarize <arbetsbok.xlsx>'
          : `summarize tar en arbetsbok, inte ${rest.length}.`,
        rest.length === 0
          ? 'summarize needs a workbook: insatsbudget summarize <workbook.xlsx>'
          : `summarize takes one workbook, not ${rest.length}.`,
      );
    return {
      ok: true,
      command: {
        kind: 'summarize',
        workbook: rest[0]!,
        scenario: options.scenario ?? null,
        out: options.out ?? null,
        json: Boolean(options.json),
        lang,
      },
    };
  }
  if (command === 'template') {
    if (options.scenario !== undefined || options.json)
      return fail(
        lang,
        'template tar bara --example och --lang.',
        'template takes only --example and --lang.',
      );
    const out = options.out ?? rest[0];
    if (rest.length > (options.out === undefined ? 1 : 0) || out === undefined)
      return fail(
        lang,
        'template behöver en utfil: insatsbudget template [--example] <UT.xlsx>',
        'template needs one output file: insatsbudget template [--example] <OUT.xlsx>',
      );
    return { ok: true, command: { kind: 'template', example: Boolean(options.example), out, lang } };
  }
  return fail(
    lang,
    `Okänt kommando: ${command}. Kommandon: summarize, balance, template.`,
    `Unknown command: ${command}. Commands: summarize, balance, template.`,
  );
}

export const HELP: Readonly<Record<Language, string>> = {
  sv: `insatsbudget – periodisera ansökningar, jämför med ramen och skriv beslutsunderlag

Användning:
  insatsbudget summarize <arbetsbok.xlsx> [--scenario NAMN] [--out UT.xlsx] [--json] [--lang sv|en]
  insatsbudget balance <arbetsbok.xlsx> [--scenario BAS] [--years 2025,2026] [--json] [--out UT.xlsx]
  insatsbudget template [--example] <UT.xlsx> [--lang sv|en]
  insatsbudget --help [--lang en]

summarize   Läser tabellerna Insatser, Bemanning, Kostnader, Ram, Parametrar och Justeringar,
            räknar fram ansökt och föreslaget per år och kvartal och jämför med ramen.
  --scenario NAMN  Scenariot i Justeringar som är förslaget. Utan det är förslaget lika med ansökan.
  --out UT.xlsx    Skriv en kopia av arbetsboken med bladen Beslutsunderlag och Periodisering.
                   Aldrig indatafilen själv; skrivs via en temporär fil, så att ett avbrott inte
                   lämnar en halvskriven fil. Skrivs inte när indata har fel.
  --json           Skriv resultatet som JSON på stdout (se docs/cli.md).
  --lang sv|en     Språk för rapport, meddelanden och blad (svenska som standard).

balance     Få budgeten att gå ihop: tre förslag (lika andel, färre tjänster, färst ändringar),
            vart och ett ett scenario av Justeringar-rader som håller beslutsåren inom ramen
            (med Eget kapital: eget kapital vid varje års slut på eller över lägsta).
  --scenario BAS   Förslagen utgår från detta scenario (annars från ansökan).
  --years ÅR,ÅR    Bara dessa år räknas i målet.
  --out UT.xlsx    Skriv en kopia med förslagens rader tillagda i Justeringar (bara den tabellen ändras).
  --json           Förslagen som JSON (se docs/cli.md).

template    Skriver en tom arbetsbok med alla sex tabellerna, formaterade och med listor.
  --example        Fyll i de fem exempelinsatserna i stället.

Slutkoder: 0 körningen gick (varningar tillåtna), 1 indata har fel (JSON skrivs ändå, ingen
UT-fil), 2 fel i kommandoraden eller med en fil.

In English: insatsbudget --help --lang en
`,
  en: `insatsbudget – periodise funding applications, compare them with the frame, write the decision summary

Usage:
  insatsbudget summarize <workbook.xlsx> [--scenario NAME] [--out OUT.xlsx] [--json] [--lang sv|en]
  insatsbudget balance <workbook.xlsx> [--scenario BASE] [--years 2025,2026] [--json] [--out OUT.xlsx]
  insatsbudget template [--example] <OUT.xlsx> [--lang sv|en]
  insatsbudget --help [--lang en]

summarize   Reads the tables Insatser, Bemanning, Kostnader, Ram, Parametrar and Justeringar,
            computes applied and proposed amounts per year and quarter and compares them with the frame.
  --scenario NAME  The scenario in Justeringar that is the proposal. Without it the proposal equals the application.
  --out OUT.xlsx   Write a copy of the workbook with the sheets Beslutsunderlag and Periodisering.
                   Never the input file itself; written through a temporary file, so an interrupted
                   run leaves no half-written file. Not written when the input has errors.
  --json           Print the result as JSON on stdout (see docs/cli.md).
  --lang sv|en     Language of the report, messages and sheets (Swedish by default).

balance     Make the budget fit: three proposals (equal share, fewer posts, fewest changes), each
            a scenario of Justeringar rows that keeps the decision years within the frame (with
            Opening equity: equity at every year's end at or above the floor).
  --scenario BASE  The proposals start from this scenario (else from the application).
  --years Y,Y      Only these years count in the target.
  --out OUT.xlsx   Write a copy with the proposals' rows added to Justeringar (only that table changes).
  --json           The proposals as JSON (see docs/cli.md).

template    Writes an empty workbook with all six tables, formatted, with drop-down lists.
  --example        Fill in the five example initiatives instead.

Exit codes: 0 it ran (warnings allowed), 1 the input has errors (the JSON is still printed, no OUT
written), 2 a usage or file error.

På svenska: insatsbudget --help
`,
};
