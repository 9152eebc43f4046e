// MemoryWorkbook → .xlsx bytes. ExcelJS writes cells, styles, merges, widths, views and tables;
// the package is then completed here with what ExcelJS cannot write or writes lossily: defined
// names, data validation lists, native charts and document settings (custom properties).
// Browser-safe: no Node APIs.
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  parseRange,
  type MemoryCell,
  type MemorySheet,
  type MemoryTable,
  type MemoryWorkbook,
} from '../memory/memory-workbook';
import { sheetOfReference } from '../memory/ownership';
import { columnLetter } from '../../workbook/snapshot';
import { excelNameKey } from '../../workbook/names';
import type { PrintSetup } from '../../workbook/sheet-plan';
import { addCharts } from './charts';
import { footerText } from './footer';
import {
  addContentTypeOverrides,
  addRelationships,
  CONTENT_TYPE,
  escapeXml,
  REL,
  sheetParts,
  workbookPath,
} from './ooxml';
import { writePackage } from './package-writer';
import type { PackageSource } from './read';
import type { ZipCodec } from './zip';
import { SOURCE_STYLE, toExcelStyle, type SourceStyled } from './styles';

/**
 * A workbook read from a package is written by editing that package (package-writer.ts); a new one
 * (the template, the example, tests) through ExcelJS.
 */
export async function writeXlsxData(workbook: MemoryWorkbook, codec?: ZipCodec): Promise<Uint8Array> {
  if (workbook.source) return writePackage(workbook, workbook.source as PackageSource, codec);
  // Loaded on first use: ExcelJS takes a second to load, which the CLI's other commands need not pay.
  const { default: Excel } = await import('exceljs');
  const excel = new Excel.Workbook();
  excel.creator = 'Insatsbudget';
  const styles = new StyleCache();
  for (const sheet of workbook.sheets) writeSheet(excel, workbook, sheet, styles);
  // The sheet the file opens on: the workbook view's active tab, and that sheet's view selected.
  const active =
    workbook.activeSheet === null ? -1 : workbook.sheets.findIndex((s) => s.name === workbook.activeSheet);
  if (active >= 0) {
    excel.views = [
      { x: 0, y: 0, width: 28800, height: 17600, firstSheet: 0, activeTab: active, visibility: 'visible' },
    ];
    excel.worksheets.forEach((ws, i) => {
      const views = ws.views.length ? ws.views : [{}];
      ws.views = views.map((v) => ({ ...v, tabSelected: i === active })) as typeof ws.views;
    });
  }
  const raw = await excel.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  const wbPath = await workbookPath(zip);
  let wbXml = await zip.file(wbPath)!.async('string');
  wbXml = withDefinedNames(wbXml, workbook);
  zip.file(wbPath, wbXml);
  const parts = await sheetParts(zip, wbPath, wbXml);
  for (const sheet of workbook.sheets) {
    if (sheet.validations.length === 0) continue;
    const part = parts.find((p) => p.name === sheet.name)!;
    zip.file(part.path, withValidations(await zip.file(part.path)!.async('string'), sheet.validations));
  }
  await addCharts(zip, workbook.sheets, parts);
  await addCustomProperties(zip, workbook.settings);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function writeSheet(
  excel: ExcelJS.Workbook,
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  styles: StyleCache,
): void {
  const ws = excel.addWorksheet(sheet.name, {
    state:
      sheet.visibility === 'Hidden' ? 'hidden' : sheet.visibility === 'VeryHidden' ? 'veryHidden' : 'visible',
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.slice(1).toUpperCase()}` } } : {},
    views: sheet.freeze
      ? [
          {
            state: 'frozen',
            xSplit: sheet.freeze.columns,
            ySplit: sheet.freeze.rows,
            topLeftCell: `${columnLetter(sheet.freeze.columns)}${sheet.freeze.rows + 1}`,
          },
        ]
      : [],
  });
  // Tables first: ExcelJS fills a table's cells when it is added; the model's cells then go over them.
  const headers = new Map<string, string>();
  for (const table of workbook.tables.filter((t) => t.sheet === sheet.name))
    addTable(ws, sheet, table, headers);
  for (const [key, cell] of sheet.cells) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    const header = headers.get(key);
    writeCell(
      ws.getCell(row + 1, col + 1),
      header === undefined
        ? (cell as SourceStyled)
        : { ...cell, value: header, type: 'String', formula: null },
      styles,
    );
  }
  mergeCells(ws, sheet.merges);
  for (const [col, width] of sheet.columnWidths) ws.getColumn(col + 1).width = width;
  for (const [row, height] of sheet.rowHeights) ws.getRow(row + 1).height = height;
  if (sheet.print) writePrint(ws, sheet.print);
}

function writePrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  // paperSize 9 is A4 in SpreadsheetML's numbering.
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9 as ExcelJS.PageSetup['paperSize'],
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    // ExcelJS writes it as the sheet's _xlnm.Print_Titles defined name ('$5:$5').
    ...(print.titleRows
      ? { printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}` }
      : {}),
  };
  // A break before 0-based row r is SpreadsheetML's <brk id="r"/>: after 1-based row r.
  for (const row of print.rowBreaks ?? []) if (row > 0) ws.getRow(row).addPageBreak();
  if (print.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: footerText(print.footer) };
}

/**
 * ExcelJS checks each new merge against every earlier one (quadratic: minutes for the thousands of
 * merged decision texts of a large summary). The check is done here once, with a set of covered
 * cells, and ExcelJS merges each range against an empty list.
 */
function mergeCells(ws: ExcelJS.Worksheet, merges: readonly string[]): void {
  const internal = ws as unknown as { _merges: Record<string, unknown> };
  const covered = new Set<string>();
  const all: Record<string, unknown> = {};
  for (const range of merges) {
    const { top, left, bottom, right } = parseRange(range);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        if (covered.has(`${r},${c}`)) throw new Error(`Merged ranges overlap at ${columnLetter(c)}${r + 1}`);
        covered.add(`${r},${c}`);
      }
    internal._merges = {};
    ws.mergeCells(range);
    Object.assign(all, internal._merges);
  }
  internal._merges = all;
}

/** Adds the table; headers receives the header text each header cell must have ('row,col' → text). */
function addTable(
  ws: ExcelJS.Worksheet,
  sheet: MemorySheet,
  table: MemoryTable,
  headers: Map<string, string>,
): void {
  const { top, left, right } = table.range;
  // Excel requires a data row: a table of a header only gets one empty row.
  const bottom = Math.max(table.range.bottom, top + 1);
  const used = new Set<string>();
  const columns = [];
  for (let c = left; c <= right; c++) {
    // Header cells are text and unique within a table, or Excel repairs the file.
    let name = String(sheet.getCell(top, c).value).trim() || `Kolumn${c - left + 1}`;
    for (let n = 2; used.has(excelNameKey(name)); n++)
      name = `${String(sheet.getCell(top, c).value).trim() || 'Kolumn'}${n}`;
    used.add(excelNameKey(name));
    columns.push({ name, filterButton: true });
    headers.set(`${top},${c}`, name);
  }
  const rows: null[][] = [];
  for (let r = top + 1; r <= bottom; r++) rows.push(columns.map(() => null));
  ws.addTable({
    name: table.name,
    ref: `${columnLetter(left)}${top + 1}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns,
    rows,
  });
}

/**
 * One ExcelJS style object per distinct look: ExcelJS remembers the style id of an object it has
 * seen, so sharing objects saves building a style per cell (a large summary has hundreds of
 * thousands of cells and a few dozen looks). The shared objects are never changed afterwards.
 */
class StyleCache {
  private readonly plain = new Map<string, Partial<ExcelJS.Style>>();
  private readonly bySource = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();

  get(cell: SourceStyled): Partial<ExcelJS.Style> | null {
    const source = cell[SOURCE_STYLE];
    const format = cell.numberFormat && cell.numberFormat !== 'General' ? cell.numberFormat : null;
    if (!source && !cell.style && !format) return null;
    let map = this.plain;
    if (source) {
      map = this.bySource.get(source) ?? new Map();
      this.bySource.set(source, map);
    }
    const key = `${format ?? ''}|${cell.style ? JSON.stringify(cell.style) : ''}`;
    let style = map.get(key);
    if (!style) {
      style = toExcelStyle(cell.style, source);
      if (format) style.numFmt = format;
      map.set(key, style);
    }
    return style;
  }
}

function writeCell(target: ExcelJS.Cell, cell: SourceStyled, styles: StyleCache): void {
  const style = styles.get(cell);
  if (style) target.style = style;
  const value = valueOf(cell);
  if (cell.formula) {
    target.value = {
      formula: cell.formula.replace(/^=/, ''),
      result: value ?? undefined,
    } as ExcelJS.CellFormulaValue;
  } else {
    // A string is written as a string (shared string), whatever its first character.
    target.value = value;
  }
}

function valueOf(cell: MemoryCell): ExcelJS.CellValue {
  switch (cell.type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(cell.value) } as ExcelJS.CellErrorValue;
    default:
      return cell.value === '' ? null : cell.value;
  }
}

/** The workbook part with the model's names (workbook-scoped) in its <definedNames>. */
function withDefinedNames(wbXml: string, workbook: MemoryWorkbook): string {
  if (workbook.names.size === 0) return wbXml;
  const sheets = new Set(workbook.sheets.map((s) => excelNameKey(s.name)));
  const entries = [...workbook.names].map(([name, reference]) => {
    const sheet = sheetOfReference(reference);
    // A name whose sheet is gone refers to nothing, as Excel writes it.
    const text = sheet && !sheets.has(excelNameKey(sheet)) ? '#REF!' : reference.replace(/^=/, '');
    return `<definedName name="${escapeXml(name)}">${escapeXml(text)}</definedName>`;
  });
  if (/<definedNames>/.test(wbXml))
    return wbXml.replace('</definedNames>', `${entries.join('')}</definedNames>`);
  return wbXml.replace('</sheets>', `</sheets><definedNames>${entries.join('')}</definedNames>`);
}

/** Worksheet children that come after <dataValidations> (CT_Worksheet's sequence). */
const AFTER_VALIDATIONS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'tableParts',
  'extLst',
];

function withValidations(sheetXml: string, validations: MemorySheet['validations']): string {
  const body = validations
    .map((v) => {
      const formula = `"${v.list.map((item) => item.replace(/"/g, '""')).join(',')}"`;
      return `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${escapeXml(v.range)}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
    })
    .join('');
  const xml = `<dataValidations count="${validations.length}">${body}</dataValidations>`;
  const after = AFTER_VALIDATIONS.map((t) => sheetXml.search(new RegExp(`<${t}[\\s>/]`))).filter(
    (i) => i >= 0,
  );
  const at = after.length ? Math.min(...after) : sheetXml.lastIndexOf('</worksheet>');
  return sheetXml.slice(0, at) + xml + sheetXml.slice(at);
}

async function addCustomProperties(zip: JSZip, settings: ReadonlyMap<string, string>): Promise<void> {
  if (settings.size === 0) return;
  const path = 'docProps/custom.xml';
  const props = [...settings]
    .map(
      ([name, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
    )
    .join('');
  zip.file(
    path,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
  );
  await addRelationships(zip, '', [{ type: REL.customProperties, target: path }]);
  await addContentTypeOverrides(zip, [{ part: path, type: CONTENT_TYPE.customProperties }]);
}
