// .xlsx bytes → MemoryWorkbook, shaped like what Office.js shows: dates as serial numbers (in the
// workbook's date system), formula cells with their formula and last computed value, error cells
// typed 'Error' with their text. The package is read part by part: the workbook, its relationships,
// styles, tables, and — with `sheets: 'tables'`, as the CLI reads — only the worksheets that hold
// input tables, each in one streaming pass (sheet-xml.ts). The package itself is kept beside the
// model (workbook.source) so that a copy can be written by editing it (package-writer.ts).
// Browser-safe: no Node APIs.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { MemorySheet, MemoryWorkbook, parseRange, type MemoryTable } from '../memory/memory-workbook';
import { OWNERSHIP_NAMES, sheetOfReference } from '../memory/ownership';
import type { LocalizedText } from '../../issues/types';
import { excelNameKey } from '../../workbook/names';
import { readCharts } from './charts';
import {
  attributes,
  elements,
  readRelationships,
  REL,
  relsPathOf,
  resolveTarget,
  unescapeXml,
  workbookPath,
} from './ooxml';
import { sheetFingerprint } from './sheet-fingerprint';
import { PackageDamage, parseSheetXml, type ParsedSheetXml, type SheetContext } from './sheet-xml';
import { readCellFormats, type CellFormat } from './styles-part';
import { entryBytes, storedEntries, type ZipCodec } from './zip';

const utf8 = new TextDecoder();

export interface ReadOptions {
  /**
   * 'all' (default): every worksheet's cells, for a viewer. 'tables': only the worksheets that hold
   * an input table (not the add-in's own sheets); the others are in the model by name only and are
   * kept as they are when the workbook is written.
   */
  sheets?: 'all' | 'tables';
}

/** Why bytes could not be read as a workbook, in both languages, never a library's words. */
export class XlsxReadError extends Error {
  constructor(
    readonly kind: 'not-a-workbook' | 'damaged',
    readonly text: LocalizedText,
  ) {
    super(text.en);
  }
}

/** The package a workbook was read from, for the writer. */
export interface PackageSource {
  bytes: Uint8Array;
  wbPath: string;
  sheets: Array<{ name: string; path: string; rid: string; sheetId: number }>;
  tables: Array<{ name: string; path: string; sheetPath: string; ref: string }>;
  /** The workbook-scoped names and text settings as read. */
  names: ReadonlyMap<string, string>;
  settings: ReadonlyMap<string, string>;
  activeSheet: string | null;
  /** What the cells were read with, to read a sheet again (rereadSheet). */
  date1904: boolean;
  stylesPath: string | null;
  stringsPath: string | null;
}

export interface SheetSource {
  path: string;
  /** The digest of the cells as read (sheet-fingerprint.ts); null when they were not read ('tables'). */
  fingerprint: string | null;
}

// Names the damaged part (language-neutral) but never the detail: that is English or a parser's own
// text, which must not reach a user inside a Swedish sentence.
const damaged = (part: string | null): XlsxReadError =>
  new XlsxReadError('damaged', {
    sv: `Arbetsboken är skadad${part ? `: delen ${part} går inte att läsa` : ''}. Öppna den i Excel och spara den igen, så lagar Excel den.`,
    en: `The workbook is damaged${part ? `: its part ${part} cannot be read` : ''}. Open it in Excel and save it again; Excel repairs it.`,
  });

const notAWorkbook = (): XlsxReadError =>
  new XlsxReadError('not-a-workbook', {
    sv: 'Filen är ingen .xlsx-arbetsbok (inget Excel-paket).',
    en: 'The file is not an .xlsx workbook (no Excel package).',
  });

export async function readXlsxData(
  data: ArrayBuffer | Uint8Array,
  options: ReadOptions = {},
  codec?: ZipCodec,
): Promise<MemoryWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notAWorkbook();
  }
  try {
    return await readPackage(zip, bytes, options, codec);
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw damaged(error instanceof PackageDamage ? error.part : null);
  }
}

async function readPackage(
  zip: JSZip,
  bytes: Uint8Array,
  options: ReadOptions,
  codec: ZipCodec | undefined,
): Promise<MemoryWorkbook> {
  // The large parts (sheets, shared strings) inflated by the host's codec when there is one: JSZip's
  // JavaScript inflate in 16 KB steps was a tenth of a large summarize.
  const stored = codec ? storedEntries(bytes) : null;
  const partText = async (path: string): Promise<string | undefined> => {
    const entry = stored?.get(path);
    const raw = entry && codec ? entryBytes(entry, codec) : null;
    return raw ? utf8.decode(raw) : zip.file(path)?.async('string');
  };
  const wbPath = await workbookPath(zip);
  const wbFile = zip.file(wbPath);
  if (!wbFile) throw notAWorkbook();
  const wbXml = await wbFile.async('string');
  const wbRels = await readRelationships(zip, wbPath);
  const workbook = new MemoryWorkbook();
  const pr = elements(wbXml, 'workbookPr')[0];
  const date1904 = pr ? ['1', 'true'].includes(attributes(pr.start).date1904 ?? '') : false;
  workbook.date1904 = date1904;

  // Workbook-scoped defined names (sheet-scoped and built-in ones stay in the part as they are).
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
  const owned = new Set(
    Object.values(OWNERSHIP_NAMES)
      .map((n) => workbook.names.get(n))
      .map((ref) => (ref ? sheetOfReference(ref) : null))
      .filter((n): n is string => n !== null)
      .map(excelNameKey),
  );

  const sheets = elements(wbXml, 'sheet').map(({ start }) => {
    const a = attributes(start);
    const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const rel = wbRels.find((r) => r.id === rid);
    const name = a.name ?? '';
    if (!rel) throw new PackageDamage(wbPath, `the sheet "${name}" has no relationship`);
    const path = resolveTarget(wbPath, rel.target);
    if (!zip.file(path)) throw new PackageDamage(path, `the sheet "${name}" is missing`);
    return { name, path, rid, sheetId: Number(a.sheetId ?? 0), state: a.state };
  });

  const stylesRel = wbRels.find((r) => r.type.endsWith('/styles'));
  const stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : null;
  const stringsRel = wbRels.find((r) => r.type.endsWith('/sharedStrings'));
  const stringsPath = stringsRel ? resolveTarget(wbPath, stringsRel.target) : null;
  const { formats, sharedStrings } = await cellMeanings(stylesPath, stringsPath, (p) =>
    p === stylesPath ? zip.file(p)?.async('string') : partText(p),
  );

  const source: PackageSource = {
    activeSheet: null,
    bytes,
    wbPath,
    sheets: [],
    tables: [],
    names: new Map(),
    settings: new Map(),
    date1904,
    stylesPath,
    stringsPath,
  };
  for (const [index, entry] of sheets.entries()) {
    const sheet = workbook.addSheet(entry.name);
    sheet.visibility =
      entry.state === 'hidden' ? 'Hidden' : entry.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    source.sheets.push({ name: entry.name, path: entry.path, rid: entry.rid, sheetId: entry.sheetId });
    // The sheet's text is inflated at most once: for the check of its table parts and its cells.
    let text: string | undefined;
    const sheetText = async (): Promise<string> => (text ??= (await partText(entry.path))!);
    const isOwned = owned.has(excelNameKey(entry.name));
    // The add-in's own sheets, when not read, are replaced whole on writing: their table parts are
    // not checked (nor inflated).
    const tables = await readTables(
      zip,
      entry.path,
      entry.name,
      isOwned && options.sheets === 'tables' ? null : sheetText,
    );
    for (const t of tables) {
      source.tables.push({ name: t.table.name, path: t.path, sheetPath: entry.path, ref: t.ref });
      if (!workbook.getTable(t.table.name)) workbook.addTable(t.table);
    }
    const wanted = options.sheets !== 'tables' || (tables.length > 0 && !isOwned);
    let fingerprint: string | null = null;
    if (wanted) {
      const xml = await sheetText();
      parseSheetXml(xml, sheet, sheetContext(entry.path, formats, sharedStrings, date1904));
      fingerprint = sheetFingerprint(sheet);
      sheet.charts = await readCharts(zip, { name: entry.name, index, path: entry.path });
      const titles = titleRows.get(index);
      if (sheet.print && titles) sheet.print.titleRows = titles;
    }
    sheet.source = { path: entry.path, fingerprint } satisfies SheetSource;
  }

  const activeTab = /<(?:\w+:)?workbookView\b[^>]*\bactiveTab="(\d+)"/.exec(wbXml);
  const active = workbook.sheets[activeTab ? Number(activeTab[1]) : -1];
  if (active) workbook.activeSheet = active.name;
  source.activeSheet = workbook.activeSheet;

  await readCustomProperties(zip, workbook);
  source.names = new Map(workbook.names);
  source.settings = new Map(workbook.settings);
  workbook.source = source;
  return workbook;
}

/** The cell formats (styles part) and shared strings a worksheet's cells are read with. */
async function cellMeanings(
  stylesPath: string | null,
  stringsPath: string | null,
  partText: (path: string) => Promise<string | null | undefined> | undefined,
): Promise<{ formats: CellFormat[]; sharedStrings: string[] | null }> {
  const stylesXml = stylesPath ? await partText(stylesPath) : null;
  // Listed but missing: read without it every percent would be a bare number and every date a serial.
  if (stylesPath && (stylesXml === undefined || stylesXml === null))
    throw new PackageDamage(stylesPath, 'the styles are missing');
  const formats = readCellFormats(stylesXml ?? null);
  let sharedStrings: string[] | null = null;
  if (stringsPath) {
    const xml = await partText(stringsPath);
    if (xml === undefined || xml === null)
      throw new PackageDamage(stringsPath, 'the shared strings are missing');
    sharedStrings = readSharedStrings(xml, stringsPath);
  }
  return { formats, sharedStrings };
}

function sheetContext(
  part: string,
  formats: CellFormat[],
  sharedStrings: string[] | null,
  date1904: boolean,
): SheetContext {
  return {
    part,
    formats,
    date1904,
    sharedString: (i) => {
      const s = sharedStrings?.[i];
      if (s === undefined || !Number.isInteger(i))
        throw new PackageDamage(part, `shared string ${i} does not exist`);
      return s;
    },
  };
}

/**
 * A user's sheet read again from the package it was read from, as the reader read it, with each
 * cell's own XML and each row's start tag (keepXml): for the writer, which rewrites a sheet the
 * model changed and keeps every cell it did not change as it was. `xml` is the part's text.
 */
export async function rereadSheet(
  source: PackageSource,
  path: string,
  xml: string,
  partText: (path: string) => Promise<string | null>,
): Promise<{ sheet: MemorySheet; parsed: ParsedSheetXml }> {
  const { formats, sharedStrings } = await cellMeanings(source.stylesPath, source.stringsPath, partText);
  const sheet = new MemorySheet(path);
  const parsed = parseSheetXml(xml, sheet, {
    ...sheetContext(path, formats, sharedStrings, source.date1904),
    keepXml: true,
  });
  return { sheet, parsed };
}

function readSharedStrings(xml: string, part: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser();
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    const name = tag.name.slice(tag.name.indexOf(':') + 1);
    if (name === 'si') current = [];
    else if (name === 'rPh') phonetic++;
    else if (name === 't' && current && phonetic === 0) inText = !tag.isSelfClosing;
  });
  parser.on('text', (text) => {
    if (inText && current) current.push(text);
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.slice(tag.name.indexOf(':') + 1);
    if (name === 'si' && current) {
      out.push(current.join(''));
      current = null;
    } else if (name === 'rPh') phonetic--;
    else if (name === 't') inText = false;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new PackageDamage(part, error instanceof Error ? error.message : String(error));
  }
  return out;
}

/**
 * The relationship ids the sheet's `<tablePart r:id>` elements name. The schema (CT_Worksheet)
 * puts `<tableParts>` after `<sheetData>`, with only page setup, drawings and extLst between, so
 * only the text after the last "sheetData" is searched: a backward search over the tail, never the
 * cells (a sheet without tables is otherwise not parsed at all).
 */
export function namedTableParts(sheetXml: string): string[] {
  const tail = sheetXml.slice(Math.max(0, sheetXml.lastIndexOf('sheetData')));
  return [...tail.matchAll(/<(?:\w+:)?tablePart\b([^>]*)>/g)].map((m) => {
    const a = attributes(m[1]!);
    return a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
  });
}

/**
 * The sheet's tables, found through its relationships part. With `sheetText`, a `<tablePart>` whose
 * id the relationships do not hold as a table (the part missing, or the relationship lost) is a
 * damaged package: the table is in the file but cannot be found, and "the table is missing" would
 * be wrong advice.
 */
async function readTables(
  zip: JSZip,
  sheetPath: string,
  sheetName: string,
  sheetText: (() => Promise<string>) | null,
): Promise<Array<{ table: MemoryTable; path: string; ref: string }>> {
  const rels = await readRelationships(zip, sheetPath);
  if (sheetText) {
    const tableIds = new Set(rels.filter((r) => r.type === REL.table).map((r) => r.id));
    const lost = namedTableParts(await sheetText()).find((id) => !tableIds.has(id));
    if (lost !== undefined)
      throw new PackageDamage(
        relsPathOf(sheetPath),
        `the sheet "${sheetName}" names the table part ${lost}, which its relationships do not hold`,
      );
  }
  const tables = [];
  for (const rel of rels.filter((r) => r.type === REL.table)) {
    const path = resolveTarget(sheetPath, rel.target);
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) throw new PackageDamage(path, `a table of the sheet "${sheetName}" is missing`);
    const root = /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
    if (!root) throw new PackageDamage(path, 'the table part holds no table');
    const a = attributes(root[1]!);
    const name = a.displayName || a.name;
    let range;
    try {
      range = parseRange(a.ref ?? '');
    } catch {
      throw new PackageDamage(path, `the table ${name ?? ''} has the range "${a.ref ?? ''}"`);
    }
    // A table without a header row has no column names to find it by; the model cannot hold it.
    if (!name || a.headerRowCount === '0') continue;
    const totalsRows = Number(a.totalsRowCount ?? 0) > 0 ? Number(a.totalsRowCount) : 0;
    range.bottom -= totalsRows;
    const styleTag = elements(xml, 'tableStyleInfo')[0];
    const style = (styleTag && attributes(styleTag.start).name) || 'TableStyleMedium2';
    const table: MemoryTable = { name, sheet: sheetName, range, style };
    if (totalsRows > 0) table.totalsRows = totalsRows;
    tables.push({ table, path, ref: a.ref! });
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

export { parseFooter } from './footer';
