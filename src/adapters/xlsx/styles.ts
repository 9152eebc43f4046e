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
