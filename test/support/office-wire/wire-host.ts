// A simulated Excel host on the far side of Microsoft's Office.js client (client.ts). It receives
// the client's real request messages — the JSON body with ObjectPaths and Actions that Excel's
// ProcessQuery endpoint gets — and answers them from a MemoryWorkbook in the format the client
// parses: { Results: [{ ActionId, Value }], Error?: { Code, Message, HttpStatusCode, ActionIndex } }
// (ClientRequestContext.processRequestExecutorResponseMessage in excel-web-16.00.debug.js).
//
// What the workbook does with each step is the object-model fake's (test/support/office-fake): the
// host replays every request onto a FakeContext and syncs it once, so the rules of the model
// (entry of text and formulas, tables, merges, ownership, failures) live in one place. What the
// client decides — which properties exist, what may be read before load + sync, which requirement
// set a member needs, how arrays over 1 500 cells are split, how big a request is — is Microsoft's.
//
// Sizes are the client's: requestBytes is the UTF-8 length of the JSON body it serialised, and a
// request or response over 5 MB fails as on Excel on the web with the Office.js error codes the
// client turns into RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded ("Excel
// data transfer limits": "Excel on the web has a payload size limit for requests and responses of
// 5MB"; RichApiMessageUtility.buildResponseOnError maps codes 5103 and 5104).
import type { MemoryWorkbook } from '../../../src/adapters/memory/memory-workbook';
import { FakeContext, FakeExcelHost, OfficeFakeError, PAYLOAD_LIMIT_BYTES } from '../office-fake/fake-excel';
import type { FakeOptions } from '../office-fake/fake-excel';
import { FakeCollection, FakeRange, FakeTable, FakeWorksheet } from '../office-fake/fake-excel';
import type { ClientWindow, RichApiMessage, RichApiResult } from './client';
import { loadClient } from './client';

interface WirePath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null };
}

/** Object path types and action types of the wire format (ObjectPathFactory, ActionFactory). */
const PATH = { root: 1, method: 3, property: 4, indexer: 5, nullObject: 7 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
/** Office.js error codes of the host bridge (RichApiMessageUtility.OfficeJsErrorCode_*). */
const OOE_REQUEST_TOO_LARGE = 5103;
const OOE_RESPONSE_TOO_LARGE = 5104;
/** Request flag the client sets for Excel.run({ delayForCellEdit: true }) (onBeforeExcelRun). */
export const FLAG_DELAY_FOR_CELL_EDIT = 64;

export interface WireRecord {
  /** 1-based over the host's life. */
  index: number;
  /** UTF-8 bytes of the JSON body the client serialised. */
  requestBytes: number;
  /** UTF-8 bytes of the whole message (body, headers and the envelope's other fields). */
  messageBytes: number;
  responseBytes: number;
  /** Actions in the request, and how many of them change the workbook (method calls, property sets). */
  actions: number;
  effects: number;
  flags: number;
  /** Each step that changes the workbook, as stepName writes it, in order. */
  actionNames: string[];
  failed: boolean;
  errorCode: string | null;
}

export interface WireFailure {
  /** 1-based request number. */
  sync: number;
  /** How many of its steps that change the workbook (see isEffect) run before it fails (default 0). */
  appliedActions?: number;
  code?: string;
}

export interface WireOptions extends FakeOptions {
  /** Simulate transport loss: the request never reaches the host (the callback reports failure). */
  lose?: (record: WireRecord) => boolean;
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Response values as Excel sends them: PascalCase members, collections' items under _Items. */
function toWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toWire);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k === 'items' ? '_Items' : pascal(k)] = toWire(v);
  return out;
}

type Any = Record<string, unknown> & ((...args: unknown[]) => unknown);

export class WireHost {
  readonly model: FakeExcelHost;
  readonly requests: WireRecord[] = [];
  readonly window: ClientWindow;
  payloadLimitBytes: number;
  private failures: WireFailure[] = [];
  private readonly lose: WireOptions['lose'];

  constructor(
    readonly workbook: MemoryWorkbook,
    options: WireOptions = {},
  ) {
    // The model checks nothing about sizes itself: those are measured here, on the real request.
    this.model = new FakeExcelHost(workbook, { ...options, payloadLimitBytes: Number.POSITIVE_INFINITY });
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.lose = options.lose;
    this.window = loadClient();
    this.window.OSF.DDA.RichApi.executeRichApiRequestAsync = (message, callback) =>
      void this.handle(message).then(callback);
  }

  /** The same names as the object-model fake's, so that a test reads alike on either. */
  get syncs(): WireRecord[] {
    return this.requests;
  }
  get syncCount(): number {
    return this.requests.length;
  }
  get selection(): FakeExcelHost['selection'] {
    return this.model.selection;
  }
  get activeSheet(): string | null {
    return this.model.activeSheet;
  }
  get apiVersion(): string {
    return this.model.apiVersion;
  }
  set apiVersion(version: string) {
    this.model.apiVersion = version;
  }

  failAt(failure: WireFailure): void {
    this.failures.push(failure);
  }

  /**
   * Installs the real client's Excel as globalThis.Excel and the fake's Office (document settings,
   * requirements) as globalThis.Office and as the client window's Office, so that the client's own
   * requirement checks ask the same host. Returns the uninstaller.
   */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const previous = { Excel: g.Excel, OfficeExtension: g.OfficeExtension };
    const restoreFake = this.model.install();
    const office = g.Office as { context: unknown };
    // Office.context is a getter over OSF._OfficeAppFactory.getContext(), which Office's loader sets.
    (this.window as unknown as { OSF: Record<string, unknown> }).OSF._OfficeAppFactory = {
      getContext: () => office.context,
    };
    g.Excel = this.window.Excel;
    g.OfficeExtension = this.window.OfficeExtension;
    return () => {
      restoreFake();
      g.Excel = previous.Excel;
      g.OfficeExtension = previous.OfficeExtension;
    };
  }

  private async handle(message: RichApiMessage): Promise<RichApiResult> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const body = String(message[4]);
    const request = JSON.parse(body) as { Actions: WireAction[]; ObjectPaths: Record<string, WirePath> };
    const effects = request.Actions.filter((a) => isEffect(a, request.ObjectPaths));
    const record: WireRecord = {
      index: this.requests.length + 1,
      requestBytes: Buffer.byteLength(body, 'utf8'),
      messageBytes: Buffer.byteLength(JSON.stringify(message), 'utf8'),
      responseBytes: 0,
      actions: request.Actions.length,
      effects: effects.length,
      flags: Number(message[6]),
      actionNames: effects.map((a) => stepName(a, request.ObjectPaths)),
      failed: false,
      errorCode: null,
    };
    this.requests.push(record);
    const fail = (code: number, name: string, text: string): RichApiResult => {
      record.failed = true;
      record.errorCode = name;
      return { status: 'failed', error: { code, message: text } };
    };
    if (this.lose?.(record)) return fail(5001, 'GeneralException', 'The connection to Excel was lost.');
    // Microsoft does not say whether the limit is on the body or on the message it travels in (the
    // body's JSON text escaped once more); the host takes the larger.
    if (record.messageBytes > this.payloadLimitBytes)
      return fail(
        OOE_REQUEST_TOO_LARGE,
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${record.messageBytes} bytes) has exceeded the limit.`,
      );

    const { results, error } = await this.run(request, record);
    const response: Record<string, unknown> = { Results: results };
    if (error) {
      record.failed = true;
      record.errorCode = String(error.Code);
      response.Error = error;
    }
    const text = JSON.stringify(response);
    record.responseBytes = Buffer.byteLength(text, 'utf8');
    if (record.responseBytes > this.payloadLimitBytes)
      return fail(
        OOE_RESPONSE_TOO_LARGE,
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
      );
    return { status: 'succeeded', value: { data: [200, [], text] } };
  }

  /** Replays the request's actions, in order, on one FakeContext and syncs it once. */
  private async run(
    request: { Actions: WireAction[]; ObjectPaths: Record<string, WirePath> },
    record: WireRecord,
  ): Promise<{
    results: Array<{ ActionId: number; Value: unknown }>;
    error: Record<string, unknown> | null;
  }> {
    const context = new FakeContext(this.model);
    const objects = new Map<number, unknown>();
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    let ran = 0;
    const push = (run: () => unknown) => context.queue.push({ wire: {}, run });

    const args = (info: WirePath['ArgumentInfo']): unknown[] =>
      (info?.Arguments ?? []).map((a, i) =>
        (info?.ReferencedObjectPathIds?.[i] ?? 0) > 0 ? resolve(a as number) : a,
      );
    const member = (target: unknown, name: string): Any => {
      const value = (target as Record<string, unknown> | null)?.[camel(name)];
      if (value === undefined)
        throw new OfficeFakeError('FakeHostGap', `The simulated host has no ${name} on ${describe(target)}`);
      return value as Any;
    };
    const resolve = (id: number): unknown => {
      if (objects.has(id)) return objects.get(id);
      const path = request.ObjectPaths[String(id)];
      if (!path) throw new OfficeFakeError('InvalidObjectPath', `No object path ${id}`);
      let value: unknown;
      const parent = () => resolve(path.ParentObjectPathId!);
      switch (path.ObjectPathType) {
        case PATH.root:
          value = context.workbook;
          break;
        case PATH.property:
          value = member(parent(), path.Name);
          break;
        case PATH.method: {
          const target = parent();
          value = (member(target, path.Name) as Any).apply(target, args(path.ArgumentInfo));
          break;
        }
        case PATH.indexer: {
          const target = parent();
          value = (member(target, 'GetItem') as Any).apply(target, args(path.ArgumentInfo));
          break;
        }
        case PATH.nullObject:
          value = null;
          break;
        default:
          throw new OfficeFakeError('FakeHostGap', `Object path type ${path.ObjectPathType} (${path.Name})`);
      }
      objects.set(id, value);
      return value;
    };

    const injected = this.failures.find((f) => f.sync === record.index);
    let effectsQueued = 0;
    let buildError: unknown = null;
    for (const action of request.Actions) {
      try {
        const effect = isEffect(action, request.ObjectPaths);
        if (effect && injected && effectsQueued === (injected.appliedActions ?? 0)) {
          push(() => {
            throw new OfficeFakeError(
              injected.code ?? 'GeneralException',
              `Injected failure in request ${record.index} after ${effectsQueued} steps`,
            );
          });
        }
        if (effect) effectsQueued++;
        const target = resolve(action.ObjectPathId);
        switch (action.ActionType) {
          case ACTION.instantiate:
            push(() => probe(target));
            break;
          case ACTION.query: {
            const select = action.QueryInfo?.Select ?? [];
            if (target instanceof FakeCollection) {
              const props = select.map((s) => `items/${s}`);
              push(() => toWire(target.capture(props)));
            } else push(() => toWire((target as FakeRange).capture(select)));
            break;
          }
          case ACTION.method:
            if (!action.Name.startsWith('_'))
              (member(target, action.Name) as Any).apply(target, args(action.ArgumentInfo));
            push(() => null);
            break;
          case ACTION.setProperty:
            (target as Record<string, unknown>)[camel(action.Name)] = args(action.ArgumentInfo)[0];
            // A property set has no result to send back.
            push(() => undefined);
            break;
          case ACTION.trace:
            push(() => undefined);
            break;
          default:
            throw new OfficeFakeError('FakeHostGap', `Action type ${action.ActionType} (${action.Name})`);
        }
        // Records the result once the steps queued for this action have run.
        const last = context.queue[context.queue.length - 1]!;
        const run = last.run;
        last.run = () => {
          const value = run();
          if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
          ran++;
          return value;
        };
      } catch (error) {
        buildError = error;
        break;
      }
    }
    // A request with fewer steps than the failure's count (a read has none) fails at its end.
    if (injected && !buildError && effectsQueued <= (injected.appliedActions ?? 0))
      push(() => {
        throw new OfficeFakeError(
          injected.code ?? 'GeneralException',
          `Injected failure in request ${record.index} after ${effectsQueued} steps`,
        );
      });
    let error: unknown = buildError;
    try {
      await context.sync();
    } catch (e) {
      error = e;
    }
    if (!error) return { results, error: null };
    const code = (error as { code?: string }).code ?? 'GeneralException';
    return {
      results,
      error: {
        Code: code,
        Message: String((error as Error).message ?? error),
        HttpStatusCode: code === 'ItemNotFound' ? 404 : code === 'GeneralException' ? 500 : 400,
        ActionIndex: Math.min(ran, request.Actions.length - 1),
        Location: '',
      },
    };
  }
}

/**
 * Steps that change the workbook: property sets, method calls, and the instantiation of a path
 * that adds something (Worksheets.Add, Tables.Add, Names.Add, Rows.Add, Charts.Add run when Excel
 * instantiates the path). The client's own bookkeeping (_KeepReference, _ValidateArraySize) is not.
 */
function isEffect(action: WireAction, paths: Record<string, WirePath>): boolean {
  if (action.ActionType === ACTION.setProperty) return true;
  if (action.ActionType === ACTION.method) return !action.Name.startsWith('_');
  if (action.ActionType !== ACTION.instantiate) return false;
  const path = paths[String(action.ObjectPathId)];
  return path?.ObjectPathType === PATH.method && path.Name === 'Add';
}

/** 'Worksheets["S"].GetRange("A1:B2").Format.Font Bold', for tests that look at what was sent. */
export function stepName(action: WireAction, paths: Record<string, WirePath>): string {
  const text = (id: number | undefined): string => {
    const p = id === undefined ? undefined : paths[String(id)];
    if (!p || p.ObjectPathType === PATH.root) return '';
    const head = text(p.ParentObjectPathId);
    const shown = (p.ArgumentInfo?.Arguments ?? []).map((a) => {
      const json = JSON.stringify(a) ?? 'undefined';
      return json.length > 40 ? '…' : json;
    });
    const own =
      p.ObjectPathType === PATH.indexer
        ? `[${shown.join(',')}]`
        : p.ObjectPathType === PATH.method
          ? `${p.Name}(${shown.join(',')})`
          : p.Name;
    return head && p.ObjectPathType !== PATH.indexer ? `${head}.${own}` : `${head}${own}`;
  };
  const path = text(action.ObjectPathId);
  return action.ActionType === ACTION.instantiate ? path : `${path} ${action.Name}`;
}

/** An instantiated path's result: null for a null object, {} for an object that exists. */
function probe(target: unknown): unknown {
  if (target === null) return null;
  if (target instanceof FakeTable) return target.find() === null ? null : {};
  if (target instanceof FakeRange) return target.locate() === null ? null : {};
  if (target instanceof FakeWorksheet) target.resolve();
  return {};
}

function describe(target: unknown): string {
  if (target === null) return 'a null object';
  const path = (target as { path?: string }).path;
  return path ?? (target as object).constructor?.name ?? typeof target;
}

/** Installs a wire host for a test; the returned uninstaller restores the globals. */
export function installOfficeWire(
  workbook: MemoryWorkbook,
  options: WireOptions = {},
): { host: WireHost; uninstall: () => void } {
  const host = new WireHost(workbook, options);
  return { host, uninstall: host.install() };
}
