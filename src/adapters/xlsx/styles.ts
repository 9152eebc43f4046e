// CellStyle (what a sheet plan can ask for) ↔ ExcelJS styles. A cell read from a file also keeps
// its full ExcelJS style beside the model, under a symbol, so that saving a copy keeps a user's
// fonts, borders and theme colours that the model has no words for.
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../workbook/sheet-plan';
import type { MemoryCell } from '../memory/memory-workbook';

/** The ExcelJS style a cell had in the file it was read from. Copied along by MemorySheet.clone. */
export const SOURCE_STYLE: unique symbol = Symbol.for('insatsbudget.xlsx.sourceStyle');

export type SourceStyled = MemoryCell & { [SOURCE_STYLE]?: Partial<ExcelJS.Style> };

const DEFAULT_FONT = { name: 'Calibri', size: 11 };

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function hex(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const v = color?.argb;
  return typeof v === 'string' && /^[0-9A-Fa-f]{8}$/.test(v) ? `#${v.slice(2).toUpperCase()}` : undefined;
}

/** The ExcelJS style for a cell: the source style, if any, with the plan's style over it. */
export function toExcelStyle(
  style: CellStyle | undefined,
  source: Partial<ExcelJS.Style> | undefined,
): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = source ? { ...source } : {};
  if (!style) return out;
  if (style.bold || style.italic || style.fontSize !== undefined || style.fontColor) {
    out.font = {
      ...DEFAULT_FONT,
      ...out.font,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.horizontal || style.vertical) {
    out.alignment = {
      ...out.alignment,
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical === 'center' ? 'middle' : style.vertical } : {}),
    };
  }
  if (style.borderBottom || style.borderTop) {
    out.border = {
      ...out.border,
      ...(style.borderBottom ? { bottom: { style: 'thin' } } : {}),
      ...(style.borderTop ? { top: { style: 'thin' } } : {}),
    };
  }
  return out;
}

/** The part of an ExcelJS style that CellStyle can say; undefined when there is none. */
export function fromExcelStyle(cell: ExcelJS.Cell): CellStyle | undefined {
  const style: CellStyle = {};
  const font = cell.font;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  if (font?.size !== undefined && font.size !== DEFAULT_FONT.size) style.fontSize = font.size;
  const fontColor = hex(font?.color);
  if (fontColor && fontColor !== '#000000') style.fontColor = fontColor;
  const fill = cell.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const c = hex(fill.fgColor);
    if (c) style.fill = c;
  }
  const al = cell.alignment;
  if (al?.wrapText) style.wrap = true;
  if (al?.horizontal === 'left' || al?.horizontal === 'center' || al?.horizontal === 'right')
    style.horizontal = al.horizontal;
  if (al?.vertical === 'top' || al?.vertical === 'bottom') style.vertical = al.vertical;
  if (al?.vertical === 'middle') style.vertical = 'center';
  if (cell.border?.bottom?.style) style.borderBottom = true;
  if (cell.border?.top?.style) style.borderTop = true;
  return Object.keys(style).length ? style : undefined;
}

/** The style a cell had in its file, without the number format (the model carries that). */
export function sourceStyleOf(cell: ExcelJS.Cell): Partial<ExcelJS.Style> | undefined {
  const s = cell.style as Partial<ExcelJS.Style> | undefined;
  if (!s) return undefined;
  const copy: Partial<ExcelJS.Style> = {};
  if (s.font) copy.font = s.font;
  if (s.fill) copy.fill = s.fill;
  if (s.border && Object.keys(s.border).length) copy.border = s.border;
  if (s.alignment && Object.keys(s.alignment).length) copy.alignment = s.alignment;
  if (s.protection) copy.protection = s.protection;
  return Object.keys(copy).length ? copy : undefined;
}
