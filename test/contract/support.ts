// Builds workbooks from plans and reads them back, as the adapters do.
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { examplePlans, inputPlans, type InputRows } from '../../src/contract/template';
import { readWorkbook } from '../../src/contract/read/read-workbook';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import type { Issue } from '../../src/issues/types';
import type { CellValue } from '../../src/workbook/snapshot';
import { parseRange } from '../../src/adapters/memory/memory-workbook';

export function workbookOf(plans: SheetPlan[]): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  writePlans(wb, plans);
  return wb;
}

export const exampleWorkbook = (): MemoryWorkbook => workbookOf(examplePlans());
export const workbookFromRows = (rows: InputRows): MemoryWorkbook => workbookOf(inputPlans(rows));
export const read = (wb: MemoryWorkbook) => readWorkbook(readSnapshot(wb));

/** Sets a cell by its qualified address, e.g. 'Bemanning!C3', as a user would type it. */
export function setCell(wb: MemoryWorkbook, address: string, value: CellValue, numberFormat?: string): void {
  const [sheetName, a1] = address.split('!') as [string, string];
  const sheet = wb.getSheet(sheetName.replace(/^'|'$/g, ''));
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const { top, left } = parseRange(a1);
  sheet.setCell(top, left, { value, ...(numberFormat ? { numberFormat } : {}) });
}

export function setError(wb: MemoryWorkbook, address: string, errorText: string): void {
  setCell(wb, address, errorText);
  const [sheetName, a1] = address.split('!') as [string, string];
  const { top, left } = parseRange(a1);
  wb.getSheet(sheetName)!.setCell(top, left, { type: 'Error' });
}

/** A compact view of issues for exact assertions. */
export const brief = (issues: readonly Issue[]) =>
  issues.map((i) => ({ severity: i.severity, code: i.code, cell: i.cell }));
