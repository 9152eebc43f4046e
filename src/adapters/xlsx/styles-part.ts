// The package's styles part (xl/styles.xml): what a cell's style index means for the model (its
// number format and the CellStyle the preview shows), and, for writing, new cell formats appended
// after the user's so that every existing style index keeps its meaning.
import type { CellStyle } from '../../workbook/sheet-plan';
import { attributes, elements, escapeXml } from './ooxml';

/** Excel's built-in number formats (ECMA-376 Part 1, 18.8.30), as Excel shows them in invariant syntax. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const DEFAULT_SIZE = 11;

export interface CellFormat {
  numberFormat: string;
  style: CellStyle | undefined;
}

/** Reads the cell formats (cellXfs) of a styles part: index → number format and style. */
export function readCellFormats(stylesXml: string | null): CellFormat[] {
  if (!stylesXml) return [{ numberFormat: 'General', style: undefined }];
  const formats = new Map<number, string>(Object.entries(BUILTIN_FORMATS).map(([k, v]) => [Number(k), v]));
  for (const nf of elements(section(stylesXml, 'numFmts'), 'numFmt')) {
    const a = attributes(nf.start);
    if (a.numFmtId !== undefined && a.formatCode !== undefined) formats.set(Number(a.numFmtId), a.formatCode);
  }
  const fonts = elements(section(stylesXml, 'fonts'), 'font').map((f) => fontStyle(f.inner));
  const fills = elements(section(stylesXml, 'fills'), 'fill').map((f) => fillColor(f.inner));
  const borders = elements(section(stylesXml, 'borders'), 'border').map((b) => borderStyle(b.inner));
  return elements(section(stylesXml, 'cellXfs'), 'xf').map((xf) => {
    const a = attributes(xf.start);
    const style: CellStyle = {
      ...fonts[Number(a.fontId ?? 0)],
      ...borders[Number(a.borderId ?? 0)],
    };
    const fill = fills[Number(a.fillId ?? 0)];
    if (fill) style.fill = fill;
    const al = elements(xf.inner, 'alignment')[0];
    if (al) {
      const x = attributes(al.start);
      if (x.wrapText === '1' || x.wrapText === 'true') style.wrap = true;
      if (x.horizontal === 'left' || x.horizontal === 'center' || x.horizontal === 'right')
        style.horizontal = x.horizontal;
      if (x.vertical === 'top' || x.vertical === 'bottom') style.vertical = x.vertical;
      if (x.vertical === 'center') style.vertical = 'center';
    }
    return {
      numberFormat: formats.get(Number(a.numFmtId ?? 0)) ?? 'General',
      style: Object.keys(style).length ? style : undefined,
    };
  });
}

/** The inner text of the first element `local`, or '' (a missing section holds nothing). */
function section(xml: string, local: string): string {
  return elements(xml, local)[0]?.inner ?? '';
}

const on = (inner: string, local: string): boolean => {
  const tag = elements(inner, local)[0];
  if (!tag) return false;
  const v = attributes(tag.start).val;
  return v === undefined || v === '1' || v === 'true';
};

function rgb(tag: string | undefined): string | undefined {
  const v = tag === undefined ? undefined : attributes(tag).rgb;
  return v && /^[0-9A-Fa-f]{8}$/.test(v) ? `#${v.slice(2).toUpperCase()}` : undefined;
}

function fontStyle(inner: string): CellStyle {
  const s: CellStyle = {};
  if (on(inner, 'b')) s.bold = true;
  if (on(inner, 'i')) s.italic = true;
  const size = Number(attributes(elements(inner, 'sz')[0]?.start ?? '').val);
  if (Number.isFinite(size) && size > 0 && size !== DEFAULT_SIZE) s.fontSize = size;
  const color = rgb(elements(inner, 'color')[0]?.start);
  if (color && color !== '#000000') s.fontColor = color;
  return s;
}

function fillColor(inner: string): string | undefined {
  const pattern = elements(inner, 'patternFill')[0];
  if (!pattern || attributes(pattern.start).patternType !== 'solid') return undefined;
  return rgb(elements(pattern.inner, 'fgColor')[0]?.start);
}

function borderStyle(inner: string): CellStyle {
  const s: CellStyle = {};
  if (attributes(elements(inner, 'bottom')[0]?.start ?? '').style) s.borderBottom = true;
  if (attributes(elements(inner, 'top')[0]?.start ?? '').style) s.borderTop = true;
  return s;
}

/**
 * New cell formats for the sheets Insatsbudget writes, appended to the user's styles part: fonts,
 * fills, borders, number formats and xfs go after the existing ones, so no existing index moves.
 */
export class StyleAppender {
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly numFmts: string[] = [];
  private readonly xfs: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private readonly base: { fonts: number; fills: number; borders: number; xfs: number };
  private nextFormatId: number;

  constructor(private readonly xml: string) {
    const count = (local: string, child: string) => elements(section(xml, local), child).length;
    this.base = {
      fonts: count('fonts', 'font'),
      fills: count('fills', 'fill'),
      borders: count('borders', 'border'),
      xfs: count('cellXfs', 'xf'),
    };
    let max = 163;
    for (const nf of elements(section(xml, 'numFmts'), 'numFmt')) {
      const a = attributes(nf.start);
      const id = Number(a.numFmtId);
      if (Number.isFinite(id)) max = Math.max(max, id);
      if (a.formatCode !== undefined && !this.formatIds.has(a.formatCode))
        this.formatIds.set(a.formatCode, id);
    }
    for (const [id, code] of Object.entries(BUILTIN_FORMATS))
      if (!this.formatIds.has(code)) this.formatIds.set(code, Number(id));
    this.nextFormatId = max + 1;
  }

  get changed(): boolean {
    return this.xfs.length > 0;
  }

  /** The style index of a cell with this number format and style. */
  index(numberFormat: string, style: CellStyle | undefined): number {
    // Plans share their style objects among cells: by identity first, which spares the JSON key.
    const byFormat = style ? this.byStyle.get(style) : this.unstyled;
    const seen = byFormat?.get(numberFormat);
    if (seen !== undefined) return seen;
    const id = this.indexByKey(numberFormat, style);
    if (byFormat) byFormat.set(numberFormat, id);
    else if (style) this.byStyle.set(style, new Map([[numberFormat, id]]));
    return id;
  }

  private readonly byStyle = new WeakMap<CellStyle, Map<string, number>>();
  /** Cells without a style (most amounts), by number format. */
  private readonly unstyled = new Map<string, number>();

  private indexByKey(numberFormat: string, style: CellStyle | undefined): number {
    const key = `${numberFormat}\u0000${style ? JSON.stringify(style) : ''}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const s = style ?? {};
    const fontId = this.add(this.fonts, this.base.fonts, fontXml(s));
    const fillId = s.fill
      ? this.add(
          this.fills,
          this.base.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill.slice(1)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const borderId =
      s.borderTop || s.borderBottom
        ? this.add(
            this.borders,
            this.base.borders,
            `<border><left/><right/>${s.borderTop ? '<top style="thin"><color auto="1"/></top>' : '<top/>'}${s.borderBottom ? '<bottom style="thin"><color auto="1"/></bottom>' : '<bottom/>'}<diagonal/></border>`,
          )
        : 0;
    const numFmtId = this.formatId(numberFormat);
    const align =
      s.wrap || s.horizontal || s.vertical
        ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''}${s.vertical ? ` vertical="${s.vertical}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    this.xfs.push(
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${align ? ' applyAlignment="1">' + align + '</xf>' : '/>'}`,
    );
    const index = this.base.xfs + this.xfs.length - 1;
    this.byKey.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private add(list: string[], base: number, xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return base + i;
    list.push(xml);
    return base + list.length - 1;
  }

  /** The styles part with the new entries; the input unchanged when nothing was added. */
  result(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    xml = appendTo(xml, 'numFmts', this.numFmts, 'numFmt', [
      'fonts',
      'fills',
      'borders',
      'cellStyleXfs',
      'cellXfs',
    ]);
    xml = appendTo(xml, 'fonts', this.fonts, 'font', ['fills']);
    xml = appendTo(xml, 'fills', this.fills, 'fill', ['borders']);
    xml = appendTo(xml, 'borders', this.borders, 'border', ['cellStyleXfs', 'cellXfs']);
    xml = appendTo(xml, 'cellXfs', this.xfs, 'xf', ['cellStyles']);
    return xml;
  }
}

function fontXml(s: CellStyle): string {
  return (
    `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${s.fontSize ?? DEFAULT_SIZE}"/>` +
    `${s.fontColor ? `<color rgb="FF${s.fontColor.slice(1)}"/>` : '<color theme="1"/>'}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`
  );
}

/** Appends entries to a counted list element (creating it before the first of `before` if absent). */
function appendTo(xml: string, local: string, entries: string[], child: string, before: string[]): string {
  if (entries.length === 0) return xml;
  const re = new RegExp(`<((?:\\w+:)?)${local}\\b([^>]*?)(/>|>([\\s\\S]*?)</(?:\\w+:)?${local}>)`);
  const m = re.exec(xml);
  if (m) {
    const prefix = m[1] ?? '';
    const inner = m[4] ?? '';
    const existing = elements(inner, child).length;
    const attrs = (m[2] ?? '').replace(/\s*count="\d*"/, '');
    const body = prefix
      ? entries.map((e) => e.replace(/<(\/?)(\w)/g, `<$1${prefix}$2`)).join('')
      : entries.join('');
    const whole = `<${prefix}${local}${attrs} count="${existing + entries.length}">${inner}${body}</${prefix}${local}>`;
    return xml.slice(0, m.index) + whole + xml.slice(m.index + m[0].length);
  }
  const whole = `<${local} count="${entries.length}">${entries.join('')}</${local}>`;
  for (const b of before) {
    const at = xml.search(new RegExp(`<(?:\\w+:)?${b}[\\s>/]`));
    if (at >= 0) return xml.slice(0, at) + whole + xml.slice(at);
  }
  return xml.replace(/<\/(?:\w+:)?styleSheet>\s*$/, `${whole}$&`);
}
