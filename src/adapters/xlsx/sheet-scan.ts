// A scanner for the rows and cells of a worksheet part (<sheetData>), which are nearly all of a large
// part: indexOf and charCodeAt instead of saxes's character-by-character state machine, which was
// most of reading a 20 000-row workbook. It reads only what it reads exactly as saxes does (same
// events, names, attribute values, text and offsets); at anything else — a comment, CDATA, a
// character reference, a carriage return, a name or character outside ASCII, XML that is not
// well-formed — it throws NotScannable and the caller reads the part with saxes, which then decides.
// Browser-safe: no Node APIs.

/** The scanner declines the part: read it with saxes. */
export class NotScannable extends Error {}

export interface ScanEvents {
  /** `name` without its prefix; `end` the offset after the tag's '>'. */
  open(name: string, attributes: Record<string, string>, isSelfClosing: boolean, end: number): void;
  close(name: string, isSelfClosing: boolean, end: number): void;
  text(text: string): void;
  /** False: the text here is not needed, and is not decoded. */
  wantsText(): boolean;
}

/** Elements whose handlers act outside a cell: never expected among the rows, so the scanner declines. */
const SHEET_LEVEL = new Set([
  'sheetData',
  'mergeCell',
  'col',
  'pane',
  'tabColor',
  'pageSetUpPr',
  'pageSetup',
  'oddFooter',
  'brk',
]);

// What XML allows and saxes reads differently or rejects: control characters, CR (saxes makes \r\n
// one \n), surrogates (checked by saxes in pairs), comments, CDATA, processing instructions, ']]>',
// character references and any entity other than the five predefined ones.
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uD800-\uDFFF\uFFFE\uFFFF]|<[!?]|]]>|&#|&(?!(?:amp|lt|gt|quot|apos);)/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string =>
  text.indexOf('&') < 0 ? text : text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]!);

const isSpace = (code: number) => code === 32 || code === 10 || code === 9;
const isNameStart = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58;
const isNameChar = (code: number) =>
  isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * The offsets of what stands between <sheetData> and </sheetData>, or null when the part has no
 * such plain pair (then saxes reads all of it).
 */
export function sheetDataInner(xml: string): { start: number; end: number } | null {
  const open = /<((?:[A-Za-z_][\w.-]*:)?)sheetData\s*>/.exec(xml);
  if (!open || xml.lastIndexOf('<!', open.index) >= 0) return null;
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${open[1]!}sheetData`, start);
  return end < 0 ? null : { start, end };
}

/** The events of xml[from, to), which must be whole elements and text; NotScannable otherwise. */
export function scanElements(xml: string, from: number, to: number, events: ScanEvents): void {
  if (UNSAFE.test(xml.slice(from, to))) throw new NotScannable();
  const open: string[] = [];
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    const stop = lt < 0 || lt >= to ? to : lt;
    if (stop > i && events.wantsText()) events.text(decode(xml.slice(i, stop)));
    if (stop === to) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0 || gt >= to) throw new NotScannable();
    if (xml.charCodeAt(lt + 1) === 47) {
      let e = gt;
      while (e > lt + 2 && isSpace(xml.charCodeAt(e - 1))) e--;
      const name = xml.slice(lt + 2, e);
      if (open.pop() !== name) throw new NotScannable();
      events.close(localName(name), false, gt + 1);
    } else {
      let j = lt + 1;
      if (!isNameStart(xml.charCodeAt(j))) throw new NotScannable();
      while (isNameChar(xml.charCodeAt(++j)));
      const name = xml.slice(lt + 1, j);
      const isSelfClosing = xml.charCodeAt(gt - 1) === 47 && gt - 1 >= j;
      const attributes = attributesBetween(xml, j, isSelfClosing ? gt - 1 : gt);
      const local = localName(name);
      if (SHEET_LEVEL.has(local)) throw new NotScannable();
      events.open(local, attributes, isSelfClosing, gt + 1);
      if (isSelfClosing) events.close(local, true, gt + 1);
      else open.push(name);
    }
    i = gt + 1;
  }
  if (open.length > 0) throw new NotScannable();
}

/** The attributes of a start tag's xml[from, to) (after its name), decoded as saxes decodes them. */
function attributesBetween(xml: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let k = from;
  for (;;) {
    const before = k;
    while (k < to && isSpace(xml.charCodeAt(k))) k++;
    if (k >= to) return out;
    // XML wants white space before every attribute.
    if (k === before || !isNameStart(xml.charCodeAt(k))) throw new NotScannable();
    const nameStart = k;
    while (++k < to && isNameChar(xml.charCodeAt(k)));
    const name = xml.slice(nameStart, k);
    while (k < to && isSpace(xml.charCodeAt(k))) k++;
    if (xml.charCodeAt(k) !== 61) throw new NotScannable();
    k++;
    while (k < to && isSpace(xml.charCodeAt(k))) k++;
    const quote = xml.charCodeAt(k);
    if (quote !== 34 && quote !== 39) throw new NotScannable();
    const close = xml.indexOf(quote === 34 ? '"' : "'", k + 1);
    if (close < 0 || close >= to) throw new NotScannable();
    const value = xml.slice(k + 1, close);
    // '<' is an error to saxes; a tab or line break it turns into a space.
    if (/[<\t\n]/.test(value) || Object.prototype.hasOwnProperty.call(out, name) || name === '__proto__')
      throw new NotScannable();
    out[name] = decode(value);
    k = close + 1;
  }
}
