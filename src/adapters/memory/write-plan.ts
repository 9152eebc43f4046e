// Renders sheet plans into a MemoryWorkbook, all or nothing: the work is done on a draft that
// replaces the original only when every step succeeded. Writing plans only adds sheets, removes the
// add-in's replaced ones and renames the new ones, never changes an existing sheet, so the draft
// shares the existing sheets instead of copying every cell of a large workbook.
import { copyPrint, MemoryWorkbook, parseRange } from './memory-workbook';
import type { PlanCell, SheetPlan } from '../../workbook/sheet-plan';
import { MAX_ROW_HEIGHT_POINTS } from '../../workbook/sheet-plan';
import type { WrittenSheet } from '../../workbook/port';
import { isoToSerial } from '../../workbook/excel-dates';
import { placeSheet, finalName } from '../../workbook/placement';
import { OWNERSHIP_NAMES, ownedSheetOfKind, ownershipReference } from './ownership';
import { sheetInfos } from './read-snapshot';

export function writePlans(workbook: MemoryWorkbook, plans: readonly SheetPlan[]): WrittenSheet[] {
  const draft = workbook.clone({ shareSheets: true });
  const written: WrittenSheet[] = [];
  for (const plan of plans) written.push(writeOne(draft, plan));
  // Commit: the draft's state becomes the workbook's.
  workbook.sheets = draft.sheets;
  workbook.tables = draft.tables;
  workbook.names.clear();
  for (const [k, v] of draft.names) workbook.names.set(k, v);
  workbook.activeSheet = draft.activeSheet;
  return written;
}

function writeOne(wb: MemoryWorkbook, plan: SheetPlan): WrittenSheet {
  const kind = plan.kind;
  const previous = kind === 'inputs' ? null : ownedSheetOfKind(wb, kind);
  const placement = placeSheet(plan.name, sheetInfos(wb), previous);
  const sheet = wb.addSheet(placement.name);
  renderInto(wb, sheet.name, plan);
  if (plan.activate) wb.activeSheet = sheet.name;
  if (kind === 'inputs') return { kind, name: sheet.name };
  if (placement.replaces) {
    // The new sheet takes the old one's place among the tabs, as in Excel (Worksheet.position).
    const at = wb.sheets.findIndex((s) => s === wb.getSheet(placement.replaces!));
    wb.removeSheet(placement.replaces);
    wb.sheets = wb.sheets.filter((s) => s !== sheet);
    wb.sheets.splice(at, 0, sheet);
  }
  const name = finalName(placement, plan.name, sheetInfos(wb));
  if (name !== sheet.name) wb.renameSheet(sheet.name, name);
  wb.names.set(OWNERSHIP_NAMES[kind], ownershipReference(name));
  if (plan.activate) wb.activeSheet = name;
  return { kind, name };
}

/** Writes a plan's cells, tables and layout into an existing (empty) sheet. */
export function renderInto(wb: MemoryWorkbook, sheetName: string, plan: SheetPlan): void {
  const sheet = wb.getSheet(sheetName)!;
  // Whole cells (value, type, format, style), made when someone asks for them (MemorySheet.cells).
  const date1904 = wb.date1904;
  sheet.setPlanned({ blocks: plan.blocks, cell: (cell) => toMemoryCell(cell, date1904) });
  sheet.merges.push(...plan.merges);
  for (const { column, width } of plan.columnWidths) sheet.columnWidths.set(column, width);
  for (const t of plan.tables)
    wb.addTable({
      name: uniqueTableName(wb, t.name),
      sheet: sheet.name,
      range: parseRange(t.range),
      style: t.style,
    });
  plan.charts.forEach((chart, i) => sheet.charts.push({ ...chart, name: `Diagram ${i + 1}` }));
  sheet.validations.push(...(plan.validations ?? []).map((v) => ({ range: v.range, list: [...v.list] })));
  sheet.freeze = plan.freeze ?? null;
  sheet.tabColor = plan.tabColor ?? null;
  for (const { row, height } of plan.rowHeights ?? [])
    sheet.rowHeights.set(row, Math.min(height, MAX_ROW_HEIGHT_POINTS));
  sheet.print = plan.print ? copyPrint(plan.print) : null;
}

/** Table names are workbook-wide; a second summary sheet's table gets a suffix. */
function uniqueTableName(wb: MemoryWorkbook, name: string): string {
  let candidate = name;
  for (let n = 2; wb.getTable(candidate); n++) candidate = `${name}${n}`;
  return candidate;
}

/** A date is a serial in the workbook's date system (1904: 1 462 days fewer). */
function toMemoryCell(cell: Exclude<PlanCell, null>, date1904: boolean) {
  switch (cell.kind) {
    case 'text':
      // Text is stored as text, whatever its first character: it never becomes a formula.
      return {
        value: cell.text,
        formula: null,
        numberFormat: '@',
        type: cell.text === '' ? ('Empty' as const) : ('String' as const),
        style: cell.style,
      };
    case 'number':
      return {
        value: cell.value,
        formula: null,
        numberFormat: cell.format,
        type: 'Double' as const,
        style: cell.style,
      };
    case 'date':
      return {
        value: isoToSerial(cell.iso, date1904),
        formula: null,
        numberFormat: cell.format,
        type: 'Double' as const,
        style: cell.style,
      };
    case 'formula':
      return {
        value: cell.expected,
        formula: cell.formula,
        numberFormat: cell.format,
        type: 'Double' as const,
        style: cell.style,
      };
  }
}
