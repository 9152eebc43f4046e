// Decides which workbook change events mean "the inputs changed": debounces them into one call and
// drops the events the add-in's own writes cause. Pure: no Office imports; timers are injected so
// that tests drive it with fake timers.

export interface ChangeEvent {
  /** Excel.EventSource: 'Local' for this session (the user or this add-in), 'Remote' for a co-author. */
  source: 'Local' | 'Remote';
  worksheetId?: string;
  tableId?: string;
}

export interface GateTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface ChangeGateOptions {
  /** Quiet time after the last event before the listener is called. */
  debounceMs: number;
  /**
   * How long after an own write ends its Local events on the written sheets/tables are still
   * expected: Excel delivers the events of a batch asynchronously, after sync() has resolved.
   */
  settleMs: number;
  timers?: GateTimers;
}

export interface OwnWrite {
  /** The worksheets and tables this write changes (ids), as soon as they are known. */
  addTargets(ids: readonly string[]): void;
  /** Idempotent. */
  end(): void;
}

const realTimers: GateTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

interface WriteRecord {
  targets: Set<string>;
  /** Events that arrived while the write ran; judged when it ends, once its targets are known. */
  held: ChangeEvent[];
  endedAt: number | null;
}

export class ChangeGate {
  private readonly timers: GateTimers;
  private readonly ownedSheets = new Set<string>();
  private writes: WriteRecord[] = [];
  private timer: unknown = null;
  private disposed = false;

  constructor(
    private readonly fire: () => void,
    private readonly options: ChangeGateOptions,
  ) {
    this.timers = options.timers ?? realTimers;
  }

  /** Sheets the add-in writes (its summary sheets): changes there never count as input changes. */
  setOwnedWorksheets(ids: readonly string[]): void {
    this.ownedSheets.clear();
    for (const id of ids) this.ownedSheets.add(id);
  }

  beginOwnWrite(): OwnWrite {
    const record: WriteRecord = { targets: new Set(), held: [], endedAt: null };
    this.writes.push(record);
    return {
      addTargets: (ids) => ids.forEach((id) => record.targets.add(id)),
      end: () => {
        if (record.endedAt !== null) return;
        record.endedAt = this.timers.now();
        const counted = record.held.filter((e) => !this.isOwn(e, record));
        record.held = [];
        if (counted.length > 0) this.schedule();
        else if (!this.writing() && this.timer === null && this.pendingAfterWrite) this.schedule();
      },
    };
  }

  /** A change event from Excel. */
  onEvent(event: ChangeEvent): void {
    if (this.disposed) return;
    if (event.worksheetId !== undefined && this.ownedSheets.has(event.worksheetId)) return;
    const now = this.timers.now();
    this.writes = this.writes.filter((w) => w.endedAt === null || now - w.endedAt <= this.options.settleMs);
    const running = this.writes.filter((w) => w.endedAt === null);
    if (event.source === 'Local' && running.length > 0) {
      // Judged when the write ends: its targets may not be known yet.
      running[running.length - 1]!.held.push(event);
      return;
    }
    if (this.writes.some((w) => w.endedAt !== null && this.isOwn(event, w))) return;
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private pendingAfterWrite = false;

  private writing(): boolean {
    return this.writes.some((w) => w.endedAt === null);
  }

  /** A Local event on a sheet or table the write changed; a write with unknown targets owns every Local event. */
  private isOwn(event: ChangeEvent, write: WriteRecord): boolean {
    if (event.source !== 'Local') return false;
    if (write.targets.size === 0) return true;
    return (
      (event.tableId !== undefined && write.targets.has(event.tableId)) ||
      (event.worksheetId !== undefined && write.targets.has(event.worksheetId))
    );
  }

  private schedule(): void {
    if (this.disposed) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      if (this.writing()) {
        // Never recompute in the middle of our own write: wait for it to end.
        this.pendingAfterWrite = true;
        return;
      }
      this.pendingAfterWrite = false;
      this.fire();
    }, this.options.debounceMs);
  }
}
