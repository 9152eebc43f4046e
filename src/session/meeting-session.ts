// The meeting model: holds the workbook as last read and its figures for the active scenario,
// turns the pane's cuts into edits through the port, keeps undo/redo, and follows changes
// made by others. No React, DOM or Office here: the pane subscribes and renders getState().
import type Decimal from 'decimal.js';
import type { BudgetInput, BudgetResult } from '../engine/types';
import type { Issue, Language, LocalizedText } from '../issues/types';
import type { AddinState, TableRowEdit, WorkbookPort, WrittenSheet } from '../workbook/port';
import { EMPTY_STATE, TableFilteredError } from '../workbook/port';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { qualified } from '../workbook/snapshot';
import {
  computeBudget,
  incompleteness,
  NOTHING_INCOMPLETE,
  scenarioNames,
  type Incompleteness,
} from '../engine';
// From the contract's own files, not its index: the template and example workbooks (only needed to
// create tables) must not join the pane's first download.
import { readWorkbook, type ReadResult } from '../contract/read/read-workbook';
import type { FoundTables } from '../contract/read/find-tables';
import {
  appendAdjustments,
  renameScenario,
  deleteScenario,
  duplicateScenario,
} from '../contract/adjustment-rows';
import type { examplePlans } from '../contract/template';
import { inBoth, resolveLanguage, stringsFor, type Strings } from '../i18n';
import { errorText, Refusal } from './errors';
import { EditHistory, type HistoryEdit } from './history';
import { holdEdit, type HoldTarget } from './holds';
import { refusedFte } from './input';
import { freeScenarioName, proposalRows } from './proposals';
import { proposeBalance, type BalanceOutcome, type BalanceProposal } from '../engine/balance';
import { cutEdit, type Cut } from './cuts';
import {
  applyColumnEdit,
  applyRowEdit,
  columnOf,
  editedRows,
  fillTrailingBlankRows,
  isEmptyEdit,
  rowsOf,
  tableOf,
} from './row-edits';
import { nameKey, sameName } from '../workbook/names';

export type Phase = 'loading' | 'ready' | 'newWorkbook' | 'failed';
export type Busy = null | 'edit' | 'writingSummary' | 'creatingTables';

/** A message to the user, in both languages so that a language switch also switches it. */
export interface Notice {
  kind: 'info' | 'warning' | 'error';
  text: LocalizedText;
}

export interface SessionState {
  phase: Phase;
  lang: Language;
  snapshot: WorkbookSnapshot | null;
  input: BudgetInput | null;
  tables: FoundTables | null;
  fingerprint: string;
  /** The reader's issues and the engine's, in that order. */
  issues: Issue[];
  /** Figures under the active scenario (the application's own when there is none). */
  result: BudgetResult | null;
  /** The engine's account of which initiatives and years errors left incomplete (issue 10). */
  incomplete: Incompleteness;
  scenarios: string[];
  activeScenario: string | null;
  addin: AddinState;
  /** Canonical names of the required input tables that are missing (the new-workbook offer). */
  missingTables: Array<'Insatser' | 'Bemanning'>;
  canUndo: boolean;
  canRedo: boolean;
  busy: Busy;
  notice: Notice | null;
  /** Grows with every published state: lets views and tests tell states apart. */
  version: number;
}

export interface SessionOptions {
  officeLanguage: string | null;
  /**
   * The language the user saved, when the host knows it before the add-in's state is read (the
   * pane's first paint, in it): the language until then. The state read at start decides after.
   */
  savedLanguage?: Language | null;
  /** The clock, for the summary's "written at". */
  now?: () => Date;
}

const REQUIRED_TABLES = ['Insatser', 'Bemanning'] as const;

export class MeetingSession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private readonly history = new EditHistory();
  private queue: Promise<unknown> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;
  private readonly resultCache = new Map<string, BudgetResult>();
  private lastRead: ReadResult | null = null;

  constructor(
    private readonly port: WorkbookPort,
    private readonly options: SessionOptions,
  ) {
    this.state = {
      phase: 'loading',
      lang: resolveLanguage(options.officeLanguage, options.savedLanguage ?? null),
      snapshot: null,
      input: null,
      tables: null,
      fingerprint: '',
      issues: [],
      result: null,
      incomplete: NOTHING_INCOMPLETE,
      scenarios: [],
      activeScenario: null,
      addin: { ...EMPTY_STATE },
      missingTables: [],
      canUndo: false,
      canRedo: false,
      busy: null,
      notice: null,
      version: 0,
    };
  }

  // ------------------------------------------------------------ subscription

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private publish(patch: Partial<SessionState>): void {
    this.state = {
      ...this.state,
      ...patch,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      version: this.state.version + 1,
    };
    for (const listener of [...this.listeners]) listener();
  }

  /** Runs port work one step at a time, so that quick clicks never interleave their edits. */
  private run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every queued step has run (tests, the benchmark). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  // ------------------------------------------------------------ life cycle

  /** Reads the saved state and the workbook, and starts following changes made by others. */
  start(): Promise<void> {
    return this.run(async () => {
      // Started already (React's strict mode runs effects twice): nothing to do.
      if (this.unsubscribe) return;
      await this.attempt(
        async () => {
          const addin = await this.port.loadState();
          const snapshot = await this.port.readSnapshot();
          this.state = {
            ...this.state,
            addin,
            lang: resolveLanguage(this.options.officeLanguage, addin.language),
          };
          this.recompute(snapshot, {});
          this.unsubscribe = this.port.onInputsChanged(() => void this.inputsChanged());
        },
        (error) =>
          this.publish({
            phase: 'failed',
            notice: { kind: 'error', text: failure(error, (t, d) => t.readFailed(d)) },
          }),
      );
    });
  }

  /** Stops following the workbook; start() again resumes (reading it afresh). */
  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** A user or co-author changed an input table: read again, and check the undo history. */
  private inputsChanged(): Promise<void> {
    return this.run(async () => {
      const snapshot = await this.port.readSnapshot();
      const kept = this.reconcileHistory(snapshot);
      this.recompute(
        snapshot,
        kept ? {} : { notice: { kind: 'warning', text: inBoth((t) => t.undoClearedByOthers) } },
      );
    });
  }

  /** Reads the workbook again (also what the Excel adapter's change event ends in). */
  refresh(): Promise<void> {
    return this.inputsChanged();
  }

  private reconcileHistory(snapshot: WorkbookSnapshot): boolean {
    return this.history.reconcile((table) => rowsOf(tableOf(snapshot, table)));
  }

  // ------------------------------------------------------------ computing

  /** Reads the snapshot and computes the active scenario. Cheap enough to do after every change. */
  private recompute(snapshot: WorkbookSnapshot, patch: Partial<SessionState>): void {
    // Incremental: tables whose grids did not change are not read again, and initiatives whose
    // adjustments did not change are not computed again (a cut: Justeringar and one initiative).
    const read = readWorkbook(snapshot, this.lastRead);
    this.lastRead = read;
    const previous = new Map(this.resultCache);
    this.resultCache.clear();
    const names = scenarioNames(read.input);
    const active = this.state.addin.activeScenario;
    const scenarios = active && !names.some((n) => sameName(n, active)) ? [...names, active] : names;
    // A scenario written in Justeringar is matched case-insensitively; keep the name as written there.
    const activeScenario = active ? (scenarios.find((n) => sameName(n, active)) ?? active) : null;
    const result = computeBudget(read.input, activeScenario, previous.get(key(activeScenario)));
    this.resultCache.set(key(activeScenario), result);
    const missingTables = REQUIRED_TABLES.filter((t) => read.tables[t] === null);
    const issues = [...read.issues, ...result.issues];
    // Without an error nothing is incomplete. With errors, incompleteness looks up only the rows the
    // errors name, through indexes kept per table read (a cut costs the same at any size).
    const incomplete = issues.some((i) => i.severity === 'error')
      ? incompleteness(result, read.input, issues)
      : NOTHING_INCOMPLETE;
    this.publish({
      phase: missingTables.length === REQUIRED_TABLES.length ? 'newWorkbook' : 'ready',
      snapshot,
      input: read.input,
      tables: read.tables,
      fingerprint: read.fingerprint,
      issues,
      result,
      incomplete,
      scenarios,
      activeScenario,
      missingTables,
      busy: null,
      ...patch,
    });
  }

  /** Figures under any scenario (null: the application), computed once per workbook state. */
  resultFor(scenario: string | null): BudgetResult | null {
    if (!this.state.input) return null;
    const k = key(scenario);
    let result = this.resultCache.get(k);
    if (!result) {
      result = computeBudget(this.state.input, scenario);
      this.resultCache.set(k, result);
    }
    return result;
  }

  // ------------------------------------------------------------ settings

  setLanguage(lang: Language): Promise<void> {
    return this.saveAddin({ language: lang }, { lang });
  }

  chooseScenario(name: string | null): Promise<void> {
    return this.run(async () => {
      await this.saveAddinNow({ activeScenario: name });
      if (this.state.snapshot) this.recompute(this.state.snapshot, {});
    });
  }

  private saveAddin(change: Partial<AddinState>, patch: Partial<SessionState>): Promise<void> {
    return this.run(async () => {
      await this.saveAddinNow(change);
      this.publish(patch);
    });
  }

  private async saveAddinNow(change: Partial<AddinState>): Promise<void> {
    const addin = { ...this.state.addin, ...change };
    await this.port.saveState(addin);
    this.state = { ...this.state, addin };
  }

  dismissNotice(): void {
    this.publish({ notice: null });
  }

  // ------------------------------------------------------------ scenarios

  /** Checks a new scenario name; returns the problem in the UI language, or null when it is free. */
  scenarioNameProblem(name: string): string | null {
    const s = stringsFor(this.state.lang);
    if (!name.trim()) return s.scenarioNameEmpty;
    return this.state.scenarios.some((n) => sameName(n, name)) ? s.scenarioNameTaken : null;
  }

  /** A new scenario has no rows until its first cut; it lives in the saved state until then. */
  createScenario(name: string): Promise<void> {
    if (this.scenarioNameProblem(name)) return Promise.reject(new Refusal(this.scenarioNameProblem(name)!));
    return this.chooseScenario(name.trim());
  }

  duplicateScenario(from: string, to: string): Promise<void> {
    if (this.scenarioNameProblem(to)) return Promise.reject(new Refusal(this.scenarioNameProblem(to)!));
    return this.edit(
      () => (this.state.tables ? duplicateScenario(this.state.tables, from, to.trim()) : null),
      { activeScenario: to.trim() },
    );
  }

  renameScenario(from: string, to: string): Promise<void> {
    if (this.scenarioNameProblem(to)) return Promise.reject(new Refusal(this.scenarioNameProblem(to)!));
    const wasActive = this.state.activeScenario !== null && sameName(this.state.activeScenario, from);
    const hasRows = this.state.input?.adjustments.some((a) => sameName(a.scenario, from)) ?? false;
    if (!hasRows) return wasActive ? this.chooseScenario(to.trim()) : Promise.resolve();
    return this.edit(
      () => (this.state.tables ? renameScenario(this.state.tables, from, to.trim()) : null),
      wasActive ? { activeScenario: to.trim() } : {},
    );
  }

  deleteScenario(name: string): Promise<void> {
    const wasActive = this.state.activeScenario !== null && sameName(this.state.activeScenario, name);
    const hasRows = this.state.input?.adjustments.some((a) => sameName(a.scenario, name)) ?? false;
    const next = wasActive
      ? { activeScenario: this.state.scenarios.find((n) => !sameName(n, name)) ?? null }
      : {};
    if (!hasRows)
      return this.chooseScenario(wasActive ? (next.activeScenario ?? null) : this.state.activeScenario);
    return this.edit(() => (this.state.tables ? deleteScenario(this.state.tables, name) : null), next);
  }

  // ------------------------------------------------------------ cuts

  /** Applies a cut to the active scenario (creating the default scenario if none is active). */
  cut(cut: Cut): Promise<void> {
    // The pane checks its fields; this keeps any caller from writing a row the next read refuses.
    const refused = cut.kind === 'setFte' ? refusedFte(cut.fte) : null;
    if (refused) return Promise.reject(new Refusal(refused[this.state.lang]));
    // No scenario chosen ("Ansökan" is shown): the cut goes into one, and the user is told which.
    const created = this.state.activeScenario ? null : this.scenarioForCuts();
    return this.edit(
      () => {
        const { snapshot, input, tables } = this.state;
        if (!snapshot || !input || !tables) return null;
        return cutEdit({ snapshot, input, tables }, this.scenarioForCuts(), cut);
      },
      created ? { activeScenario: created } : {},
      created ? { kind: 'info', text: inBoth((t) => t.cutSavedInScenario(created)) } : null,
    );
  }

  private scenarioForCuts(): string {
    return (
      this.state.activeScenario ?? this.state.scenarios[0] ?? stringsFor(this.state.lang).defaultScenarioName
    );
  }

  setFte(initiative: string, role: string, fte: Decimal, reason: string | null = null): Promise<void> {
    return this.cut({ kind: 'setFte', initiative, role, fte, reason });
  }

  removeRole(initiative: string, role: string, reason: string | null = null): Promise<void> {
    return this.cut({ kind: 'removeRole', initiative, role, reason });
  }

  restoreRole(initiative: string, role: string): Promise<void> {
    return this.cut({ kind: 'restoreRole', initiative, role });
  }

  setEnd(initiative: string, role: string | null, end: string, reason: string | null = null): Promise<void> {
    return this.cut({ kind: 'setEnd', initiative, role, end, reason });
  }

  cap(initiative: string, amount: Decimal, reason: string | null = null): Promise<void> {
    return this.cut({ kind: 'cap', initiative, amount, reason });
  }

  removeCap(initiative: string): Promise<void> {
    return this.cut({ kind: 'removeCap', initiative });
  }

  removeInitiative(initiative: string, reason: string | null = null): Promise<void> {
    return this.cut({ kind: 'removeInitiative', initiative, reason });
  }

  restoreInitiative(initiative: string): Promise<void> {
    return this.cut({ kind: 'restoreInitiative', initiative });
  }

  // ------------------------------------------------------------ undo / redo

  undo(): Promise<void> {
    return this.replay('undo');
  }

  redo(): Promise<void> {
    return this.replay('redo');
  }

  private replay(direction: 'undo' | 'redo'): Promise<void> {
    return this.run(async () => {
      // Read first: undoing on top of someone else's change would undo the wrong thing.
      const snapshot = await this.port.readSnapshot();
      if (!this.reconcileHistory(snapshot)) {
        this.recompute(snapshot, {
          notice: { kind: 'warning', text: inBoth((t) => t.undoClearedByOthers) },
        });
        return;
      }
      const current = (table: string) => rowsOf(tableOf(snapshot, table));
      const edit = direction === 'undo' ? this.history.undoEdit(current) : this.history.redoEdit(current);
      if (!edit) return;
      if (!(await this.attempt(() => this.writeHistoryEdit(edit)))) return;
      const entry = direction === 'undo' ? this.history.peek().undo : this.history.peek().redo;
      if (direction === 'undo') this.history.undone();
      else this.history.redone();
      // Undoing a rename makes the old name active again, as it was.
      if (entry?.active)
        await this.saveAddinNow({
          activeScenario: direction === 'undo' ? entry.active.before : entry.active.after,
        });
      const local =
        'rows' in edit ? applyRowEdit(snapshot, edit.rows) : applyColumnEdit(snapshot, edit.column);
      this.recompute(local ?? (await this.port.readSnapshot()), {});
    });
  }

  private writeHistoryEdit(edit: HistoryEdit): Promise<void> {
    return 'rows' in edit ? this.port.editTableRows(edit.rows) : this.port.editTableColumn(edit.column);
  }

  // ------------------------------------------------------------ balancing proposals

  private balanceMemo: {
    input: BudgetInput;
    base: string | null;
    years: string;
    outcome: BalanceOutcome;
  } | null = null;

  /**
   * The balancing proposals for the active scenario (restricted to the given decision years; null:
   * the default target), computed once per workbook state. Null before the workbook is read.
   */
  balance(years: readonly number[] | null = null): BalanceOutcome | null {
    const { input, activeScenario } = this.state;
    if (!input) return null;
    const key = years ? [...years].sort((a, b) => a - b).join(',') : '';
    const memo = this.balanceMemo;
    if (memo && memo.input === input && memo.base === activeScenario && memo.years === key)
      return memo.outcome;
    const outcome = proposeBalance(input, { baseScenario: activeScenario, years: years ?? null });
    this.balanceMemo = { input, base: activeScenario, years: key, outcome };
    return outcome;
  }

  /**
   * Writes a proposal as a new scenario (its whole rows appended to Justeringar, one undoable step)
   * and makes it active. A name already in use, also by a scenario without rows yet, gets a number.
   */
  async applyProposal(proposal: BalanceProposal): Promise<void> {
    const name = freeScenarioName(proposal.scenario, this.state.scenarios);
    await this.edit(
      () => (this.state.tables ? appendAdjustments(this.state.tables, proposalRows(proposal, name)) : null),
      { activeScenario: name },
    );
    const { notice, activeScenario } = this.state;
    if (!notice && activeScenario !== null && sameName(activeScenario, name))
      this.publish({ notice: { kind: 'info', text: inBoth((t) => t.balanceApplied(name)) } });
  }

  // ------------------------------------------------------------ holds

  /**
   * Holds (or releases) an initiative or a role: Låst = Ja (or blank) in the user's Insatser or
   * Bemanning, adding the column at the table's right end when it has none. One undoable step.
   * Granted and rejected initiatives are never touched by a proposal: nothing is written for them.
   */
  hold(target: HoldTarget, held: boolean): Promise<void> {
    return this.run(async () => {
      const { snapshot, input, tables } = this.state;
      if (!snapshot || !input || !tables) return;
      const edit = holdEdit(input, tables, target, held);
      if (!edit) return;
      this.publish({ busy: 'edit' });
      if (!(await this.attempt(() => this.port.editTableColumn(edit)))) return;
      const grid = tableOf(snapshot, edit.table);
      const next = applyColumnEdit(snapshot, edit) ?? (await this.port.readSnapshot());
      const after = tableOf(next, edit.table);
      const column = after ? columnOf(after, edit.header) : -1;
      if (grid && after && column >= 0) {
        const before = rowsOf(grid);
        this.history.record({
          kind: 'column',
          table: after.name,
          header: String(after.headers[column]),
          column,
          cells: edit.cells.map(({ index, cell }) => ({
            index,
            before: before[index]?.[column] ?? { value: '', numberFormat: 'General' },
            after: cell,
          })),
        });
      }
      this.recompute(next, { notice: null });
    });
  }

  // ------------------------------------------------------------ writing edits

  private justeringarName(): string | null {
    return this.state.tables?.Justeringar?.grid.name ?? null;
  }

  /**
   * Builds an edit from the state current when its turn comes, writes it, records it for undo and
   * recomputes from the snapshot held plus the edit, without reading the workbook again.
   */
  private edit(
    build: () => TableRowEdit | null,
    addinChange: Partial<AddinState>,
    notice: Notice | null = null,
  ): Promise<void> {
    return this.run(async () => {
      if (this.state.snapshot && this.state.tables && !this.state.tables.Justeringar)
        await this.createJusteringar();
      const snapshot = this.state.snapshot;
      const built = build();
      if (!snapshot) return;
      const edit = built && fillTrailingBlankRows(tableOf(snapshot, built.table), built);
      const activeBefore = this.state.addin.activeScenario;
      if (Object.keys(addinChange).length) await this.saveAddinNow(addinChange);
      const active =
        'activeScenario' in addinChange
          ? { before: activeBefore, after: addinChange.activeScenario ?? null }
          : undefined;
      if (!edit || isEmptyEdit(edit)) {
        this.recompute(snapshot, notice ? { notice } : {});
        return;
      }
      this.publish({ busy: 'edit' });
      if (!(await this.attempt(() => this.port.editTableRows(edit)))) return;
      const before = rowsOf(tableOf(snapshot, edit.table));
      const local = applyRowEdit(snapshot, edit);
      // The table did not exist: the port created it; read it as it now is.
      const next = local ?? (await this.port.readSnapshot());
      const after = local ? editedRows(before, edit) : rowsOf(tableOf(next, edit.table));
      this.history.record({ table: tableOf(next, edit.table)?.name ?? edit.table, before, after, active });
      this.recompute(next, { notice });
    });
  }

  /**
   * Excel applies a failed request up to the step that failed, so the table may be half edited:
   * the snapshot held is no longer the workbook's, and the next edit by row index would hit the
   * wrong rows. Read the workbook again, keep the history only if it still matches it, and say so.
   */
  private async afterFailedEdit(error: unknown): Promise<void> {
    if (error instanceof TableFilteredError) {
      this.publish({
        busy: null,
        notice: { kind: 'error', text: inBoth((t) => t.tableFiltered(error.table)) },
      });
      return;
    }
    await this.attempt(
      async () => {
        const snapshot = await this.port.readSnapshot();
        this.reconcileHistory(snapshot);
        this.recompute(snapshot, {
          notice: { kind: 'error', text: failure(error, (t, d) => t.editFailedReread(d)) },
        });
      },
      () =>
        this.publish({
          busy: null,
          notice: { kind: 'error', text: failure(error, (t, d) => t.editFailed(d)) },
        }),
    );
  }

  /** A workbook without Justeringar gets the template's table (its own sheet) before the first cut. */
  private async createJusteringar(): Promise<void> {
    const plans = (await templatePlans(this.state.lang)).filter((p) =>
      p.tables.some((t) => sameName(t.name, 'Justeringar')),
    );
    await this.port.createInputTables(plans);
    this.recompute(await this.port.readSnapshot(), {});
  }

  /**
   * The one path for work on the workbook that can fail: runs it and, when it fails, hands the
   * error to `failed` (by default an edit's: read the workbook again and say so) and returns false.
   * What is said is ours (errors.ts), never the host's or a library's text.
   */
  private async attempt(
    work: () => Promise<unknown>,
    failed: (error: unknown) => Promise<void> | void = (error) => this.afterFailedEdit(error),
  ): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (error) {
      await failed(error);
      return false;
    }
  }

  // ------------------------------------------------------------ decision summary

  /** Writes Beslutsunderlag and Periodisering, remembers the inputs' fingerprint, and goes there. */
  /** Refused while the input has errors, unless a draft is asked for (titled so, no texts for incomplete initiatives). */
  writeSummary(options: { draft?: boolean } = {}): Promise<WrittenSheet[]> {
    return this.run(async () => {
      if (!this.state.result || !this.state.input) return [];
      this.publish({ busy: 'writingSummary', notice: null });
      let sheets: WrittenSheet[] = [];
      await this.attempt(
        async () => {
          // Read first (one request): a drop-down choice fires no change event on Excel on the web
          // (OfficeDev/office-js #3888, #4066; desktop #420), so what the pane holds may be stale,
          // and what reaches the board must be the workbook as it is.
          const snapshot = await this.port.readSnapshot();
          this.reconcileHistory(snapshot);
          this.recompute(snapshot, { busy: 'writingSummary', notice: null });
          // The read just made computed what the errors leave incomplete (blocking).
          const { result, input, fingerprint, lang, incomplete: blocking } = this.state;
          if (!result || !input) return;
          if (blocking.errors.length > 0 && !options.draft) {
            const names = blocking.initiatives.join(', ');
            this.publish({
              busy: null,
              notice: { kind: 'error', text: inBoth((t) => t.summaryBlocked(names, blocking.errors.length)) },
            });
            return;
          }
          const writtenAt = (this.options.now?.() ?? new Date()).toISOString();
          // The sheet builders load only when a summary is written: the pane opens faster without them.
          const { buildSummaryPlans } = await import(/* webpackChunkName: "summary" */ '../summary');
          const plans = buildSummaryPlans(result, {
            lang,
            writtenAt,
            fingerprint,
            input,
            issues: this.state.issues,
          });
          const written = await this.port.writeSheets(plans);
          await this.saveAddinNow({ summaryFingerprint: fingerprint, summaryWrittenAt: writtenAt });
          const summary = written.find((w) => w.kind === 'summary') ?? written[0];
          if (summary) await this.port.selectCell(qualified(summary.name, 'A1'));
          const incomplete = written.find((w) => w.layoutIncomplete);
          this.publish({
            busy: null,
            notice: incomplete
              ? { kind: 'warning', text: inBoth((t) => t.summaryLayoutIncomplete(incomplete.name)) }
              : // Beslut's state line already says it is written and current: a second success message
                // only when the sheet got another name than planned (a sheet of the user's had it).
                summary && summary.name !== plans.find((p) => p.kind === 'summary')?.name
                ? { kind: 'info', text: inBoth((t) => t.summaryWritten(summary.name)) }
                : null,
          });
          sheets = written;
        },
        (error) => {
          // The port says which half-written sheets it could not remove (the next write removes them).
          const leftover = (error as { leftoverSheets?: unknown } | null)?.leftoverSheets;
          const names = Array.isArray(leftover) ? leftover.map(String).join(', ') : '';
          this.publish({
            busy: null,
            notice: {
              kind: 'error',
              text: failure(error, (t, d) =>
                names ? `${t.writeFailed(d)} ${t.leftoverSheets(names)}` : t.writeFailed(d),
              ),
            },
          });
        },
      );
      return sheets;
    });
  }

  // ------------------------------------------------------------ new workbook, navigation

  createTemplateTables(): Promise<void> {
    return this.createTables(() => templatePlans(this.state.lang));
  }

  insertExampleData(): Promise<void> {
    return this.createTables(async () => (await loadTemplate()).examplePlans());
  }

  private createTables(plans: () => Promise<ReturnType<typeof examplePlans>>): Promise<void> {
    return this.run(async () => {
      this.publish({ busy: 'creatingTables', notice: null });
      await this.attempt(
        async () => {
          await this.port.createInputTables(await plans());
          this.history.clear();
          this.recompute(await this.port.readSnapshot(), {});
        },
        (error) =>
          this.publish({
            busy: null,
            notice: { kind: 'error', text: failure(error, (t, d) => t.editFailed(d)) },
          }),
      );
    });
  }

  /** Selects the cell an issue names, in the workbook. */
  selectCell(qualifiedAddress: string): Promise<void> {
    return this.port.selectCell(qualifiedAddress);
  }
}

/** The template and example workbooks, loaded the first time tables are created. */
function loadTemplate() {
  return import(/* webpackChunkName: "template" */ '../contract/template');
}

async function templatePlans(lang: Language): Promise<ReturnType<typeof examplePlans>> {
  return (await loadTemplate()).templatePlans(lang);
}

function key(scenario: string | null): string {
  return scenario === null ? '\u0000application' : nameKey(scenario);
}

/** A failure's sentence in both languages, with the error said in our words (errors.ts). */
function failure(error: unknown, message: (t: Strings, detail: string) => string): LocalizedText {
  const detail = errorText(error);
  return { sv: message(stringsFor('sv'), detail.sv), en: message(stringsFor('en'), detail.en) };
}
