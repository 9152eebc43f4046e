// The preview's own words (the pane has its own catalogue). Swedish first, English complete.
import type { DisplayLanguage } from './format-cell';

export const PREVIEW_STRINGS = {
  sv: {
    banner: 'Förhandsvisning – ingen Excel. Ändringar sparas inte förrän du laddar ner arbetsboken.',
    open: 'Öppna .xlsx …',
    openLabel: 'Öppna en egen arbetsbok (.xlsx)',
    download: 'Ladda ner .xlsx',
    reading: 'Läser arbetsboken …',
    writing: 'Skapar .xlsx …',
    openFailed: (name: string, reason: string) =>
      `Kunde inte öppna ${name}. ${reason} Förhandsvisningen visar fortfarande den tidigare arbetsboken.`,
    notAWorkbook: 'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx).',
    downloadFailed:
      'Kunde inte skapa .xlsx-filen. Arbetsboken i förhandsvisningen är oförändrad; försök igen.',
    opened: (name: string) => `Öppnade ${name}.`,
    sheets: 'Kalkylblad',
    gridRegion: 'Arbetsboken (skrivskyddad)',
    bannerRegion: 'Förhandsvisning',
    emptySheet: 'Bladet är tomt.',
    noSheets: 'Arbetsboken har inga blad.',
    selected: (address: string) => `Markerad cell: ${address}`,
    example: 'Exempelarbetsbok',
  },
  en: {
    banner: 'Preview – no Excel. Changes are not saved until you download the workbook.',
    open: 'Open .xlsx …',
    openLabel: 'Open a workbook of your own (.xlsx)',
    download: 'Download .xlsx',
    reading: 'Reading the workbook …',
    writing: 'Creating the .xlsx …',
    openFailed: (name: string, reason: string) =>
      `Could not open ${name}. ${reason} The preview still shows the previous workbook.`,
    notAWorkbook: 'The file could not be read as an Excel workbook (.xlsx).',
    downloadFailed: 'Could not create the .xlsx file. The workbook in the preview is unchanged; try again.',
    opened: (name: string) => `Opened ${name}.`,
    sheets: 'Worksheets',
    gridRegion: 'The workbook (read-only)',
    bannerRegion: 'Preview',
    emptySheet: 'The sheet is empty.',
    noSheets: 'The workbook has no sheets.',
    selected: (address: string) => `Selected cell: ${address}`,
    example: 'Example workbook',
  },
} satisfies Record<DisplayLanguage, Record<string, unknown>>;

export type PreviewStrings = (typeof PREVIEW_STRINGS)['sv'];
