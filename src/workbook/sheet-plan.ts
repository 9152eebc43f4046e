// What the pure code asks an adapter to write: whole sheets described as data. The Office.js and
// ExcelJS writers render a plan without deciding anything.

/** Cell styling the summary needs; nothing more. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** '#RRGGBB' */
  fontColor?: string;
  /** '#RRGGBB' */
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  /** A thin line under the cell. */
  borderBottom?: boolean;
  /** A thin line over the cell (totals). */
  borderTop?: boolean;
}

/**
 * One planned cell. Numbers are JavaScript numbers here: this is the edge where the engine's
 * Decimals, already rounded, leave for the spreadsheet.
 */
export type PlanCell =
  | null
  | { kind: 'text'; text: string; style?: CellStyle }
  | { kind: 'number'; value: number; format: string; style?: CellStyle }
  /** A date cell; written as a real date (Excel serial) with the format. */
  | { kind: 'date'; iso: string; format: string; style?: CellStyle }
  /**
   * An A1 formula in Excel's invariant (en-US) syntax, starting with '='. expected is the engine's
   * figure the formula must compute, so that tests can recalculate and compare.
   */
  | { kind: 'formula'; formula: string; format: string; expected: number; style?: CellStyle };

/** A rectangle of cells written at once. Rows may be shorter than the widest; the rest is empty. */
export interface PlanBlock {
  /** 0-based worksheet row and column of the block's top-left cell. */
  row: number;
  column: number;
  cells: PlanCell[][];
}

export interface PlanTable {
  name: string;
  /** Range including the header row, e.g. 'A10:H16'. */
  range: string;
  /** Excel table style, e.g. 'TableStyleLight9'. */
  style: string;
  showTotalRow?: false;
}

export interface PlanChart {
  /** 'columnClustered' is all the summary uses. */
  type: 'columnClustered';
  title: string;
  /** Range with series in columns: first column categories, first row series names. */
  sourceRange: string;
  /** Where the chart sits: top-left and bottom-right cells. */
  topLeft: string;
  bottomRight: string;
  /** Points of the axis labels and legend (Excel's default is 10); the title stays larger. */
  fontSize?: number;
}

export interface SheetPlan {
  /** Preferred sheet name; the writer picks a free one if a user's sheet has it. */
  name: string;
  /**
   * Which of Insatsbudget's sheets this is. 'summary' and 'periodisation' are recorded as owned by
   * the add-in (and may be replaced later); 'inputs' are input tables created for the user, which
   * become the user's data and are never marked as owned.
   */
  kind: 'summary' | 'periodisation' | 'inputs';
  blocks: PlanBlock[];
  /** A1 ranges to merge, e.g. 'A1:H1'. */
  merges: string[];
  /** Widths in characters (Excel's column width unit), 0-based column → width. */
  columnWidths: Array<{ column: number; width: number }>;
  tables: PlanTable[];
  charts: PlanChart[];
  /** In-cell drop-down lists (data validation), e.g. Finansiering: ['Förbundet', 'Egen']. */
  validations?: Array<{ range: string; list: string[] }>;
  /** Rows/columns to freeze at the top/left. */
  freeze?: { rows: number; columns: number };
  /** Tab colour '#RRGGBB'. */
  tabColor?: string;
  /**
   * Points, 0-based rows: rows whose merged, wrapped text needs more than one line (Excel does not
   * autofit merged cells). Writers clamp a height to MAX_ROW_HEIGHT_POINTS.
   */
  rowHeights?: Array<{ row: number; height: number }>;
  /** Page setup for printing the sheet on A4. */
  print?: PrintSetup;
  /** The sheet the workbook shows (and opens on, once saved) after the plans are written. */
  activate?: boolean;
}

/** How a sheet prints: what a party who prints the shared workbook gets without the add-in. */
export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Scaled to this many pages wide; 0 leaves the width unscaled. */
  fitToWidth: number;
  /** Scaled to this many pages tall; 0 is as many as needed. */
  fitToHeight: number;
  /** 0-based rows repeated at the top of every printed page from the one they are on (a table's header). */
  titleRows?: { first: number; last: number };
  /** 0-based rows that start a new printed page (manual page breaks), ascending. */
  rowBreaks?: number[];
  /**
   * The footer on every page, in three parts. Excel's codes may be used in the text: &P is the page
   * number, &N the number of pages, &A the sheet's name; '&&' is an ampersand.
   */
  footer?: { left?: string; center?: string; right?: string };
}

/** Excel's highest row height ("Excel specifications and limits": row height 409 points). */
export const MAX_ROW_HEIGHT_POINTS = 409;
