// Problems found in the input, from reading a cell to matching an adjustment. Every issue carries
// both languages so that any front end (pane, CLI, summary sheet) can show it without a catalogue.

export type Severity = 'error' | 'warning';

/** Where a value came from in the workbook, so that a message can name the cell. */
export interface SourceRef {
  /** Canonical (Swedish) table name: 'Insatser', 'Bemanning', … */
  table: string;
  /** The worksheet the table is on. */
  sheet: string;
  /** Worksheet row number as Excel shows it (1-based). */
  row: number;
  /** Canonical column header → A1 address without the sheet ('D7'). */
  cells: Readonly<Record<string, string>>;
}

export interface LocalizedText {
  sv: string;
  en: string;
}

export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. 'not-a-number', 'unknown-initiative'. */
  code: string;
  /** Canonical table name, or null for workbook-wide problems. */
  table: string | null;
  /** Worksheet row number as Excel shows it; null for a whole table or column. */
  row: number | null;
  /** Canonical (Swedish) column header; null when the issue is about a whole row or table. */
  column: string | null;
  /** Qualified address, e.g. 'Bemanning!D7'; null when there is no single cell. */
  cell: string | null;
  /** The value as found in the cell (a JSON-able value), or null. */
  value: string | number | boolean | null;
  message: LocalizedText;
}

export type Language = 'sv' | 'en';
