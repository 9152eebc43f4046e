// Every message the engine writes, Swedish and English side by side: what is wrong, what is right.
import type { LocalizedText } from '../issues/types';

const q = (s: string): string => `"${s}"`;

export const messages = {
  invalidDate(value: string): LocalizedText {
    return {
      sv: `${q(value)} är inte ett giltigt datum. Ange datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-10-01.`,
      en: `${q(value)} is not a valid date. Enter the date as YYYY-MM-DD, e.g. 2024-10-01.`,
    };
  },

  endBeforeStart(end: string, start: string): LocalizedText {
    return {
      sv: `Slutdatum ${end} ligger före startdatum ${start}. Ange ett slutdatum på eller efter startdatumet.`,
      en: `End date ${end} is before start date ${start}. Enter an end date on or after the start date.`,
    };
  },

  duplicateInitiative(name: string, firstRow: number | null): LocalizedText {
    const where = firstRow === null ? '' : ` (rad ${firstRow})`;
    const whereEn = firstRow === null ? '' : ` (row ${firstRow})`;
    return {
      sv: `Insatsen ${q(name)} finns redan${where}. Ge varje insats ett unikt namn; ingen insats med det namnet räknas förrän namnen är unika.`,
      en: `The initiative ${q(name)} already exists${whereEn}. Give every initiative a unique name; no initiative with this name is counted until the names are unique.`,
    };
  },

  unknownInitiative(name: string): LocalizedText {
    return {
      sv: `Insatsen ${q(name)} finns inte i tabellen Insatser. Skriv namnet exakt som i Insatser, eller lägg till insatsen där.`,
      en: `The initiative ${q(name)} is not in the Insatser table. Write the name exactly as in Insatser, or add the initiative there.`,
    };
  },

  startBeforeInitiative(start: string, periodStart: string, periodEnd: string): LocalizedText {
    return {
      sv: `Startdatum ${start} ligger före insatsens start ${periodStart}. Ange ett datum inom insatsens period ${periodStart}–${periodEnd}, eller lämna cellen tom så gäller insatsens startdatum.`,
      en: `Start date ${start} is before the initiative's start ${periodStart}. Enter a date within the initiative's period ${periodStart}–${periodEnd}, or leave the cell empty to use the initiative's start date.`,
    };
  },

  endAfterInitiative(end: string, periodStart: string, periodEnd: string): LocalizedText {
    return {
      sv: `Slutdatum ${end} ligger efter insatsens slut ${periodEnd}. Ange ett datum inom insatsens period ${periodStart}–${periodEnd}, eller lämna cellen tom så gäller insatsens slutdatum.`,
      en: `End date ${end} is after the initiative's end ${periodEnd}. Enter a date within the initiative's period ${periodStart}–${periodEnd}, or leave the cell empty to use the initiative's end date.`,
    };
  },

  costYearOutside(year: number, firstYear: number, lastYear: number): LocalizedText {
    return {
      sv: `År ${year} ligger utanför insatsens period (${firstYear}–${lastYear}). Ange ett år från ${firstYear} till ${lastYear}, eller lämna cellen tom så fördelas beloppet över hela perioden.`,
      en: `Year ${year} is outside the initiative's period (${firstYear}–${lastYear}). Enter a year from ${firstYear} to ${lastYear}, or leave the cell empty to spread the amount over the whole period.`,
    };
  },

  duplicateFrameYear(year: number, firstRow: number | null): LocalizedText {
    const where = firstRow === null ? '' : ` på rad ${firstRow}`;
    const whereEn = firstRow === null ? '' : ` on row ${firstRow}`;
    return {
      sv: `Året ${year} finns redan i ramen${where}. Ange varje år en gång; den här raden räknas inte.`,
      en: `The year ${year} is already in the frame${whereEn}. Enter each year once; this row is not counted.`,
    };
  },

  missingPayrollOverhead(employer: string | null): LocalizedText {
    const sv = employer
      ? `PO-pålägg saknas på raden, för arbetsgivaren ${q(employer)} och som generellt värde i Parametrar.`
      : 'PO-pålägg saknas på raden och som generellt värde i Parametrar.';
    const en = employer
      ? `Payroll overhead is missing on the row, for the employer ${q(employer)} and as a general value in Parametrar.`
      : 'Payroll overhead is missing on the row and as a general value in Parametrar.';
    return {
      sv: `${sv} 0 % används. Ange PO-pålägg på raden eller i Parametrar, t.ex. 42 %.`,
      en: `${en} 0 % is used. Enter the payroll overhead on the row or in Parametrar, e.g. 42 %.`,
    };
  },

  roleNotFound(role: string, initiative: string): LocalizedText {
    return {
      sv: `Rollen ${q(role)} finns inte bland bemanningsraderna för insatsen ${q(initiative)}. Skriv rollen exakt som i Bemanning.`,
      en: `The role ${q(role)} is not among the staffing rows of the initiative ${q(initiative)}. Write the role exactly as in Bemanning.`,
    };
  },

  roleOnlySelfFinanced(role: string, initiative: string): LocalizedText {
    return {
      sv: `Rollen ${q(role)} i insatsen ${q(initiative)} är bara egenfinansierad. Justeringar gäller förbundets bidrag: ange en roll som finansieras av förbundet, eller ändra egenfinansieringen i Bemanning.`,
      en: `The role ${q(role)} in the initiative ${q(initiative)} is only self-financed. Adjustments apply to the association's grant: name a grant-funded role, or change the self-financing in Bemanning.`,
    };
  },

  roleSeveralRows(role: string, rows: ReadonlyArray<{ row: number | null; id: string }>): LocalizedText {
    const sv = rows.map((r) => (r.row === null ? r.id : `rad ${r.row}`)).join(', ');
    const en = rows.map((r) => (r.row === null ? r.id : `row ${r.row}`)).join(', ');
    return {
      sv: `Rollen ${q(role)} finns på flera rader (${sv}), så det är oklart vilken omfattning som ska ändras. Ge raderna olika rollnamn, t.ex. "${role} 1" och "${role} 2", och ange det namnet här.`,
      en: `The role ${q(role)} is on several rows (${en}), so it is unclear which FTE to change. Give the rows different role names, e.g. "${role} 1" and "${role} 2", and use that name here.`,
    };
  },

  adjustmentDateOutside(date: string, periodStart: string, periodEnd: string): LocalizedText {
    return {
      sv: `Datumet ${date} ligger utanför insatsens period ${periodStart}–${periodEnd}. Ange ett slutdatum inom perioden.`,
      en: `The date ${date} is outside the initiative's period ${periodStart}–${periodEnd}. Enter an end date within the period.`,
    };
  },

  adjustmentEndBeforeRowStart(date: string, rowStart: string): LocalizedText {
    return {
      sv: `Slutdatum ${date} ligger före rollens startdatum ${rowStart}. Ange ett slutdatum på eller efter ${rowStart}, eller ta bort rollen i stället.`,
      en: `End date ${date} is before the role's start date ${rowStart}. Enter an end date on or after ${rowStart}, or remove the role instead.`,
    };
  },

  negativeFte(value: string): LocalizedText {
    return {
      sv: `Omfattningen ${value} är negativ. Ange en omfattning på 0 % eller mer, t.ex. 50 %.`,
      en: `The FTE ${value} is negative. Enter an FTE of 0 % or more, e.g. 50 %.`,
    };
  },

  negativeCap(value: string): LocalizedText {
    return {
      sv: `Maxbeloppet ${value} kr är negativt. Ange ett belopp på 0 kr eller mer.`,
      en: `The cap SEK ${value} is negative. Enter an amount of SEK 0 or more.`,
    };
  },
};
