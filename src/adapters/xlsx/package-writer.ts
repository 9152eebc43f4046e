// A workbook read from a package is written by editing that package, not by re-serialising a
// model: every part Insatsbudget does not own is copied as it was, byte for byte (charts, images,
// comments, conditional formats, print settings, names, properties, themes …). What changes:
//   - the add-in's own sheets: their worksheet parts, tables, drawings and charts are added, and
//     the ones an earlier run wrote are removed when they are replaced;
//   - a user's sheet whose cells the model changed (Justeringar rows): only its <sheetData>, where
//     every unchanged cell keeps its XML, and the ref of a table that grew or shrank;
//   - workbook.xml's sheet list, defined names (ours added/replaced, sheet-scoped ones renumbered),
//     active tab; the relationships and content types of the parts above; styles.xml gets new
//     cell formats appended (existing indexes keep their meaning); docProps/custom.xml gets our
//     settings, the user's other properties kept; calcChain.xml (a cache Excel rebuilds) is dropped
//     when a sheet with formulas goes.
// Browser-safe: no Node APIs.
import type {
  MemoryCell,
  MemorySheet,
  MemoryTable,
  MemoryWorkbook,
  PlannedCells,
} from '../memory/memory-workbook';
import type { PlanCell } from '../../workbook/sheet-plan';
import { sheetOfReference } from '../memory/ownership';
import { columnLetter, qualified } from '../../workbook/snapshot';
import { excelNameKey } from '../../workbook/names';
import { withSheetTitles } from './app-properties';
import { addCharts } from './charts';
import { footerText } from './footer';
import {
  addContentTypeOverrides,
  addRelationships,
  attributes,
  CONTENT_TYPE,
  elements,
  escapeXml,
  NS_R,
  readRelationships,
  REL,
  relsPathOf,
  resolveTarget,
} from './ooxml';
import { rereadSheet, type PackageSource, type SheetSource } from './read';
import { sheetFingerprint } from './sheet-fingerprint';
import { RAW, sameCell, type ParsedSheetXml, type RawMemoryCell } from './sheet-xml';
import { readCellFormats, StyleAppender, type CellFormat } from './styles-part';
import { PackageParts, webCodec, type PartCodec } from './parts';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

interface SheetEntry {
  sheet: MemorySheet;
  path: string;
  rid: string;
  sheetId: number;
  /** Index in the package's original sheet list; null for a new sheet. */
  original: number | null;
}

export async function writePackage(
  workbook: MemoryWorkbook,
  source: PackageSource,
  codec: PartCodec = webCodec,
): Promise<Uint8Array> {
  const zip = PackageParts.open(source.bytes, codec);
  if (!zip) throw new Error('The package is not a zip this writer copies from (split or encrypted).');
  const wbPath = source.wbPath;
  const wbRelsPath = relsPathOf(wbPath);
  let wbXml = await zip.file(wbPath)!.async('string');
  let wbRels = await text(zip, wbRelsPath);
  let types = await text(zip, '[Content_Types].xml');
  const wbRelList = await readRelationships(zip, wbPath);
  const usedRids = new Set(wbRelList.map((r) => r.id));
  const freeRid = () => {
    let n = 1;
    while (usedRids.has(`rId${n}`)) n++;
    usedRids.add(`rId${n}`);
    return `rId${n}`;
  };

  // Styles: existing formats for rewritten user cells, an appender for new ones.
  let stylesRel = wbRelList.find((r) => r.type === REL.styles);
  let stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : 'xl/styles.xml';
  const stylesXml = (stylesRel && (await zip.file(stylesPath)?.async('string'))) || null;
  const styles = new StyleAppender(stylesXml ?? MINIMAL_STYLES);
  const formats = readCellFormats(stylesXml ?? MINIMAL_STYLES);

  // Which original sheets stay, which are new.
  const entries: SheetEntry[] = [];
  const keptPaths = new Set<string>();
  let maxSheetId = Math.max(0, ...source.sheets.map((s) => s.sheetId));
  const usedPaths = new Set(zip.names());
  const freePath = (folder: string, stem: string) => {
    let n = 1;
    while (usedPaths.has(`${folder}/${stem}${n}.xml`)) n++;
    usedPaths.add(`${folder}/${stem}${n}.xml`);
    return `${folder}/${stem}${n}.xml`;
  };
  for (const sheet of workbook.sheets) {
    const src = sheet.source as SheetSource | null;
    const original = src ? source.sheets.findIndex((s) => s.path === src.path) : -1;
    if (src && original >= 0 && !keptPaths.has(src.path)) {
      keptPaths.add(src.path);
      const o = source.sheets[original]!;
      entries.push({ sheet, path: o.path, rid: o.rid, sheetId: o.sheetId, original });
    } else {
      entries.push({
        sheet,
        path: freePath('xl/worksheets', 'sheet'),
        rid: freeRid(),
        sheetId: ++maxSheetId,
        original: null,
      });
    }
  }

  // Sheets that went (the add-in's replaced sheets): their parts and the parts only they used.
  const removedSheetIds = new Set<number>();
  for (const o of source.sheets) {
    if (keptPaths.has(o.path)) continue;
    removedSheetIds.add(o.sheetId);
    for (const part of await partsOwnedBy(zip, o.path)) {
      zip.remove(part);
      types = withoutOverride(types, part);
    }
    wbRels = wbRels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${o.rid}"[^>]*/>`), '');
  }
  if (removedSheetIds.size > 0) {
    const chain = wbRelList.find((r) => r.type === REL.calcChain);
    if (chain) {
      const p = resolveTarget(wbPath, chain.target);
      zip.remove(p);
      types = withoutOverride(types, p);
      wbRels = wbRels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${chain.id}"[^>]*/>`), '');
    }
  }

  // Tables: ids are unique in the workbook.
  let maxTableId = 0;
  for (const f of zip.file(/^xl\/tables\/[^/]+\.xml$/)) {
    const m = /<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(await f.async('string'));
    if (m) maxTableId = Math.max(maxTableId, Number(m[1]));
  }
  const sourceTables = new Map(source.tables.map((t) => [excelNameKey(t.name), t]));

  // The sheet the file opens on, when the plans chose one (activate): only then the active tab moves.
  const activeName = workbook.activeSheet !== source.activeSheet ? workbook.activeSheet : null;
  const newSheets: SheetEntry[] = [];
  for (const entry of entries) {
    const tables = workbook.tables.filter((t) => excelNameKey(t.sheet) === excelNameKey(entry.sheet.name));
    if (entry.original === null) {
      newSheets.push(entry);
      const tableRefs: string[] = [];
      for (const table of tables) {
        const tablePath = freePath('xl/tables', 'table');
        zip.file(tablePath, tableXml(entry.sheet, table, ++maxTableId));
        types = withOverride(types, tablePath, CONTENT_TYPE.table);
        tableRefs.push(`../tables/${tablePath.split('/').pop()}`);
      }
      const rids = tableRefs.length
        ? await addRels(
            zip,
            entry.path,
            tableRefs.map((t) => ({ type: REL.table, target: t })),
          )
        : [];
      zip.file(
        entry.path,
        newSheetXml(entry.sheet, styles, rids, workbook.date1904, entry.sheet.name === activeName),
      );
      types = withOverride(types, entry.path, CONTENT_TYPE.worksheet);
      wbRels = wbRels.replace(
        /<\/Relationships>\s*$/,
        `<Relationship Id="${entry.rid}" Type="${REL.worksheet}" Target="${escapeXml(relativeTarget(wbPath, entry.path))}"/></Relationships>`,
      );
      continue;
    }
    // A user's sheet: rewritten only where the model differs from what was read. Its cells' XML
    // is read again only when its digest says that something changed (sheet-fingerprint.ts).
    const src = entry.sheet.source as SheetSource;
    if (src.fingerprint !== null && sheetFingerprint(entry.sheet) !== src.fingerprint) {
      const xml = await zip.file(entry.path)!.async('string');
      const read = await rereadSheet(source, entry.path, xml, (p) => zip.original(p));
      if (isDirty(entry.sheet, read.sheet))
        zip.file(entry.path, rewriteSheetData(xml, entry.sheet, read, styles, formats));
    }
    if (activeName !== null) {
      // Another sheet becomes the active one: a user's sheet left selected would group the two.
      const xml = await zip.file(entry.path)!.async('string');
      const unselected = xml.replace(/(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/g, '$1');
      if (unselected !== xml) zip.file(entry.path, unselected);
    }
    const added: MemoryTable[] = [];
    for (const table of tables) {
      const was = sourceTables.get(excelNameKey(table.name));
      if (!was || was.sheetPath !== entry.path) {
        added.push(table);
        continue;
      }
      const xml = await zip.file(was.path)!.async('string');
      const patched = withAddedColumns(withTableRange(xml, table), entry.sheet, table);
      if (patched !== xml) zip.file(was.path, patched);
    }
    if (added.length) {
      const targets: string[] = [];
      for (const table of added) {
        const tablePath = freePath('xl/tables', 'table');
        zip.file(tablePath, tableXml(entry.sheet, table, ++maxTableId));
        types = withOverride(types, tablePath, CONTENT_TYPE.table);
        targets.push(`../tables/${tablePath.split('/').pop()}`);
      }
      const rids = await addRels(
        zip,
        entry.path,
        targets.map((t) => ({ type: REL.table, target: t })),
      );
      const xml = await zip.file(entry.path)!.async('string');
      zip.file(entry.path, withTableParts(xml, rids));
    }
  }

  if (styles.changed || !stylesXml) {
    zip.file(stylesPath, styles.result());
    if (!stylesRel) {
      stylesPath = 'xl/styles.xml';
      stylesRel = { id: freeRid(), type: REL.styles, target: 'styles.xml' };
      wbRels = wbRels.replace(
        /<\/Relationships>\s*$/,
        `<Relationship Id="${stylesRel.id}" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
      );
      types = withOverride(types, stylesPath, CONTENT_TYPE.styles);
    }
  }

  wbXml = withSheetList(wbXml, entries, activeName);
  wbXml = withDefinedNames(wbXml, workbook, entries, source);
  zip.file(wbPath, wbXml);
  zip.file(wbRelsPath, wbRels);
  zip.file('[Content_Types].xml', types);

  // Charts of the new sheets (adds drawings, relationships and content types itself).
  await addCharts(
    zip,
    newSheets.map((e) => e.sheet),
    newSheets.map((e, i) => ({ name: e.sheet.name, index: i, path: e.path })),
  );
  await writeSettings(zip, workbook.settings, source.settings);
  await writeSheetTitles(
    zip,
    source.sheets.map((s) => s.name),
    entries.map((e) => e.sheet.name),
  );
  return zip.toBytes();
}

async function text(zip: PackageParts, path: string): Promise<string> {
  const f = zip.file(path);
  if (f) return f.async('string');
  if (path.endsWith('.rels'))
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  throw new Error(`No part ${path}`);
}

/** A target relative to the folder of `from`: xl/workbook.xml, xl/worksheets/sheet3.xml → worksheets/sheet3.xml. */
function relativeTarget(from: string, to: string): string {
  const dir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let i = 0;
  while (i < dir.length && dir[i] === target[i]) i++;
  return [...dir.slice(i).map(() => '..'), ...target.slice(i)].join('/');
}

const addRels = addRelationships;

/** The sheet part, its relationships and the parts reached from them (tables, drawings, charts). */
async function partsOwnedBy(zip: PackageParts, sheetPath: string): Promise<string[]> {
  const out = [sheetPath];
  const walk = async (part: string, depth: number) => {
    const relsPath = relsPathOf(part);
    if (!zip.file(relsPath)) return;
    out.push(relsPath);
    for (const rel of await readRelationships(zip, part)) {
      if (/TargetMode="External"/.test(rel.target) || rel.target.startsWith('http')) continue;
      if (rel.type.endsWith('/hyperlink')) continue;
      const target = resolveTarget(part, rel.target);
      if (!zip.file(target) || out.includes(target)) continue;
      out.push(target);
      if (depth < 3) await walk(target, depth + 1);
    }
  };
  await walk(sheetPath, 0);
  return out;
}

function withOverride(types: string, part: string, type: string): string {
  return types.replace(
    /<\/Types>\s*$/,
    `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/></Types>`,
  );
}

function withoutOverride(types: string, part: string): string {
  const name = escapeXml(`/${part}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return types.replace(new RegExp(`<Override\\b[^>]*\\bPartName="${name}"[^>]*/>`, 'i'), '');
}

// ---- cells --------------------------------------------------------------------------------------

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** What xmlText changes: the markup characters escapeXml replaces, and those XML 1.0 forbids. */
const NOT_PLAIN = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function xmlText(s: string): string {
  // Most cell texts have none of them: one scan instead of a replacement per character kind.
  return NOT_PLAIN.test(s) ? escapeXml(s.replace(INVALID_XML, '')) : s;
}

/** Column letters by index, made once: every cell's reference starts with one. */
const LETTERS: string[] = [];
const letterOf = (column: number): string => (LETTERS[column] ??= columnLetter(column));

/**
 * A cell's XML in a sheet part the writer makes. Its value's type attribute and content are chosen
 * by branches, not made as an object by a closure: a 20 000-row workbook's summary sheets are some
 * 290 000 cells.
 */
export function cellXml(ref: string, cell: MemoryCell, s: number, date1904: boolean): string {
  void date1904;
  const sAttr = s ? ` s="${s}"` : '';
  // t: the type attribute; v: the content (a <v> element, or the text of a String); none: no value.
  let t = '';
  let v = '';
  let none = false;
  switch (cell.type) {
    case 'Empty':
      none = true;
      break;
    case 'Error':
      t = ' t="e"';
      v = `<v>${xmlText(String(cell.value))}</v>`;
      break;
    case 'Boolean':
      t = ' t="b"';
      v = `<v>${cell.value ? 1 : 0}</v>`;
      break;
    case 'Double':
      if (typeof cell.value === 'number' && Number.isFinite(cell.value)) v = `<v>${cell.value}</v>`;
      else none = true;
      break;
    default:
      v = String(cell.value);
  }
  if (cell.formula) {
    const f = `<f>${xmlText(cell.formula.replace(/^=/, ''))}</f>`;
    if (none) return `<c r="${ref}"${sAttr}>${f}</c>`;
    if (cell.type === 'String') return `<c r="${ref}"${sAttr} t="str">${f}<v>${xmlText(v)}</v></c>`;
    return `<c r="${ref}"${sAttr}${t}>${f}${v}</c>`;
  }
  if (none) return `<c r="${ref}"${sAttr}/>`;
  // Text is an inline string: never a formula, whatever its first character, and sharedStrings.xml stays as it was.
  if (cell.type === 'String')
    return `<c r="${ref}"${sAttr} t="inlineStr"><is><t${/^\s|\s$|\s\s|[\t\n\r]/.test(v) ? ' xml:space="preserve"' : ''}>${xmlText(v)}</t></is></c>`;
  return `<c r="${ref}"${sAttr}${t}>${v}</c>`;
}

function cellsByRow(sheet: MemorySheet): Map<number, Array<[number, MemoryCell]>> {
  const rows = new Map<number, Array<[number, MemoryCell]>>();
  for (const [k, cell] of sheet.cells) {
    const i = k.indexOf(',');
    const r = Number(k.slice(0, i));
    const c = Number(k.slice(i + 1));
    let list = rows.get(r);
    if (!list) rows.set(r, (list = []));
    list.push([c, cell]);
  }
  for (const list of rows.values()) list.sort((a, b) => a[0] - b[0]);
  return rows;
}

/** A new sheet's rows: which have cells, each row's cells by column when asked for, the used range. */
interface SheetRows {
  rows: Iterable<number>;
  cells(row: number): Array<[number, MemoryCell]>;
  range: { top: number; bottom: number; left: number; right: number } | null;
}

function rowsOf(sheet: MemorySheet): SheetRows {
  if (sheet.planned) return plannedRows(sheet.planned);
  const rows = cellsByRow(sheet);
  let range: SheetRows['range'] = null;
  for (const [r, cells] of rows) {
    const left = cells[0]![0];
    const right = cells[cells.length - 1]![0];
    if (!range) range = { top: r, bottom: r, left, right };
    else {
      range.top = Math.min(range.top, r);
      range.bottom = Math.max(range.bottom, r);
      range.left = Math.min(range.left, left);
      range.right = Math.max(range.right, right);
    }
  }
  return { rows: rows.keys(), cells: (r) => rows.get(r) ?? [], range };
}

/**
 * A sheet written from a plan, row by row from its blocks: no map keyed by cell address, and a
 * row's MemoryCells made only while the row is written (holding every cell of a 200 000-cell
 * summary at once was 40 MB of the save's peak).
 */
function plannedRows(planned: PlannedCells): SheetRows {
  // Each row's cells by column (sparse), a later block's cell over an earlier one's.
  const grid = new Map<number, Array<Exclude<PlanCell, null>>>();
  let range: SheetRows['range'] = null;
  for (const block of planned.blocks)
    block.cells.forEach((cells, r) => {
      const row = block.row + r;
      cells.forEach((cell, c) => {
        if (!cell) return;
        let line = grid.get(row);
        if (!line) grid.set(row, (line = []));
        const column = block.column + c;
        line[column] = cell;
        if (!range) range = { top: row, bottom: row, left: column, right: column };
        else {
          range.top = Math.min(range.top, row);
          range.bottom = Math.max(range.bottom, row);
          range.left = Math.min(range.left, column);
          range.right = Math.max(range.right, column);
        }
      });
    });
  return {
    rows: grid.keys(),
    cells: (r) => {
      const list: Array<[number, MemoryCell]> = [];
      grid.get(r)?.forEach((cell, c) => list.push([c, planned.cell(cell)]));
      return list;
    },
    range,
  };
}

/** True when a cell of `sheet` is not the one `read` has at its place, or one is missing. */
function isDirty(sheet: MemorySheet, read: MemorySheet): boolean {
  if (sheet.cells.size !== read.cells.size) return true;
  for (const [k, cell] of sheet.cells) {
    const was = read.cells.get(k);
    if (!was || !sameCell(was, cell)) return true;
  }
  return false;
}

const sameFormat = (f: CellFormat | undefined, cell: MemoryCell) =>
  f !== undefined &&
  f.numberFormat === cell.numberFormat &&
  JSON.stringify(f.style ?? null) === JSON.stringify(cell.style ?? null);

/** The worksheet part with a new <sheetData>: unchanged cells and row tags as they were (`read`: the part read again). */
function rewriteSheetData(
  xml: string,
  sheet: MemorySheet,
  read: { sheet: MemorySheet; parsed: ParsedSheetXml },
  styles: StyleAppender,
  formats: CellFormat[],
): string {
  const { parsed } = read;
  const was = read.sheet.cells as Map<string, RawMemoryCell>;
  const rows = cellsByRow(sheet);
  const rowNumbers = [...new Set([...rows.keys(), ...parsed.rowTags.keys()])].sort((a, b) => a - b);
  const out: string[] = [];
  for (const r of rowNumbers) {
    const cells = rows.get(r) ?? [];
    let changed = false;
    const body = cells.map(([c, cell]) => {
      const before = was.get(`${r},${c}`);
      const raw = before?.[RAW];
      if (raw && sameCell(before!, cell)) return raw.xml;
      changed = true;
      // Keep the style of the cell that was here, or of the one above (a new table row), when it has the format asked for.
      let s: number | undefined;
      if (raw && sameFormat(formats[raw.style], cell)) s = raw.style;
      const above = was.get(`${r - 1},${c}`)?.[RAW];
      if (s === undefined && above && sameFormat(formats[above.style], cell)) s = above.style;
      if (s === undefined) {
        const found = formats.findIndex((f) => sameFormat(f, cell));
        s = found >= 0 ? found : styles.index(cell.numberFormat, cell.style);
      }
      return cellXml(`${letterOf(c)}${r + 1}`, cell, s, false);
    });
    let tag = parsed.rowTags.get(r) ?? `<row r="${r + 1}">`;
    if (changed) tag = tag.replace(/\s+spans="[^"]*"/, '');
    tag = tag.replace(/\s*\/>$/, '>');
    out.push(`${tag}${body.join('')}</row>`);
  }
  const { start, end } = parsed.sheetData;
  const open = xml.slice(start, end).match(/^<((?:\w+:)?)sheetData\b[^>]*?\/?>/);
  const prefix = open?.[1] ?? '';
  let rowsXml = out.join('');
  if (prefix) rowsXml = rowsXml.replace(/<(\/?)(row|c|v|f|is|t)\b/g, `<$1${prefix}$2`);
  return `${xml.slice(0, start)}<${prefix}sheetData>${rowsXml}</${prefix}sheetData>${xml.slice(end)}`;
}

// ---- new sheets ---------------------------------------------------------------------------------

function newSheetXml(
  sheet: MemorySheet,
  styles: StyleAppender,
  tableRids: string[],
  date1904: boolean,
  selected: boolean,
): string {
  const rows = rowsOf(sheet);
  const used = rows.range;
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`,
  ];
  const pr: string[] = [];
  if (sheet.tabColor) pr.push(`<tabColor rgb="FF${sheet.tabColor.slice(1).toUpperCase()}"/>`);
  if (sheet.print) pr.push('<pageSetUpPr fitToPage="1"/>');
  if (pr.length) parts.push(`<sheetPr>${pr.join('')}</sheetPr>`);
  parts.push(
    `<dimension ref="${used ? `${columnLetter(used.left)}${used.top + 1}:${columnLetter(used.right)}${used.bottom + 1}` : 'A1'}"/>`,
  );
  let pane = '';
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows: fr, columns: fc } = sheet.freeze;
    const active = fr > 0 && fc > 0 ? 'bottomRight' : fr > 0 ? 'bottomLeft' : 'topRight';
    pane =
      `<pane${fc ? ` xSplit="${fc}"` : ''}${fr ? ` ySplit="${fr}"` : ''} topLeftCell="${columnLetter(fc)}${fr + 1}" activePane="${active}" state="frozen"/>` +
      `<selection pane="${active}"/>`;
  }
  parts.push(
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>`,
  );
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = [...sheet.columnWidths].sort((a, b) => a[0] - b[0]);
  if (widths.length) {
    const cols: string[] = [];
    for (let i = 0; i < widths.length;) {
      let j = i;
      while (
        j + 1 < widths.length &&
        widths[j + 1]![0] === widths[j]![0] + 1 &&
        widths[j + 1]![1] === widths[i]![1]
      )
        j++;
      cols.push(
        `<col min="${widths[i]![0] + 1}" max="${widths[j]![0] + 1}" width="${widths[i]![1]}" customWidth="1"/>`,
      );
      i = j + 1;
    }
    parts.push(`<cols>${cols.join('')}</cols>`);
  }
  const rowNumbers = [...new Set([...rows.rows, ...sheet.rowHeights.keys()])].sort((a, b) => a - b);
  // The rows go into the part in pieces of some 16 000 characters, each joined as soon as it is
  // full: a row's strings die young instead of all rows' strings living until one join at the end.
  parts.push('<sheetData>');
  let piece: string[] = [];
  let pieceLength = 0;
  for (const r of rowNumbers) {
    const h = sheet.rowHeights.get(r);
    let cells = '';
    for (const [c, cell] of rows.cells(r))
      cells += cellXml(`${letterOf(c)}${r + 1}`, cell, styleIndex(styles, cell), date1904);
    const row = `<row r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}>${cells}</row>`;
    piece.push(row);
    pieceLength += row.length;
    if (pieceLength >= 16_000) {
      parts.push(piece.join(''));
      piece = [];
      pieceLength = 0;
    }
  }
  parts.push(piece.join(''), '</sheetData>');
  if (sheet.merges.length)
    parts.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join('')}</mergeCells>`,
    );
  if (sheet.validations.length) {
    const body = sheet.validations
      .map((v) => {
        const formula = `"${v.list.map((item) => item.replace(/"/g, '""')).join(',')}"`;
        return `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${escapeXml(v.range)}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
      })
      .join('');
    parts.push(`<dataValidations count="${sheet.validations.length}">${body}</dataValidations>`);
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.print) {
    // paperSize 9 is A4 in SpreadsheetML's numbering.
    parts.push(
      `<pageSetup paperSize="9" orientation="${sheet.print.orientation}" fitToWidth="${sheet.print.fitToWidth}" fitToHeight="${sheet.print.fitToHeight}"/>`,
    );
  }
  if (sheet.print?.footer)
    parts.push(
      `<headerFooter><oddFooter>${xmlText(footerText(sheet.print.footer))}</oddFooter></headerFooter>`,
    );
  const breaks = (sheet.print?.rowBreaks ?? []).filter((r) => r > 0);
  if (breaks.length)
    parts.push(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`,
    );
  if (tableRids.length)
    parts.push(
      `<tableParts count="${tableRids.length}">${tableRids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`,
    );
  parts.push('</worksheet>');
  // One join: the part's text made once, not again for each enclosing template.
  return parts.join('');
}

function styleIndex(styles: StyleAppender, cell: MemoryCell): number {
  if ((!cell.numberFormat || cell.numberFormat === 'General') && !cell.style) return 0;
  return styles.index(cell.numberFormat || 'General', cell.style);
}

function tableXml(sheet: MemorySheet, table: MemoryTable, id: number): string {
  const { top, left, right } = table.range;
  // Excel requires a data row: a table of a header only gets one empty row.
  const bottom = Math.max(table.range.bottom, top + 1);
  const ref = `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
  const used = new Set<string>();
  const columns: string[] = [];
  for (let c = left; c <= right; c++) {
    // Header cells are text and unique within a table, or Excel repairs the file.
    const header = String(sheet.getCell(top, c).value).trim();
    let name = header || `Kolumn${c - left + 1}`;
    for (let n = 2; used.has(excelNameKey(name)); n++) name = `${header || 'Kolumn'}${n}`;
    used.add(excelNameKey(name));
    columns.push(`<tableColumn id="${c - left + 1}" name="${escapeXml(name)}"/>`);
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** A user's table part with the model's range (a Justeringar table that grew or shrank). */
function withTableRange(xml: string, table: MemoryTable): string {
  const root = /<(?:\w+:)?table\b[^>]*>/.exec(xml);
  if (!root) return xml;
  const a = attributes(root[0]);
  const totals = Number(a.totalsRowCount ?? 0);
  const { top, left, right } = table.range;
  const bottom = Math.max(table.range.bottom + totals, top + 1);
  const ref = `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
  if (a.ref === ref) return xml;
  const filterRef = `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom - totals + 1}`;
  return xml
    .replace(root[0], root[0].replace(/\sref="[^"]*"/, ` ref="${ref}"`))
    .replace(/(<(?:\w+:)?autoFilter\b[^>]*?\sref=")[^"]*"/, `$1${filterRef}"`);
}

/**
 * A user's table part that the model widened (a hold's Låst column added at the right end): the
 * new columns get tableColumn entries with fresh ids and their header text as name; the columns
 * the part had stay byte for byte.
 */
function withAddedColumns(xml: string, sheet: MemorySheet, table: MemoryTable): string {
  const m = /<((?:\w+:)?)tableColumns\b[^>]*>([\s\S]*?)<\/(?:\w+:)?tableColumns>/.exec(xml);
  if (!m) return xml;
  const existing = elements(m[2]!, 'tableColumn');
  const width = table.range.right - table.range.left + 1;
  if (existing.length >= width) return xml;
  const prefix = m[1]!;
  let id = Math.max(0, ...existing.map((e) => Number(attributes(e.start).id ?? 0)));
  let added = '';
  for (let c = existing.length; c < width; c++) {
    const name =
      String(sheet.getCell(table.range.top, table.range.left + c).value).trim() || `Kolumn${c + 1}`;
    added += `<${prefix}tableColumn id="${++id}" name="${xmlText(name)}"/>`;
  }
  return xml.replace(m[0], `<${prefix}tableColumns count="${width}">${m[2]}${added}</${prefix}tableColumns>`);
}

function withTableParts(xml: string, rids: string[]): string {
  const add = rids.map((id) => `<tablePart r:id="${id}"/>`).join('');
  const m = /<((?:\w+:)?)tableParts\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?tableParts>)/.exec(xml);
  if (m) {
    const inner = m[2] ?? '';
    const n = elements(inner, 'tablePart').length + rids.length;
    return xml.replace(m[0], `<${m[1]}tableParts count="${n}">${inner}${add}</${m[1]}tableParts>`);
  }
  let withNs = xml;
  if (!/xmlns:r="/.test(xml.slice(0, xml.indexOf('>', xml.indexOf('<worksheet')))))
    withNs = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  const at = withNs.search(/<(?:\w+:)?extLst[\s>]/);
  const tag = `<tableParts count="${rids.length}">${add}</tableParts>`;
  return at >= 0
    ? withNs.slice(0, at) + tag + withNs.slice(at)
    : withNs.replace(/<\/worksheet>\s*$/, `${tag}</worksheet>`);
}

// ---- workbook.xml -------------------------------------------------------------------------------

function withSheetList(wbXml: string, entries: SheetEntry[], activeName: string | null): string {
  const m = /<((?:\w+:)?)sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(wbXml);
  if (!m) throw new Error('workbook.xml has no sheet list');
  const prefix = m[1] ?? '';
  const originals = elements(m[2] ?? '', 'sheet').map((e) => e.whole);
  const rPrefix =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      wbXml,
    )?.[1] ?? 'r';
  let ns = '';
  if (!/xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(wbXml))
    ns = ` xmlns:r="${NS_R}"`;
  const list = entries.map((e) => {
    const state =
      e.sheet.visibility === 'Hidden' ? 'hidden' : e.sheet.visibility === 'VeryHidden' ? 'veryHidden' : null;
    if (e.original !== null) {
      let tag = originals[e.original]!;
      const a = attributes(tag);
      if (a.name !== e.sheet.name) tag = tag.replace(/\sname="[^"]*"/, ` name="${escapeXml(e.sheet.name)}"`);
      const had = a.state ?? null;
      if ((had === 'visible' ? null : had) !== state) {
        tag = tag.replace(/\sstate="[^"]*"/, '');
        if (state) tag = tag.replace(/^(<(?:\w+:)?sheet)\b/, `$1 state="${state}"`);
      }
      return tag;
    }
    return `<${prefix}sheet name="${escapeXml(e.sheet.name)}" sheetId="${e.sheetId}"${state ? ` state="${state}"` : ''} ${rPrefix}:id="${e.rid}"/>`;
  });
  let out =
    wbXml.slice(0, m.index) + m[0].replace(m[2] ?? '', list.join('')) + wbXml.slice(m.index + m[0].length);
  if (ns) out = out.replace(/<((?:\w+:)?)workbook\b/, `<$1workbook${ns}`);
  // The active and first visible tab follow their sheet; a tab that went falls back to the first.
  const newIndex = (old: number) => {
    const i = entries.findIndex((e) => e.original === old);
    return i >= 0 ? i : 0;
  };
  out = out.replace(/(<(?:\w+:)?workbookView\b[^>]*>)/, (tag) =>
    tag
      .replace(/\sactiveTab="(\d+)"/, (_x, n: string) => ` activeTab="${newIndex(Number(n))}"`)
      .replace(/\sfirstSheet="(\d+)"/, (_x, n: string) => ` firstSheet="${newIndex(Number(n))}"`),
  );
  const active = activeName === null ? -1 : entries.findIndex((e) => e.sheet.name === activeName);
  if (active >= 0) {
    if (/<(?:\w+:)?workbookView\b/.test(out))
      out = out.replace(
        /<((?:\w+:)?)workbookView\b([^>]*?)(\/?)>/,
        (_t, p: string, attrs: string, close: string) =>
          `<${p}workbookView${attrs.replace(/\sactiveTab="\d+"/, '')} activeTab="${active}"${close}>`,
      );
    else
      out = out.replace(
        /<((?:\w+:)?)sheets\b/,
        `<$1bookViews><$1workbookView activeTab="${active}"/></$1bookViews><$1sheets`,
      );
  }
  return out;
}

function withDefinedNames(
  wbXml: string,
  workbook: MemoryWorkbook,
  entries: SheetEntry[],
  source: PackageSource,
): string {
  const sheetNames = new Set(workbook.sheets.map((s) => excelNameKey(s.name)));
  const referTo = (reference: string) => {
    const sheet = sheetOfReference(reference);
    // A name whose sheet is gone refers to nothing, as Excel writes it.
    return sheet && !sheetNames.has(excelNameKey(sheet)) ? '#REF!' : reference.replace(/^=/, '');
  };
  const m = /<((?:\w+:)?)definedNames\b[^>]*>([\s\S]*?)<\/(?:\w+:)?definedNames>/.exec(wbXml);
  const prefix = m?.[1] ?? /<((?:\w+:)?)sheets\b/.exec(wbXml)?.[1] ?? '';
  const kept: string[] = [];
  const written = new Set<string>();
  for (const e of elements(m?.[2] ?? '', 'definedName')) {
    const a = attributes(e.start);
    const name = a.name ?? '';
    if (a.localSheetId !== undefined) {
      const i = entries.findIndex((x) => x.original === Number(a.localSheetId));
      if (i < 0) continue;
      kept.push(
        i === Number(a.localSheetId)
          ? e.whole
          : e.whole.replace(/\slocalSheetId="\d+"/, ` localSheetId="${i}"`),
      );
      continue;
    }
    if (name.startsWith('_xlnm.')) {
      kept.push(e.whole);
      continue;
    }
    const now = workbook.names.get(name);
    if (now === undefined) continue;
    written.add(name);
    kept.push(
      now === source.names.get(name) && referTo(now) === now.replace(/^=/, '')
        ? e.whole
        : `<${prefix}definedName name="${escapeXml(name)}">${escapeXml(referTo(now))}</${prefix}definedName>`,
    );
  }
  entries.forEach((e, i) => {
    const titles = e.original === null ? e.sheet.print?.titleRows : undefined;
    if (titles)
      kept.push(
        `<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(qualified(e.sheet.name, `$${titles.first + 1}:$${titles.last + 1}`))}</${prefix}definedName>`,
      );
  });
  for (const [name, reference] of workbook.names)
    if (!written.has(name))
      kept.push(
        `<${prefix}definedName name="${escapeXml(name)}">${escapeXml(referTo(reference))}</${prefix}definedName>`,
      );
  const block = kept.length ? `<${prefix}definedNames>${kept.join('')}</${prefix}definedNames>` : '';
  if (m) return wbXml.slice(0, m.index) + block + wbXml.slice(m.index + m[0].length);
  if (!block) return wbXml;
  return wbXml.replace(/<\/(?:\w+:)?sheets>/, (end) => `${end}${block}`);
}

// ---- document settings --------------------------------------------------------------------------

/** docProps/app.xml's list of sheet titles, when the sheets changed (app-properties.ts). */
async function writeSheetTitles(zip: PackageParts, before: string[], after: string[]): Promise<void> {
  if (before.length === after.length && before.every((n, i) => n === after[i])) return;
  const rel = (await readRelationships(zip, '')).find((r) => r.type === REL.extendedProperties);
  const path = rel ? resolveTarget('', rel.target) : null;
  const xml = path ? await zip.file(path)?.async('string') : undefined;
  if (!path || xml === undefined) return;
  const updated = withSheetTitles(xml, before, after);
  if (updated !== xml) zip.file(path, updated);
}

async function writeSettings(
  zip: PackageParts,
  settings: ReadonlyMap<string, string>,
  before: ReadonlyMap<string, string>,
): Promise<void> {
  const same = settings.size === before.size && [...settings].every(([k, v]) => before.get(k) === v);
  if (same) return;
  const rels = await readRelationships(zip, '');
  const rel = rels.find((r) => r.type === REL.customProperties);
  const path = rel ? resolveTarget('', rel.target) : 'docProps/custom.xml';
  const xml = rel ? await zip.file(path)?.async('string') : undefined;
  const NS_VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
  const props: string[] = [];
  let pid = 1;
  const done = new Set<string>();
  for (const p of elements(xml ?? '', 'property')) {
    const a = attributes(p.start);
    pid = Math.max(pid, Number(a.pid ?? 1));
    const name = a.name ?? '';
    const isText = elements(p.inner, 'lpwstr').length > 0;
    if (!isText) {
      props.push(p.whole);
      continue;
    }
    const value = settings.get(name);
    if (value === undefined) continue;
    done.add(name);
    props.push(
      value === before.get(name)
        ? p.whole
        : p.whole.replace(
            /<(\w+:)?lpwstr>[\s\S]*?<\/(\w+:)?lpwstr>/,
            `<vt:lpwstr>${xmlText(value)}</vt:lpwstr>`,
          ),
    );
  }
  for (const [name, value] of settings) {
    if (done.has(name)) continue;
    props.push(
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${++pid}" name="${escapeXml(name)}"><vt:lpwstr>${xmlText(value)}</vt:lpwstr></property>`,
    );
  }
  const head = xml ? /^[\s\S]*?<(?:\w+:)?Properties\b[^>]*>/.exec(xml)?.[0] : undefined;
  const open =
    head ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${NS_VT}">`;
  const withVt = /xmlns:vt=/.test(open)
    ? open
    : open.replace(/<((?:\w+:)?)Properties\b/, `<$1Properties xmlns:vt="${NS_VT}"`);
  zip.file(path, `${withVt}${props.join('')}</Properties>`);
  if (!rel) {
    await addRelationships(zip, '', [{ type: REL.customProperties, target: path }]);
    await addContentTypeOverrides(zip, [{ part: path, type: CONTENT_TYPE.customProperties }]);
  }
}
