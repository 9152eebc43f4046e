// A read-only HTML table of one worksheet, drawn like Excel's grid: column letters, row numbers,
// formatted values, merges, the summary's cell styles and the input tables' header rows. The cell
// the pane selected is outlined and scrolled into view.
import { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MemorySheet, MemoryWorkbook } from '../adapters/memory/memory-workbook';
import { parseRange } from '../adapters/memory/memory-workbook';
import type { CellStyle } from '../workbook/sheet-plan';
import { a1, columnLetter } from '../workbook/snapshot';
import { formatCell, type DisplayLanguage } from './format-cell';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    // Cells are paper, as in Excel, whatever the pane's theme.
    backgroundColor: '#ffffff',
    color: '#1f1f1f',
  },
  corner: {
    position: 'sticky',
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: '#f3f3f3',
    border: '1px solid #c8c8c8',
  },
  columnHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: '#f3f3f3',
    color: '#424242',
    fontWeight: tokens.fontWeightRegular,
    border: '1px solid #c8c8c8',
    padding: '2px 4px',
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#f3f3f3',
    color: '#424242',
    fontWeight: tokens.fontWeightRegular,
    border: '1px solid #c8c8c8',
    padding: '2px 6px',
    textAlign: 'right',
    minWidth: '28px',
  },
  cell: {
    border: '1px solid #e0e0e0',
    padding: '2px 4px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    verticalAlign: 'bottom',
  },
  tableHeader: {
    backgroundColor: '#dce6f2',
    fontWeight: tokens.fontWeightSemibold,
  },
  tableBody: {
    borderBottomColor: '#b4c6e7',
  },
  spill: {
    overflow: 'visible',
    textOverflow: 'clip',
    position: 'relative',
  },
  selected: {
    outline: `2px solid #107c41`,
    outlineOffset: '-2px',
    backgroundColor: '#e6f2ea',
  },
  empty: {
    padding: tokens.spacingHorizontalM,
  },
});

export interface CellPosition {
  sheet: string;
  row: number;
  column: number;
}

/** 'Bemanning!D7', "'Min flik'!A1" → sheet and 0-based cell; null for anything else. */
export function parseQualified(address: string): CellPosition | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]+)\$?(\d+)(?::.*)?$/.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const { top, left } = parseRange(`${m[3]}${m[4]}`);
  return { sheet, row: top, column: left };
}

const ROW_HEADER_PX = 40;
const DEFAULT_WIDTH = 8.43;

/** True when the cells right of (row, column) are empty, so that its text may run on over them. */
function spillsRight(sheet: MemorySheet, row: number, column: number, last: number): boolean {
  const next = column + 1;
  return next > last || sheet.getCell(row, next).type === 'Empty';
}

/**
 * Scrolls the area so that the cell's top-left corner shows below and right of the sticky headers.
 * (scrollIntoView aligns a cell wider than the area by its end, hiding where its text starts.)
 */
function scrollCellIntoView(area: HTMLElement, cell: HTMLElement): void {
  const areaBox = area.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  const headerHeight = area.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const left = box.left - areaBox.left + area.scrollLeft;
  const top = box.top - areaBox.top + area.scrollTop;
  const visibleLeft = area.scrollLeft + ROW_HEADER_PX;
  const visibleTop = area.scrollTop + headerHeight;
  if (
    left < visibleLeft ||
    left + Math.min(box.width, area.clientWidth - ROW_HEADER_PX) > area.scrollLeft + area.clientWidth
  ) {
    area.scrollLeft = Math.max(0, left - ROW_HEADER_PX);
  }
  if (top < visibleTop || top + box.height > area.scrollTop + area.clientHeight) {
    area.scrollTop = Math.max(0, top - headerHeight - box.height);
  }
}

/** Excel's column width unit (characters of the default font) to pixels, roughly. */
function widthPx(characters: number): number {
  return Math.round(characters * 7 + 5);
}

function styleOf(style: CellStyle | undefined, numeric: boolean): React.CSSProperties {
  const css: React.CSSProperties = { textAlign: style?.horizontal ?? (numeric ? 'right' : 'left') };
  if (!style) return css;
  if (style.bold) css.fontWeight = 600;
  if (style.italic) css.fontStyle = 'italic';
  if (style.fontSize) css.fontSize = `${Math.round(style.fontSize * 1.333)}px`;
  if (style.fontColor) css.color = style.fontColor;
  if (style.fill) css.backgroundColor = style.fill;
  if (style.wrap) {
    css.whiteSpace = 'normal';
    css.overflow = 'visible';
  }
  if (style.vertical) css.verticalAlign = style.vertical === 'center' ? 'middle' : style.vertical;
  if (style.borderBottom) css.borderBottom = '1px solid #1f1f1f';
  if (style.borderTop) css.borderTop = '1px solid #1f1f1f';
  return css;
}

interface Span {
  rows: number;
  columns: number;
}

/** Top-left cell of each merge → its span; every other cell of a merge → 'covered'. */
function mergeMap(sheet: MemorySheet): Map<string, Span | 'covered'> {
  const map = new Map<string, Span | 'covered'>();
  for (const merge of sheet.merges) {
    let range;
    try {
      range = parseRange(merge);
    } catch {
      continue;
    }
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) map.set(`${r},${c}`, 'covered');
    }
    map.set(`${range.top},${range.left}`, {
      rows: range.bottom - range.top + 1,
      columns: range.right - range.left + 1,
    });
  }
  return map;
}

export interface SheetGridProps {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
  language: DisplayLanguage;
  /** The cell the pane selected, if it is on this sheet. */
  selected: { row: number; column: number } | null;
  emptyText: string;
  /** Bumped on every change so that the grid re-reads the sheet. */
  version: number;
}

export function SheetGrid({ workbook, sheet, language, selected, emptyText }: SheetGridProps) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => {
    const cell = selectedRef.current;
    const area = cell?.closest('table')?.parentElement;
    if (cell && area) scrollCellIntoView(area, cell);
  }, [selected, sheet]);

  const used = sheet.usedRange();
  if (!used) return <p className={styles.empty}>{emptyText}</p>;
  // Show from A1 so that addresses read as in Excel, and at least to the selected cell.
  const bottom = Math.max(used.bottom, selected?.row ?? 0);
  const right = Math.max(used.right, selected?.column ?? 0);
  const merges = mergeMap(sheet);
  const tables = workbook.tables.filter((t) => t.sheet === sheet.name);
  const isTableHeader = (r: number, c: number) =>
    tables.some((t) => t.range.top === r && c >= t.range.left && c <= t.range.right);

  const columns = Array.from({ length: right + 1 }, (_, c) => c);
  const widths = columns.map((c) => widthPx(sheet.columnWidths.get(c) ?? DEFAULT_WIDTH));
  // A fixed layout needs the table's width: then the columns keep their widths, as in Excel.
  const tableWidth = ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0);
  const rows = Array.from({ length: bottom + 1 }, (_, r) => r);

  return (
    <table
      className={styles.table}
      style={{ width: `${tableWidth}px` }}
      aria-label={sheet.name}
      data-sheet={sheet.name}
    >
      <colgroup>
        <col style={{ width: `${ROW_HEADER_PX}px` }} />
        {columns.map((c) => (
          <col key={c} style={{ width: `${widths[c]}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className={styles.corner} />
          {columns.map((c) => (
            <th key={c} scope="col" className={styles.columnHeader}>
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r}>
            <th scope="row" className={styles.rowHeader}>
              {r + 1}
            </th>
            {columns.map((c) => {
              const merge = merges.get(`${r},${c}`);
              if (merge === 'covered') return null;
              const cell = sheet.getCell(r, c);
              const shown = formatCell(cell.value, cell.type, cell.numberFormat, language, workbook.date1904);
              const isSelected = selected !== null && selected.row === r && selected.column === c;
              const classes = [styles.cell];
              // Text runs on over empty cells to its right, as in Excel; otherwise it is cut.
              if (
                !shown.numeric &&
                shown.text &&
                !merge &&
                !cell.style?.wrap &&
                spillsRight(sheet, r, c, right)
              )
                classes.push(styles.spill);
              if (isTableHeader(r, c)) classes.push(styles.tableHeader);
              if (isSelected) classes.push(styles.selected);
              return (
                <td
                  key={c}
                  ref={isSelected ? selectedRef : undefined}
                  className={mergeClasses(...classes)}
                  style={styleOf(cell.style, shown.numeric)}
                  colSpan={merge?.columns}
                  rowSpan={merge?.rows}
                  data-address={a1(r, c)}
                  aria-current={isSelected ? 'true' : undefined}
                  title={cell.formula ?? undefined}
                >
                  {shown.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
