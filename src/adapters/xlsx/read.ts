// .xlsx bytes → MemoryWorkbook, shaped like what Office.js shows: dates as serial numbers, formula
// cells with their formula and last computed value, error cells typed 'Error' with their text.
// ExcelJS reads cells, styles and sheet layout; the package parts it reads lossily (defined names,
// data validations, tables, charts, custom properties) are read here from the zip directly.
// Browser-safe: no Node APIs.
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MemoryWorkbook, parseRange, type MemoryCell, type MemorySheet } from '../memory/memory-workbook';
import type { CellType, CellValue } from '../../workbook/snapshot';
import { readCharts } from './charts';
import {
  attributes,
  elements,
  readRelationships,
  REL,
  resolveTarget,
  sheetParts,
  unescapeXml,
  workbookPath,
  type SheetPart,
} from './ooxml';
import { fromExcelStyle, SOURCE_STYLE, sourceStyleOf, type SourceStyled } from './styles';

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

export async function readXlsxData(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const zip = await JSZip.loadAsync(data);
  const wbPath = await workbookPath(zip);
  const wbFile = zip.file(wbPath);
  if (!wbFile) throw new Error('Not an .xlsx workbook: no workbook part');
  let wbXml = await wbFile.async('string');
  const parts = await sheetParts(zip, wbPath, wbXml);
  const workbook = new MemoryWorkbook();

  // Defined names: ExcelJS keeps only plain ranges; read every workbook-scoped name here and hide
  // them from ExcelJS.
  // Print titles are a sheet-scoped built-in name ('Beslutsunderlag'!$12:$12): 0-based sheet → rows.
  const titleRows = new Map<number, { first: number; last: number }>();
  for (const { start, inner } of elements(wbXml, 'definedName')) {
    const a = attributes(start);
    if (a.name === '_xlnm.Print_Titles' && a.localSheetId !== undefined) {
      const rows = /\$?(\d+):\$?(\d+)\s*$/.exec(unescapeXml(inner).split(',').pop() ?? '');
      if (rows)
        titleRows.set(Number(a.localSheetId), { first: Number(rows[1]) - 1, last: Number(rows[2]) - 1 });
    }
    if (!a.name || a.localSheetId !== undefined || a.name.startsWith('_xlnm.')) continue;
    workbook.names.set(a.name, `=${unescapeXml(inner)}`);
  }
  let changed = false;
  const stripped = wbXml.replace(/<(?:\w+:)?definedNames\b[\s\S]*?<\/(?:\w+:)?definedNames>/, '');
  if (stripped !== wbXml) {
    wbXml = stripped;
    zip.file(wbPath, wbXml);
    changed = true;
  }

  // Data validations: ExcelJS expands every range to single cells (a whole-column list would be a
  // million entries); read the lists here and hide them from ExcelJS.
  // Row heights too: ExcelJS reads every row's height, also the ones a writer merely recorded
  // (customHeight="false"); only heights set on purpose belong to the model.
  const validations = new Map<string, Array<{ range: string; list: string[] }>>();
  const rowHeights = new Map<string, Map<number, number>>();
  const rowBreaks = new Map<string, number[]>();
  for (const part of parts) {
    const file = part.path && zip.file(part.path);
    if (!file) continue;
    const xml = await file.async('string');
    rowHeights.set(part.name, readRowHeights(xml));
    rowBreaks.set(part.name, readRowBreaks(xml));
    if (!/<(?:\w+:)?dataValidations\b/.test(xml)) continue;
    validations.set(part.name, readValidations(xml));
    zip.file(part.path, xml.replace(/<(?:\w+:)?dataValidations\b[\s\S]*?<\/(?:\w+:)?dataValidations>/, ''));
    changed = true;
  }

  const { default: Excel } = await import('exceljs');
  const excel = new Excel.Workbook();
  const bytes = changed ? await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }) : data;
  // ExcelJS's typings say Buffer; it hands the data to JSZip, which takes any of these.
  await excel.xlsx.load(bytes as unknown as Parameters<typeof excel.xlsx.load>[0]);

  excel.worksheets.forEach((ws, index) => {
    const sheet = workbook.addSheet(ws.name);
    sheet.visibility =
      ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    readCells(ws, sheet);
    readLayout(ws, sheet);
    if (sheet.print) {
      const titles = titleRows.get(index);
      if (titles) sheet.print.titleRows = titles;
      const breaks = rowBreaks.get(ws.name) ?? [];
      if (breaks.length) sheet.print.rowBreaks = breaks;
    }
  });
  const activeTab = /<(?:\w+:)?workbookView\b[^>]*\bactiveTab="(\d+)"/.exec(wbXml);
  const active = workbook.sheets[activeTab ? Number(activeTab[1]) : -1];
  if (active) workbook.activeSheet = active.name;
  for (const ws of excel.worksheets) {
    const sheet = workbook.getSheet(ws.name)!;
    sheet.validations = validations.get(ws.name) ?? [];
    for (const [row, height] of rowHeights.get(ws.name) ?? []) sheet.rowHeights.set(row, height);
    const part = parts.find((p) => p.name === ws.name);
    if (!part) continue;
    sheet.charts = await readCharts(zip, part);
    for (const table of await readTables(zip, part))
      if (!workbook.getTable(table.name)) workbook.addTable(table);
  }

  await readCustomProperties(zip, workbook);
  return workbook;
}

function readCells(ws: ExcelJS.Worksheet, sheet: MemorySheet): void {
  const styles: Interned = new Map();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const memoryCell = toMemoryCell(cell, styles);
      if (memoryCell) sheet.cells.set(`${Number(cell.row) - 1},${Number(cell.col) - 1}`, memoryCell);
    });
  });
}

/** ExcelJS turns a date cell into a UTC Date (either date system); the model counts in the 1900 system. */
function serialOf(date: Date): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

type Plain = { value: CellValue; type: CellType };

function plainValue(v: unknown): Plain {
  if (v === null || v === undefined) return { value: '', type: 'Empty' };
  if (typeof v === 'number') return { value: v, type: 'Double' };
  if (typeof v === 'boolean') return { value: v, type: 'Boolean' };
  if (typeof v === 'string') return { value: v, type: v === '' ? 'Empty' : 'String' };
  if (v instanceof Date) return { value: serialOf(v), type: 'Double' };
  if (typeof v === 'object') {
    const o = v as { error?: string; richText?: Array<{ text: string }>; text?: unknown };
    if (typeof o.error === 'string') return { value: o.error, type: 'Error' };
    if (Array.isArray(o.richText)) return plainValue(o.richText.map((t) => t.text).join(''));
    // Hyperlink: the text shown.
    if (o.text !== undefined) return plainValue(o.text);
  }
  return { value: String(v), type: 'String' };
}

/** Equal source styles as one object, so that the writer can share them (see StyleCache). */
type Interned = Map<string, Partial<ExcelJS.Style>>;

function intern(
  styles: Interned,
  style: Partial<ExcelJS.Style> | undefined,
): Partial<ExcelJS.Style> | undefined {
  if (!style) return undefined;
  const key = JSON.stringify(style);
  const known = styles.get(key);
  if (known) return known;
  styles.set(key, style);
  return style;
}

function toMemoryCell(cell: ExcelJS.Cell, styles: Interned): SourceStyled | null {
  const numberFormat = cell.numFmt || 'General';
  const style = fromExcelStyle(cell);
  const source = intern(styles, sourceStyleOf(cell));
  // A merged cell other than the top-left one shows nothing; Excel keeps only the top-left one.
  if (cell.type === 1 /* ExcelJS.ValueType.Merge */) return null;
  let formula: string | null = null;
  let plain: Plain;
  if (cell.type === 6 /* ExcelJS.ValueType.Formula */) {
    const f = cell.formula;
    formula = f ? `=${f}` : null;
    plain = plainValue(cell.result);
  } else {
    plain = plainValue(cell.value);
  }
  if (plain.type === 'Empty' && !formula && numberFormat === 'General' && !style && !source) return null;
  const out: SourceStyled = { value: plain.value, formula, numberFormat, type: plain.type };
  if (style) out.style = style;
  if (source) out[SOURCE_STYLE] = source;
  return out satisfies MemoryCell;
}

function readLayout(ws: ExcelJS.Worksheet, sheet: MemorySheet): void {
  const merges = (ws as unknown as { _merges: Record<string, { tl: string; br: string }> })._merges;
  sheet.merges = Object.values(merges ?? {}).map((m) => (m.tl === m.br ? m.tl : `${m.tl}:${m.br}`));
  (ws.columns ?? []).forEach((column, i) => {
    if (column?.width !== undefined) sheet.columnWidths.set(i, column.width);
  });
  const view = ws.views?.[0];
  if (view?.state === 'frozen') {
    const v = view as Partial<ExcelJS.WorksheetViewFrozen>;
    if ((v.xSplit ?? 0) > 0 || (v.ySplit ?? 0) > 0)
      sheet.freeze = { rows: v.ySplit ?? 0, columns: v.xSplit ?? 0 };
  }
  const setup = ws.pageSetup;
  if (setup?.paperSize === 9 && setup.fitToPage) {
    sheet.print = {
      paper: 'A4',
      orientation: setup.orientation === 'landscape' ? 'landscape' : 'portrait',
      fitToWidth: setup.fitToWidth ?? 1,
      fitToHeight: setup.fitToHeight ?? 1,
    };
    const footer = parseFooter(ws.headerFooter?.oddFooter ?? '');
    if (footer) sheet.print.footer = footer;
  }
  const tab = ws.properties?.tabColor as Partial<ExcelJS.Color> | undefined;
  if (tab?.argb && /^[0-9A-Fa-f]{8}$/.test(tab.argb)) sheet.tabColor = `#${tab.argb.slice(2).toUpperCase()}`;
}

/** 0-based rows that start a page: <brk id="r"/> breaks after 1-based row r, so before 0-based row r. */
export function readRowBreaks(sheetXml: string): number[] {
  const block = /<(?:\w+:)?rowBreaks\b[\s\S]*?<\/(?:\w+:)?rowBreaks>/.exec(sheetXml);
  if (!block) return [];
  const rows: number[] = [];
  const re = /<(?:\w+:)?brk\b([^>]*)\/?>/g;
  for (let m = re.exec(block[0]); m; m = re.exec(block[0])) {
    const a = attributes(m[1]!);
    if (a.id && a.man !== '0' && a.man !== 'false') rows.push(Number(a.id));
  }
  return rows.sort((a, b) => a - b);
}

/** '&LLeft&CCenter&RRight' → its three parts; null when empty. Codes such as &P stay as written. */
export function parseFooter(text: string): { left?: string; center?: string; right?: string } | null {
  if (!text) return null;
  const parts: { left?: string; center?: string; right?: string } = {};
  let section: 'left' | 'center' | 'right' = 'center';
  let current = '';
  const flush = () => {
    if (current) parts[section] = (parts[section] ?? '') + current;
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '&' && (next === 'L' || next === 'C' || next === 'R')) {
      flush();
      section = next === 'L' ? 'left' : next === 'C' ? 'center' : 'right';
      i++;
    } else if (c === '&' && next !== undefined) {
      current += c + next;
      i++;
    } else current += c;
  }
  flush();
  return Object.keys(parts).length ? parts : null;
}

/** 0-based row → points, for rows whose height was set (customHeight). */
export function readRowHeights(sheetXml: string): Map<number, number> {
  const heights = new Map<number, number>();
  const re = /<(?:\w+:)?row\b([^>]*\bcustomHeight="(?:1|true)"[^>]*)>/g;
  for (let m = re.exec(sheetXml); m; m = re.exec(sheetXml)) {
    const a = attributes(m[1]!);
    if (a.r && a.ht) heights.set(Number(a.r) - 1, Number(a.ht));
  }
  return heights;
}

/** Literal lists ('"Förbundet,Egen"'); lists that refer to ranges are not part of the model. */
export function readValidations(sheetXml: string): Array<{ range: string; list: string[] }> {
  const out: Array<{ range: string; list: string[] }> = [];
  for (const dv of elements(sheetXml, 'dataValidation')) {
    const a = attributes(dv.start);
    if (a.type !== 'list' || !a.sqref) continue;
    const f = unescapeXml(elements(dv.inner, 'formula1')[0]?.inner ?? '').trim();
    if (!/^".*"$/s.test(f)) continue;
    const list = f
      .slice(1, -1)
      .replace(/""/g, '"')
      .split(',')
      .map((s) => s.trim());
    for (const range of a.sqref.split(/\s+/).filter(Boolean)) out.push({ range, list: [...list] });
  }
  return out;
}

async function readTables(zip: JSZip, part: SheetPart) {
  const rels = await readRelationships(zip, part.path);
  const tables = [];
  for (const rel of rels.filter((r) => r.type === REL.table)) {
    const xml = await zip.file(resolveTarget(part.path, rel.target))?.async('string');
    if (!xml) continue;
    const root = /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
    if (!root) continue;
    const a = attributes(root[1]!);
    const name = a.displayName || a.name;
    // A table without a header row has no column names to find it by; the model cannot hold it.
    if (!name || !a.ref || a.headerRowCount === '0') continue;
    const range = parseRange(a.ref);
    if (Number(a.totalsRowCount ?? 0) > 0) range.bottom -= Number(a.totalsRowCount);
    const styleTag = elements(xml, 'tableStyleInfo')[0];
    const style = (styleTag && attributes(styleTag.start).name) || 'TableStyleMedium2';
    tables.push({ name, sheet: part.name, range, style });
  }
  return tables;
}

async function readCustomProperties(zip: JSZip, workbook: MemoryWorkbook): Promise<void> {
  const rels = await readRelationships(zip, '');
  const rel = rels.find((r) => r.type === REL.customProperties);
  const xml = rel && (await zip.file(resolveTarget('', rel.target))?.async('string'));
  if (!xml) return;
  for (const p of elements(xml, 'property')) {
    const name = attributes(p.start).name;
    const text = elements(p.inner, 'lpwstr')[0];
    if (name && text) workbook.settings.set(name, unescapeXml(text.inner));
  }
}
