// Turns a sheet plan into a flat list of range-level write commands and packs them into request
// batches under Excel on the web's payload limit. Pure: the Office.js executor only replays the
// commands, one Office call (or a few) per command, never per cell.
import type { CellStyle, PlanCell, PlanChart, PrintSetup, SheetPlan } from '../../workbook/sheet-plan';
import { MAX_ROW_HEIGHT_POINTS } from '../../workbook/sheet-plan';
import type { CellValue } from '../../workbook/snapshot';
import { a1 } from '../../workbook/snapshot';
import { isoToSerial } from '../../workbook/excel-dates';
import { copyPrint, parseRange } from '../memory/memory-workbook';
import { prepareTextCell } from './text-cells';

export type WriteCommand =
  | { op: 'addSheet'; sheet: string }
  /** A 2-D array with null for the cells whose format stays (see formatCommands). */
  | { op: 'numberFormat'; sheet: string; address: string; format: Array<Array<string | null>> }
  /** null: the cell is left as it is (the plan has nothing there). */
  | { op: 'values'; sheet: string; address: string; values: Array<Array<CellValue | null>> }
  | { op: 'formulas'; sheet: string; address: string; formulas: Array<Array<CellValue | null>> }
  | { op: 'style'; sheet: string; address: string; style: CellStyle }
  /** across: each row of the range merged on its own (Range.merge(true)). */
  | { op: 'merge'; sheet: string; address: string; across: boolean }
  | { op: 'columnWidth'; sheet: string; column: number; width: number }
  | { op: 'table'; sheet: string; address: string; name: string; style: string }
  | { op: 'validation'; sheet: string; address: string; list: string[] }
  | { op: 'chart'; sheet: string; name: string; chart: PlanChart }
  | { op: 'freeze'; sheet: string; rows: number; columns: number }
  | { op: 'tabColor'; sheet: string; color: string }
  /** Consecutive 0-based rows [top, top + rows) of the same height in points. */
  | { op: 'rowHeight'; sheet: string; top: number; rows: number; height: number }
  | { op: 'print'; sheet: string; print: PrintSetup }
  /** The sheet shown once the write is done (Worksheet.activate). */
  | { op: 'activate'; sheet: string };

/** Excel on the web refuses requests and responses over 5 MB ("Excel data transfer limits"). */
const EXCEL_PAYLOAD_LIMIT_BYTES = 5_000_000;
/**
 * Bytes per request by estimateBytes, an upper bound of the real serialisation (test/excel/
 * wire-sizes.test.ts): a fifth under the limit, for what the estimate cannot see (headers, the
 * envelope of the message) and for hosts whose limit is a little lower.
 */
export const DEFAULT_BATCH_BUDGET_BYTES = (EXCEL_PAYLOAD_LIMIT_BYTES * 4) / 5;
/** Large blocks are split by rows so that no single range operation is huge. */
export const DEFAULT_CHUNK_BYTES = 1_000_000;

export interface RenderOptions {
  chunkBytes?: number;
  /** The workbook counts dates from 1904 (as its last read found): a date's serial is 1 462 smaller. */
  date1904: boolean;
}

export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const start = a1(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${a1(row + rows - 1, column + columns - 1)}`;
}

export interface PreparedBlockCell {
  value: CellValue;
  formatBefore: string | null;
  formatAfter: string | null;
  isFormula: boolean;
  style: CellStyle | undefined;
}

function prepareCell(cell: Exclude<PlanCell, null>, date1904: boolean): PreparedBlockCell {
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
        value: isoToSerial(cell.iso, date1904),
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

/** Every style property (a Record, so that a new CellStyle property cannot be left out unnoticed). */
const STYLE_KEYS: Record<keyof CellStyle, true> = {
  bold: true,
  italic: true,
  fontSize: true,
  fontColor: true,
  fill: true,
  wrap: true,
  horizontal: true,
  vertical: true,
  borderBottom: true,
  borderTop: true,
};
/** Each written on its own rectangles: one Office property set per rectangle. */
const STYLE_PROPERTIES = Object.keys(STYLE_KEYS) as Array<keyof CellStyle>;

/** A JSON null and its comma in a values grid: "no update will take place" for that cell. */
const NULL_BYTES = 5;
/** What another values command costs (address, path, envelope): padding up to this is cheaper. */
const SPLIT_BYTES = 300;

/** A rectangle of the sheet written by one values (or formulas) command. */
export interface Chunk {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Segment extends Chunk {
  /** JSON bytes of the rows' values over [left, right], nulls included. */
  bytes: number;
}

/**
 * Rows grouped into chunks of one 2-D array each, null where the plan has no cell. Rows with the
 * same columns go together; neighbouring groups are joined when the nulls that pads them to a
 * common width cost less than another command; a group is cut where it would pass chunkBytes.
 */
export function chunksOf(
  cells: ReadonlyArray<ReadonlyArray<PreparedBlockCell | null>>,
  chunkBytes: number,
): Chunk[] {
  const rows: Array<{ r: number; a: number; b: number; bytes: number[] }> = [];
  cells.forEach((row, r) => {
    let a = -1;
    let b = -1;
    row.forEach((c, j) => {
      if (c) {
        if (a < 0) a = j;
        b = j;
      }
    });
    if (a >= 0)
      rows.push({ r, a, b, bytes: row.map((c) => (c ? JSON.stringify(c.value).length + 1 : NULL_BYTES)) });
  });
  const rowBytes = (i: number, left: number, right: number) => {
    const { bytes } = rows[i]!;
    let n = 2;
    for (let c = left; c <= right; c++) n += bytes[c] ?? NULL_BYTES;
    return n;
  };
  const width = (x: Chunk) => x.right - x.left + 1;
  // 1. Runs of rows with the same columns, across short gaps of empty rows.
  const segments: Array<Segment & { first: number; last: number }> = [];
  rows.forEach((row, i) => {
    const open = segments[segments.length - 1];
    const gap = open ? row.r - open.bottom - 1 : 0;
    if (
      open &&
      open.left === row.a &&
      open.right === row.b &&
      gap * (width(open) * NULL_BYTES + 2) <= SPLIT_BYTES
    ) {
      open.bottom = row.r;
      open.last = i;
      open.bytes += gap * (width(open) * NULL_BYTES + 2) + rowBytes(i, row.a, row.b);
    } else
      segments.push({
        top: row.r,
        bottom: row.r,
        left: row.a,
        right: row.b,
        first: i,
        last: i,
        bytes: rowBytes(i, row.a, row.b),
      });
  });
  // 2. Neighbours joined where padding them is cheaper than a command.
  const joined: typeof segments = [];
  for (const next of segments) {
    const open = joined[joined.length - 1];
    if (open) {
      const left = Math.min(open.left, next.left);
      const right = Math.max(open.right, next.right);
      const w = right - left + 1;
      const padded =
        (open.bottom - open.top + 1) * (w - width(open)) * NULL_BYTES +
        (next.bottom - next.top + 1) * (w - width(next)) * NULL_BYTES +
        (next.top - open.bottom - 1) * (w * NULL_BYTES + 2);
      if (padded <= SPLIT_BYTES) {
        Object.assign(open, { left, right, bottom: next.bottom, last: next.last });
        open.bytes += next.bytes + padded;
        continue;
      }
    }
    joined.push({ ...next });
  }
  // 3. Cut by size (a row is never cut).
  const chunks: Chunk[] = [];
  for (const seg of joined) {
    if (seg.bytes <= chunkBytes) {
      chunks.push({ top: seg.top, bottom: seg.bottom, left: seg.left, right: seg.right });
      continue;
    }
    let top = seg.top;
    let bytes = 0;
    for (let i = seg.first; i <= seg.last; i++) {
      const gap = i > seg.first ? rows[i]!.r - rows[i - 1]!.r - 1 : 0;
      const more = gap * (width(seg) * NULL_BYTES + 2) + rowBytes(i, seg.left, seg.right);
      if (bytes > 0 && bytes + more > chunkBytes) {
        chunks.push({ top, bottom: rows[i - 1]!.r, left: seg.left, right: seg.right });
        top = rows[i]!.r;
        bytes = 0;
      }
      bytes += more;
    }
    chunks.push({ top, bottom: seg.bottom, left: seg.left, right: seg.right });
  }
  return chunks;
}

/**
 * Number formats of one chunk as one 2-D array, null where the plan has no cell ("null input
 * inside two-dimensional array (for values, number format, formula) is ignored by the update
 * API"). Never one string for a whole range: the documentation section that promised it applies
 * to every cell was removed (MicrosoftDocs/office-js-docs-pr#2018), and the client sends a single
 * string as it is, so Excel would have to broadcast it (measured: `"Arguments":["0"]`).
 */
function formatCommands(
  sheet: string,
  chunk: Chunk,
  keys: ReadonlyArray<ReadonlyArray<string | null>>,
): WriteCommand[] {
  const sub = keys.slice(chunk.top, chunk.bottom + 1).map((row) => {
    const cells: Array<string | null> = [];
    for (let c = chunk.left; c <= chunk.right; c++) cells.push(row[c] ?? null);
    return cells;
  });
  if (sub.every((row) => row.every((k) => k === null))) return [];
  return [
    {
      op: 'numberFormat',
      sheet,
      address: rangeAddress(
        chunk.top,
        chunk.left,
        chunk.bottom - chunk.top + 1,
        chunk.right - chunk.left + 1,
      ),
      format: sub,
    },
  ];
}

/**
 * Consecutive one-row merges over the same columns become one Range.merge(true): "across: Set true
 * to merge cells in each row of the specified range as separate merged cells" (Excel.Range.merge).
 */
function mergeCommands(sheet: string, merges: readonly string[]): WriteCommand[] {
  const commands: WriteCommand[] = [];
  let run: { top: number; bottom: number; left: number; right: number } | null = null;
  const flush = () => {
    if (!run) return;
    const { top, bottom, left, right } = run;
    commands.push({
      op: 'merge',
      sheet,
      address: rangeAddress(top, left, bottom - top + 1, right - left + 1),
      across: bottom > top,
    });
    run = null;
  };
  for (const address of merges) {
    const r = parseRange(address);
    if (r.top !== r.bottom) {
      flush();
      commands.push({ op: 'merge', sheet, address, across: false });
      continue;
    }
    if (run && run.bottom + 1 === r.top && run.left === r.left && run.right === r.right) run.bottom = r.top;
    else {
      flush();
      run = { ...r };
    }
  }
  flush();
  return commands;
}

/**
 * The commands that write one plan into a new, empty sheet named sheet. The plan's blocks are laid
 * into one grid of the sheet first (a later block's cell wins, as in the memory writer), so that a
 * format or style shared down a column is one command for the whole sheet, not one per block.
 *
 * Office.js documents the two ways used here to keep the payload small ("Excel JavaScript API
 * programming overview"): "To apply the same update to all cells in a range (for example ... set
 * the same number format for all cells in a range) ... set the corresponding property on range
 * object to the desired (single) value", and "null input inside two-dimensional array (for values,
 * number format, formula) is ignored by the update API".
 */
export function renderCommands(
  plan: SheetPlan,
  sheet: string,
  tableNames: readonly string[],
  options: RenderOptions,
): WriteCommand[] {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const commands: WriteCommand[] = [{ op: 'addSheet', sheet }];
  const cells = sheetGrid(plan, options.date1904);
  const at = (rect: Rect<unknown>) =>
    rangeAddress(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
  const keyed = <K>(f: (c: PreparedBlockCell) => K | null | undefined) =>
    cells.map((row) => row.map((c) => (c ? (f(c) ?? null) : null)));

  // Each cell's final number format: '@' for text, the plan's for numbers, dates and formulas.
  const formats = keyed((c) => c.formatBefore ?? c.formatAfter);
  for (const chunk of chunksOf(cells, chunkBytes)) {
    // 1. Number formats BEFORE the values: text is then stored as text, and a number is never
    //    entered into a cell that is still Text ('@'), where Excel may keep it as text.
    commands.push(...formatCommands(sheet, chunk, formats));
    // 2. Values as one 2-D array, null where the plan has no cell; formulas instead of values for a
    //    chunk holding a formula (Range.formulas takes constants too), never both for the same cells.
    const grid: Array<Array<CellValue | null>> = [];
    let hasFormula = false;
    for (let r = chunk.top; r <= chunk.bottom; r++) {
      const row: Array<CellValue | null> = [];
      for (let c = chunk.left; c <= chunk.right; c++) {
        const cell = cells[r]![c] ?? null;
        if (cell?.isFormula) hasFormula = true;
        row.push(cell ? cell.value : null);
      }
      grid.push(row);
    }
    const address = rangeAddress(
      chunk.top,
      chunk.left,
      chunk.bottom - chunk.top + 1,
      chunk.right - chunk.left + 1,
    );
    commands.push(
      hasFormula
        ? { op: 'formulas', sheet, address, formulas: grid }
        : { op: 'values', sheet, address, values: grid },
    );
  }
  // 4. Styles: each property on the rectangles where it is the same; properties whose rectangles
  //    coincide (wrap and top alignment of a decision text) share one command, so one range.
  const styles = new Map<string, CellStyle>();
  for (const property of STYLE_PROPERTIES)
    for (const rect of rectangles(
      keyed((c) => c.style?.[property]),
      (k) => JSON.stringify(k),
    ))
      styles.set(at(rect), { ...styles.get(at(rect)), [property]: rect.key });
  for (const [address, style] of styles) commands.push({ op: 'style', sheet, address, style });
  commands.push(...mergeCommands(sheet, plan.merges));
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
  commands.push(...rowHeightCommands(sheet, plan.rowHeights ?? []));
  if (plan.print) commands.push({ op: 'print', sheet, print: copyPrint(plan.print) });
  if (plan.activate) commands.push({ op: 'activate', sheet });
  return commands;
}

/**
 * One command per run of consecutive rows of the same height (Range.format.rowHeight sets "the
 * height of all rows in the range"). A row listed twice gets its last height, as in the memory writer;
 * a height over Excel's 409 points is clamped (a higher one fails the whole request).
 */
export function rowHeightCommands(
  sheet: string,
  heights: ReadonlyArray<{ row: number; height: number }>,
): WriteCommand[] {
  const byRow = new Map<number, number>();
  for (const { row, height } of heights) byRow.set(row, Math.min(height, MAX_ROW_HEIGHT_POINTS));
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const commands: Array<Extract<WriteCommand, { op: 'rowHeight' }>> = [];
  for (const row of rows) {
    const height = byRow.get(row)!;
    const open = commands[commands.length - 1];
    if (open && open.top + open.rows === row && open.height === height) open.rows++;
    else commands.push({ op: 'rowHeight', sheet, top: row, rows: 1, height });
  }
  return commands;
}

/** The plan's cells on one grid from A1 (rows and columns before the first cell stay empty). */
function sheetGrid(plan: SheetPlan, date1904: boolean): Array<Array<PreparedBlockCell | null>> {
  let height = 0;
  let width = 0;
  for (const block of plan.blocks) {
    height = Math.max(height, block.row + block.cells.length);
    for (const row of block.cells) width = Math.max(width, block.column + row.length);
  }
  const grid = Array.from({ length: height }, () => new Array<PreparedBlockCell | null>(width).fill(null));
  for (const block of plan.blocks)
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) grid[block.row + r]![block.column + c] = prepareCell(cell, date1904);
      }),
    );
  return grid;
}

/**
 * What a command costs on the wire, in the request Office.js serialises (measured with Microsoft's
 * client, excel-web-16.00.debug.js; test/excel/wire-sizes.test.ts checks it): the JSON of its
 * arguments, plus a fixed envelope per object path (e.g. `GetRange("A1:B2")`, `Format`, `Font`)
 * and per action (instantiating a path, `_KeepReference`, a property set or method call, with the
 * ids of the paths it uses). The envelopes are upper bounds for ids of up to seven digits.
 *
 * Counted as the body travels inside the host message: the client puts the JSON text of the body
 * into the message array (RichApiMessageUtility.buildRequestMessageSafeArray), so every quote and
 * backslash may be escaped once more on its way; measured, that is up to a fifth more than the
 * body itself, and Microsoft does not say which of the two the 5 MB limit applies to.
 */
const PATH_BYTES = 130;
const ACTION_BYTES = 130;
/** The client splits an array over this many cells into row slices ("setRangePropertiesInBulk"). */
export const CLIENT_SLICE_CELLS = 1_500;
/** Paths and actions of one slice: two GetRow, one GetBoundingRect, their instantiations, the set. */
const SLICE_PATHS = 3;
const SLICE_ACTIONS = 7;

interface WireCost {
  paths: number;
  actions: number;
  /** Argument values other than path ids (the values array, an address, a property value). */
  args: unknown[];
}

/** A range reached from the sheet (GetRange, GetRangeByIndexes): instantiated and kept referenced. */
const RANGE = { paths: 1, actions: 2 };

function arrayCost(address: string, grid: ReadonlyArray<ReadonlyArray<unknown>>): WireCost {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  if (rows * columns <= CLIENT_SLICE_CELLS)
    return { paths: RANGE.paths, actions: RANGE.actions + 1, args: [address, grid] };
  const slice = Math.max(1, Math.round(CLIENT_SLICE_CELLS / columns));
  const slices = Math.ceil(rows / slice);
  return {
    paths: RANGE.paths + SLICE_PATHS * slices,
    actions: RANGE.actions + 1 + SLICE_ACTIONS * slices,
    // The slices' row numbers and sizes travel too, as short numbers.
    args: [address, grid, new Array<number>(slices * 4).fill(99999)],
  };
}

function wireCost(command: WriteCommand): WireCost {
  switch (command.op) {
    case 'addSheet':
      return { paths: 2, actions: 3, args: [command.sheet] };
    case 'numberFormat':
      return arrayCost(command.address, command.format);
    case 'values':
      return arrayCost(command.address, command.values);
    case 'formulas':
      return arrayCost(command.address, command.formulas);
    case 'style': {
      // Format, and Font / Fill / Borders.getItem(edge) under it, each a path with its instantiation.
      const s = command.style;
      const font = ['bold', 'italic', 'fontSize', 'fontColor'].some((k) => k in s) ? 1 : 0;
      const fill = 'fill' in s ? 1 : 0;
      const edges = (s.borderTop ? 1 : 0) + (s.borderBottom ? 1 : 0);
      const paths = 1 + font + fill + (edges > 0 ? 1 + edges : 0);
      const sets = Object.keys(s).length + edges;
      return {
        paths: RANGE.paths + paths,
        actions: RANGE.actions + paths + sets,
        args: [command.address, ...Object.values(s)],
      };
    }
    case 'merge':
      return { paths: RANGE.paths, actions: RANGE.actions + 1, args: [command.address, command.across] };
    case 'columnWidth':
    case 'rowHeight':
      return { paths: RANGE.paths + 1, actions: RANGE.actions + 2, args: [0, 0, 0, 0, 999.99] };
    case 'table':
      return { paths: 2, actions: 4, args: [command.address, true, command.name, command.style] };
    case 'validation':
      return { paths: RANGE.paths + 1, actions: RANGE.actions + 2, args: [command.address, command.list] };
    case 'chart':
      // With a label size: format.font and title.format.font (four paths), two more properties set.
      return command.chart.fontSize === undefined
        ? { paths: 5, actions: 9, args: [command.chart, command.name] }
        : { paths: 9, actions: 11, args: [command.chart, command.name] };
    case 'freeze':
      return { paths: 3, actions: 5, args: [0, 0, command.rows, command.columns] };
    case 'tabColor':
      return { paths: 0, actions: 1, args: [command.color] };
    case 'print': {
      // PageLayout; setPrintTitleRows; HorizontalPageBreaks.add per break; HeadersFooters.DefaultForAllPages.
      const p = command.print;
      const breaks = p.rowBreaks?.length ?? 0;
      return {
        paths: 1 + (breaks > 0 ? 1 + breaks : 0) + (p.footer ? 2 : 0),
        actions: 4 + (p.titleRows ? 1 : 0) + 2 * breaks + (p.footer ? 5 : 0),
        args: [p],
      };
    }
    case 'activate':
      return { paths: 0, actions: 1, args: [] };
  }
}

/** Bytes of a string in UTF-8, as it travels (å, ä, ö take two bytes, '–' three). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** An upper bound of the bytes the command adds to the request the Office.js client serialises. */
export function estimateBytes(command: WriteCommand): number {
  const cost = wireCost(command);
  return escapedLength(JSON.stringify(cost.args)) + PATH_BYTES * cost.paths + ACTION_BYTES * cost.actions;
}

/** UTF-8 bytes of JSON text once more inside a JSON string: each quote and backslash doubled. */
function escapedLength(json: string): number {
  let extra = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) extra++;
  }
  return utf8Length(json) + extra;
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
