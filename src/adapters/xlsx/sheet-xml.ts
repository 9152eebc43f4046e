// One worksheet part → cells and layout, with a streaming XML parser (saxes): no tree of the sheet is
// built, so a sheet of 20 000 rows costs one pass. Read again for the writer (keepXml), every cell
// keeps its own XML text beside the model (RAW), so that a sheet the user's edits touch is written
// again with every other cell as it was, byte for byte.
import { SaxesParser, type SaxesTag } from 'saxes';
import type { MemoryCell, MemorySheet } from '../memory/memory-workbook';
import type { CellType, CellValue } from '../../workbook/snapshot';
import { columnIndex, columnLetter } from '../../workbook/snapshot';
import { isoToSerial } from '../../workbook/excel-dates';
import type { CellFormat } from './styles-part';
import { readValidations } from './validations';
import { parseFooter } from './footer';
import { NotScannable, scanElements, sheetDataInner } from './sheet-scan';

/** The cell as it was in its file (read with keepXml): its XML and its style index. */
export const RAW: unique symbol = Symbol.for('insatsbudget.xlsx.raw');

export interface RawCell {
  xml: string;
  /** The style index (s) it had. */
  style: number;
}

export type RawMemoryCell = MemoryCell & { [RAW]?: RawCell };

/** True when `cell` is still the cell `read` from the file at the same place: then it is written as its XML. */
export function sameCell(read: MemoryCell, cell: MemoryCell): boolean {
  return (
    read.value === cell.value &&
    read.type === cell.type &&
    read.formula === cell.formula &&
    read.numberFormat === cell.numberFormat &&
    (read.style === cell.style || JSON.stringify(read.style ?? null) === JSON.stringify(cell.style ?? null))
  );
}

/** A reason the package cannot be read as a workbook; the reader turns it into a message. */
export class PackageDamage extends Error {
  constructor(
    readonly part: string,
    readonly detail: string,
  ) {
    super(`${part}: ${detail}`);
  }
}

export interface ParsedSheetXml {
  /** Start and end offsets of <sheetData>…</sheetData> (or where it would go) in the part. */
  sheetData: { start: number; end: number };
  /** 0-based row → the row's start tag as written (attributes: height, hidden, outline, style); keepXml only. */
  rowTags: Map<number, string>;
  /** How many cells the model got from the part (a dirty check compares against it). */
  cellCount: number;
}

export interface SheetContext {
  part: string;
  formats: CellFormat[];
  sharedString: (index: number) => string;
  date1904: boolean;
  /** False: every part of the XML through saxes (the tests compare the scanner against it). */
  scanner?: boolean;
  /**
   * True: each cell keeps its own XML (RAW) and each row its start tag, for the writer that rewrites
   * the part. Not kept otherwise: they hold on to the whole part's text, for every sheet read.
   */
  keepXml?: boolean;
}

/** Parses the worksheet part's XML into `sheet` (cells, merges, widths, freeze, tab colour, heights, A4 setup, lists). */
export function parseSheetXml(xml: string, sheet: MemorySheet, ctx: SheetContext): ParsedSheetXml {
  const stack: string[] = [];
  let row = -1;
  let nextCol = 0;
  let sheetDataStart = -1;
  let sheetDataEnd = -1;
  const rowTags = new Map<number, string>();
  let cellCount = 0;
  // The cell being read.
  let cell: {
    start: number;
    row: number;
    col: number;
    t: string;
    s: number;
    v: string | null;
    f: string | null;
    fAttrs: Record<string, string> | null;
    text: string[] | null;
  } | null = null;
  let textTarget: 'v' | 'f' | 't' | null = null;
  let inPhonetic = false;
  let buffer = '';
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let fitToPage = false;
  let footerText: string | null = null;
  const rowBreaks: number[] = [];
  let pageSetup: Record<string, string> | null = null;
  const startOf = (end: number) => xml.lastIndexOf('<', end - 1);
  const keepXml = ctx.keepXml === true;

  // The handlers of both readers: `name` without its prefix, `end` the offset after the tag's '>'.
  function onOpen(name: string, a: Record<string, string>, isSelfClosing: boolean, end: number): void {
    stack.push(name);
    switch (name) {
      case 'sheetData':
        sheetDataStart = startOf(end);
        if (isSelfClosing) sheetDataEnd = end;
        break;
      case 'row': {
        row = a.r !== undefined ? Number(a.r) - 1 : row + 1;
        nextCol = 0;
        if (keepXml) rowTags.set(row, xml.slice(startOf(end), end));
        if ((a.customHeight === '1' || a.customHeight === 'true') && a.ht !== undefined)
          sheet.rowHeights.set(row, Number(a.ht));
        break;
      }
      case 'c': {
        let r = row;
        let c = nextCol;
        if (a.r) {
          if (!readCellReference(a.r)) throw new PackageDamage(ctx.part, `cell reference ${a.r}`);
          c = cellAt.col;
          r = cellAt.row;
        }
        nextCol = c + 1;
        cell = {
          start: startOf(end),
          row: r,
          col: c,
          t: a.t ?? 'n',
          s: Number(a.s ?? 0),
          v: null,
          f: null,
          fAttrs: null,
          text: null,
        };
        if (isSelfClosing) finishCell(end);
        break;
      }
      case 'v':
        if (cell) {
          textTarget = 'v';
          buffer = '';
        }
        break;
      case 'f':
        if (cell) {
          textTarget = 'f';
          buffer = '';
          cell.fAttrs = a;
        }
        break;
      case 'is':
        if (cell) cell.text = [];
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 't':
        if (cell && cell.text && !inPhonetic) {
          textTarget = 't';
          buffer = '';
        }
        break;
      case 'mergeCell':
        if (a.ref) sheet.merges.push(a.ref);
        break;
      case 'col': {
        if (a.width === undefined) break;
        const width = Number(a.width);
        const last = Math.min(Number(a.max ?? a.min), 16_384);
        for (let i = Number(a.min); i <= last; i++) sheet.columnWidths.set(i - 1, width);
        break;
      }
      case 'pane':
        if (
          (a.state === 'frozen' || a.state === 'frozenSplit') &&
          (Number(a.xSplit ?? 0) > 0 || Number(a.ySplit ?? 0) > 0)
        )
          sheet.freeze = { rows: Number(a.ySplit ?? 0), columns: Number(a.xSplit ?? 0) };
        break;
      case 'tabColor':
        if (a.rgb && /^[0-9A-Fa-f]{8}$/.test(a.rgb)) sheet.tabColor = `#${a.rgb.slice(2).toUpperCase()}`;
        break;
      case 'pageSetUpPr':
        fitToPage = a.fitToPage === '1' || a.fitToPage === 'true';
        break;
      case 'pageSetup':
        pageSetup = a;
        break;
      case 'oddFooter':
        footerText = '';
        break;
      case 'brk':
        if (stack.includes('rowBreaks') && a.id && a.man !== '0' && a.man !== 'false')
          rowBreaks.push(Number(a.id));
        break;
    }
  }

  function onText(text: string): void {
    if (textTarget) buffer += text;
    else if (footerText !== null && stack[stack.length - 1] === 'oddFooter') footerText += text;
  }

  function onClose(name: string, isSelfClosing: boolean, end: number): void {
    stack.pop();
    switch (name) {
      case 'sheetData':
        sheetDataEnd = end;
        break;
      case 'v':
        if (cell && textTarget === 'v') cell.v = buffer;
        textTarget = null;
        break;
      case 'f':
        if (cell && textTarget === 'f') cell.f = buffer;
        textTarget = null;
        break;
      case 't':
        if (cell?.text && textTarget === 't') cell.text.push(buffer);
        textTarget = null;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'c':
        if (cell && !isSelfClosing) finishCell(end);
        break;
    }
  }

  function finishCell(end: number): void {
    const c = cell!;
    cell = null;
    const r = c.row;
    const col = c.col;
    const format = ctx.formats[c.s] ?? ctx.formats[0] ?? { numberFormat: 'General', style: undefined };
    let formula: string | null = null;
    if (c.fAttrs) {
      if (c.fAttrs.t === 'shared' && c.fAttrs.si !== undefined) {
        if (c.f) shared.set(c.fAttrs.si, { formula: c.f, row: r, col });
        else {
          const master = shared.get(c.fAttrs.si);
          if (master) formula = shiftFormula(master.formula, r - master.row, col - master.col);
        }
      }
      if (formula === null && c.f) formula = c.f;
      if (formula === null) formula = '';
      formula = `=${formula}`;
    }
    const plain = valueOf(c.t, c.v, c.text, ctx, format.numberFormat);
    if (plain.type === 'Empty' && !formula && format.numberFormat === 'General' && !format.style && c.s === 0)
      return;
    const memoryCell: RawMemoryCell = {
      value: plain.value,
      formula,
      numberFormat: format.numberFormat,
      type: plain.type,
    };
    if (format.style) memoryCell.style = format.style;
    if (keepXml) memoryCell[RAW] = { xml: xml.slice(c.start, end), style: c.s };
    sheet.cells.set(`${r},${col}`, memoryCell);
    cellCount++;
  }

  // The rows and cells (nearly all of a large part) through the scanner when it reads them exactly
  // as saxes would; the rest of the part, or all of it when the scanner declines, through saxes.
  const data = ctx.scanner === false ? null : sheetDataInner(xml);
  let scanned = false;
  if (data) {
    try {
      scanElements(xml, data.start, data.end, {
        open: onOpen,
        close: onClose,
        text: onText,
        wantsText: () => textTarget !== null,
      });
      scanned = true;
    } catch (error) {
      if (!(error instanceof NotScannable)) throw error;
      // Only the row and cell handlers ran (SHEET_LEVEL): what they made is undone.
      sheet.cells.clear();
      sheet.rowHeights.clear();
      rowTags.clear();
      shared.clear();
      stack.length = 0;
      [row, nextCol, cellCount, cell, textTarget, inPhonetic, buffer] = [-1, 0, 0, null, null, false, ''];
    }
  }
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  // Offsets after the scanned rows are further on in the part by the rows' length.
  const skipped = scanned ? data!.end - data!.start : 0;
  const position = () => {
    const p = parser.position;
    return scanned && p > data!.start ? p + skipped : p;
  };
  parser.on('opentag', (tag: SaxesTag) =>
    onOpen(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing, position()),
  );
  parser.on('text', onText);
  parser.on('closetag', (tag: SaxesTag) => onClose(local(tag.name), tag.isSelfClosing, position()));
  try {
    if (scanned) parser.write(xml.slice(0, data!.start)).write(xml.slice(data!.end)).close();
    else parser.write(xml).close();
  } catch (error) {
    if (error instanceof PackageDamage) throw error;
    throw new PackageDamage(ctx.part, error instanceof Error ? error.message : String(error));
  }

  // A merged cell other than the top-left one shows nothing; Excel keeps only the top-left one.
  for (const range of sheet.merges) {
    const m = /^([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const [top, left, bottom, right] = [
      Number(m[2]) - 1,
      columnIndex(m[1]!),
      Number(m[4]) - 1,
      columnIndex(m[3]!),
    ];
    if ((bottom - top + 1) * (right - left + 1) > 100_000) continue;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++)
        if ((r !== top || c !== left) && sheet.cells.delete(`${r},${c}`)) cellCount--;
  }

  if (fitToPage && pageSetup && (pageSetup as Record<string, string>).paperSize === '9') {
    const p = pageSetup as Record<string, string>;
    sheet.print = {
      paper: 'A4',
      orientation: p.orientation === 'landscape' ? 'landscape' : 'portrait',
      fitToWidth: p.fitToWidth !== undefined ? Number(p.fitToWidth) : 1,
      fitToHeight: p.fitToHeight !== undefined ? Number(p.fitToHeight) : 1,
    };
    if (rowBreaks.length) sheet.print.rowBreaks = rowBreaks.sort((x, y) => x - y);
    const footer = parseFooter(footerText ?? '');
    if (footer) sheet.print.footer = footer;
  }
  if (/<(?:\w+:)?dataValidations\b/.test(xml)) sheet.validations = readValidations(xml);

  if (sheetDataStart < 0) {
    // No sheetData: it goes before whatever follows sheetFormatPr/cols (rare: an empty sheet written by a tool).
    const at = xml.search(
      /<(?:\w+:)?(?:sheetCalcPr|sheetProtection|protectedRanges|scenarios|autoFilter|sortState|dataConsolidate|customSheetViews|mergeCells|phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|drawing|tableParts|extLst)[\s>/]/,
    );
    const end = at >= 0 ? at : xml.lastIndexOf('</');
    return { sheetData: { start: end, end }, rowTags, cellCount };
  }
  return { sheetData: { start: sheetDataStart, end: sheetDataEnd }, rowTags, cellCount };
}

const cellAt = { row: 0, col: 0 };

/** Reads 'B7' into cellAt, 0-based, as /^([A-Za-z]+)(\d+)$/ would; false when it is not one. */
function readCellReference(ref: string): boolean {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === 0 || i === ref.length) return false;
  let row = 0;
  for (let k = i; k < ref.length; k++) {
    const digit = ref.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return false;
    row = row * 10 + digit;
  }
  cellAt.row = (ref.length - i > 15 ? Number(ref.slice(i)) : row) - 1;
  cellAt.col = col - 1;
  // Within Excel's sheet (XFD1048576): a cell outside it would be read nowhere, silently.
  return col <= 16_384 && cellAt.row >= 0 && cellAt.row < 1_048_576;
}

function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

type Plain = { value: CellValue; type: CellType };

/** A number that is a number: finite. Anything else stays the text it was, so the contract says so at the cell. */
function numberOrText(v: string): Plain {
  const n = Number(v);
  if (v.trim() !== '' && Number.isFinite(n)) return { value: n, type: 'Double' };
  return { value: v, type: v === '' ? 'Empty' : 'String' };
}

function valueOf(
  t: string,
  v: string | null,
  text: string[] | null,
  ctx: SheetContext,
  numberFormat: string,
): Plain {
  switch (t) {
    case 's': {
      if (v === null) return { value: '', type: 'Empty' };
      // An empty <v> is no index (Number('') would make it the first string).
      const index = v.trim() === '' ? NaN : Number(v);
      const s = ctx.sharedString(index);
      return { value: s, type: s === '' ? 'Empty' : 'String' };
    }
    case 'inlineStr': {
      const s = (text ?? []).join('');
      return { value: s, type: s === '' ? 'Empty' : 'String' };
    }
    case 'str':
      return v === null || v === ''
        ? { value: '', type: v === null ? 'Empty' : 'String' }
        : { value: v, type: 'String' };
    case 'b':
      return v === null
        ? { value: '', type: 'Empty' }
        : { value: v === '1' || v === 'true', type: 'Boolean' };
    case 'e':
      return v === null ? { value: '', type: 'Empty' } : { value: v, type: 'Error' };
    case 'd': {
      // ISO 8601 date (and time) cell: the date it holds, as a serial in the workbook's date system.
      if (v === null) return { value: '', type: 'Empty' };
      const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(v.trim());
      if (!m) return { value: v, type: 'String' };
      try {
        const day = isoToSerial(m[1]!, ctx.date1904);
        const time = m[2] ? (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) / 86_400 : 0;
        return { value: day + time, type: 'Double' };
      } catch {
        return { value: v, type: 'String' };
      }
    }
    default:
      void numberFormat;
      return v === null ? { value: '', type: 'Empty' } : numberOrText(v);
  }
}

/**
 * A shared formula's text for a cell `dr` rows and `dc` columns from the master: relative A1
 * references move, $-anchored parts stay. Text in quotes is left alone.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g,
            (m, pre: string, dcol: string, letters: string, drow: string, digits: string) => {
              const col = dcol ? columnIndex(letters) : columnIndex(letters) + dc;
              const r = drow ? Number(digits) : Number(digits) + dr;
              if (col < 0 || r < 1) return m;
              return `${pre}${dcol}${columnLetter(col)}${drow}${r}`;
            },
          ),
    )
    .join('');
}
