// Which sheets Insatsbudget wrote. The mark is a workbook-level defined name per sheet kind that
// refers to the sheet's A1: Excel keeps it through renames, saving, reopening and sharing (xlsx
// stores it in workbook.xml), and a user's own sheet of the same name never has it.
import type { MemoryWorkbook } from './memory-workbook';
import type { SheetPlan } from '../../workbook/sheet-plan';
import { qualified } from '../../workbook/snapshot';
import { excelNameKey } from '../../workbook/names';

export const OWNERSHIP_NAMES: Record<Exclude<SheetPlan['kind'], 'inputs'>, string> = {
  summary: 'Insatsbudget_Beslutsunderlag',
  periodisation: 'Insatsbudget_Periodisering',
};

/**
 * Marks a sheet the Excel writer is still writing: a defined name per new sheet, from its first
 * request until the commit. A sheet left with it (a write whose clean-up failed too: network loss,
 * a closed tab) is half-written and the add-in's, so the next write removes it and no read takes
 * its tables for input.
 */
export const PENDING_MARK_PREFIX = 'Insatsbudget_Pending';

/** The sheet a name refers to, from '=Beslutsunderlag!$A$1' or "='Mitt blad'!$A$1". */
export function sheetOfReference(reference: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!']+))!/.exec(reference.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

export function ownershipReference(sheetName: string): string {
  return `=${qualified(sheetName, '$A$1')}`;
}

export function ownedSheetOfKind(
  workbook: MemoryWorkbook,
  kind: keyof typeof OWNERSHIP_NAMES,
): string | null {
  const ref = workbook.names.get(OWNERSHIP_NAMES[kind]);
  if (!ref) return null;
  const name = sheetOfReference(ref);
  return name && workbook.getSheet(name) ? workbook.getSheet(name)!.name : null;
}

export function isOwnedSheet(workbook: MemoryWorkbook, sheetName: string): boolean {
  const wanted = excelNameKey(sheetName);
  return (Object.keys(OWNERSHIP_NAMES) as Array<keyof typeof OWNERSHIP_NAMES>).some(
    (kind) => excelNameKey(ownedSheetOfKind(workbook, kind) ?? '') === wanted,
  );
}
