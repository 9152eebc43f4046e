// Undo and redo of the pane's own edits: Justeringar rows, and holds (cells of one column of
// Insatser or Bemanning). A rows entry keeps the table's rows before and after an edit, so that
// undo and redo are edits computed from rows, whatever the edit was; a column entry keeps the
// cells it set, before and after, so that undo writes those cells only (never a user's row).
// Rule after someone else's change: the history stays while the table still holds exactly what
// our last step left there (a co-author's change elsewhere cannot make an undo wrong); otherwise
// it is cleared, and the pane says so, rather than undo a row someone else has since changed.
import type { RowCell, TableColumnEdit, TableRowEdit } from '../workbook/port';
import { editTowards, sameValues } from './row-edits';

export interface RowsEntry {
  kind?: 'rows';
  /** Table name as in the snapshot. */
  table: string;
  before: RowCell[][];
  after: RowCell[][];
  /** The active scenario before and after, when the edit changed it (rename, duplicate, delete). */
  active?: { before: string | null; after: string | null };
}

/**
 * A hold or release. Undo sets the cells back; a column the hold added stays (blank): deleting a
 * column of the user's table would move whatever the user has put right of it since.
 */
export interface ColumnEntry {
  kind: 'column';
  table: string;
  header: string;
  /** 0-based position of the column in the table, to check it against the table as read. */
  column: number;
  cells: Array<{ index: number; before: RowCell; after: RowCell }>;
  active?: undefined;
}

export type HistoryEntry = RowsEntry | ColumnEntry;

/** What undo or redo writes. */
export type HistoryEdit = { rows: TableRowEdit } | { column: TableColumnEdit };

/** A table's data rows as read now, by its name in the snapshot (none when it is missing). */
export type CurrentRows = (table: string) => readonly RowCell[][];

export class EditHistory {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get depth(): { undo: number; redo: number } {
    return { undo: this.undoStack.length, redo: this.redoStack.length };
  }

  /** A new edit of ours: it can be undone, and whatever was undone before can no longer be redone. */
  record(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    this.redoStack = [];
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  /** Whether the tables hold what our last step left there (true when there is no step). */
  private matches(current: CurrentRows): boolean {
    const undo = this.undoStack[this.undoStack.length - 1];
    const redo = this.redoStack[this.redoStack.length - 1];
    const entry = undo ?? redo;
    if (!entry) return true;
    const side = undo ? 'after' : 'before';
    const rows = current(entry.table);
    if (entry.kind !== 'column') return sameValues(entry[side], rows);
    return entry.cells.every(({ index, ...cell }) => {
      const now = rows[index]?.[entry.column];
      return now !== undefined && sameValues([[now]], [[cell[side]]]);
    });
  }

  /**
   * Checks the history against the tables as read now. Returns false (and clears the history) when
   * the table differs from what our last step left; true when the history is still valid or empty.
   */
  reconcile(current: CurrentRows): boolean {
    if (this.matches(current)) return true;
    this.clear();
    return false;
  }

  /** The edit that undoes the last step, given the tables as they are now; null when there is none. */
  undoEdit(current: CurrentRows): HistoryEdit | null {
    const entry = this.undoStack[this.undoStack.length - 1];
    return entry ? towards(entry, 'before', current) : null;
  }

  redoEdit(current: CurrentRows): HistoryEdit | null {
    const entry = this.redoStack[this.redoStack.length - 1];
    return entry ? towards(entry, 'after', current) : null;
  }

  /** The step undo would take back, and the one redo would take again. */
  peek(): { undo: HistoryEntry | null; redo: HistoryEntry | null } {
    return {
      undo: this.undoStack[this.undoStack.length - 1] ?? null,
      redo: this.redoStack[this.redoStack.length - 1] ?? null,
    };
  }

  /** Call once the undo edit has been written. */
  undone(): void {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
  }

  /** Call once the redo edit has been written. */
  redone(): void {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
  }
}

function towards(entry: HistoryEntry, side: 'before' | 'after', current: CurrentRows): HistoryEdit {
  if (entry.kind !== 'column') return { rows: editTowards(entry.table, current(entry.table), entry[side]) };
  return {
    column: {
      table: entry.table,
      header: entry.header,
      addColumn: false,
      cells: entry.cells.map((c) => ({ index: c.index, cell: c[side] })),
    },
  };
}
