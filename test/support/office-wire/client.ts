// Microsoft's own Office.js client for Excel, as shipped in @microsoft/office-js, loaded into a
// jsdom window. Its request context, proxy objects, load/sync rules, property setters, requirement
// checks and request serialisation are then the real ones; only the transport at the bottom
// (OSF.DDA.RichApi.executeRichApiRequestAsync, which Office's host bridge provides in Excel) is
// ours. See wire-host.ts for the host that answers it.
import * as fs from 'node:fs';
import { JSDOM } from 'jsdom';

export const CLIENT_FILE = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');

/** The request as the client hands it over: [customData, method, path, headers, body, …, flags, …]. */
export type RichApiMessage = unknown[];
export interface RichApiResult {
  status: 'succeeded' | 'failed';
  value?: { data: [number, string[], string] };
  error?: { code: number; message: string };
}
export type Transport = (message: RichApiMessage, callback: (result: RichApiResult) => void) => void;

export interface ClientWindow {
  Excel: typeof Excel;
  Office: Record<string, unknown>;
  OfficeExtension: typeof OfficeExtension;
  OSF: { DDA: { RichApi: { executeRichApiRequestAsync: Transport } } };
}

let source: string | null = null;

/** A fresh window with the client in it (about 150 ms; the file is read once per test process). */
export function loadClient(): ClientWindow {
  source ??= fs.readFileSync(CLIENT_FILE, 'utf8');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/',
  });
  const window = dom.window as unknown as { eval(code: string): unknown } & ClientWindow;
  window.eval(source);
  return window;
}
