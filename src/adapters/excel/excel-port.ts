// The WorkbookPort on Office.js. It moves grids and plans and decides nothing: what to write comes
// from the plan (write-commands.ts) and how each command becomes Office calls from write-actions.ts;
// where it goes from write-placement.ts, which events count from
// change-gate.ts. Every Office call here is per table, per sheet or per range block, never per cell.
import type {
  AddinState,
  TableColumnEdit,
  TableRowEdit,
  Unsubscribe,
  WorkbookPort,
  WrittenSheet,
} from '../../workbook/port';
import type { SheetPlan } from '../../workbook/sheet-plan';
import { TableFilteredError } from '../../workbook/port';
import { parseRange } from '../memory/memory-workbook';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { excelNameKey, nameKey } from '../../workbook/names';
import { SnapshotReader } from './read';
import { ChangeGate } from './change-gate';
import { supports } from './requirements';
import { AddinStateStore } from './state';
import type { CreatedSheets } from './write-actions';
import { queueCommand, queueRowCells } from './write-actions';
import type { WriteCommand } from './write-commands';
import {
  DEFAULT_BATCH_BUDGET_BYTES,
  DEFAULT_CHUNK_BYTES,
  packBatches,
  rangeAddress,
  renderCommands,
} from './write-commands';
import type { SheetWrite, WorkbookFacts } from './write-placement';
import { leftovers, ownedSheets, planRecovery, planSheetWrites } from './write-placement';

export interface ExcelPortOptions {
  /** Quiet time before a change in the input tables is reported (default 400 ms). */
  debounceMs?: number;
  /** How long the events of our own writes are still expected after a write (default 2 000 ms). */
  settleMs?: number;
  /** Bytes of queued data per request (default 4 MB, under Excel on the web's 5 MB limit). */
  batchBudgetBytes?: number;
  /** Bytes of expected response per read request (default 4.5 MB). */
  readBudgetBytes?: number;
}

type ListenerSet = Set<() => void>;

export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const budget = options.batchBudgetBytes ?? DEFAULT_BATCH_BUDGET_BYTES;
  const listeners: ListenerSet = new Set();
  const gate = new ChangeGate(() => notify(listeners), {
    debounceMs: options.debounceMs ?? 400,
    settleMs: options.settleMs ?? 2000,
  });
  const reader = new SnapshotReader(options.readBudgetBytes);
  const state = new AddinStateStore();
  let subscription: Promise<Array<OfficeExtension.EventHandlerResult<unknown>>> | null = null;
  // The date system the last read found (read.ts: from what Excel shows; Office.js has no released
  // member for it). Plans carry ISO dates; the writer turns them into serials of this system, so a
  // written date reads back as itself. Before any read: 1900, as for a workbook without a date.
  let date1904 = false;

  // ---- Read ------------------------------------------------------------------------------------

  /** See read.ts: one request, cold or warm; two when a table has a name no read has seen yet. */
  async function readSnapshot(): Promise<WorkbookSnapshot> {
    const { tables, facts } = await reader.read();
    date1904 = tables.some((t) => t.date1904 === true);
    const infos = ownedSheets(facts);
    gate.setOwnedWorksheets(facts.sheets.filter((_, i) => infos[i]!.ownedByAddin).map((s) => s.id));
    return { tables, sheets: infos };
  }

  // ---- Write ------------------------------------------------------------------------------------

  async function inspect(context: Excel.RequestContext): Promise<WorkbookFacts> {
    const sheets = context.workbook.worksheets.load('items/name,items/id');
    const names = context.workbook.names.load('items/name,items/formula');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    return {
      sheets: sheets.items.map((s) => ({ name: s.name, id: s.id })),
      names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
      tables: tables.items.map((t) => t.name),
    };
  }

  /**
   * Request 1 reads the sheets, names and tables; then the new sheets are written beside the old
   * ones in as few requests as the payload allows (one for any realistic summary), and the commit
   * (rename the old sheet away, name the new one, move the ownership mark, delete the old sheet
   * last) rides in the last of them. Excel runs a failed batch's commands up to the failing one
   * and none after it (OfficeExtension.Error.traceMessages), so with the delete last, any failure
   * leaves the earlier sheets in place and the recovery removes the new ones.
   *
   * Cosmetics (freeze panes, print setup, tab colour, drop-down lists, row heights, the sheet
   * shown) follow the
   * commit in their own requests, best effort: some hosts refuse them on some files
   * (freezePanes.freezeRows throws GeneralException on some Excel 2019 builds, OfficeDev/office-js
   * #2196; freezeAt fails on some files, #2014), and a summary must not be lost for its looks.
   */
  async function writePlans(
    plans: readonly SheetPlan[],
    facts: WorkbookFacts,
    context: Excel.RequestContext,
  ): Promise<WrittenSheet[]> {
    const writes = planSheetWrites(plans, facts);
    const commands = writes.flatMap((w) =>
      renderCommands(w.plan, w.writeName, w.tableNames, {
        // Chunks well under the budget, so that requests are packed full (a chunk is its values plus
        // their number formats, about twice its chunkBytes on the wire).
        chunkBytes: Math.min(DEFAULT_CHUNK_BYTES, Math.floor(budget / 10)),
        date1904,
      }),
    );
    const essential = commands.filter((c) => !isCosmetic(c));
    const batches = packBatches(essential, budget, COMMIT_RESERVE_BYTES * writes.length);
    const own = gate.beginOwnWrite();
    const before = new Set(facts.sheets.map((s) => s.id));
    let commitStarted = false;
    const created: CreatedSheets = new Map();
    try {
      const pendingMarks = new Map(writes.map((w) => [w.writeName, w.pendingMark]));
      for (const [i, batch] of batches.entries())
        await runBatch(context, batch, created, i === batches.length - 1 ? commit : null, pendingMarks);
    } catch (error) {
      // The clean-up meets what the write met (a lost connection, cell-edit mode): tried twice.
      // If it fails too, the half-written sheets keep their pending marks, the next write removes
      // them, and the user is told now.
      const cleaned = await recover(writes, before, commitStarted).then(
        () => true,
        () =>
          recover(writes, before, commitStarted).then(
            () => true,
            () => false,
          ),
      );
      own.end();
      if (!cleaned && error && typeof error === 'object')
        Object.assign(error, {
          leftoverSheets: writes.flatMap((w) => [w.writeName, ...(w.replaces ? [w.replaces.tempName] : [])]),
        });
      throw error;
    }
    const ids = writes.map((w) => created.get(w.writeName)!.id);
    own.addTargets(ids);
    const owned = ids.filter((_, i) => writes[i]!.plan.kind !== 'inputs');
    gate.setOwnedWorksheets([...ownedIdsAfter(facts, writes), ...owned]);
    const cosmetics = await writeCosmetics(context, commands.filter(isCosmetic), created);
    own.end();
    return writes.map((w) => ({
      kind: w.plan.kind,
      name: w.finalName,
      ...(cosmetics.failed.has(w.writeName) ? { layoutIncomplete: true } : {}),
    }));

    function commit(): void {
      commitStarted = true;
      queueCommit(context, writes, created, facts);
    }
  }

  /**
   * One request. Refused for its size (Excel on the web checks the whole request before running
   * any of it), it is sent again as two halves; the commit rides in the last.
   */
  async function runBatch(
    context: Excel.RequestContext,
    batch: readonly WriteCommand[],
    created: CreatedSheets,
    commit: (() => void) | null,
    pendingMarks: ReadonlyMap<string, string> = new Map(),
  ): Promise<void> {
    if (supports('suspendCalculation')) context.application.suspendApiCalculationUntilNextSync();
    for (const command of batch) {
      queueCommand(context, command, created);
      // From its first request on, a new sheet is marked as being written (see PENDING_MARK_PREFIX).
      const pending = command.op === 'addSheet' ? pendingMarks.get(command.sheet) : undefined;
      if (pending) context.workbook.names.add(pending, created.get(command.sheet)!.getRange('A1'));
    }
    commit?.();
    try {
      await context.sync();
    } catch (error) {
      if (!isRequestTooLarge(error) || batch.length < 2) throw error;
      const half = Math.ceil(batch.length / 2);
      await runBatch(context, batch.slice(0, half), created, null, pendingMarks);
      await runBatch(context, batch.slice(half), created, commit, pendingMarks);
    }
  }

  /** Best effort, after the commit: the sheets that did not get all of their layout. */
  async function writeCosmetics(
    context: Excel.RequestContext,
    commands: readonly WriteCommand[],
    created: CreatedSheets,
  ): Promise<{ failed: Set<string> }> {
    const failed = new Set<string>();
    for (const batch of packBatches(commands, budget)) {
      if (batch.length === 0) continue;
      try {
        await runBatch(context, batch, created, null);
      } catch {
        // Only looks are missing; the sheet itself is complete. The caller says so.
        for (const c of batch) failed.add(c.sheet);
      }
    }
    return { failed };
  }

  function queueCommit(
    context: Excel.RequestContext,
    writes: readonly SheetWrite[],
    created: CreatedSheets,
    facts: WorkbookFacts,
  ): void {
    const worksheets = context.workbook.worksheets;
    for (const w of writes) if (w.replaces) worksheets.getItem(w.replaces.id).name = w.replaces.tempName;
    for (const w of writes) if (w.finalName !== w.writeName) created.get(w.writeName)!.name = w.finalName;
    for (const w of writes) context.workbook.names.getItem(w.pendingMark).delete();
    for (const w of writes) {
      if (!w.mark) continue;
      if (w.mark.previousFormula !== null) context.workbook.names.getItem(w.mark.name).delete();
      context.workbook.names.add(w.mark.name, created.get(w.writeName)!.getRange('A1'));
    }
    // Last: once an earlier sheet is deleted there is no way back, only forward.
    for (const w of writes) if (w.replaces) worksheets.getItem(w.replaces.id).delete();
    // The new sheet takes the old one's place among the tabs ("The zero-based position of the
    // worksheet within the workbook", Worksheet.position), left to right so that each lands where
    // the old one was.
    const placed = writes
      .filter((w) => w.replaces)
      .map((w) => ({ w, at: facts.sheets.findIndex((s) => s.id === w.replaces!.id) }))
      .sort((a, b) => a.at - b.at);
    for (const { w, at } of placed) created.get(w.writeName)!.position = at;
  }

  function ownedIdsAfter(facts: WorkbookFacts, writes: readonly SheetWrite[]): string[] {
    const replaced = new Set(writes.flatMap((w) => (w.replaces ? [w.replaces.id] : [])));
    const infos = ownedSheets(facts);
    return facts.sheets.filter((s, i) => infos[i]!.ownedByAddin && !replaced.has(s.id)).map((s) => s.id);
  }

  async function recover(
    writes: readonly SheetWrite[],
    before: ReadonlySet<string>,
    commitStarted: boolean,
  ): Promise<void> {
    await Excel.run(async (context) => {
      const now = await inspect(context);
      const recovery = planRecovery(writes, before, now, commitStarted);
      const worksheets = context.workbook.worksheets;
      const named = (name: string) => now.names.some((n) => lower(n.name) === lower(name));
      for (const w of writes)
        if (named(w.pendingMark)) context.workbook.names.getItem(w.pendingMark).delete();
      for (const id of recovery.deleteIds) worksheets.getItem(id).delete();
      for (const r of recovery.renames) worksheets.getItem(r.id).name = r.to;
      for (const m of recovery.marks) {
        if (named(m.name)) context.workbook.names.getItem(m.name).delete();
        // Rolled back: the mark's earlier formula (none: no mark); forward: the new sheet's A1.
        const target = 'sheetId' in m ? worksheets.getItem(m.sheetId).getRange('A1') : m.formula;
        if (target !== null) context.workbook.names.add(m.name, target);
      }
      await context.sync();
    });
  }

  async function writeSheets(plans: SheetPlan[]): Promise<WrittenSheet[]> {
    return Excel.run(async (context) => writePlans(plans, await withoutLeftovers(context), context));
  }

  /** The workbook's facts once the half-written sheets of an earlier, failed write are removed. */
  async function withoutLeftovers(context: Excel.RequestContext): Promise<WorkbookFacts> {
    const facts = await inspect(context);
    const found = leftovers(facts);
    if (found.length === 0) return facts;
    for (const l of found) {
      if (l.sheet) context.workbook.worksheets.getItem(l.sheet.id).delete();
      context.workbook.names.getItem(l.mark).delete();
    }
    await context.sync();
    return inspect(context);
  }

  async function createInputTables(plans: SheetPlan[]): Promise<void> {
    await Excel.run(async (context) => {
      const facts = await inspect(context);
      const existing = new Set(facts.tables.map((t) => excelNameKey(t)));
      const sheets = new Set(facts.sheets.map((s) => excelNameKey(s.name)));
      // A plan whose table exists already is the user's data: left alone entirely. A plan without
      // tables (the read-me sheet) is left out when its sheet exists.
      const exists = (p: SheetPlan) =>
        p.tables.length > 0
          ? p.tables.some((t) => existing.has(excelNameKey(t.name)))
          : sheets.has(excelNameKey(p.name));
      const missing = plans.filter((p) => p.kind === 'inputs' && !exists(p));
      if (missing.length > 0) await writePlans(missing, facts, context);
    });
  }

  // ---- Justeringar rows -------------------------------------------------------------------------

  /**
   * Two requests. The first reads the table's size (so that a stale index fails before anything is
   * changed), whether a filter is on (TableRow.delete does nothing on a filtered table,
   * OfficeDev/office-js#994, so such an edit is refused before it starts) and, when rows are
   * appended, the cells right under the table. The second makes every change: updates in place
   * (each cell's final number format before its value), deletions from the bottom up, and new rows
   * in the free rows under the table body (checked with Range.getRowsBelow, ExcelApi 1.2), which
   * Table.resize (ExcelApi 1.13) takes into the table before they are written. TableRowCollection.add is kept only for
   * hosts without resize or when something is in the way under the table: during co-authoring it
   * "detects a merge conflict" and may lose recent changes (Microsoft's co-authoring guidance).
   *
   * Excel applies a failed request up to the failing step, so a failure can leave part of the edit
   * done; the caller re-reads the table (meeting-session.ts) instead of trusting its old snapshot.
   */
  async function editTableRows(edit: TableRowEdit): Promise<void> {
    const own = gate.beginOwnWrite();
    try {
      await Excel.run({ delayForCellEdit: true }, async (context) => {
        const table = context.workbook.tables.getItem(edit.table);
        const body = table.getDataBodyRange().load('rowCount,columnCount');
        const whole = table.getRange().load('address');
        table.load('id');
        table.worksheet.load('id');
        const filter = supports('autoFilter') ? table.autoFilter.load('isDataFiltered') : null;
        const n = edit.append.length;
        const below = n > 0 ? table.getDataBodyRange().getRowsBelow(n).load('values,formulas') : null;
        await context.sync();
        own.addTargets([table.id]);
        if (filter?.isDataFiltered) throw new TableFilteredError(edit.table);
        const width = body.columnCount;
        const bad = [...edit.update.map((u) => u.index), ...edit.remove].filter(
          (i) => !Number.isInteger(i) || i < 0 || i >= body.rowCount,
        );
        if (bad.length > 0)
          throw new Error(`Rows ${bad.join(', ')} are not in table ${edit.table} (${body.rowCount} rows)`);
        const wrong = [...edit.append, ...edit.update.map((u) => u.cells)].find(
          (cells) => cells.length !== width,
        );
        if (wrong)
          throw new Error(
            `A row for table ${edit.table} has ${wrong.length} cells, the table ${width} columns`,
          );

        for (const u of edit.update) queueRowCells(table.getDataBodyRange().getRow(u.index), [u.cells]);
        const removed = [...new Set(edit.remove)].sort((a, b) => b - a);
        for (const index of removed) table.rows.getItemAt(index).delete();
        if (n > 0) {
          const free = below!.formulas.every((row) => row.every((f) => f === '' || f === null));
          if (free && supports('tableResize')) {
            // The table first takes in the free rows under it, then they are written: a failure
            // between the two leaves blank rows inside the table (skipped by the reader, filled by
            // the next append), never stray cells under it. Deleting a table row moves the cells
            // under the table up with it, so the free rows are still right under the body. The
            // size is absolute, so that a host that grows a table by itself is not grown twice.
            const { top, left, right } = parseRange(whole.address.slice(whole.address.lastIndexOf('!') + 1));
            const bottom = top + body.rowCount - removed.length + n;
            table.resize(rangeAddress(top, left, bottom - top + 1, right - left + 1));
            queueRowCells(
              table.worksheet.getRange(rangeAddress(bottom - n + 1, left, n, right - left + 1)),
              edit.append,
            );
          } else {
            table.rows.add(
              undefined,
              edit.append.map(() => Array.from({ length: width }, () => '')),
            );
            const added = table
              .getDataBodyRange()
              .getLastRow()
              .getOffsetRange(-(n - 1), 0)
              .getResizedRange(n - 1, 0);
            queueRowCells(added, edit.append);
          }
        }
        await context.sync();
      });
    } finally {
      own.end();
    }
  }

  // ---- Holds: one column of Insatser or Bemanning ------------------------------------------------

  /**
   * Two requests. The first reads the table's address and headers (so a column is found by its
   * header as it is now, and a stale index fails before anything changes) and, when the column is
   * to be added, the column right of the table: TableColumnCollection.add takes in a column at the
   * table's end (index null: "the addition happens at the end", ExcelApi 1.1), and what stands there
   * would become part of the user's table, so the edit is refused then. The second adds the column
   * (header as the first of its values) and sets only the asked cells, each cell's final number
   * format before its value, so a user's formulas elsewhere in the rows stay. A failure in the
   * second can leave the column added without its mark; the caller re-reads and says so.
   */
  async function editTableColumn(edit: TableColumnEdit): Promise<void> {
    const own = gate.beginOwnWrite();
    try {
      await Excel.run({ delayForCellEdit: true }, async (context) => {
        const table = context.workbook.tables.getItem(edit.table);
        const whole = table.getRange().load('address,rowCount,columnCount');
        const headers = table.getHeaderRowRange().load('values');
        table.load('id');
        const after = edit.addColumn ? table.getRange().getColumnsAfter(1).load('formulas') : null;
        await context.sync();
        own.addTargets([table.id]);
        const key = (text: unknown) => nameKey(String(text));
        const found = (headers.values[0] ?? []).findIndex((h) => key(h) === key(edit.header));
        const rows = whole.rowCount - 1;
        const bad = edit.cells.map((c) => c.index).filter((i) => !Number.isInteger(i) || i < 0 || i >= rows);
        if (bad.length > 0)
          throw new Error(`Rows ${bad.join(', ')} are not in table ${edit.table} (${rows} rows)`);
        if (edit.addColumn && found >= 0)
          throw new Error(`Table ${edit.table} already has a column ${edit.header}`);
        if (!edit.addColumn && found < 0) throw new Error(`Table ${edit.table} has no column ${edit.header}`);
        if (after && !after.formulas.every((row) => row.every((f) => f === '' || f === null)))
          throw new Error(`The column right of table ${edit.table} is not empty`);

        const { top, left } = parseRange(whole.address.slice(whole.address.lastIndexOf('!') + 1));
        const column = edit.addColumn ? left + whole.columnCount : left + found;
        if (edit.addColumn)
          table.columns.add(undefined, [[edit.header], ...Array.from({ length: rows }, () => [''])]);
        for (const { index, cell } of edit.cells)
          queueRowCells(table.worksheet.getRange(rangeAddress(top + 1 + index, column, 1, 1)), [[cell]]);
        await context.sync();
      });
    } finally {
      own.end();
    }
  }

  // ---- Navigation, events, state ----------------------------------------------------------------

  async function selectCell(qualifiedAddress: string): Promise<void> {
    const bang = qualifiedAddress.lastIndexOf('!');
    const rawSheet = qualifiedAddress.slice(0, bang);
    const sheetName = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    const address = qualifiedAddress.slice(bang + 1);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  }

  function onInputsChanged(listener: () => void): Unsubscribe {
    listeners.add(listener);
    if (!subscription) subscription = subscribe();
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      listeners.delete(listener);
      if (listeners.size === 0 && subscription) {
        const pending = subscription;
        subscription = null;
        void pending.then(unsubscribe, () => undefined);
      }
    };
  }

  async function subscribe(): Promise<Array<OfficeExtension.EventHandlerResult<unknown>>> {
    return Excel.run(async (context) => {
      const tables = context.workbook.tables;
      const handler = async (args: { source: string; worksheetId?: string; tableId?: string }) => {
        // Only note the event; the pane recomputes after the debounce. No dialogs, no awaits here.
        // Every change counts, also one that leaves the values as they were: onChanged "fires when
        // either the format or value of the data changes" (Work with tables › Detect data changes),
        // and a format alone changes how a cell reads (a number typed into a cell made Text is
        // text; a serial with a date format is a date). So neither changeType nor details.
        // valueBefore/valueAfter filter anything out, as the docs suggest for other add-ins.
        gate.onEvent({
          source: args.source === 'Remote' ? 'Remote' : 'Local',
          worksheetId: args.worksheetId,
          tableId: args.tableId,
        });
      };
      const results: Array<OfficeExtension.EventHandlerResult<unknown>> = [tables.onChanged.add(handler)];
      if (supports('tableAddedDeleted'))
        results.push(tables.onAdded.add(handler), tables.onDeleted.add(handler));
      await context.sync();
      return results;
    });
  }

  async function unsubscribe(results: Array<OfficeExtension.EventHandlerResult<unknown>>): Promise<void> {
    if (results.length === 0) return;
    await Excel.run(results[0]!.context, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    });
  }

  return {
    readSnapshot,
    writeSheets,
    createInputTables,
    editTableRows,
    editTableColumn,
    selectCell,
    onInputsChanged,
    loadState: (): Promise<AddinState> => state.load(),
    saveState: (next: AddinState): Promise<void> => state.save(next),
  };
}

/** Room kept in the last write request for the commit (renames, marks, deletes, positions). */
const COMMIT_RESERVE_BYTES = 3_000;

/** Layout that must not fail a write: written after the commit, best effort (see writePlans). */
function isCosmetic(command: WriteCommand): boolean {
  return (
    command.op === 'freeze' ||
    command.op === 'print' ||
    command.op === 'tabColor' ||
    command.op === 'validation' ||
    command.op === 'rowHeight' ||
    command.op === 'activate'
  );
}

const lower = excelNameKey;

function isRequestTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'RequestPayloadSizeLimitExceeded';
}

function notify(listeners: ListenerSet): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch {
      // A failing listener must not stop the others; the pane reports its own errors.
    }
  }
}
