// An Excel object-model fake covering exactly the Office.js surface src/adapters/excel uses, backed
// by a MemoryWorkbook (the model the CLI and the preview use). It enforces the documented rules:
//
// - Proxy objects: methods and property sets are queued and run only at context.sync(), in order
//   ("Application-specific API model": proxy objects, sync()).
// - Reading a property that was not loaded and synced throws PropertyNotLoaded ("Before you can
//   read the properties of a proxy object, you must explicitly load the properties ... and then
//   call context.sync()"). Setting a property does not make it readable.
// - Collections give `items` only after load('items/...') and sync; isNullObject is loaded by the
//   sync itself (*OrNullObject methods and properties). TableCollection.getItemOrNullObject finds
//   a table whatever the case of its name (Excel does not tell names apart by case). Ranges asked of
//   a null table are null objects (option nullObjectChildren: 'null', the default) or fail the batch
//   with ItemNotFound ('error'): Microsoft does not document which, so the adapter is tested with
//   both. Reading a property of a null object throws here (Office.js would give undefined), so that
//   a missing isNullObject check fails a test.
// - A single value assigned to Range.values / formulas / numberFormat applies to every cell, and
//   null inside a 2-D array leaves that cell as it is ("Update all cells in a range"; "null input
//   inside two-dimensional array (for values, number format, formula) is ignored by the update API",
//   Excel JavaScript API programming overview). Range.merge(true) merges each row on its own.
// - Each sync is one request: its payload (the JSON of the queued actions) and its response (the
//   JSON of the loaded data) are measured; over 5 MB the sync fails with
//   RequestPayloadSizeLimitExceeded, or ResponsePayloadSizeLimitExceeded for the response ("Excel on the web has a payload size limit for requests and
//   responses of 5MB"; "Payload size limit best practices").
// - A failing action stops the batch: the actions before it stay applied, the ones after it do not
//   run ("All other commands after the failed command in the batch are not executed",
//   OfficeExtension.Error). Failures can be injected at any sync, after any number of its actions.
// - Strings written to values/formulas follow entry.ts (formulas for = + - @ unless the cell is Text).
// - Events: TableCollection.onChanged/onAdded/onDeleted handlers with source Local/Remote; the
//   fake fires Local events for the tables an add-in batch changed, after the sync, as Excel does
//   for changes made by add-in code ("Event triggers"), and tests fire Remote ones.
// - Range.format.rowHeight sets the height in points of every row of the range (RangeFormat.rowHeight:
//   "The height of all rows in the range"), at most 409 points ("Excel specifications and limits").
// - Worksheet.pageLayout (ExcelApi 1.9, so a 1.7–1.8 host fails the batch with ApiNotFound):
//   orientation, paperSize and zoom, which "must be set as a JSON object (use x.zoom = {...} instead
//   of x.zoom.scale = ...)"; zoom.scale is 10–400 (Excel.PageLayout, Excel.PageLayoutZoomOptions).
//   The sheet's MemorySheet.print shows the setup once it is one the model can hold: A4 and fit to a
//   number of pages wide and tall; any other setup leaves print null.
// - Office.context.document.settings and Office.context.requirements.isSetSupported.
// - A member of a requirement set the host lacks is queued like any other and fails the request at
//   sync, at its own step, with ApiNotFound (the steps before it stay applied). That is what
//   Microsoft's client does, although it looks otherwise: every member newer than ExcelApi 1.1
//   starts with _throwIfApiNotSupported("Table.resize", _defaultApiSetName, "1.13", _hostName), but
//   CommonUtility.throwIfApiNotSupported returns at once unless CommonUtility._doApiNotSupportedCheck
//   is set, and the client sets it on its subclass only (`OfficeExtension.Utility.
//   _doApiNotSupportedCheck = true`, the last line of excel-web-16.00.debug.js; the base's stays
//   false). So the request goes to Excel, which refuses the member; the fake answers ApiNotFound
//   (OfficeExtension.ErrorCodes.apiNotFound, with the client's own message text). Which code a real
//   older Excel sends is not documented: docs/manual-test.md § 7 has the check. The requirement set of each
//   member comes from the client's own calls (clientApiSets), so the fake guards every member it
//   offers (guardRequirementSets, at the end of this file), not a hand-kept list. A member the
//   client does not have is undefined on the fake as on the client's proxies:
//   test/excel/fake-rules.test.ts checks that every member the fake offers is one of the client's.
import { MemoryWorkbook, parseRange } from '../../../src/adapters/memory/memory-workbook';
import type {
  CellRange,
  MemoryChart,
  MemorySheet,
  MemoryTable,
} from '../../../src/adapters/memory/memory-workbook';
import { sheetOfReference } from '../../../src/adapters/memory/ownership';
import type { CellStyle } from '../../../src/workbook/sheet-plan';
import { a1, qualified } from '../../../src/workbook/snapshot';
import { entryFor, isFormulaEntry } from './entry';
import { formatCell } from '../../../src/preview/format-cell';
import * as fs from 'node:fs';

/** Microsoft's client for Excel, as @microsoft/office-js ships it (test/support/office-wire loads it). */
export const CLIENT_FILE = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');

/**
 * 'Table.resize' → '1.13': the ExcelApi requirement set of each member as the client checks it on
 * access (only members newer than 1.1 are checked, so a member absent here is 1.1).
 */
export function clientApiSets(source = fs.readFileSync(CLIENT_FILE, 'utf8')): Map<string, string> {
  const excel = source.slice(source.indexOf('var _defaultApiSetName = "ExcelApi";'));
  const sets = new Map<string, string>();
  for (const m of excel.matchAll(/_throwIfApiNotSupported\("(\w+\.\w+)", _defaultApiSetName, "(\d+\.\d+)"/g))
    sets.set(m[1]!, m[2]!);
  return sets;
}

export class OfficeFakeError extends Error {
  override name = 'OfficeExtension.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface SyncRecord {
  /** 1-based, counted over the host's life. */
  index: number;
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Each queued action as 'path action name', for tests that fail a batch at a chosen action. */
  actionNames: string[];
  failed: boolean;
}

export interface InjectedFailure {
  /** Global 1-based sync number. */
  sync: number;
  /** How many of that batch's actions run before it fails (default 0). */
  appliedActions?: number;
  code?: string;
}

export interface FakeOptions {
  /** Highest ExcelApi requirement set the fake host supports (default '1.17'). */
  apiVersion?: string;
  payloadLimitBytes?: number;
  /** Value a formula cell gets when written (the fake does not calculate). Default: 0. */
  evaluate?: (formula: string, sheet: MemorySheet, row: number, column: number) => number | string;
  /** What a range asked of a null object is (see the header). Default: 'null'. */
  nullObjectChildren?: 'null' | 'error';
  /**
   * Range.values / numberFormat of a range over this many cells come back null instead of failing
   * (Excel on the web past 5 million cells, "Excel data transfer limits"). Default: 5 000 000.
   */
  valuesCellLimit?: number;
  /** Whether the host has the DelayForCellEdit requirement set (RunOptions.delayForCellEdit). Default: true. */
  delayForCellEdit?: boolean;
  /** Office.context.partitionKey (undefined: none, as on desktop). */
  partitionKey?: string;
  /** Office.context.document.url: the saved workbook's address ('' for a new, unsaved one). */
  documentUrl?: string;
  /**
   * The user's browser storage (globalThis.localStorage while installed). Two hosts given the same
   * map are one user on one machine; separate maps are two people. Default: a new map.
   */
  localStorage?: Map<string, string>;
}

interface Action {
  wire: Record<string, unknown>;
  run(): unknown;
}

export interface FiredEvent {
  type: 'TableChanged' | 'TableAdded' | 'TableDeleted';
  source: 'Local' | 'Remote';
  tableId: string;
  worksheetId: string;
  address: string;
  changeType: string;
  /** ChangedEventDetail, which Excel gives for a change of a single cell. */
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
}

type Handler = (args: FiredEvent) => unknown;

export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** 0-based: the sheet has 1 048 576 rows ("Excel specifications and limits"). */
const SHEET_LAST_ROW = 1_048_575;

/**
 * Range.text: the value as Excel shows it. A number with a date format shows its date in the
 * workbook's date system (1904: 1 462 days later), as the preview formats it otherwise.
 */
function shownText(wb: MemoryWorkbook, sheet: MemorySheet, row: number, col: number): string {
  const cell = sheet.getCell(row, col);
  return formatCell(cell.value, cell.type, cell.numberFormat, 'en', wb.date1904).text;
}

function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number) as [number, number];
  const [bm, bn] = b.split('.').map(Number) as [number, number];
  return am - bm || an - bn;
}

function notLoaded(prop: string): OfficeFakeError {
  return new OfficeFakeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

const lower = (s: string) => s.toLocaleLowerCase('sv');

export class FakeExcelHost {
  readonly syncs: SyncRecord[] = [];
  readonly fired: FiredEvent[] = [];
  apiVersion: string;
  payloadLimitBytes: number;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  private failures: InjectedFailure[] = [];
  private readonly ids = new WeakMap<object, string>();
  private nextId = 1;
  /** Registered event handlers; the same function may be registered for several events. */
  readonly handlers = new Set<{ handler: Handler; type: FiredEvent['type'] }>();
  private changed: Array<{ sheet: MemorySheet; range: CellRange }> = [];
  readonly evaluate: NonNullable<FakeOptions['evaluate']>;
  readonly nullObjectChildren: NonNullable<FakeOptions['nullObjectChildren']>;
  readonly valuesCellLimit: number;
  readonly delayForCellEdit: boolean;
  /** Persisted settings are the workbook's; this is the add-in's in-memory copy. */
  private settingsCopy = new Map<string, unknown>();
  readonly storage: Map<string, string>;
  readonly partitionKey: string | undefined;
  readonly documentUrl: string;

  constructor(
    readonly workbook: MemoryWorkbook,
    options: FakeOptions = {},
  ) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.evaluate = options.evaluate ?? (() => 0);
    this.nullObjectChildren = options.nullObjectChildren ?? 'null';
    this.valuesCellLimit = options.valuesCellLimit ?? 5_000_000;
    this.delayForCellEdit = options.delayForCellEdit ?? true;
    for (const [k, v] of workbook.settings) this.settingsCopy.set(k, JSON.parse(v));
    this.storage = options.localStorage ?? new Map();
    this.partitionKey = options.partitionKey;
    this.documentUrl = options.documentUrl ?? '';
  }

  // ---- What tests use -----------------------------------------------------------------------

  get syncCount(): number {
    return this.syncs.length;
  }

  failAt(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  supports(version: string): boolean {
    return compareVersions(version, this.apiVersion) <= 0;
  }

  idOf(target: object): string {
    let id = this.ids.get(target);
    if (!id) {
      id = `{${String(this.nextId++).padStart(8, '0')}}`;
      this.ids.set(target, id);
    }
    return id;
  }

  /** A change to a table as a co-author (Remote) or this user's typing (Local) makes it. */
  fireTableChanged(tableName: string, source: 'Local' | 'Remote', address = 'A1'): void {
    const table = this.workbook.getTable(tableName);
    if (!table) throw new Error(`No table ${tableName}`);
    this.deliver({
      type: 'TableChanged',
      source,
      tableId: this.idOf(table),
      worksheetId: this.idOf(this.workbook.getSheet(table.sheet)!),
      address,
      changeType: 'RangeEdited',
    });
  }

  /**
   * The user (Local) or a co-author (Remote) changes only the number format of one cell of a table.
   * onChanged fires for that too: "Since onChanged fires when either the format or value of the data
   * changes, it can be useful to have your add-in check if the values have actually changed" (Work
   * with tables using the Excel JavaScript API › Detect data changes). Which changeType a format
   * change carries is not documented (Excel.DataChangeType has no member for formats); the fake
   * sends RangeEdited, with details whose value before and after are the same.
   */
  formatByUser(tableName: string, cell: string, format: string, source: 'Local' | 'Remote' = 'Local'): void {
    const table = this.workbook.getTable(tableName);
    if (!table) throw new Error(`No table ${tableName}`);
    const sheet = this.workbook.getSheet(table.sheet)!;
    const { top, left } = parseRange(cell);
    const before = sheet.getCell(top, left);
    sheet.setCell(top, left, { numberFormat: format });
    this.deliver({
      type: 'TableChanged',
      source,
      tableId: this.idOf(table),
      worksheetId: this.idOf(sheet),
      address: cell,
      changeType: 'RangeEdited',
      details: {
        valueBefore: before.value,
        valueAfter: before.value,
        valueTypeBefore: before.type,
        valueTypeAfter: before.type,
      },
    });
  }

  deliver(event: FiredEvent): void {
    this.fired.push(event);
    for (const { handler, type } of [...this.handlers]) if (type === event.type) void handler(event);
  }

  /** Installs globalThis.Excel and globalThis.Office; returns the uninstaller. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const previous = { Excel: g.Excel, Office: g.Office };
    g.Excel = {
      run: async (first: unknown, second?: unknown) => {
        const batch = (typeof first === 'function' ? first : second) as (
          context: FakeContext,
        ) => Promise<unknown>;
        const context = first instanceof FakeContext ? first : new FakeContext(this);
        const result = await batch(context);
        // Excel.run syncs what is still queued when the batch function returns.
        if (context.queue.length > 0) await context.sync();
        return result;
      },
    };
    const storage = this.storage;
    const localStorageBefore = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      value: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => void storage.set(k, String(v)),
        removeItem: (k: string) => void storage.delete(k),
      },
    });
    g.Office = {
      context: {
        partitionKey: this.partitionKey,
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            (name === 'ExcelApi' && this.supports(version ?? '1.1')) ||
            (name === 'DelayForCellEdit' && this.delayForCellEdit),
        },
        document: { settings: this.settingsApi(), url: this.documentUrl },
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    };
    return () => {
      g.Excel = previous.Excel;
      g.Office = previous.Office;
      if (localStorageBefore) Object.defineProperty(globalThis, 'localStorage', localStorageBefore);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    };
  }

  private settingsApi() {
    return {
      get: (name: string) =>
        this.settingsCopy.has(name) ? structuredClone(this.settingsCopy.get(name)) : null,
      set: (name: string, value: unknown) => void this.settingsCopy.set(name, structuredClone(value)),
      remove: (name: string) => void this.settingsCopy.delete(name),
      saveAsync: (callback?: (r: { status: string }) => void) => {
        this.workbook.settings.clear();
        for (const [k, v] of this.settingsCopy) this.workbook.settings.set(k, JSON.stringify(v));
        setTimeout(() => callback?.({ status: 'succeeded' }), 0);
      },
      refreshAsync: (callback?: (r: { status: string }) => void) => {
        this.settingsCopy = new Map([...this.workbook.settings].map(([k, v]) => [k, JSON.parse(v)]));
        setTimeout(() => callback?.({ status: 'succeeded' }), 0);
      },
    };
  }

  // ---- Batches ------------------------------------------------------------------------------

  async execute(context: FakeContext): Promise<void> {
    const actions = context.queue;
    context.queue = [];
    const index = this.syncs.length + 1;
    const requestBytes = Buffer.byteLength(JSON.stringify(actions.map((a) => a.wire)), 'utf8');
    const record: SyncRecord = {
      index,
      requestBytes,
      responseBytes: 0,
      actions: actions.length,
      actionNames: actions.map(
        (a) => `${String(a.wire.path)} ${String(a.wire.action)} ${String(a.wire.name ?? '')}`,
      ),
      failed: false,
    };
    this.syncs.push(record);
    await Promise.resolve();
    if (requestBytes > this.payloadLimitBytes) {
      record.failed = true;
      throw new OfficeFakeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    }
    const failure = this.failures.find((f) => f.sync === index);
    const runCount = failure ? Math.min(failure.appliedActions ?? 0, actions.length) : actions.length;
    const responses: unknown[] = [];
    this.changed = [];
    try {
      for (let i = 0; i < runCount; i++) responses.push(actions[i]!.run());
      if (failure)
        throw new OfficeFakeError(
          failure.code ?? 'GeneralException',
          `Injected failure at sync ${index} after ${runCount} of ${actions.length} actions`,
        );
    } catch (error) {
      record.failed = true;
      this.scheduleChangeEvents();
      throw error instanceof OfficeFakeError
        ? error
        : new OfficeFakeError('InvalidArgument', String((error as Error).message ?? error));
    }
    record.responseBytes = Buffer.byteLength(
      JSON.stringify(responses.filter((r) => r !== undefined)),
      'utf8',
    );
    this.scheduleChangeEvents();
    if (record.responseBytes > this.payloadLimitBytes) {
      record.failed = true;
      throw new OfficeFakeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
      );
    }
  }

  noteChange(sheet: MemorySheet, range: CellRange): void {
    this.changed.push({ sheet, range });
  }

  /** Excel fires onChanged for add-in code's changes too; delivered after the batch, asynchronously. */
  private scheduleChangeEvents(): void {
    const hits = new Set<MemoryTable>();
    for (const { sheet, range } of this.changed)
      for (const t of this.workbook.tables)
        if (
          lower(t.sheet) === lower(sheet.name) &&
          !(
            range.bottom < t.range.top ||
            range.top > t.range.bottom ||
            range.right < t.range.left ||
            range.left > t.range.right
          )
        )
          hits.add(t);
    this.changed = [];
    for (const t of hits) {
      const event: FiredEvent = {
        type: 'TableChanged',
        source: 'Local',
        tableId: this.idOf(t),
        worksheetId: this.idOf(this.workbook.getSheet(t.sheet)!),
        address: a1(t.range.top, t.range.left),
        changeType: 'RangeEdited',
      };
      setTimeout(() => this.deliver(event), 0);
    }
  }

  /** The client's check and message (CoreResourceStrings.apiNotFoundDetails). */
  requireApi(version: string, what: string): void {
    if (!this.supports(version))
      throw new OfficeFakeError(
        'ApiNotFound',
        `The method or property ${what} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel (ExcelApi ${this.apiVersion}).`,
      );
  }

  // ---- Model helpers used by the proxies ------------------------------------------------------

  sheetByKey(key: string): MemorySheet {
    const sheet = this.workbook.sheets.find((s) => this.idOf(s) === key) ?? this.workbook.getSheet(key);
    if (!sheet)
      throw new OfficeFakeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${key}`);
    return sheet;
  }

  /** By name (any case) or by the id Table.id gave. */
  tableByName(name: string): MemoryTable {
    const table = this.workbook.tables.find((t) => this.idOf(t) === name) ?? this.workbook.getTable(name);
    if (!table)
      throw new OfficeFakeError('ItemNotFound', `The requested resource doesn't exist: table ${name}`);
    return table;
  }

  renameSheet(sheet: MemorySheet, to: string): void {
    if (!to || to.length > 31 || /[[\]:*?/\\]/.test(to) || to.startsWith("'") || to.endsWith("'"))
      throw new OfficeFakeError('InvalidArgument', `Invalid sheet name ${to}`);
    const from = sheet.name;
    if (from === to) return;
    const clash = this.workbook.getSheet(to);
    if (clash && clash !== sheet)
      throw new OfficeFakeError('ItemAlreadyExists', `A sheet named ${to} exists already`);
    this.workbook.renameSheet(from, to);
    // Excel rewrites defined names that refer to a renamed sheet.
    for (const [name, ref] of this.workbook.names) {
      const target = sheetOfReference(ref);
      if (target && lower(target) === lower(from))
        this.workbook.names.set(name, `=${qualified(to, ref.slice(ref.indexOf('!') + 1))}`);
    }
  }

  deleteSheet(sheet: MemorySheet): void {
    if (this.workbook.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0)
      throw new OfficeFakeError(
        'InvalidOperation',
        'A workbook must contain at least one visible worksheet.',
      );
    for (const [name, ref] of this.workbook.names) {
      const target = sheetOfReference(ref);
      if (target && lower(target) === lower(sheet.name))
        this.workbook.names.set(name, `=#REF!${ref.slice(ref.indexOf('!') + 1)}`);
    }
    this.workbook.removeSheet(sheet.name);
    if (this.activeSheet && lower(this.activeSheet) === lower(sheet.name)) this.activeSheet = null;
  }

  addTable(sheet: MemorySheet, address: string): MemoryTable {
    const range = parseRange(address);
    // A table has at least one data row: Excel adds one under a lone header row.
    if (range.bottom === range.top) range.bottom++;
    for (const t of this.workbook.tables)
      if (
        lower(t.sheet) === lower(sheet.name) &&
        !(
          range.bottom < t.range.top ||
          range.top > t.range.bottom ||
          range.right < t.range.left ||
          range.left > t.range.right
        )
      )
        throw new OfficeFakeError('InvalidArgument', `A table can't overlap another table (${t.name}).`);
    let n = this.workbook.tables.length + 1;
    while (this.workbook.getTable(`Table${n}`)) n++;
    for (let c = range.left; c <= range.right; c++) {
      const cell = sheet.getCell(range.top, c);
      if (cell.value === '')
        sheet.setCell(range.top, c, { value: `Column${c - range.left + 1}`, type: 'String' });
    }
    this.workbook.addTable({ name: `Table${n}`, sheet: sheet.name, range, style: 'TableStyleMedium2' });
    return this.workbook.getTable(`Table${n}`)!;
  }

  renameTable(table: MemoryTable, to: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\u00c0-\u024f]*$/.test(to) || to.length > 255)
      throw new OfficeFakeError('InvalidArgument', `Invalid table name ${to}`);
    const clash = this.workbook.getTable(to);
    if ((clash && clash !== table) || [...this.workbook.names.keys()].some((k) => lower(k) === lower(to)))
      throw new OfficeFakeError('InvalidArgument', `The name ${to} is already in use`);
    table.name = to;
  }

  /** Writes a 2-D array (or one value for all cells) into a range with Excel's entry rules. */
  writeEntries(sheet: MemorySheet, r: CellRange, input: unknown, property: 'values' | 'formulas'): void {
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    const grid = Array.isArray(input) ? (input as unknown[][]) : null;
    if (grid && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)))
      throw new OfficeFakeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`,
      );
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const value = grid ? grid[i]![j] : input;
        const row = r.top + i;
        const col = r.left + j;
        const current = sheet.getCell(row, col);
        const entry = entryFor(value, current.numberFormat, this.workbook.date1904);
        if (entry === null) continue;
        if (isFormulaEntry(entry)) {
          const result = this.evaluate(entry.formula!, sheet, row, col);
          sheet.setCell(row, col, {
            ...entry,
            value: result,
            type: typeof result === 'number' ? 'Double' : 'String',
          });
        } else sheet.setCell(row, col, { ...entry, formula: null });
        if (
          entry.value === '' &&
          !isFormulaEntry(entry) &&
          !current.style &&
          current.numberFormat === 'General'
        )
          sheet.clearCell(row, col);
      }
    this.noteChange(sheet, r);
  }

  setNumberFormats(sheet: MemorySheet, r: CellRange, input: unknown): void {
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    const grid = Array.isArray(input) ? (input as unknown[][]) : null;
    if (grid && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)))
      throw new OfficeFakeError(
        'InvalidArgument',
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range (numberFormat).",
      );
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const format = grid ? grid[i]![j] : input;
        // Changing a format never re-parses what the cell holds (text stays text).
        if (format !== null && format !== undefined)
          sheet.setCell(r.top + i, r.left + j, { numberFormat: format === '' ? 'General' : String(format) });
      }
    // onChanged fires for format changes too (see formatByUser); its changeType is not documented.
    this.noteChange(sheet, r);
  }

  /** Page setups set through Worksheet.pageLayout, per sheet (the model keeps only MemorySheet.print). */
  private readonly pageLayouts = new WeakMap<MemorySheet, PageSetup>();

  setPageLayout(
    sheet: MemorySheet,
    patch: Partial<PageSetup> | ((current: PageSetup) => Partial<PageSetup>),
  ): void {
    const current = this.pageLayouts.get(sheet) ?? pageSetupOf(sheet.print);
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    this.pageLayouts.set(sheet, next);
    sheet.print = printOf(next);
  }

  pageLayoutOf(sheet: MemorySheet): PageSetup {
    return this.pageLayouts.get(sheet) ?? pageSetupOf(sheet.print);
  }

  setRowHeights(sheet: MemorySheet, r: CellRange, points: number): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > 409)
      throw new OfficeFakeError('InvalidArgument', `A row height is 0 to 409 points (${String(points)})`);
    for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights.set(row, points);
  }

  styleCells(sheet: MemorySheet, r: CellRange, patch: Partial<CellStyle>): void {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        sheet.setCell(row, col, { style: { ...(sheet.getCell(row, col).style ?? {}), ...patch } });
    this.noteChange(sheet, r);
  }

  /** Tables whose filter hides rows (a user's filter; tests set it). */
  readonly filtered = new Set<MemoryTable>();

  resizeTable(table: MemoryTable, range: CellRange): void {
    const sheet = this.workbook.getSheet(table.sheet)!;
    for (const t of this.workbook.tables)
      if (
        t !== table &&
        lower(t.sheet) === lower(table.sheet) &&
        !(
          range.bottom < t.range.top ||
          range.top > t.range.bottom ||
          range.right < t.range.left ||
          range.left > t.range.right
        )
      )
        throw new OfficeFakeError('InvalidArgument', `A table can't overlap another table (${t.name}).`);
    table.range = { ...range };
    this.noteChange(sheet, range);
  }

  /** Rows inserted under the table body, shifting the cells below within the table's columns. */
  insertTableRows(table: MemoryTable, values: unknown[][]): void {
    const sheet = this.workbook.getSheet(table.sheet)!;
    const n = values.length;
    const width = table.range.right - table.range.left + 1;
    if (values.some((row) => row.length !== width))
      throw new OfficeFakeError(
        'InvalidArgument',
        "The number of columns in the input array doesn't match the table.",
      );
    const used = sheet.usedRange();
    const at = table.range.bottom + 1;
    if (used)
      for (let row = used.bottom; row >= at; row--)
        for (let col = table.range.left; col <= table.range.right; col++)
          this.moveCell(sheet, row, col, row + n, col);
    table.range.bottom += n;
    this.writeEntries(
      sheet,
      { top: at, left: table.range.left, bottom: at + n - 1, right: table.range.right },
      values,
      'values',
    );
  }

  /**
   * TableColumnCollection.add at the table's end (index null or -1, ExcelApi 1.1). The values are
   * the header and every data row. What Excel does with cells standing right of the table is not
   * documented; the fake refuses to guess and fails (the adapter reads that column first).
   */
  addTableColumn(table: MemoryTable, values: unknown[][] | null, name: string | null): void {
    const sheet = this.workbook.getSheet(table.sheet)!;
    const { top, bottom, right } = table.range;
    if (values && values.length !== bottom - top + 1)
      throw new OfficeFakeError(
        'InvalidArgument',
        "The number of rows in the input array doesn't match the table.",
      );
    for (let row = top; row <= bottom; row++) {
      const cell = sheet.getCell(row, right + 1);
      if (cell.value !== '' || cell.formula)
        throw new OfficeFakeError('FakeHostGap', 'The fake adds a table column only over empty cells');
    }
    table.range = { ...table.range, right: right + 1 };
    const column = { top, left: right + 1, bottom, right: right + 1 };
    const header = name ?? (values ? null : `Column${right - table.range.left + 1}`);
    this.writeEntries(sheet, column, values ?? blankColumn(bottom - top + 1), 'values');
    if (header !== null) sheet.setCell(top, right + 1, { value: header, type: 'String' });
    this.noteChange(sheet, column);
  }

  deleteTableRow(table: MemoryTable, index: number): void {
    const sheet = this.workbook.getSheet(table.sheet)!;
    const bodyRows = table.range.bottom - table.range.top;
    if (index < 0 || index >= bodyRows)
      throw new OfficeFakeError('InvalidArgument', `Row ${index} is not in table ${table.name}`);
    const row = table.range.top + 1 + index;
    if (bodyRows === 1) {
      // The last data row is emptied, not removed: a table keeps one data row.
      for (let col = table.range.left; col <= table.range.right; col++) sheet.clearCell(row, col);
    } else {
      const used = sheet.usedRange();
      const bottom = used ? Math.max(used.bottom, table.range.bottom) : table.range.bottom;
      for (let r = row; r <= bottom; r++)
        for (let col = table.range.left; col <= table.range.right; col++)
          this.moveCell(sheet, r + 1, col, r, col);
      table.range.bottom -= 1;
    }
    this.noteChange(sheet, { top: row, left: table.range.left, bottom: row, right: table.range.right });
  }

  private moveCell(sheet: MemorySheet, fromRow: number, col: number, toRow: number, toCol: number): void {
    const cell = sheet.cells.get(`${fromRow},${col}`);
    if (cell) sheet.cells.set(`${toRow},${toCol}`, cell);
    else sheet.cells.delete(`${toRow},${toCol}`);
    sheet.cells.delete(`${fromRow},${col}`);
  }
}

interface PageSetup {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  titleRows?: { first: number; last: number };
  rowBreaks?: number[];
  footer?: { left?: string; center?: string; right?: string };
}

/** A sheet's setup before the add-in sets any: what the model holds, or Excel's portrait at 100 %. */
function pageSetupOf(print: MemorySheet['print']): PageSetup {
  if (!print) return { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } };
  return {
    orientation: print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    paperSize: print.paper,
    zoom: { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight },
    ...(print.titleRows ? { titleRows: { ...print.titleRows } } : {}),
    ...(print.rowBreaks ? { rowBreaks: [...print.rowBreaks] } : {}),
    ...(print.footer ? { footer: { ...print.footer } } : {}),
  };
}

function printOf(setup: PageSetup): MemorySheet['print'] {
  const { horizontalFitToPages: wide, verticalFitToPages: tall } = setup.zoom;
  if (setup.paperSize !== 'A4' || wide === undefined || tall === undefined) return null;
  return {
    paper: 'A4',
    orientation: setup.orientation === 'Landscape' ? 'landscape' : 'portrait',
    fitToWidth: wide,
    fitToHeight: tall,
    ...(setup.titleRows ? { titleRows: { ...setup.titleRows } } : {}),
    ...(setup.rowBreaks?.length ? { rowBreaks: [...setup.rowBreaks].sort((a, b) => a - b) } : {}),
    ...(setup.footer ? { footer: { ...setup.footer } } : {}),
  };
}

// ---- Proxies ------------------------------------------------------------------------------------

export class FakeContext {
  queue: Action[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }
  sync(): Promise<void> {
    return this.host.execute(this);
  }
}

abstract class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  /** Known after a sync that loaded or instantiated this object: it stands for nothing. */
  protected nullState: boolean | undefined = undefined;
  constructor(
    readonly context: FakeContext,
    readonly path: string,
  ) {}

  protected get host(): FakeExcelHost {
    return this.context.host;
  }

  protected read<T>(prop: string): T {
    if (this.nullState === true)
      throw new OfficeFakeError(
        'InvalidOperation',
        `'${prop}' of a null object (${this.path}): check isNullObject after the sync before reading`,
      );
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected enqueue(wire: Record<string, unknown>, run: () => unknown): void {
    this.context.queue.push({ wire: { path: this.path, ...wire }, run });
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.enqueue({ action: 'SetProperty', name: prop, value }, () => {
      apply();
      return undefined;
    });
  }

  protected call(method: string, args: unknown[], apply: () => unknown): void {
    this.enqueue({ action: 'Method', name: method, args }, () => {
      apply();
      return undefined;
    });
  }

  load(spec?: string | string[] | Record<string, unknown>): this {
    if (spec === undefined || (typeof spec === 'object' && !Array.isArray(spec)))
      throw new Error(
        'The fake supports load() with property names only (the adapter must say what it needs).',
      );
    const props = (Array.isArray(spec) ? spec : spec.split(',')).map((p) => p.trim()).filter(Boolean);
    this.enqueue({ action: 'Query', select: props }, () => {
      const data = this.capture(props);
      this.nullState = data === null;
      return data;
    });
    return this;
  }

  /** "Office automatically loads this property when context.sync is called" (*OrNullObject). */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** Reads props from the model into this proxy; returns the response data (null: a null object). */
  abstract capture(props: string[]): Record<string, unknown> | null;
}

/** Nested 'child/prop' paths go to child proxies. */
function splitProps(props: string[]): { own: string[]; nested: Map<string, string[]> } {
  const own: string[] = [];
  const nested = new Map<string, string[]>();
  for (const p of props) {
    const slash = p.indexOf('/');
    if (slash < 0) own.push(p);
    else {
      const head = p.slice(0, slash);
      nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
    }
  }
  return { own, nested };
}

class FakeApplication extends Proxy {
  constructor(context: FakeContext) {
    super(context, 'application');
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
  capture(): Record<string, unknown> {
    return {};
  }
}

class FakeWorkbook extends Proxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  constructor(context: FakeContext) {
    super(context, 'workbook');
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }
  get application(): FakeApplication {
    return this.context.application;
  }
  capture(): Record<string, unknown> {
    return {};
  }
}

export abstract class FakeCollection<T extends Proxy> extends Proxy {
  protected abstract list(): T[];
  get items(): T[] {
    return this.read<T[]>('items');
  }
  capture(props: string[]): Record<string, unknown> {
    const itemProps = props.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    if (itemProps.length === 0)
      throw new OfficeFakeError(
        'InvalidArgument',
        `Load collections through 'items/<property>' (${props.join(',')})`,
      );
    const items = this.list();
    this.loaded.set('items', items);
    return { items: items.map((item) => item.capture(itemProps)) };
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(context: FakeContext) {
    super(context, 'workbook.worksheets');
  }
  protected list(): FakeWorksheet[] {
    return this.host.workbook.sheets.map((s) => FakeWorksheet.of(this.context, s));
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, () =>
      this.host.sheetByKey(key),
    );
  }
  add(name: string): FakeWorksheet {
    let created: MemorySheet | null = null;
    const sheet = new FakeWorksheet(this.context, `${this.path}.add(${JSON.stringify(name)})`, () => {
      if (!created) throw new OfficeFakeError('ItemNotFound', `Worksheet ${name} was never added`);
      if (!this.host.workbook.sheets.includes(created))
        throw new OfficeFakeError('ItemNotFound', `Worksheet ${name} was deleted`);
      return created;
    });
    this.call('add', [name], () => {
      if (this.host.workbook.getSheet(name))
        throw new OfficeFakeError('ItemAlreadyExists', `A sheet named ${name} exists already`);
      created = this.host.workbook.addSheet('\u0000pending');
      try {
        this.host.renameSheet(created, name);
      } catch (error) {
        this.host.workbook.removeSheet(created.name);
        throw error;
      }
    });
    return sheet;
  }
}

export class FakeWorksheet extends Proxy {
  constructor(
    context: FakeContext,
    path: string,
    readonly resolve: () => MemorySheet,
  ) {
    super(context, path);
  }
  static of(context: FakeContext, sheet: MemorySheet): FakeWorksheet {
    const id = context.host.idOf(sheet);
    return new FakeWorksheet(context, `workbook.worksheets.getItem(${JSON.stringify(id)})`, () =>
      context.host.sheetByKey(id),
    );
  }
  capture(props: string[]): Record<string, unknown> {
    const sheet = this.resolve();
    const data: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'name') data.name = sheet.name;
      else if (p === 'id') data.id = this.host.idOf(sheet);
      else if (p === 'visibility') data.visibility = sheet.visibility;
      else if (p === 'position') data.position = this.host.workbook.sheets.indexOf(sheet);
      else throw new OfficeFakeError('InvalidArgument', `The fake does not load Worksheet.${p}`);
      this.loaded.set(p, data[p]);
    }
    return data;
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.set('name', value, () => this.host.renameSheet(this.resolve(), value));
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  /** Worksheet.position: "The zero-based position of the worksheet within the workbook." */
  set position(value: number) {
    this.set('position', value, () => {
      const sheets = this.host.workbook.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length)
        throw new OfficeFakeError('InvalidArgument', `Position ${value} is outside 0–${sheets.length - 1}`);
      const sheet = this.resolve();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  set tabColor(value: string) {
    this.set('tabColor', value, () => void (this.resolve().tabColor = value));
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${JSON.stringify(address)})`, () => ({
      sheet: this.resolve(),
      r: parseRange(address),
    }));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRangeByIndexes(${row},${column},${rows},${columns})`,
      () => ({
        sheet: this.resolve(),
        r: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 },
      }),
    );
  }
  activate(): void {
    this.call('activate', [], () => void (this.host.activeSheet = this.resolve().name));
  }
  delete(): void {
    this.call('delete', [], () => this.host.deleteSheet(this.resolve()));
  }
  get tables() {
    return {
      add: (address: string, hasHeaders: boolean): FakeTable => {
        let created: MemoryTable | null = null;
        const table = new FakeTable(
          this.context,
          `${this.path}.tables.add(${JSON.stringify(address)})`,
          () => {
            if (!created || !this.host.workbook.tables.includes(created))
              throw new OfficeFakeError('ItemNotFound', 'Table was never added');
            return created;
          },
        );
        this.call('tables.add', [address, hasHeaders], () => {
          if (!hasHeaders)
            throw new OfficeFakeError('InvalidArgument', 'The fake only adds tables with headers');
          created = this.host.addTable(this.resolve(), address);
        });
        return table;
      },
    };
  }
  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy: string): FakeChart => {
        let created: MemoryChart | null = null;
        const chart = new FakeChart(this.context, `${this.path}.charts.add()`, () => {
          if (!created) throw new OfficeFakeError('ItemNotFound', 'Chart was never added');
          return created;
        });
        this.call('charts.add', [type, source.path, seriesBy], () => {
          if (type !== 'ColumnClustered' || seriesBy !== 'Columns')
            throw new OfficeFakeError(
              'InvalidArgument',
              `The fake adds only clustered column charts by columns (${type}, ${seriesBy})`,
            );
          const sheet = this.resolve();
          const { r } = source.resolve();
          created = {
            type: 'columnClustered',
            title: '',
            sourceRange: rangeText(r),
            topLeft: '',
            bottomRight: '',
            name: `Chart ${sheet.charts.length + 1}`,
          };
          sheet.charts.push(created);
        });
        return chart;
      },
    };
  }
  get pageLayout() {
    // Invalid values fail the batch at the sync, as the host checks them, not when queued.
    const patch = (name: string, value: unknown, setup: () => Partial<PageSetup>) =>
      this.set(`pageLayout.${name}`, value, () => this.host.setPageLayout(this.resolve(), setup()));
    const invalid = (message: string) => new OfficeFakeError('InvalidArgument', message);
    const host = this.host;
    const sheet = () => this.resolve();
    const footer = (part: 'left' | 'center' | 'right', v: string) => () => {
      const current = host.pageLayoutOf(sheet());
      return { footer: { ...current.footer, [part]: v } };
    };
    return {
      set orientation(v: string) {
        patch('orientation', v, () => {
          if (v !== 'Portrait' && v !== 'Landscape')
            throw invalid(`Orientation is Portrait or Landscape (${v})`);
          return { orientation: v };
        });
      },
      set paperSize(v: string) {
        patch('paperSize', v, () => ({ paperSize: v }));
      },
      /** Only as a whole object: the fake has no zoom getter to set zoom.scale etc. on. */
      set zoom(v: PageSetup['zoom']) {
        patch('zoom', v, () => {
          if (typeof v !== 'object' || v === null) throw invalid('PageLayout.zoom is set as a JSON object');
          if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
            throw invalid(`zoom.scale is 10 to 400 (${v.scale})`);
          return { zoom: { ...v } };
        });
      },
      /** Whole rows as an address ("$1:$1", the documented form) or a range (PageLayout.setPrintTitleRows). */
      setPrintTitleRows: (rows: string | FakeRange) =>
        this.call('pageLayout.setPrintTitleRows', [typeof rows === 'string' ? rows : rows.path], () =>
          this.host.setPageLayout(this.resolve(), () => {
            const r = typeof rows === 'string' ? /^\$?(\d+):\$?(\d+)$/.exec(rows) : null;
            if (typeof rows !== 'string') {
              const { r: range } = rows.resolve();
              return { titleRows: { first: range.top, last: range.bottom } };
            }
            if (!r) throw invalid(`Print title rows are whole rows, e.g. "$1:$1" (${rows})`);
            return { titleRows: { first: Number(r[1]) - 1, last: Number(r[2]) - 1 } };
          }),
        ),
      /** Only the footers of defaultForAllPages (PageLayout.headersFooters, HeaderFooterGroup). */
      headersFooters: {
        defaultForAllPages: {
          set leftFooter(v: string) {
            patch('headersFooters.defaultForAllPages.leftFooter', v, footer('left', v));
          },
          set centerFooter(v: string) {
            patch('headersFooters.defaultForAllPages.centerFooter', v, footer('center', v));
          },
          set rightFooter(v: string) {
            patch('headersFooters.defaultForAllPages.rightFooter', v, footer('right', v));
          },
        },
      },
    };
  }
  /** Manual breaks above a range's first row (Worksheet.horizontalPageBreaks, ExcelApi 1.9). */
  get horizontalPageBreaks() {
    return {
      add: (range: string) =>
        this.call('horizontalPageBreaks.add', [range], () =>
          this.host.setPageLayout(this.resolve(), (current) => {
            const row = parseRange(range).top;
            const breaks = new Set(current.rowBreaks ?? []);
            breaks.add(row);
            return { rowBreaks: [...breaks] };
          }),
        ),
    };
  }
  get freezePanes() {
    return {
      freezeAt: (range: FakeRange) =>
        this.call('freezePanes.freezeAt', [range.path], () => {
          const { r } = range.resolve();
          this.resolve().freeze = { rows: r.bottom + 1, columns: r.right + 1 };
        }),
      freezeRows: (count: number) =>
        this.call(
          'freezePanes.freezeRows',
          [count],
          () => void (this.resolve().freeze = { rows: count, columns: 0 }),
        ),
      freezeColumns: (count: number) =>
        this.call(
          'freezePanes.freezeColumns',
          [count],
          () => void (this.resolve().freeze = { rows: 0, columns: count }),
        ),
    };
  }
}

function rangeText(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

class FakeChart extends Proxy {
  constructor(
    context: FakeContext,
    path: string,
    readonly resolve: () => MemoryChart,
  ) {
    super(context, path);
  }
  capture(): Record<string, unknown> {
    return {};
  }
  get title() {
    const setText = (value: string) =>
      this.set('title.text', value, () => void (this.resolve().title = value));
    const setSize = (value: number) => this.set('title.format.font.size', value, () => undefined);
    return {
      set text(value: string) {
        setText(value);
      },
      /** The title's own size is not part of the model (the summary leaves it at 14). */
      format: {
        font: {
          set size(value: number) {
            setSize(value);
          },
        },
      },
    };
  }
  /** ChartAreaFormat.font.size: the labels' size, held as MemoryChart.fontSize. */
  get format() {
    const setSize = (value: number) =>
      this.set('format.font.size', value, () => void (this.resolve().fontSize = value));
    return {
      font: {
        set size(value: number) {
          setSize(value);
        },
      },
    };
  }
  set name(value: string) {
    this.set('name', value, () => void (this.resolve().name = value));
  }
  setPosition(topLeft: string, bottomRight: string): void {
    this.call('setPosition', [topLeft, bottomRight], () => {
      const chart = this.resolve();
      chart.topLeft = topLeft;
      chart.bottomRight = bottomRight;
    });
  }
}

class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(context: FakeContext) {
    super(context, 'workbook.tables');
  }
  protected list(): FakeTable[] {
    return this.host.workbook.tables.map((t) => FakeTable.of(this.context, t));
  }
  /** The item at a 0-based index, as the list is when the request runs (ItemNotFound past its end). */
  getItemAt(index: number): FakeTable {
    return new FakeTable(this.context, `${this.path}.getItemAt(${index})`, () => {
      const table = this.host.workbook.tables[index];
      if (!table) throw new OfficeFakeError('ItemNotFound', `No table at ${index}`);
      return table;
    });
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, () =>
      this.host.tableByName(name),
    );
  }
  getItemOrNullObject(name: string): FakeTable {
    const table = new FakeTable(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this.host.workbook.getTable(name) ?? null,
    );
    table.instantiate();
    return table;
  }
  get onChanged() {
    return this.event('TableChanged');
  }
  get onAdded() {
    return this.event('TableAdded');
  }
  get onDeleted() {
    return this.event('TableDeleted');
  }
  private event(type: FiredEvent['type']) {
    return {
      add: (handler: Handler) => {
        const registration = { handler, type };
        this.call(`on${type}.add`, [], () => void this.host.handlers.add(registration));
        return {
          context: this.context,
          remove: () => this.call(`on${type}.remove`, [], () => void this.host.handlers.delete(registration)),
        };
      },
    };
  }
}

export class FakeTable extends Proxy {
  /** find gives null for a table that is not there (getItemOrNullObject); getItem's throws. */
  constructor(
    context: FakeContext,
    path: string,
    readonly find: () => MemoryTable | null,
  ) {
    super(context, path);
  }
  resolve(): MemoryTable {
    const table = this.find();
    if (!table)
      throw new OfficeFakeError('ItemNotFound', `The requested resource doesn't exist: ${this.path}`);
    return table;
  }
  /** The request resolves the object (so isNullObject is known after the sync). */
  instantiate(): void {
    this.enqueue({ action: 'Instantiate' }, () => {
      this.nullState = this.find() === null;
      return this.nullState ? null : { id: this.host.idOf(this.find()!) };
    });
  }
  static of(context: FakeContext, table: MemoryTable): FakeTable {
    return new FakeTable(context, `workbook.tables.getItem(${JSON.stringify(table.name)})`, () => {
      if (!context.host.workbook.tables.includes(table))
        throw new OfficeFakeError('ItemNotFound', `Table ${table.name} was deleted`);
      return table;
    });
  }
  private worksheetProxy: FakeWorksheet | null = null;
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.context, `${this.path}.worksheet`, () =>
      this.host.sheetByKey(this.resolve().sheet),
    );
    return this.worksheetProxy;
  }
  capture(props: string[]): Record<string, unknown> | null {
    const table = this.find();
    if (!table) return null;
    const { own, nested } = splitProps(props);
    const data: Record<string, unknown> = {};
    for (const p of own) {
      if (p === 'name') data.name = table.name;
      else if (p === 'id') data.id = this.host.idOf(table);
      else if (p === 'style') data.style = table.style;
      else throw new OfficeFakeError('InvalidArgument', `The fake does not load Table.${p}`);
      this.loaded.set(p, data[p]);
    }
    for (const [head, sub] of nested) {
      if (head !== 'worksheet')
        throw new OfficeFakeError('InvalidArgument', `The fake does not load Table.${head}`);
      data.worksheet = this.worksheet.capture(sub);
    }
    return data;
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.set('name', value, () => this.host.renameTable(this.resolve(), value));
  }
  get id(): string {
    return this.read('id');
  }
  set style(value: string) {
    this.set('style', value, () => void (this.resolve().style = value));
  }
  private part(name: string, pick: (r: CellRange) => CellRange): FakeRange {
    return new FakeRange(this.context, `${this.path}.${name}()`, () => {
      const table = this.find();
      if (!table) {
        if (this.host.nullObjectChildren === 'null') return null;
        throw new OfficeFakeError('ItemNotFound', `The requested resource doesn't exist: ${this.path}`);
      }
      return { sheet: this.host.sheetByKey(table.sheet), r: pick(table.range) };
    });
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (r) => ({ ...r, bottom: r.top }));
  }
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (r) => ({
      ...r,
      top: r.top + 1,
      bottom: Math.max(r.bottom, r.top + 1),
    }));
  }
  /** The whole table: header, data body and the total row when it shows one. */
  getRange(): FakeRange {
    return this.part('getRange', (r) => ({ ...r, bottom: r.bottom + (this.find()?.totalsRows ?? 0) }));
  }
  /**
   * Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and
   * the headers (or the top of the table) must be in the same row." No cells move.
   */
  resize(newRange: FakeRange | string): void {
    this.call('resize', [typeof newRange === 'string' ? newRange : newRange.path], () => {
      const table = this.resolve();
      const r =
        typeof newRange === 'string'
          ? parseRange(newRange.slice(newRange.lastIndexOf('!') + 1))
          : newRange.resolve().r;
      const t = table.range;
      if (r.top !== t.top || r.bottom <= r.top || r.right < t.left || r.left > t.right)
        throw new OfficeFakeError(
          'InvalidArgument',
          `Table ${table.name} cannot be resized to ${rangeText(r)}`,
        );
      this.host.resizeTable(table, r);
    });
  }
  /** Table.autoFilter (ExcelApi 1.9): whether a filter hides rows (FakeExcelHost.filter). */
  get autoFilter(): FakeAutoFilter {
    return new FakeAutoFilter(this.context, `${this.path}.autoFilter`, () => this.resolve());
  }
  /** TableColumnCollection: add at the end only (what the adapter's holds use). */
  get columns() {
    return {
      add: (index: number | null | undefined, values?: unknown[][] | null, name?: string | null) => {
        this.call('columns.add', [index ?? null, values ?? null, name ?? null], () => {
          if (name !== undefined && name !== null)
            this.host.requireApi('1.4', 'TableColumnCollection.add(name)');
          const table = this.resolve();
          const count = table.range.right - table.range.left + 1;
          if (index !== null && index !== undefined && index !== -1 && index !== count)
            throw new OfficeFakeError('InvalidArgument', 'The fake adds table columns at the end only');
          this.host.addTableColumn(table, values ?? null, name ?? null);
        });
      },
    };
  }
  get rows() {
    return {
      add: (index: number | null | undefined, values: unknown[][]) => {
        this.call('rows.add', [index ?? null, values], () => {
          if (index !== null && index !== undefined)
            throw new OfficeFakeError('InvalidArgument', 'The fake appends rows only');
          this.host.insertTableRows(this.resolve(), values);
        });
      },
      getItemAt: (index: number) => ({
        delete: () =>
          this.call('rows.getItemAt.delete', [index], () => this.host.deleteTableRow(this.resolve(), index)),
      }),
    };
  }
}

class FakeAutoFilter extends Proxy {
  constructor(
    context: FakeContext,
    path: string,
    private readonly table: () => MemoryTable,
  ) {
    super(context, path);
  }
  capture(props: string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'isDataFiltered') data.isDataFiltered = this.host.filtered.has(this.table());
      else throw new OfficeFakeError('InvalidArgument', `The fake does not load AutoFilter.${p}`);
      this.loaded.set(p, data[p]);
    }
    return data;
  }
  get isDataFiltered(): boolean {
    return this.read('isDataFiltered');
  }
}

type Located = { sheet: MemorySheet; r: CellRange };

export class FakeRange extends Proxy {
  /** locate gives null for a range of a null object. */
  constructor(
    context: FakeContext,
    path: string,
    readonly locate: () => Located | null,
  ) {
    super(context, path);
  }
  /** For writes and methods: the fake does not act on null objects. */
  resolve(): Located {
    const found = this.locate();
    if (!found)
      throw new OfficeFakeError('InvalidOperation', `The fake does not act on a null object (${this.path})`);
    return found;
  }
  private derived(name: string, f: (r: CellRange) => CellRange): FakeRange {
    return new FakeRange(this.context, `${this.path}.${name}`, () => {
      const base = this.locate();
      if (!base) return null;
      const { sheet, r } = base;
      const next = f(r);
      if (next.top < 0 || next.left < 0 || next.bottom < next.top || next.right < next.left)
        throw new OfficeFakeError('InvalidArgument', `Range ${name} is outside the sheet`);
      return { sheet, r: next };
    });
  }
  getRow(i: number): FakeRange {
    return this.derived(`getRow(${i})`, (r) => {
      if (i < 0 || r.top + i > r.bottom)
        throw new OfficeFakeError('InvalidArgument', `Row ${i} is outside the range`);
      return { ...r, top: r.top + i, bottom: r.top + i };
    });
  }
  /** The smallest range that contains both (Range.getBoundingRect); the client uses it to split large arrays. */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.context, `${this.path}.getBoundingRect(${other.path})`, () => {
      const a = this.locate();
      const b = other.locate();
      if (!a || !b) return null;
      if (lower(a.sheet.name) !== lower(b.sheet.name))
        throw new OfficeFakeError('InvalidArgument', 'getBoundingRect of ranges on two sheets');
      return {
        sheet: a.sheet,
        r: {
          top: Math.min(a.r.top, b.r.top),
          left: Math.min(a.r.left, b.r.left),
          bottom: Math.max(a.r.bottom, b.r.bottom),
          right: Math.max(a.r.right, b.r.right),
        },
      };
    });
  }
  /** count rows right under this range, over its columns (Range.getRowsBelow, ExcelApi 1.2). */
  getRowsBelow(count = 1): FakeRange {
    return this.derived(`getRowsBelow(${count})`, (r) => ({
      ...r,
      top: r.bottom + 1,
      bottom: r.bottom + count,
    }));
  }
  /** count columns right of this range, over its rows (Range.getColumnsAfter, ExcelApi 1.2). */
  getColumnsAfter(count = 1): FakeRange {
    return this.derived(`getColumnsAfter(${count})`, (r) => ({
      ...r,
      left: r.right + 1,
      right: r.right + count,
    }));
  }
  /** The whole columns of the range, rows 1 to 1 048 576 (Range.getEntireColumn). */
  getEntireColumn(): FakeRange {
    return this.derived('getEntireColumn()', (r) => ({ ...r, top: 0, bottom: SHEET_LAST_ROW }));
  }
  /**
   * The smallest range holding the used cells of this range, or a null object when it has none
   * (Range.getUsedRangeOrNullObject, ExcelApi 1.4). valuesOnly: "Considers only cells with values
   * as used cells"; otherwise a cell with only a format counts too.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const base = this.locate();
      if (!base) return null;
      const { sheet, r } = base;
      let used: CellRange | null = null;
      for (const [k, cell] of sheet.cells) {
        if (valuesOnly && cell.type === 'Empty' && !cell.formula) continue;
        const i = k.indexOf(',');
        const row = Number(k.slice(0, i));
        const col = Number(k.slice(i + 1));
        if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
        used = used
          ? {
              top: Math.min(used.top, row),
              left: Math.min(used.left, col),
              bottom: Math.max(used.bottom, row),
              right: Math.max(used.right, col),
            }
          : { top: row, left: col, bottom: row, right: col };
      }
      return used ? { sheet, r: used } : null;
    });
  }
  getLastRow(): FakeRange {
    return this.derived('getLastRow()', (r) => ({ ...r, top: r.bottom }));
  }
  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.derived(`getOffsetRange(${rows},${columns})`, (r) => ({
      top: r.top + rows,
      bottom: r.bottom + rows,
      left: r.left + columns,
      right: r.right + columns,
    }));
  }
  getResizedRange(rows: number, columns: number): FakeRange {
    return this.derived(`getResizedRange(${rows},${columns})`, (r) => ({
      ...r,
      bottom: r.bottom + rows,
      right: r.right + columns,
    }));
  }
  capture(props: string[]): Record<string, unknown> | null {
    const found = this.locate();
    if (!found) return null;
    const { sheet, r } = found;
    const grid = <T>(f: (row: number, col: number) => T): T[][] =>
      Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
        Array.from({ length: r.right - r.left + 1 }, (_, j) => f(r.top + i, r.left + j)),
      );
    const data: Record<string, unknown> = {};
    const tooMany = (r.bottom - r.top + 1) * (r.right - r.left + 1) > this.host.valuesCellLimit;
    for (const p of props) {
      if (tooMany && (p === 'values' || p === 'numberFormat' || p === 'formulas')) data[p] = null;
      else if (p === 'values') data.values = grid((row, col) => sheet.getCell(row, col).value);
      else if (p === 'formulas')
        data.formulas = grid((row, col) => sheet.getCell(row, col).formula ?? sheet.getCell(row, col).value);
      else if (p === 'numberFormat')
        data.numberFormat = grid((row, col) => sheet.getCell(row, col).numberFormat);
      else if (p === 'valueTypes') data.valueTypes = grid((row, col) => sheet.getCell(row, col).type);
      else if (p === 'text') data.text = grid((row, col) => shownText(this.host.workbook, sheet, row, col));
      else if (p === 'address') data.address = qualified(sheet.name, rangeText(r));
      else if (p === 'rowCount') data.rowCount = r.bottom - r.top + 1;
      else if (p === 'columnCount') data.columnCount = r.right - r.left + 1;
      else throw new OfficeFakeError('InvalidArgument', `The fake does not load Range.${p}`);
      this.loaded.set(p, data[p]);
    }
    return data;
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(value: unknown[][]) {
    this.set('values', value, () => {
      const { sheet, r } = this.resolve();
      this.host.writeEntries(sheet, r, value, 'values');
    });
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(value: unknown[][]) {
    this.set('formulas', value, () => {
      const { sheet, r } = this.resolve();
      this.host.writeEntries(sheet, r, value, 'formulas');
    });
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this.set('numberFormat', value, () => {
      const { sheet, r } = this.resolve();
      this.host.setNumberFormats(sheet, r, value);
    });
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  /** "across: Set true to merge cells in each row of the specified range as separate merged cells" (Range.merge). */
  merge(across = false): void {
    this.call('merge', [across], () => {
      const { sheet, r } = this.resolve();
      if (!across) sheet.merges.push(rangeText(r));
      else
        for (let row = r.top; row <= r.bottom; row++)
          sheet.merges.push(rangeText({ ...r, top: row, bottom: row }));
    });
  }
  select(): void {
    this.call('select', [], () => {
      const { sheet, r } = this.resolve();
      if (!this.host.activeSheet || lower(this.host.activeSheet) !== lower(sheet.name))
        throw new OfficeFakeError(
          'InvalidOperation',
          'Select a range on the active worksheet (activate it first).',
        );
      this.host.selection = { sheet: sheet.name, address: rangeText(r) };
    });
  }
  get dataValidation() {
    const setRule = (value: { list?: { source: string; inCellDropDown?: boolean } }) =>
      this.set('dataValidation.rule', value, () => {
        const { sheet, r } = this.resolve();
        if (!value.list)
          throw new OfficeFakeError('InvalidArgument', 'The fake supports list validation only');
        sheet.validations.push({ range: rangeText(r), list: value.list.source.split(',') });
      });
    return {
      set rule(value: { list?: { source: string; inCellDropDown?: boolean } }) {
        setRule(value);
      },
    };
  }
  get format() {
    const patch = (name: string, value: unknown, style: Partial<CellStyle>) =>
      this.set(`format.${name}`, value, () => {
        const { sheet, r } = this.resolve();
        this.host.styleCells(sheet, r, style);
      });
    const align = (v: string) => v.toLowerCase() as 'left' | 'center' | 'right';
    const valign = (v: string) => v.toLowerCase() as 'top' | 'center' | 'bottom';
    const setWidth = (points: number) =>
      this.set('format.columnWidth', points, () => {
        const { sheet, r } = this.resolve();
        const chars = Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
        for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, chars);
      });
    const setHeight = (points: number) =>
      this.set('format.rowHeight', points, () => {
        const { sheet, r } = this.resolve();
        this.host.setRowHeights(sheet, r, points);
      });
    const setWeight = (edge: string, v: string) => this.set(`borders.${edge}.weight`, v, () => undefined);
    return {
      font: {
        set bold(v: boolean) {
          patch('font.bold', v, { bold: v });
        },
        set italic(v: boolean) {
          patch('font.italic', v, { italic: v });
        },
        set size(v: number) {
          patch('font.size', v, { fontSize: v });
        },
        set color(v: string) {
          patch('font.color', v, { fontColor: v });
        },
      },
      fill: {
        set color(v: string) {
          patch('fill.color', v, { fill: v });
        },
      },
      set wrapText(v: boolean) {
        patch('wrapText', v, { wrap: v });
      },
      set horizontalAlignment(v: string) {
        patch('horizontalAlignment', v, { horizontal: align(v) });
      },
      set verticalAlignment(v: string) {
        patch('verticalAlignment', v, { vertical: valign(v) });
      },
      set columnWidth(points: number) {
        setWidth(points);
      },
      set rowHeight(points: number) {
        setHeight(points);
      },
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            if (edge !== 'EdgeBottom' && edge !== 'EdgeTop')
              throw new OfficeFakeError(
                'InvalidArgument',
                `The fake draws only top and bottom edges (${edge})`,
              );
            patch(
              `borders.${edge}.style`,
              v,
              edge === 'EdgeBottom' ? { borderBottom: v !== 'None' } : { borderTop: v !== 'None' },
            );
          },
          set weight(v: string) {
            setWeight(edge, v);
          },
        }),
      },
    };
  }
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(context: FakeContext) {
    super(context, 'workbook.names');
  }
  protected list(): FakeNamedItem[] {
    return [...this.host.workbook.names.keys()].map(
      (name) => new FakeNamedItem(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, name),
    );
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, name);
  }
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.call('add', [name, typeof reference === 'string' ? reference : reference.path], () => {
      const names = this.host.workbook.names;
      if ([...names.keys()].some((k) => lower(k) === lower(name)) || this.host.workbook.getTable(name))
        throw new OfficeFakeError('ItemAlreadyExists', `The name ${name} already exists`);
      if (typeof reference === 'string')
        names.set(name, reference.startsWith('=') ? reference : `=${reference}`);
      else {
        const { sheet, r } = reference.resolve();
        const abs = rangeText(r).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
        names.set(name, `=${qualified(sheet.name, abs)}`);
      }
    });
    return this.getItem(name);
  }
}

class FakeNamedItem extends Proxy {
  constructor(
    context: FakeContext,
    path: string,
    private readonly key: string,
  ) {
    super(context, path);
  }
  private actual(): string {
    const found = [...this.host.workbook.names.keys()].find((k) => lower(k) === lower(this.key));
    if (!found) throw new OfficeFakeError('ItemNotFound', `The name ${this.key} doesn't exist`);
    return found;
  }
  capture(props: string[]): Record<string, unknown> {
    const name = this.actual();
    const data: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'name') data.name = name;
      else if (p === 'formula') data.formula = this.host.workbook.names.get(name);
      else throw new OfficeFakeError('InvalidArgument', `The fake does not load NamedItem.${p}`);
      this.loaded.set(p, data[p]);
    }
    return data;
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  delete(): void {
    this.call('delete', [], () => void this.host.workbook.names.delete(this.actual()));
  }
}

function blankColumn(rows: number): string[][] {
  return Array.from({ length: rows }, () => ['']);
}

// ---- Requirement sets, checked on access as the client checks them ------------------------------

type Guarded = { prototype: object };

/** Each fake class and the client's class whose members it offers. */
export const FAKE_CLASSES: ReadonlyArray<[Guarded, string]> = [
  [FakeApplication, 'Application'],
  [FakeWorkbook, 'Workbook'],
  [FakeWorksheetCollection, 'WorksheetCollection'],
  [FakeWorksheet, 'Worksheet'],
  [FakeChart, 'Chart'],
  [FakeTableCollection, 'TableCollection'],
  [FakeTable, 'Table'],
  [FakeAutoFilter, 'AutoFilter'],
  [FakeRange, 'Range'],
  [FakeNamedItemCollection, 'NamedItemCollection'],
  [FakeNamedItem, 'NamedItem'],
];

/** The fake's members of a class, its own and inherited (getters, setters and methods), without the constructor. */
export function fakeMembers(fake: Guarded): Map<string, PropertyDescriptor> {
  const members = new Map<string, PropertyDescriptor>();
  for (let proto = fake.prototype; proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object)
    for (const name of Object.getOwnPropertyNames(proto))
      if (name !== 'constructor' && !members.has(name))
        members.set(name, Object.getOwnPropertyDescriptor(proto, name)!);
  return members;
}

function guardRequirementSets(classes: ReadonlyArray<[Guarded, string]>, sets: Map<string, string>): void {
  for (const [fake, client] of classes)
    for (const [name, d] of fakeMembers(fake)) {
      const version = sets.get(`${client}.${name}`);
      if (!version) continue;
      // A step of its own where the member is touched, failing at sync on a host without the set.
      const check = (self: unknown) => {
        const proxy = self as Proxy;
        if (!proxy.context.host.supports(version))
          proxy.context.queue.push({
            wire: { path: proxy.path, action: 'Member', name },
            run: () => proxy.context.host.requireApi(version, `${client}.${name}`),
          });
      };
      Object.defineProperty(
        fake.prototype,
        name,
        d.get || d.set
          ? {
              configurable: true,
              get: d.get
                ? function (this: unknown) {
                    check(this);
                    return d.get!.call(this) as unknown;
                  }
                : undefined,
              set: d.set
                ? function (this: unknown, value: unknown) {
                    check(this);
                    d.set!.call(this, value);
                  }
                : undefined,
            }
          : {
              configurable: true,
              writable: true,
              value: function (this: unknown, ...args: unknown[]) {
                check(this);
                return (d.value as (...a: unknown[]) => unknown).apply(this, args);
              },
            },
      );
    }
}

guardRequirementSets(FAKE_CLASSES, clientApiSets());
