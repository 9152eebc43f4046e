// The Office.js test bench: an Excel object-model fake over a MemoryWorkbook.
import type { MemoryWorkbook } from '../../../src/adapters/memory/memory-workbook';
import { FakeExcelHost, type FakeOptions } from './fake-excel';

export { FakeExcelHost, OfficeFakeError, PAYLOAD_LIMIT_BYTES } from './fake-excel';
export type { FakeOptions, FiredEvent, InjectedFailure, SyncRecord } from './fake-excel';
export { entryFor } from './entry';

/** Installs the fake as globalThis.Excel / globalThis.Office for the duration of a test. */
export function installOfficeFake(
  workbook: MemoryWorkbook,
  options: FakeOptions = {},
): { host: FakeExcelHost; uninstall: () => void } {
  const host = new FakeExcelHost(workbook, options);
  const uninstall = host.install();
  return { host, uninstall };
}
