// The WorkbookPort on Office.js. It moves grids and plans and decides nothing: what to write comes
// from the plan (write-commands.ts) and how each command becomes Office calls from write-actions.ts;
// where it goes from write-placement.ts, which events count from
// change-gate.ts. Every Office call here is per table, per sheet or per range block, never per cell.
import type { AddinState, TableRowEdit, Unsubscribe, WorkbookPort, WrittenSheet } from '../../workbook/port';
import type { SheetPlan } from '../../workbook/sheet-plan';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { SnapshotReader } from './read';
import { ChangeGate } from './change-gate';
import { supports } from './requirements';
import { loadState, saveState } from './state';
import type { CreatedSheets } from './write-actions';
import { queueCommand, queueRowCells } from './write-actions';
import type { WriteCommand } from './write-commands';
import {
  DEFAULT_BATCH_BUDGET_BYTES,
  DEFAULT_CHUNK_BYTES,
  packBatches,
  renderCommands,
} from './write-commands';
import type { SheetWrite, WorkbookFacts } from './write-placement';
import { ownedSheets, planRecovery, planSheetWrites } from './write-placement';

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
  let subscription: Promise<Array<OfficeExtension.EventHandlerResult<unknown>>> | null = null;

  // ---- Read ------------------------------------------------------------------------------------

  /** See read.ts: one request, cold or warm; two when a table has a name no read has seen yet. */
  async function readSnapshot(): Promise<WorkbookSnapshot> {
    const { tables, facts } = await reader.read();
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
   */
  async function writePlans(
    plans: readonly SheetPlan[],
    facts: WorkbookFacts,
    context: Excel.RequestContext,
  ): Promise<WrittenSheet[]> {
    const writes = planSheetWrites(plans, facts);
    const commands = writes.flatMap((w) =>
      renderCommands(w.plan, w.writeName, w.tableNames, {
        chunkBytes: Math.min(DEFAULT_CHUNK_BYTES, Math.floor(budget / 4)),
      }),
    );
    const batches = packBatches(commands, budget, 2_000 * writes.length);
    const own = gate.beginOwnWrite();
    const before = new Set(facts.sheets.map((s) => s.id));
    let commitStarted = false;
    try {
      const created: CreatedSheets = new Map();
      await runBatches(context, batches, 0, created, () => {
        commitStarted = true;
        queueCommit(context, writes, created);
      });
      const ids = writes.map((w) => created.get(w.writeName)!.id);
      own.addTargets(ids);
      const owned = ids.filter((_, i) => writes[i]!.plan.kind !== 'inputs');
      gate.setOwnedWorksheets([...ownedIdsAfter(facts, writes), ...owned]);
      return writes.map((w) => ({ kind: w.plan.kind, name: w.finalName }));
    } catch (error) {
      await recover(writes, before, commitStarted).catch(() => undefined);
      throw error;
    } finally {
      own.end();
    }
  }

  /** Sequential requests, one per payload batch; the count is bounded by the payload, not by rows. */
  async function runBatches(
    context: Excel.RequestContext,
    batches: WriteCommand[][],
    index: number,
    created: CreatedSheets,
    commit: () => void,
  ): Promise<void> {
    if (supports('suspendCalculation')) context.application.suspendApiCalculationUntilNextSync();
    for (const command of batches[index]!) queueCommand(context, command, created);
    if (index === batches.length - 1) commit();
    await context.sync();
    if (index + 1 < batches.length) await runBatches(context, batches, index + 1, created, commit);
  }

  function queueCommit(
    context: Excel.RequestContext,
    writes: readonly SheetWrite[],
    created: CreatedSheets,
  ): void {
    const worksheets = context.workbook.worksheets;
    for (const w of writes) if (w.replaces) worksheets.getItem(w.replaces.id).name = w.replaces.tempName;
    for (const w of writes) if (w.finalName !== w.writeName) created.get(w.writeName)!.name = w.finalName;
    for (const w of writes) {
      if (!w.mark) continue;
      if (w.mark.previousFormula !== null) context.workbook.names.getItem(w.mark.name).delete();
      context.workbook.names.add(w.mark.name, created.get(w.writeName)!.getRange('A1'));
    }
    // Last: once an earlier sheet is deleted there is no way back, only forward.
    for (const w of writes) if (w.replaces) worksheets.getItem(w.replaces.id).delete();
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
      for (const id of recovery.deleteIds) worksheets.getItem(id).delete();
      for (const r of recovery.renames) worksheets.getItem(r.id).name = r.to;
      for (const m of recovery.marks) {
        if (now.names.some((n) => n.name.toLocaleLowerCase('sv') === m.name.toLocaleLowerCase('sv')))
          context.workbook.names.getItem(m.name).delete();
        // Rolled back: the mark's earlier formula (none: no mark); forward: the new sheet's A1.
        const target = 'sheetId' in m ? worksheets.getItem(m.sheetId).getRange('A1') : m.formula;
        if (target !== null) context.workbook.names.add(m.name, target);
      }
      await context.sync();
    });
  }

  async function writeSheets(plans: SheetPlan[]): Promise<WrittenSheet[]> {
    return Excel.run(async (context) => writePlans(plans, await inspect(context), context));
  }

  async function createInputTables(plans: SheetPlan[]): Promise<void> {
    await Excel.run(async (context) => {
      const facts = await inspect(context);
      const existing = new Set(facts.tables.map((t) => t.toLocaleLowerCase('sv')));
      const sheets = new Set(facts.sheets.map((s) => s.name.toLocaleLowerCase('sv')));
      // A plan whose table exists already is the user's data: left alone entirely. A plan without
      // tables (the read-me sheet) is left out when its sheet exists.
      const exists = (p: SheetPlan) =>
        p.tables.length > 0
          ? p.tables.some((t) => existing.has(t.name.toLocaleLowerCase('sv')))
          : sheets.has(p.name.toLocaleLowerCase('sv'));
      const missing = plans.filter((p) => p.kind === 'inputs' && !exists(p));
      if (missing.length > 0) await writePlans(missing, facts, context);
    });
  }

  // ---- Justeringar rows -------------------------------------------------------------------------

  /**
   * Two requests: one reads the table's size (so that a stale index fails before anything is
   * changed), one makes every change: updates in place, deletions from the bottom up, and the new
   * rows with a single TableRowCollection.add of a 2-D array, then their text formats and values.
   */
  async function editTableRows(edit: TableRowEdit): Promise<void> {
    const own = gate.beginOwnWrite();
    try {
      await Excel.run(async (context) => {
        const table = context.workbook.tables.getItem(edit.table);
        const body = table.getDataBodyRange().load('rowCount,columnCount');
        table.load('id');
        table.worksheet.load('id');
        await context.sync();
        own.addTargets([table.id]);
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
        for (const index of [...new Set(edit.remove)].sort((a, b) => b - a))
          table.rows.getItemAt(index).delete();
        if (edit.append.length > 0) {
          const n = edit.append.length;
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
    selectCell,
    onInputsChanged,
    loadState: (): Promise<AddinState> => loadState(),
    saveState: (state: AddinState): Promise<void> => saveState(state),
  };
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
