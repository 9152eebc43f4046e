// Undo and redo of the pane's own edits to Justeringar. An entry keeps the table's rows before and
// after an edit, so that undo and redo are edits computed from rows, whatever the edit was.
// Rule after someone else's change: the history stays while Justeringar still holds exactly what
// our last step left there (a co-author's change elsewhere cannot make an undo wrong); otherwise
// it is cleared, and the pane says so, rather than undo a row someone else has since changed.
import type { RowCell, TableRowEdit } from '../workbook/port';
import { editTowards, sameValues } from './row-edits';

export interface HistoryEntry {
  /** Table name as in the snapshot. */
  table: string;
  before: RowCell[][];
  after: RowCell[][];
  /** The active scenario before and after, when the edit changed it (rename, duplicate, delete). */
  active?: { before: string | null; after: string | null };
}

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

  /** What the table should hold if nobody else touched it since our last step. */
  expectedRows(): RowCell[][] | null {
    const undo = this.undoStack[this.undoStack.length - 1];
    if (undo) return undo.after;
    const redo = this.redoStack[this.redoStack.length - 1];
    return redo ? redo.before : null;
  }

  /**
   * Checks the history against the table as read now. Returns false (and clears the history) when
   * the table differs from what our last step left; true when the history is still valid or empty.
   */
  reconcile(currentRows: readonly RowCell[][]): boolean {
    const expected = this.expectedRows();
    if (expected === null || sameValues(expected, currentRows)) return true;
    this.clear();
    return false;
  }

  /** The edit that undoes the last step, given the table as it is now; null when there is none. */
  undoEdit(currentRows: readonly RowCell[][]): TableRowEdit | null {
    const entry = this.undoStack[this.undoStack.length - 1];
    if (!entry) return null;
    return editTowards(entry.table, currentRows, entry.before);
  }

  redoEdit(currentRows: readonly RowCell[][]): TableRowEdit | null {
    const entry = this.redoStack[this.redoStack.length - 1];
    if (!entry) return null;
    return editTowards(entry.table, currentRows, entry.after);
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
