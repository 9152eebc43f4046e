// Turns a sheet plan into a flat list of range-level write commands and packs them into request
// batches under Excel on the web's payload limit. Pure: the Office.js executor only replays the
// commands, one Office call (or a few) per command, never per cell.
import type { CellStyle, PlanCell, PlanChart, SheetPlan } from '../../workbook/sheet-plan';
import type { CellValue } from '../../workbook/snapshot';
import { a1 } from '../../workbook/snapshot';
import { isoToSerial } from '../../workbook/excel-dates';
import { prepareTextCell } from './text-cells';

export type WriteCommand =
  | { op: 'addSheet'; sheet: string }
  /** One format for every cell of the rectangle: a single value, not a 2-D array (see below). */
  | { op: 'numberFormat'; sheet: string; address: string; format: string }
  | { op: 'values'; sheet: string; address: string; values: CellValue[][] }
  | { op: 'formulas'; sheet: string; address: string; formulas: CellValue[][] }
  | { op: 'style'; sheet: string; address: string; style: CellStyle }
  | { op: 'merge'; sheet: string; address: string }
  | { op: 'columnWidth'; sheet: string; column: number; width: number }
  | { op: 'table'; sheet: string; address: string; name: string; style: string }
  | { op: 'validation'; sheet: string; address: string; list: string[] }
  | { op: 'chart'; sheet: string; name: string; chart: PlanChart }
  | { op: 'freeze'; sheet: string; rows: number; columns: number }
  | { op: 'tabColor'; sheet: string; color: string };

/** Excel on the web refuses requests and responses over 5 MB ("Excel data transfer limits"). */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Our estimate is of our own JSON, not of Office's wire format: keep a fifth in reserve. */
export const DEFAULT_BATCH_BUDGET_BYTES = 4_000_000;
/** Large blocks are split by rows so that no single range operation is huge. */
export const DEFAULT_CHUNK_BYTES = 1_000_000;
/** Rough size of one queued action's envelope (ids, action type, property name). */
const ACTION_OVERHEAD_BYTES = 120;

export interface RenderOptions {
  chunkBytes?: number;
}

export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const start = a1(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${a1(row + rows - 1, column + columns - 1)}`;
}

interface PreparedBlockCell {
  value: CellValue;
  formatBefore: string | null;
  formatAfter: string | null;
  isFormula: boolean;
  style: CellStyle | undefined;
}

function prepareCell(cell: PlanCell): PreparedBlockCell {
  if (cell === null)
    return { value: '', formatBefore: null, formatAfter: null, isFormula: false, style: undefined };
  switch (cell.kind) {
    case 'text': {
      const prepared = prepareTextCell(cell.text);
      return {
        value: prepared.value,
        formatBefore: prepared.formatBefore,
        formatAfter: null,
        isFormula: false,
        style: cell.style,
      };
    }
    case 'number':
      return {
        value: cell.value,
        formatBefore: null,
        formatAfter: cell.format,
        isFormula: false,
        style: cell.style,
      };
    case 'date':
      return {
        value: isoToSerial(cell.iso),
        formatBefore: null,
        formatAfter: cell.format,
        isFormula: false,
        style: cell.style,
      };
    case 'formula':
      return {
        value: cell.formula,
        formatBefore: null,
        formatAfter: cell.format,
        isFormula: true,
        style: cell.style,
      };
  }
}

export interface Rect<K> {
  top: number;
  left: number;
  bottom: number;
  right: number;
  key: K;
}

/**
 * Covers the non-null keys of a grid with rectangles of equal key: vertical runs per column,
 * merged with the same run in the column to the left. Setting one value on a rectangle is how
 * Microsoft recommends updating many cells alike ("Update all cells in a range": "set the
 * corresponding property on the range object to the desired (single) value").
 */
export function rectangles<K>(
  grid: ReadonlyArray<ReadonlyArray<K | null>>,
  keyOf: (k: K) => string,
): Rect<K>[] {
  const done: Rect<K>[] = [];
  let open = new Map<string, Rect<K>>();
  const width = Math.max(0, ...grid.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const next = new Map<string, Rect<K>>();
    let r = 0;
    while (r < grid.length) {
      const k = grid[r]![c] ?? null;
      if (k === null) {
        r++;
        continue;
      }
      const id = keyOf(k);
      let end = r;
      while (
        end + 1 < grid.length &&
        (grid[end + 1]![c] ?? null) !== null &&
        keyOf(grid[end + 1]![c] as K) === id
      )
        end++;
      const runKey = `${r}:${end}:${id}`;
      const left = open.get(runKey);
      if (left) {
        left.right = c;
        next.set(runKey, left);
        open.delete(runKey);
      } else next.set(runKey, { top: r, left: c, bottom: end, right: c, key: k });
      r = end + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function styleKey(style: CellStyle): string {
  return JSON.stringify(
    Object.keys(style)
      .sort()
      .map((k) => [k, style[k as keyof CellStyle]]),
  );
}

/** The commands that write one plan into a new, empty sheet named sheet. */
export function renderCommands(
  plan: SheetPlan,
  sheet: string,
  tableNames: readonly string[],
  options: RenderOptions = {},
): WriteCommand[] {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const commands: WriteCommand[] = [{ op: 'addSheet', sheet }];
  for (const block of plan.blocks) {
    const width = Math.max(0, ...block.cells.map((r) => r.length));
    if (width === 0 || block.cells.length === 0) continue;
    const cells = block.cells.map((row) =>
      Array.from({ length: width }, (_, c) => prepareCell(row[c] ?? null)),
    );
    const at = (rect: Rect<unknown>) =>
      rangeAddress(
        block.row + rect.top,
        block.column + rect.left,
        rect.bottom - rect.top + 1,
        rect.right - rect.left + 1,
      );
    // 1. Text format before the values, so that text is stored as text.
    for (const rect of rectangles(
      cells.map((row) => row.map((c) => c.formatBefore)),
      (k) => k,
    ))
      commands.push({ op: 'numberFormat', sheet, address: at(rect), format: rect.key });
    // 2. Values (or formulas) as whole blocks, split by rows when large.
    const hasFormula = cells.some((row) => row.some((c) => c.isFormula));
    let start = 0;
    while (start < cells.length) {
      let end = start;
      let bytes = JSON.stringify(cells[start]!.map((c) => c.value)).length;
      while (end + 1 < cells.length) {
        const more = JSON.stringify(cells[end + 1]!.map((c) => c.value)).length;
        if (bytes + more > chunkBytes) break;
        bytes += more;
        end++;
      }
      const grid = cells.slice(start, end + 1).map((row) => row.map((c) => c.value));
      const address = rangeAddress(block.row + start, block.column, end - start + 1, width);
      commands.push(
        hasFormula
          ? { op: 'formulas', sheet, address, formulas: grid }
          : { op: 'values', sheet, address, values: grid },
      );
      start = end + 1;
    }
    // 3. Number formats after the values.
    for (const rect of rectangles(
      cells.map((row) => row.map((c) => c.formatAfter)),
      (k) => k,
    ))
      commands.push({ op: 'numberFormat', sheet, address: at(rect), format: rect.key });
    // 4. Styles, one command per rectangle of equal style.
    for (const rect of rectangles(
      cells.map((row) => row.map((c) => (c.style && Object.keys(c.style).length > 0 ? c.style : null))),
      styleKey,
    ))
      commands.push({ op: 'style', sheet, address: at(rect), style: rect.key });
  }
  for (const address of plan.merges) commands.push({ op: 'merge', sheet, address });
  for (const { column, width } of plan.columnWidths)
    commands.push({ op: 'columnWidth', sheet, column, width });
  plan.tables.forEach((t, i) =>
    commands.push({ op: 'table', sheet, address: t.range, name: tableNames[i] ?? t.name, style: t.style }),
  );
  for (const v of plan.validations ?? [])
    commands.push({ op: 'validation', sheet, address: v.range, list: [...v.list] });
  plan.charts.forEach((chart, i) => commands.push({ op: 'chart', sheet, name: `Diagram ${i + 1}`, chart }));
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0))
    commands.push({ op: 'freeze', sheet, rows: plan.freeze.rows, columns: plan.freeze.columns });
  if (plan.tabColor) commands.push({ op: 'tabColor', sheet, color: plan.tabColor });
  return commands;
}

/** Queued actions a command turns into (for the size estimate). */
function actionsOf(command: WriteCommand): number {
  switch (command.op) {
    case 'style':
      return 1 + Object.keys(command.style).length;
    case 'table':
    case 'chart':
      return 4;
    default:
      return 2;
  }
}

export function estimateBytes(command: WriteCommand): number {
  return JSON.stringify(command).length + ACTION_OVERHEAD_BYTES * actionsOf(command);
}

/** Greedy packing in order: a new batch starts when the next command would pass the budget. */
export function packBatches(
  commands: readonly WriteCommand[],
  budgetBytes = DEFAULT_BATCH_BUDGET_BYTES,
  reserveInLastBytes = 0,
): WriteCommand[][] {
  const batches: WriteCommand[][] = [[]];
  let size = 0;
  for (const command of commands) {
    const bytes = estimateBytes(command);
    if (size + bytes > budgetBytes && batches[batches.length - 1]!.length > 0) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1]!.push(command);
    size += bytes;
  }
  if (
    reserveInLastBytes > 0 &&
    size + reserveInLastBytes > budgetBytes &&
    batches[batches.length - 1]!.length > 0
  )
    batches.push([]);
  return batches;
}

/** Excel's column width unit is characters; Office.js sets it in points (Calibri 11: 7 px a character + 5 px padding, 0.75 pt a pixel). */
export function charactersToPoints(width: number): number {
  return (width * 7 + 5) * 0.75;
}
