// Small helpers for the parts of the .xlsx package that ExcelJS reads or writes badly (defined
// names, data validations, tables, charts, custom properties). The parts are machine-written XML
// with a known shape, so attribute-level parsing is enough; no DOM is needed, so this runs in Node
// and in the browser alike.

/** What the helpers below need of a package: a JSZip (the reader) or PackageParts (the writer). */
export interface ZipParts {
  file(path: string): { async(type: 'string'): Promise<string> } | null;
  file(pattern: RegExp): unknown[];
  file(path: string, content: string): unknown;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}

/** Attributes of an XML start tag's text, e.g. '<table name="A" ref="A1:B2">' → { name, ref }. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]!] = unescapeXml(m[3] ?? m[4] ?? '');
  return out;
}

/** An element name with an optional namespace prefix, as a regex source: 'x:definedName' or 'definedName'. */
export function el(local: string): string {
  return `(?:[A-Za-z_][\\w.-]*:)?${local}`;
}

/** Every element `local` (any prefix) with its start tag and inner text. */
export function elements(xml: string, local: string): Array<{ start: string; inner: string; whole: string }> {
  const re = new RegExp(`<${el(local)}(\\s[^>]*?)?(/>|>([\\s\\S]*?)</${el(local)}>)`, 'g');
  const out: Array<{ start: string; inner: string; whole: string }> = [];
  for (let m = re.exec(xml); m; m = re.exec(xml))
    out.push({ start: m[1] ?? '', inner: m[3] ?? '', whole: m[0] });
  return out;
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export async function readRelationships(zip: ZipParts, part: string): Promise<Relationship[]> {
  const file = zip.file(relsPathOf(part));
  if (!file) return [];
  const xml = await file.async('string');
  return elements(xml, 'Relationship').map(({ start }) => {
    const a = attributes(start);
    return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '' };
  });
}

export interface SheetPart {
  name: string;
  /** 0-based position in the workbook, as localSheetId counts. */
  index: number;
  /** Zip path, e.g. 'xl/worksheets/sheet1.xml'. */
  path: string;
}

/** The workbook part's path from the package relationships (normally xl/workbook.xml). */
export async function workbookPath(zip: ZipParts): Promise<string> {
  const rels = await readRelationships(zip, '');
  const office = rels.find((r) => r.type.endsWith('/officeDocument'));
  return office ? resolveTarget('', office.target) : 'xl/workbook.xml';
}

export async function sheetParts(zip: ZipParts, wbPath: string, workbookXml: string): Promise<SheetPart[]> {
  const rels = await readRelationships(zip, wbPath);
  return elements(workbookXml, 'sheet').map(({ start }, index) => {
    const a = attributes(start);
    const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const rel = rels.find((r) => r.id === rid);
    return { name: a.name ?? '', index, path: rel ? resolveTarget(wbPath, rel.target) : '' };
  });
}

/** The namespace of relationship ids (r:id) in every part. */
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  customProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
  extendedProperties:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  customProperties: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
} as const;

/** Adds relationships to a part's .rels (created when missing); returns the new ids in order. */
export async function addRelationships(
  zip: ZipParts,
  part: string,
  rels: Array<{ type: string; target: string }>,
): Promise<string[]> {
  const path = relsPathOf(part);
  const existing = zip.file(path) ? await zip.file(path)!.async('string') : null;
  const used = new Set(existing ? elements(existing, 'Relationship').map((r) => attributes(r.start).Id) : []);
  const ids: string[] = [];
  let n = 1;
  const xmlRels = rels
    .map((r) => {
      while (used.has(`rId${n}`)) n++;
      const id = `rId${n}`;
      used.add(id);
      ids.push(id);
      return `<Relationship Id="${id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;
    })
    .join('');
  const xml = existing
    ? existing.replace(/<\/Relationships>\s*$/, `${xmlRels}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${xmlRels}</Relationships>`;
  zip.file(path, xml);
  return ids;
}

export async function addContentTypeOverrides(
  zip: ZipParts,
  overrides: Array<{ part: string; type: string }>,
): Promise<void> {
  const xml = await zip.file('[Content_Types].xml')!.async('string');
  const add = overrides
    .map((o) => `<Override PartName="/${escapeXml(o.part)}" ContentType="${o.type}"/>`)
    .join('');
  zip.file('[Content_Types].xml', xml.replace(/<\/Types>\s*$/, `${add}</Types>`));
}
