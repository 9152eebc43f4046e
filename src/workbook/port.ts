// The one interface between the pane and a workbook. The Excel adapter implements it with
// Office.js, the in-memory adapter for the preview and the tests. It moves data; it decides nothing.
import type { CellValue, WorkbookSnapshot } from './snapshot';
import type { SheetPlan } from './sheet-plan';

/** A cell to write into an input table row: the value and its number format. */
export interface RowCell {
  value: CellValue;
  /** Excel number format in invariant syntax, e.g. '0%', 'yyyy-mm-dd', '#,##0 "kr"', '@'. */
  numberFormat: string;
}

/** Changes to the data rows of one input table (in practice only Justeringar). */
export interface TableRowEdit {
  /** Table name as in the snapshot. */
  table: string;
  /** New rows, each in the table's column order. */
  append: RowCell[][];
  /** 0-based data-row index as in the snapshot → the row's new cells. */
  update: Array<{ index: number; cells: RowCell[] }>;
  /** 0-based data-row indexes as in the snapshot. */
  remove: number[];
}

/**
 * Sets cells in one column of an input table, found by its header: a hold (Låst) on an Insatser or
 * Bemanning row. Only those cells are written, so a user's formulas elsewhere in the row stay.
 */
export interface TableColumnEdit {
  /** Table name as in the snapshot. */
  table: string;
  /** The column's header as written in the table (compared trimmed, case-insensitively). */
  header: string;
  /**
   * The table has no such column: add it at the table's right end, with this header, before the
   * cells are set. Refused when the column right of the table holds anything (it would be taken in).
   */
  addColumn: boolean;
  /** 0-based data-row index as in the snapshot → the cell's new value and format. */
  cells: Array<{ index: number; cell: RowCell }>;
}

/** Where a written sheet ended up (the name may differ from the plan's if a user's sheet had it). */
export interface WrittenSheet {
  kind: SheetPlan['kind'];
  name: string;
  /**
   * The sheet is complete, but some of its layout (freeze panes, print setup, tab colour,
   * drop-down lists, row heights) could not be set; the user is told.
   */
  layoutIncomplete?: boolean;
}

/** The add-in's state kept in the workbook so that a reopened or shared workbook restores it. */
export interface AddinState {
  activeScenario: string | null;
  /** null: follow Office's display language. */
  language: 'sv' | 'en' | null;
  /** Fingerprint of the inputs when the summary was last written, to mark it stale later. */
  summaryFingerprint: string | null;
  summaryWrittenAt: string | null;
}

export const EMPTY_STATE: AddinState = {
  activeScenario: null,
  language: null,
  summaryFingerprint: null,
  summaryWrittenAt: null,
};

/**
 * A row edit refused before anything changed: the table has a filter on, and Excel neither shows
 * nor reliably deletes rows the filter hides (TableRow.delete does nothing then). The user clears
 * the filter and tries again.
 */
export class TableFilteredError extends Error {
  readonly code = 'TableFiltered';
  constructor(readonly table: string) {
    super(`Table ${table} has a filter on; clear it and try again`);
    this.name = 'TableFilteredError';
  }
}

export type Unsubscribe = () => void;

export interface WorkbookPort {
  /**
   * Every table outside the add-in's own sheets, with values, number formats and types, and the
   * list of sheets. (The summary's tables are output, never input.)
   */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Writes the sheets of the plans, replacing the add-in's earlier sheets of the same kind, all or
   * nothing: on failure the workbook is as it was. Never touches a sheet the add-in did not write.
   */
  writeSheets(plans: SheetPlan[]): Promise<WrittenSheet[]>;
  /** Creates the input tables of an 'inputs' plan; existing sheets and tables are left alone. */
  createInputTables(plan: SheetPlan[]): Promise<void>;
  /** Appends, changes and removes rows of one input table. */
  editTableRows(edit: TableRowEdit): Promise<void>;
  /** Sets cells of one column of an input table, adding the column at its right end if asked. */
  editTableColumn(edit: TableColumnEdit): Promise<void>;
  /** Selects a cell, e.g. 'Bemanning!D7', and scrolls to it. */
  selectCell(qualifiedAddress: string): Promise<void>;
  /** Called (debounced) after a user or co-author changes an input table; not for our own writes. */
  onInputsChanged(listener: () => void): Unsubscribe;
  loadState(): Promise<AddinState>;
  saveState(state: AddinState): Promise<void>;
}
