// The action table: how each write command (write-commands.ts) becomes Office.js calls on whole
// ranges. It only queues calls on a request context; when and in how many requests they are sent
// is the transport's business (excel-port.ts). One entry per command kind, so that a new kind
// cannot be added without saying how Excel writes it.
import type { RowCell } from '../../workbook/port';
import type { CellStyle } from '../../workbook/sheet-plan';
import { supports } from './requirements';
import { prepareValue } from './text-cells';
import type { WriteCommand } from './write-commands';
import { charactersToPoints } from './write-commands';

/** The sheets added in this write, by the name they were added under. */
export type CreatedSheets = Map<string, Excel.Worksheet>;

type Op = WriteCommand['op'];
type CommandOf<K extends Op> = Extract<WriteCommand, { op: K }>;
type SheetAction<K extends Op> = (sheet: Excel.Worksheet, command: CommandOf<K>) => void;

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
const EDGES = { borderTop: 'EdgeTop', borderBottom: 'EdgeBottom' } as const;

function applyStyle(format: Excel.RangeFormat, s: CellStyle): void {
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.fontSize !== undefined) format.font.size = s.fontSize;
  if (s.fontColor !== undefined) format.font.color = s.fontColor;
  if (s.fill !== undefined) format.fill.color = s.fill;
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical !== undefined) format.verticalAlignment = VERTICAL[s.vertical];
  for (const key of ['borderTop', 'borderBottom'] as const) {
    if (!s[key]) continue;
    const edge = format.borders.getItem(EDGES[key]);
    edge.style = 'Continuous';
    edge.weight = 'Thin';
  }
}

/** Every command but addSheet acts on one sheet of the workbook. */
const SHEET_ACTIONS: { [K in Exclude<Op, 'addSheet'>]: SheetAction<K> } = {
  numberFormat: (sheet, c) => {
    // null leaves a cell's format as it is (Office.js's typings do not say so, its docs do).
    sheet.getRange(c.address).numberFormat = c.format as string[][];
  },
  values: (sheet, c) => {
    sheet.getRange(c.address).values = c.values;
  },
  formulas: (sheet, c) => {
    sheet.getRange(c.address).formulas = c.formulas;
  },
  style: (sheet, c) => applyStyle(sheet.getRange(c.address).format, c.style),
  merge: (sheet, c) => sheet.getRange(c.address).merge(c.across),
  columnWidth: (sheet, c) => {
    sheet.getRangeByIndexes(0, c.column, 1, 1).format.columnWidth = charactersToPoints(c.width);
  },
  table: (sheet, c) => {
    const table = sheet.tables.add(c.address, true);
    table.name = c.name;
    table.style = c.style;
  },
  validation: (sheet, c) => {
    if (!supports('dataValidation')) return;
    sheet.getRange(c.address).dataValidation.rule = {
      list: { inCellDropDown: true, source: c.list.join(',') },
    };
  },
  chart: (sheet, c) => {
    const chart = sheet.charts.add('ColumnClustered', sheet.getRange(c.chart.sourceRange), 'Columns');
    chart.title.text = c.chart.title;
    chart.setPosition(c.chart.topLeft, c.chart.bottomRight);
    chart.name = c.name;
    // The chart area's font is every label's (ChartAreaFormat.font); the title keeps its own size.
    if (c.chart.fontSize !== undefined) {
      chart.format.font.size = c.chart.fontSize;
      chart.title.format.font.size = 14;
    }
  },
  freeze: (sheet, c) => {
    if (c.rows > 0 && c.columns > 0)
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, c.rows, c.columns));
    else if (c.rows > 0) sheet.freezePanes.freezeRows(c.rows);
    else sheet.freezePanes.freezeColumns(c.columns);
  },
  tabColor: (sheet, c) => {
    sheet.tabColor = c.color;
  },
  rowHeight: (sheet, c) => {
    // Points; a range one column wide sets the height of its whole rows (ExcelApi 1.2).
    sheet.getRangeByIndexes(c.top, 0, c.rows, 1).format.rowHeight = c.height;
  },
  print: (sheet, c) => {
    // PageLayout is ExcelApi 1.9; on 1.7–1.8 the sheet keeps Excel's default page setup and the
    // rest of the write goes ahead (printing is the user's to adjust there).
    if (!supports('pageLayout')) return;
    const layout = sheet.pageLayout;
    layout.paperSize = c.print.paper;
    layout.orientation = c.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // "The PageLayoutZoomOptions object must be set as a JSON object" (Excel.PageLayout.zoom).
    // 0 pages tall means as many as needed, as in the file format's fitToHeight.
    layout.zoom = { horizontalFitToPages: c.print.fitToWidth, verticalFitToPages: c.print.fitToHeight };
    const { titleRows, rowBreaks, footer } = c.print;
    // The documented form is an address of whole rows: setPrintTitleRows("$1:$1").
    if (titleRows) layout.setPrintTitleRows(`$${titleRows.first + 1}:$${titleRows.last + 1}`);
    // A horizontal break goes above the range's first row (Worksheet.horizontalPageBreaks.add("A21:E21")).
    for (const row of rowBreaks ?? []) if (row > 0) sheet.horizontalPageBreaks.add(`A${row + 1}`);
    if (footer) {
      const page = layout.headersFooters.defaultForAllPages;
      if (footer.left !== undefined) page.leftFooter = footer.left;
      if (footer.center !== undefined) page.centerFooter = footer.center;
      if (footer.right !== undefined) page.rightFooter = footer.right;
    }
  },
  // Worksheet.activate (ExcelApi 1.1): the sheet Excel shows when the write is done.
  activate: (sheet) => {
    sheet.activate();
  },
};

/** Queues one command's Office calls on the context; sends nothing. */
export function queueCommand(
  context: Excel.RequestContext,
  command: WriteCommand,
  created: CreatedSheets,
): void {
  if (command.op === 'addSheet') {
    const sheet = context.workbook.worksheets.add(command.sheet);
    sheet.load('id');
    created.set(command.sheet, sheet);
    return;
  }
  const sheet = created.get(command.sheet) ?? context.workbook.worksheets.getItem(command.sheet);
  (SHEET_ACTIONS[command.op] as SheetAction<typeof command.op>)(sheet, command);
}

/**
 * Cells of input-table rows: each number's final format before its value, so that it never lands
 * in a cell that is still Text ('@'), where Excel may keep it as text; each text '@' before its
 * value, so that it stays text, and its own format after when that is another (a row restored by
 * undo keeps the format it had; changing a format does not re-enter the value).
 */
export function queueRowCells(range: Excel.Range, rows: readonly RowCell[][]): void {
  const prepared = rows.map((row) =>
    row.map((cell) => {
      const p = prepareValue(cell.value);
      const text = p.formatBefore !== null;
      return {
        value: p.value,
        before: text ? p.formatBefore : cell.numberFormat,
        after: text && cell.numberFormat !== p.formatBefore ? cell.numberFormat : null,
      };
    }),
  );
  range.numberFormat = prepared.map((row) => row.map((c) => c.before)) as string[][];
  range.values = prepared.map((row) => row.map((c) => c.value));
  if (prepared.some((row) => row.some((c) => c.after !== null)))
    range.numberFormat = prepared.map((row) => row.map((c) => c.after)) as string[][];
}
