// Every message the engine writes, Swedish and English side by side: what is wrong, what is right.
import type Decimal from 'decimal.js';
import type { LocalizedText } from '../issues/types';
import { formatFte, formatKronor } from '../format';

const q = (s: string): string => `"${s}"`;

/** Kronor and FTE in running text as everywhere else: sv '3 400 000 kr', en 'SEK 3,400,000'. */
const kr = formatKronor;
const fte = formatFte;
const both = (value: Decimal): { sv: string; en: string } => ({ sv: kr(value, 'sv'), en: kr(value, 'en') });

function yearList(years: readonly number[], and: string): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} ${and} ${years[years.length - 1]}`;
}

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

  employerNearMatch(employer: string, parameterEmployer: string): LocalizedText {
    return {
      sv: `Arbetsgivaren ${q(employer)} har inget eget PO-pålägg i Parametrar, så det generella används. Parametrar har PO-pålägg ${parameterEmployer} — menade du ${q(parameterEmployer)}? Skriv arbetsgivaren likadant på båda ställena.`,
      en: `The employer ${q(employer)} has no payroll overhead of its own in Parametrar, so the general one is used. Parametrar has PO-pålägg ${parameterEmployer} — did you mean ${q(parameterEmployer)}? Write the employer the same way in both places.`,
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

  roleRowsDiffer(
    role: string,
    rows: ReadonlyArray<{ row: number | null; id: string; fte: Decimal }>,
  ): LocalizedText {
    const sv = rows.map((r) => `${r.row === null ? r.id : `rad ${r.row}`}: ${fte(r.fte, 'sv')}`).join(', ');
    const en = rows.map((r) => `${r.row === null ? r.id : `row ${r.row}`}: ${fte(r.fte, 'en')}`).join(', ');
    return {
      sv: `Rollen ${q(role)} finns på flera rader med olika omfattning (${sv}). En Omfattning ändrar alla rollens rader och går bara när de har samma omfattning. Ge raderna olika rollnamn, t.ex. "${role} 1" och "${role} 2", och ange det namnet här, eller ge raderna samma omfattning i Bemanning.`,
      en: `The role ${q(role)} is on several rows with different FTEs (${en}). An FTE change sets every row of the role and works only when they share one FTE. Give the rows different role names, e.g. "${role} 1" and "${role} 2", and use that name here, or give the rows the same FTE in Bemanning.`,
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

  decidedInitiativeAdjusted(name: string, status: 'granted' | 'rejected'): LocalizedText {
    return status === 'granted'
      ? {
          sv: `Insatsen ${q(name)} är redan beviljad. Ändra Status till Ansökan för att ompröva den.`,
          en: `The initiative ${q(name)} is already granted. Change its Status to Application to reconsider it.`,
        }
      : {
          sv: `Insatsen ${q(name)} har fått avslag. Ändra Status till Ansökan för att ompröva den.`,
          en: `The initiative ${q(name)} is rejected. Change its Status to Application to reconsider it.`,
        };
  },

  frameAvailableMissing(year: number): LocalizedText {
    return {
      sv: `Tillgängligt saknas för ${year}, och det finns inget medlemsbidrag att räkna det från. Ange Tillgängligt, eller Medlemsbidrag (och Egna kostnader) i Ram eller i tabellen Medlemsbidrag; raden räknas inte.`,
      en: `Available is missing for ${year}, and there are no members' contributions to derive it from. Enter Available, or Contributions (and Own costs) in Ram or in the Medlemsbidrag table; the row is not counted.`,
    };
  },

  frameAvailableDiffers(
    year: number,
    written: Decimal,
    contributions: Decimal,
    ownCosts: Decimal,
  ): LocalizedText {
    const w = both(written);
    const c = both(contributions);
    const o = both(ownCosts);
    const d = both(contributions.minus(ownCosts));
    return {
      sv: `Tillgängligt ${w.sv} för ${year} stämmer inte med Medlemsbidrag − Egna kostnader = ${c.sv} − ${o.sv} = ${d.sv}. ${w.sv} används. Rätta det ena, eller lämna Tillgängligt tomt så räknas det fram.`,
      en: `Available ${w.en} for ${year} does not match Contributions − Own costs = ${c.en} − ${o.en} = ${d.en}. ${w.en} is used. Correct one of them, or leave Available empty to have it derived.`,
    };
  },

  contributionsDiffer(year: number, written: Decimal, tableSum: Decimal): LocalizedText {
    const w = both(written);
    const t = both(tableSum);
    return {
      sv: `Medlemsbidrag ${w.sv} i Ram för ${year} skiljer sig från summan i tabellen Medlemsbidrag, ${t.sv}. ${w.sv} används. Rätta det ena, eller lämna cellen tom så används tabellens summa.`,
      en: `Contributions ${w.en} in Ram for ${year} differ from the sum in the Medlemsbidrag table, ${t.en}. ${w.en} is used. Correct one of them, or leave the cell empty to use the table's sum.`,
    };
  },

  contributionsSplit(year: number, state: Decimal, region: Decimal, municipalities: Decimal): LocalizedText {
    const s = both(state);
    const r = both(region);
    const m = both(municipalities);
    return {
      sv: `Medlemsbidragen för ${year} följer inte lagens fördelning (staten hälften, regionen en fjärdedel, kommunerna tillsammans en fjärdedel; lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser): staten ${s.sv}, regionen ${r.sv}, kommunerna ${m.sv}. Statens del ska vara dubbelt så stor som regionens och som kommunernas sammanlagda.`,
      en: `The contributions for ${year} do not follow the law's split (the state half, the region a quarter, the municipalities together a quarter; Swedish Act 2003:1210 on financial coordination of rehabilitation measures): state ${s.en}, region ${r.en}, municipalities ${m.en}. The state's share should be twice the region's and twice the municipalities' together.`,
    };
  },

  contributionsYearOutsideFrame(year: number): LocalizedText {
    return {
      sv: `Medlemsbidrag för ${year} finns, men året saknas i tabellen Ram, så bidragen används inte. Lägg till ${year} i Ram, eller rätta året.`,
      en: `There are contributions for ${year}, but the year is not in the Ram table, so they are not used. Add ${year} to Ram, or correct the year.`,
    };
  },

  equityFrameGap(missing: readonly number[]): LocalizedText {
    const sv = yearList(missing, 'och');
    const en = yearList(missing, 'and');
    const one = missing.length === 1;
    return {
      sv: `Eget kapital förs från år till år, så ramens år måste följa på varandra. I tabellen Ram saknas ${sv}. Lägg till ${one ? 'en rad' : 'rader'} för ${sv} (Tillgängligt 0 kr om inget finns); tills dess visas inget eget kapital.`,
      en: `Equity is carried from year to year, so the frame's years must be consecutive. The Ram table lacks ${en}. Add ${one ? 'a row' : 'rows'} for ${en} (Available SEK 0 if there is nothing); until then no equity is shown.`,
    };
  },

  equityWithoutFrame(): LocalizedText {
    return {
      sv: 'Eget kapital anges, men tabellen Ram har inga år att föra det genom. Lägg till ramens år i Ram; tills dess visas inget eget kapital.',
      en: 'Opening equity is given, but the Ram table has no years to carry it through. Add the frame years to Ram; until then no equity is shown.',
    };
  },
};
