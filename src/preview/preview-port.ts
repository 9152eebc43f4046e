// The preview's port: the in-memory port, telling the preview's frame what the pane wrote and which
// language the pane chose, so that the grids follow the pane.
import { MemoryPort } from '../adapters/memory/memory-port';
import type { MemoryWorkbook } from '../adapters/memory/memory-workbook';
import type { AddinState, WrittenSheet } from '../workbook/port';
import type { SheetPlan } from '../workbook/sheet-plan';

export interface PreviewPortEvents {
  onSheetsWritten?: (written: WrittenSheet[]) => void;
  onStateSaved?: (state: AddinState) => void;
}

export class PreviewPort extends MemoryPort {
  events: PreviewPortEvents = {};

  constructor(workbook: MemoryWorkbook) {
    // Excel's adapter debounces a user's edits; the preview has no user edits of its own.
    super(workbook, { debounceMs: 0 });
  }

  override async writeSheets(plans: SheetPlan[]): Promise<WrittenSheet[]> {
    const written = await super.writeSheets(plans);
    this.events.onSheetsWritten?.(written);
    return written;
  }

  override async saveState(state: AddinState): Promise<void> {
    await super.saveState(state);
    this.events.onStateSaved?.(state);
  }
}
