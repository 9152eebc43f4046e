// Every message the workbook contract gives, in Swedish and English. Each says what is wrong and
// what would be right; the cell itself is named by the issue's address, which front ends show.
import Decimal from 'decimal.js';
import type { LocalizedText } from '../issues/types';
import { formatFte, formatKronor } from '../format';
import { sameName } from '../workbook/names';

/** Stable machine codes of the issues the contract reports. */
export type ContractIssueCode =
  | 'formula-error'
  | 'formula-without-value'
  | 'increase-low'
  | 'rows-below-table'
  | 'second-table'
  | 'column-renamed'
  | 'required-missing'
  | 'not-an-amount'
  | 'ambiguous-amount'
  | 'not-a-percent'
  | 'not-a-date'
  | 'date-not-iso'
  | 'date-out-of-range'
  | 'not-a-year'
  | 'not-a-month'
  | 'not-text'
  | 'unknown-funding'
  | 'unknown-action'
  | 'unknown-status'
  | 'unknown-principal'
  | 'unknown-held'
  | 'equity-floor-without-opening'
  | 'unknown-rounding-mode'
  | 'negative-amount'
  | 'amount-high'
  | 'salary-high'
  | 'salary-low'
  | 'fte-negative'
  | 'fte-too-high'
  | 'fte-suspicious'
  | 'po-out-of-range'
  | 'po-suspicious'
  | 'increase-out-of-range'
  | 'increase-suspicious'
  | 'rounding-step-invalid'
  | 'missing-table'
  | 'missing-column'
  | 'duplicate-table'
  | 'duplicate-column'
  | 'unknown-parameter'
  | 'duplicate-parameter'
  | 'parameter-year-invalid'
  | 'role-required'
  | 'value-required'
  | 'value-ignored'
  | 'role-ignored';

/** A column as messages name it: Swedish header, English alias. */
export interface ColumnName {
  sv: string;
  en: string;
}

// ------------------------------------------------------------------ formatting inside messages

// Amounts and percentages in messages read as they do everywhere else (src/format): "SEK 45,000"
// in English, a true minus sign.
const kronor = formatKronor;
/** A fraction as a percentage: 3.5 → sv '350 %', en '350%'. */
const percent = formatFte;

/** A value as found, for quoting in a message. */
export function quote(value: string | number | boolean | null): string {
  if (value === null) return '""';
  return `"${String(value)}"`;
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

// ------------------------------------------------------------------ cell messages

export const cellMessages = {
  formulaWithoutValue: (column: ColumnName) =>
    t(
      `Formeln i kolumnen ${column.sv} har inget beräknat värde — öppna och spara arbetsboken i Excel (program som openpyxl och ExcelJS räknar inte ut formler), eller skriv in värdet direkt.`,
      `The formula in the ${column.en} cell has no computed value — open and save the workbook in Excel (programs such as openpyxl and ExcelJS do not calculate formulas), or type the value in.`,
    ),
  increaseLow: (column: ColumnName, fraction: Decimal, suggestion: Decimal | null) =>
    t(
      `Löneökningen läses som ${percent(fraction, 'sv')} per år.${suggestion ? ` Menade du ${percent(suggestion, 'sv')}?` : ''} Ett tal utan procentformat läses som procentenheter (3,4 betyder 3,4 %); skriv hellre 3,4 %.`,
      `The yearly salary increase reads as ${percent(fraction, 'en')}.${suggestion ? ` Did you mean ${percent(suggestion, 'en')}?` : ''} A number without a percent format is read as percentage points (3.4 means 3.4 %); better write 3.4 %.`,
    ),
  formulaError: (column: ColumnName, errorText: string) =>
    t(
      `Cellen i kolumnen ${column.sv} innehåller felet ${errorText} från en formel. Rätta formeln eller skriv in värdet direkt.`,
      `The ${column.en} cell holds the formula error ${errorText}. Fix the formula or type the value in.`,
    ),
  requiredMissing: (column: ColumnName) =>
    t(
      `Kolumnen ${column.sv} är tom, men den måste fyllas i på varje rad.`,
      `The ${column.en} (${column.sv}) cell is empty, but it must be filled in on every row.`,
    ),
  notAnAmount: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är inget belopp. Skriv ett tal i kronor, t.ex. 45 000 eller 45 000,50.`,
      `${quote(value)} in ${column.en} is not an amount. Enter a number of kronor, e.g. 45000 or 45000.50.`,
    ),
  ambiguousAmount: (column: ColumnName, value: string) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} kan läsas på två sätt. Skriv tusental med mellanslag och decimaler med komma, t.ex. 45 000 eller 45 000,50.`,
      `${quote(value)} in ${column.en} can be read two ways. Write thousands with spaces or not at all, and decimals with a comma, e.g. 45 000 or 45000,50.`,
    ),
  notAPercent: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är ingen procentsats. Skriv t.ex. 350 % eller 42,15 %.`,
      `${quote(value)} in ${column.en} is not a percentage. Enter e.g. 350 % or 42.15 %.`,
    ),
  notADate: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-10-01.`,
      `${quote(value)} in ${column.en} is not a date. Enter the date as YYYY-MM-DD, e.g. 2024-10-01.`,
    ),
  dateNotIso: (column: ColumnName, value: string) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} kan betyda olika datum beroende på land. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-10-01.`,
      `${quote(value)} in ${column.en} means different dates in different countries. Enter the date as YYYY-MM-DD, e.g. 2024-10-01.`,
    ),
  dateOutOfRange: (column: ColumnName, iso: string | null, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv}${iso ? ` blir datumet ${iso}, vilket` : ''} är inget rimligt datum för en budget (1990–2100). Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-10-01.`,
      `${quote(value)} in ${column.en}${iso ? ` is the date ${iso}, which` : ''} is not a plausible budget date (1990–2100). Enter the date as YYYY-MM-DD, e.g. 2024-10-01.`,
    ),
  notAYear: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är inget årtal. Skriv hela året med fyra siffror, t.ex. 2025.`,
      `${quote(value)} in ${column.en} is not a year. Enter the full year with four digits, e.g. 2025.`,
    ),
  notAMonth: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är ingen månad. Skriv månadens nummer 1–12, t.ex. 4 för april.`,
      `${quote(value)} in ${column.en} is not a month. Enter the month's number 1–12, e.g. 4 for April.`,
    ),
  notText: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} ska vara text.`,
      `${quote(value)} in ${column.en} should be text.`,
    ),
  unknownFunding: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är ingen känd finansiering. Skriv Förbundet (eller lämna tomt) eller Egen.`,
      `${quote(value)} in ${column.en} is not a known funding. Enter Association (or leave it blank) or Own.`,
    ),
  unknownStatus: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är ingen känd status. Skriv Ansökan (eller lämna tomt), Beviljad eller Avslag.`,
      `${quote(value)} in ${column.en} is not a known status. Enter Application (or leave it blank), Granted or Rejected.`,
    ),
  unknownHeld: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är inget känt val. Skriv Ja för att låsa raden mot förslag till nedskärning, eller lämna tomt.`,
      `${quote(value)} in ${column.en} is not a known choice. Enter Yes to hold the row against proposed cuts, or leave it blank.`,
    ),
  unknownPrincipal: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är ingen känd huvudman. Skriv Staten, Region eller Kommun.`,
      `${quote(value)} in ${column.en} is not a known principal. Enter State, Region or Municipality.`,
    ),
  unknownAction: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} i kolumnen ${column.sv} är ingen känd åtgärd. Skriv Omfattning, Ta bort, Slutdatum eller Tak.`,
      `${quote(value)} in ${column.en} is not a known action. Enter Set FTE, Remove, End date or Cap.`,
    ),
  unknownRoundingMode: (column: ColumnName, value: string | number | boolean | null) =>
    t(
      `${quote(value)} är inget känt avrundningsläge. Skriv uppåt eller närmast.`,
      `${quote(value)} is not a known rounding mode. Enter up or nearest.`,
    ),
  negativeAmount: (column: ColumnName, amount: Decimal) =>
    t(
      `${kronor(amount, 'sv')} i kolumnen ${column.sv} är negativt. Skriv ett belopp som är 0 eller större.`,
      `${kronor(amount, 'en')} in ${column.en} is negative. Enter an amount of 0 or more.`,
    ),
  amountHigh: (column: ColumnName, amount: Decimal, limit: Decimal) =>
    t(
      `${kronor(amount, 'sv')} i kolumnen ${column.sv} är mer än ${kronor(limit, 'sv')}. Kontrollera beloppet (ett nolltecken för mycket?).`,
      `${kronor(amount, 'en')} in ${column.en} is more than ${kronor(limit, 'en')}. Check the amount (a zero too many?).`,
    ),
  salaryHigh: (column: ColumnName, amount: Decimal, limit: Decimal) =>
    t(
      `Månadslönen ${kronor(amount, 'sv')} är mer än ${kronor(limit, 'sv')}. Är det en årslön? Skriv lönen per månad vid 100 %, t.ex. ${kronor(amount.div(12).toDecimalPlaces(0), 'sv')}.`,
      `The monthly salary ${kronor(amount, 'en')} is more than ${kronor(limit, 'en')}. Is it a yearly salary? Enter the salary per month at 100 %, e.g. ${kronor(amount.div(12).toDecimalPlaces(0), 'en')}.`,
    ),
  salaryLow: (column: ColumnName, amount: Decimal, limit: Decimal) =>
    t(
      `Månadslönen ${kronor(amount, 'sv')} är mindre än ${kronor(limit, 'sv')}. Skriv lönen per månad vid 100 % i kronor, t.ex. 38 000 (inte i tusental).`,
      `The monthly salary ${kronor(amount, 'en')} is less than ${kronor(limit, 'en')}. Enter the salary per month at 100 % in kronor, e.g. 38000 (not in thousands).`,
    ),
  fteNegative: (column: ColumnName, fraction: Decimal) =>
    t(
      `Omfattningen ${percent(fraction, 'sv')} är negativ. Skriv en omfattning som är 0 % eller mer, t.ex. 100 %.`,
      `The FTE ${percent(fraction, 'en')} is negative. Enter an FTE of 0 % or more, e.g. 100 %.`,
    ),
  fteTooHigh: (column: ColumnName, fraction: Decimal, limit: Decimal, suggestion: Decimal | null) =>
    t(
      `Omfattningen ${percent(fraction, 'sv')} är mer än ${percent(limit, 'sv')} och orimlig.${suggestion ? ` Menade du ${percent(suggestion, 'sv')}?` : ''} Skriv t.ex. 350 % för tre och en halv heltidstjänst.`,
      `The FTE ${percent(fraction, 'en')} is more than ${percent(limit, 'en')}, which is implausible.${suggestion ? ` Did you mean ${percent(suggestion, 'en')}?` : ''} Enter e.g. 350 % for three and a half full-time posts.`,
    ),
  fteSuspicious: (column: ColumnName, fraction: Decimal, suggestion: Decimal | null) =>
    t(
      `Omfattningen läses som ${percent(fraction, 'sv')}.${suggestion ? ` Menade du ${percent(suggestion, 'sv')}?` : ''} Ett tal utan procentformat läses som procentenheter (350 betyder 350 %); skriv hellre 350 %.`,
      `The FTE reads as ${percent(fraction, 'en')}.${suggestion ? ` Did you mean ${percent(suggestion, 'en')}?` : ''} A number without a percent format is read as percentage points (350 means 350 %); better write 350 %.`,
    ),
  poOutOfRange: (column: ColumnName, fraction: Decimal, suggestion: Decimal | null) =>
    t(
      `PO-pålägget ${percent(fraction, 'sv')} ligger utanför 0–100 %.${suggestion ? ` Menade du ${percent(suggestion, 'sv')}?` : ''} Skriv t.ex. 42,15 %.`,
      `The payroll overhead ${percent(fraction, 'en')} is outside 0–100 %.${suggestion ? ` Did you mean ${percent(suggestion, 'en')}?` : ''} Enter e.g. 42.15 %.`,
    ),
  poSuspicious: (column: ColumnName, fraction: Decimal, suggestion: Decimal | null) =>
    t(
      `PO-pålägget läses som ${percent(fraction, 'sv')}, vilket är ovanligt lågt (under 10 %).${suggestion ? ` Menade du ${percent(suggestion, 'sv')}?` : ''} Skriv t.ex. 42,15 %.`,
      `The payroll overhead reads as ${percent(fraction, 'en')}, which is unusually low (under 10 %).${suggestion ? ` Did you mean ${percent(suggestion, 'en')}?` : ''} Enter e.g. 42.15 %.`,
    ),
  increaseOutOfRange: (column: ColumnName, fraction: Decimal, suggestion: Decimal | null) =>
    t(
      `Löneökningen ${percent(fraction, 'sv')} ligger utanför 0–100 %.${suggestion ? ` Menade du ${percent(suggestion, 'sv')}?` : ''} Skriv t.ex. 3,4 %.`,
      `The salary increase ${percent(fraction, 'en')} is outside 0–100 %.${suggestion ? ` Did you mean ${percent(suggestion, 'en')}?` : ''} Enter e.g. 3.4 %.`,
    ),
  increaseSuspicious: (column: ColumnName, fraction: Decimal, suggestion: Decimal | null) =>
    t(
      `Löneökningen ${percent(fraction, 'sv')} per år är ovanligt hög (över 10 %).${suggestion ? ` Menade du ${percent(suggestion, 'sv')}?` : ''} Skriv t.ex. 3,4 %.`,
      `The yearly salary increase ${percent(fraction, 'en')} is unusually high (over 10 %).${suggestion ? ` Did you mean ${percent(suggestion, 'en')}?` : ''} Enter e.g. 3.4 %.`,
    ),
  roundingStepInvalid: (column: ColumnName, amount: Decimal) =>
    t(
      `Avrundningen ${kronor(amount, 'sv')} fungerar inte. Skriv ett steg i kronor större än 0, t.ex. 1 000.`,
      `The rounding step ${kronor(amount, 'en')} does not work. Enter a step in kronor above 0, e.g. 1000.`,
    ),
};

// ------------------------------------------------------------------ table and row messages

export const tableMessages = {
  rowsBelowTable: (table: ColumnName, gridName: string, row: number) =>
    t(
      `Rad ${row} under tabellen ${table.sv}${!sameName(gridName, table.sv) ? ` (${gridName})` : ''} har värden men hör inte till tabellen och läses inte. Utöka tabellen (Tabelldesign → Ändra tabellstorlek) om raderna ska räknas, annars flytta dem.`,
      `Row ${row} below the table ${table.en} (${table.sv}${!sameName(gridName, table.sv) ? `, ${gridName}` : ''}) holds values but is not part of the table and is not read. Resize the table (Table Design → Resize Table) if the rows should count, else move them.`,
    ),
  secondTable: (table: ColumnName, taken: string, ignored: string) =>
    t(
      `Tabellen ${ignored} har samma kolumner som ${table.sv} men läses inte: Insatsbudget läser ${taken}. Flytta raderna till ${taken} om de ska räknas, eller ta bort kopian.`,
      `The table ${ignored} has the columns of ${table.en} (${table.sv}) but is not read: Insatsbudget reads ${taken}. Move its rows into ${taken} if they should count, or delete the copy.`,
    ),
  columnRenamed: (table: ColumnName, header: string, expected: ColumnName) =>
    t(
      `Kolumnen ${quote(header)} i tabellen ${table.sv} är okänd och läses inte. Om den är ${expected.sv}: byt rubriken till ${expected.sv} (eller ${expected.en}); annars används ${expected.sv}s standardvärde.`,
      `The column ${quote(header)} of the table ${table.en} is unknown and not read. If it is ${expected.en}: rename the header to ${expected.sv} (or ${expected.en}); otherwise the default of ${expected.en} is used.`,
    ),
  columnHoldsValuesOf: (table: ColumnName, header: string, expected: ColumnName, example: LocalizedText) =>
    t(
      `Kolumnen ${quote(header)} i tabellen ${table.sv} är okänd och läses inte, men den innehåller värden som hör till ${expected.sv} (t.ex. ${quote(example.sv)}), och tabellen saknar kolumnen ${expected.sv}. Om den är ${expected.sv}: byt rubriken till ${expected.sv} (eller ${expected.en}); annars används ${expected.sv}s standardvärde.`,
      `The column ${quote(header)} of the table ${table.en} is unknown and not read, but it holds values of ${expected.en} (e.g. ${quote(example.en)}) and the table has no ${expected.en} column. If it is ${expected.en}: rename the header to ${expected.sv} (or ${expected.en}); otherwise the default of ${expected.en} is used.`,
    ),
  missingTable: (table: ColumnName, required: ColumnName[]) =>
    t(
      `Tabellen ${table.sv} saknas. Skapa en Excel-tabell med namnet ${table.sv} och kolumnerna ${required.map((c) => c.sv).join(', ')} (eller skapa mallen med Insatsbudget).`,
      `The table ${table.en} (${table.sv}) is missing. Create an Excel table named ${table.sv} with the columns ${required.map((c) => c.en).join(', ')} (or create the template with Insatsbudget).`,
    ),
  missingColumn: (table: ColumnName, column: ColumnName, gridName: string) =>
    t(
      `Tabellen ${table.sv}${!sameName(gridName, table.sv) ? ` (${gridName})` : ''} saknar den obligatoriska kolumnen ${column.sv}. Lägg till en kolumn med rubriken ${column.sv} (eller ${column.en}). Tabellens rader läses inte förrän kolumnen finns.`,
      `The table ${table.en} (${table.sv}${!sameName(gridName, table.sv) ? `, ${gridName}` : ''}) lacks the required column ${column.en}. Add a column headed ${column.en} (or ${column.sv}). Its rows are not read until the column is there.`,
    ),
  duplicateTable: (table: ColumnName, gridNames: string[]) =>
    t(
      `Flera tabeller kan vara ${table.sv}: ${gridNames.join(', ')}. Byt namn så att bara en heter ${table.sv} (eller ta bort dubbletten). Ingen av dem läses tills dess.`,
      `Several tables could be ${table.en} (${table.sv}): ${gridNames.join(', ')}. Rename them so that only one is called ${table.sv} (or delete the copy). None of them is read until then.`,
    ),
  duplicateColumn: (table: ColumnName, column: ColumnName) =>
    t(
      `Tabellen ${table.sv} har kolumnen ${column.sv} mer än en gång. Bara den första läses; ta bort eller byt namn på de andra.`,
      `The table ${table.en} has the column ${column.en} more than once. Only the first is read; delete or rename the others.`,
    ),
  equityFloorWithoutOpening: () =>
    t(
      'Lägsta eget kapital används bara tillsammans med Eget kapital (det egna kapitalet vid början av ramens första år). Ange Eget kapital, eller ta bort raden.',
      'Equity floor is used only together with Opening equity (the equity at the start of the first frame year). Enter Opening equity, or remove the row.',
    ),
  unknownParameter: (key: string) =>
    t(
      `Parametern ${quote(key)} är okänd och används inte. Kända parametrar: PO-pålägg, PO-pålägg <arbetsgivare>, Löneökning, Löneökning <år>, Lönerevision, Avrundning, Avrundningsläge, Eget kapital, Lägsta eget kapital.`,
      `The parameter ${quote(key)} is unknown and not used. Known parameters: Payroll overhead, Payroll overhead <employer>, Salary increase, Salary increase <year>, Revision month, Rounding, Rounding mode, Opening equity, Equity floor.`,
    ),
  duplicateParameter: (key: string, firstCell: string) =>
    t(
      `Parametern ${quote(key)} finns redan i ${firstCell}. Ta bort en av raderna; ingen av dem används tills dess.`,
      `The parameter ${quote(key)} is given already in ${firstCell}. Delete one of the rows; neither is used until then.`,
    ),
  parameterYearInvalid: (key: string) =>
    t(
      `${quote(key)}: året efter Löneökning måste skrivas med fyra siffror, t.ex. Löneökning 2025.`,
      `${quote(key)}: the year after Salary increase must have four digits, e.g. Salary increase 2025.`,
    ),
  roleRequired: () =>
    t(
      `Åtgärden Omfattning gäller en roll: fyll i kolumnen Roll med rollen som den står i Bemanning.`,
      `The action Set FTE applies to a role: fill in the Role column with the role as written in Staffing.`,
    ),
  valueRequired: (action: ColumnName, example: ColumnName) =>
    t(
      `Åtgärden ${action.sv} behöver ett värde i kolumnen Värde, t.ex. ${example.sv}.`,
      `The action ${action.en} needs a value in the Value column, e.g. ${example.en}.`,
    ),
  valueIgnored: (action: ColumnName) =>
    t(
      `Åtgärden ${action.sv} tar inget värde; värdet i kolumnen Värde används inte. Töm cellen.`,
      `The action ${action.en} takes no value; the Value cell is not used. Clear the cell.`,
    ),
  roleIgnored: () =>
    t(
      `Åtgärden Tak gäller hela insatsen; rollen används inte. Töm cellen i kolumnen Roll.`,
      `The action Cap applies to the whole initiative; the role is not used. Clear the Role cell.`,
    ),
};

/** Each adjustment action as messages name it, with an example of its value. */
export const ACTION_EXAMPLES: Readonly<
  Record<'setFte' | 'remove' | 'setEnd' | 'cap', { action: ColumnName; example: ColumnName }>
> = {
  setFte: { action: { sv: 'Omfattning', en: 'Set FTE' }, example: { sv: '300 %', en: '300 %' } },
  remove: { action: { sv: 'Ta bort', en: 'Remove' }, example: { sv: '', en: '' } },
  setEnd: { action: { sv: 'Slutdatum', en: 'End date' }, example: { sv: '2025-06-30', en: '2025-06-30' } },
  cap: { action: { sv: 'Tak', en: 'Cap' }, example: { sv: '6 984 000', en: '6984000' } },
};
