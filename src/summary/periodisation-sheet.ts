// The sheet "Periodisering": each initiative's proposed grant per quarter, for requisitions. Quarters
// of a year are followed by that year's subtotal; the row total sums the quarters themselves, so the
// subtotals and the total check each other.
import Decimal from 'decimal.js';
import type { BudgetResult, InitiativeResult } from '../engine/types';
import type { PlanCell } from '../workbook/sheet-plan';
import { KRONOR_FORMAT } from '../format/excel-formats';
import type { SummaryContext } from './context';
import { putHeader, excludedInitiatives } from './decision-sheet';
import { labels } from './labels';
import {
  pageHeightInSheetPoints,
  SheetBuilder,
  type SummarySheetPlan,
  STYLE,
  formula,
  money,
  sumColumn,
  sumRow,
  text,
} from './sheet-builder';
import { quarterLabel } from '../format';
import { blocksOf, quarterColumns } from './years';
import { a1 } from '../workbook/snapshot';

export const PERIODISATION_SHEET = 'Periodisering';
export const PERIODISATION_TABLE = 'Periodisering_Kvartal';
/** Titles and notes span columns A–F. */
const TEXT_WIDTH = 6;

type Column = { kind: 'quarter'; key: string } | { kind: 'year'; year: number; from: number; to: number };

/**
 * A landscape A4 page one page wide holds two years of quarters with their subtotals at about
 * 90 % (three would print at about 7 pt): wider spans go in blocks of two years, one table each.
 */
const YEARS_PER_BLOCK = 2;
const WIDTHS = { initiative: 30, amount: 12 };

/** Column 0 is the initiative; then each year's quarters and its subtotal. */
function layout(quarters: readonly string[]): Column[] {
  const columns: Column[] = [];
  let index = 1;
  let start = 1;
  quarters.forEach((key, i) => {
    columns.push({ kind: 'quarter', key });
    const year = Number(key.slice(0, 4));
    const next = quarters[i + 1];
    if (next === undefined || Number(next.slice(0, 4)) !== year) {
      columns.push({ kind: 'year', year, from: start, to: index });
      index += 1;
      start = index + 1;
    }
    index += 1;
  });
  return columns;
}

/**
 * Column sums of whole kronor, added up as Numbers while the cells are made. Every amount is a
 * whole number, so while the sum of their sizes stays a safe integer the Number sum is exact and
 * equal to the Decimal sum as a cell's number; past that (never in practice) `exact` adds the
 * column up in Decimal. 18 columns × 2 000 initiatives in a large workbook: Decimal additions cost
 * more than the rest of the sheet.
 */
class ColumnSums {
  private readonly numbers: number[];
  private readonly sizes: number[];

  constructor(count: number) {
    this.numbers = new Array<number>(count).fill(0);
    this.sizes = new Array<number>(count).fill(0);
  }

  /** Adds v to column k; returns v as a number (the cell's). */
  add(k: number, v: Decimal): number {
    const n = v.toNumber();
    this.numbers[k]! += n;
    // A fraction (no engine figure has one) makes the column's size unsafe: Decimal then.
    this.sizes[k]! += Number.isInteger(n) ? Math.abs(n) : Infinity;
    return n;
  }

  total(k: number, exact: () => Decimal): number | Decimal {
    return Number.isSafeInteger(this.sizes[k]!) ? this.numbers[k]! : exact();
  }
}

export function buildPeriodisationSheet(result: BudgetResult, context: SummaryContext): SummarySheetPlan {
  const l = labels(context.lang);
  // Rejected initiatives count nowhere; granted ones are paid out (and requisitioned) like the rest.
  const rows = result.initiatives.filter((r) => r.counts);
  const quarters = quarterColumns(result);
  const years = [...new Set(quarters.map((q) => Number(q.slice(0, 4))))];
  const blocks = blocksOf(years, YEARS_PER_BLOCK).map((ys) =>
    layout(quarters.filter((q) => ys.includes(Number(q.slice(0, 4))))),
  );
  // The last block also has the total; every block is as wide as the widest.
  const columnCount = Math.max(
    TEXT_WIDTH - 1,
    ...blocks.map((b, i) => b.length + (i === blocks.length - 1 ? 1 : 0)),
  );
  const widths = [WIDTHS.initiative, ...Array.from({ length: columnCount }, () => WIDTHS.amount)];
  const b = new SheetBuilder(TEXT_WIDTH, widths);
  putHeader(b, l.periodisationTitle, result, context);
  b.putMerged(l.periodisationNote, STYLE.note);
  let freezeRows = b.next;
  // Each block of years is one table; a block that would cross a page starts a new one.
  const spans: Array<[number, number]> = [];
  if (rows.length === 0 || quarters.length === 0) {
    b.put([[text(l.noPeriodisation)]]);
  } else {
    // Where each initiative's year subtotals landed, for the total in the last block.
    const subtotalCells: string[][] = rows.map(() => []);
    blocks.forEach((columns, n) => {
      const last = n === blocks.length - 1;
      if (n > 0) b.gap();
      const spanStart = b.next;
      const headers = [
        l.initiative,
        ...columns.map((c) =>
          c.kind === 'quarter' ? quarterLabel(c.key, context.lang) : l.yearTotal(c.year),
        ),
        ...(last ? [l.total] : []),
      ];
      const first = b.next + 1;
      // Each column's sum, added up from the cells' whole kronor as they are made (see ColumnSums).
      const sums = new ColumnSums(columns.length);
      const rowCells = (r: InitiativeResult, i: number): PlanCell[] => {
        const row = first + i;
        const rounded = r.proposed.rounded;
        const cells: PlanCell[] = [text(r.initiative.name, STYLE.wrap)];
        columns.forEach((c, k) => {
          if (c.kind === 'quarter') {
            const v = rounded.byQuarter.get(c.key);
            cells.push(v === undefined ? null : money(sums.add(k, v)));
            return;
          }
          const v = rounded.byYear.get(c.year);
          subtotalCells[i]!.push(a1(row, k + 1));
          cells.push(
            v === undefined
              ? null
              : formula(sumRow(row, [[c.from, c.to]]), sums.add(k, v), KRONOR_FORMAT, { bold: true }),
          );
        });
        if (last)
          cells.push(
            formula(`=SUM(${subtotalCells[i]!.join(',')})`, rounded.total, KRONOR_FORMAT, { bold: true }),
          );
        return cells;
      };
      const t = b.putTable(
        n === 0 ? PERIODISATION_TABLE : `${PERIODISATION_TABLE}${n + 1}`,
        headers,
        rows.map(rowCells),
      );
      const zero = new Decimal(0);
      const columnSum = (c: Column): Decimal => {
        let s = zero;
        for (const r of rows) {
          const v =
            c.kind === 'quarter'
              ? r.proposed.rounded.byQuarter.get(c.key)
              : r.proposed.rounded.byYear.get(c.year);
          if (v !== undefined) s = s.plus(v);
        }
        return s;
      };
      b.put([
        [
          text(l.total, STYLE.total),
          ...columns.map((c, i) =>
            formula(
              sumColumn(i + 1, t.firstDataRow, t.lastDataRow),
              sums.total(i, () => columnSum(c)),
              KRONOR_FORMAT,
              STYLE.total,
            ),
          ),
          ...(last
            ? [
                formula(
                  sumColumn(columns.length + 1, t.firstDataRow, t.lastDataRow),
                  result.totals.proposed,
                  KRONOR_FORMAT,
                  STYLE.total,
                ),
              ]
            : []),
        ],
      ]);
      if (n === 0) freezeRows = t.headerRow + 1;
      spans.push([spanStart, b.next]);
    });
  }
  const excluded = excludedInitiatives(result);
  if (excluded.length > 0) {
    b.gap();
    b.put([[text(l.notIncludedHeading, { bold: true })]]);
    b.put(excluded.map((name) => [text(name), text(l.notIncludedNote, STYLE.aside)]));
  }
  const breaks = b.breaksKeeping(spans, pageHeightInSheetPoints(widths, 'landscape'));
  const plan: SummarySheetPlan = {
    name: PERIODISATION_SHEET,
    kind: 'periodisation',
    blocks: b.blocks,
    merges: b.merges,
    columnWidths: widths.map((width, column) => ({ column, width })),
    tables: b.tables,
    charts: [],
    // The first table's header and the initiative names stay in sight on a wide sheet.
    freeze: { rows: freezeRows, columns: 1 },
    tabColor: '#1F4E79',
    rowHeights: b.rowHeights,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      ...(breaks.length ? { rowBreaks: breaks } : {}),
      footer: { left: l.periodisationTitle, right: l.pageOf },
    },
  };
  return plan;
}
