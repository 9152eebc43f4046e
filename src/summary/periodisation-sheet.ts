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
import { quarterColumns } from './years';

export const PERIODISATION_SHEET = 'Periodisering';
export const PERIODISATION_TABLE = 'Periodisering_Kvartal';
/** Titles and notes span columns A–F. */
const TEXT_WIDTH = 6;

type Column =
  | { kind: 'quarter'; key: string }
  | { kind: 'year'; year: number; from: number; to: number }
  | { kind: 'total' };

/** Column 0 is the initiative; then each year's quarters and its subtotal; then the total. */
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
  columns.push({ kind: 'total' });
  return columns;
}

export function buildPeriodisationSheet(result: BudgetResult, context: SummaryContext): SummarySheetPlan {
  const l = labels(context.lang);
  // Rejected initiatives count nowhere; granted ones are paid out (and requisitioned) like the rest.
  const rows = result.initiatives.filter((r) => r.counts);
  const quarters = quarterColumns(result);
  const columns = layout(quarters);
  const widths = [36, ...Array.from({ length: Math.max(columns.length, TEXT_WIDTH - 1) }, () => 14)];
  const b = new SheetBuilder(TEXT_WIDTH, widths);
  putHeader(b, l.periodisationTitle, result, context);
  b.putMerged(l.periodisationNote, STYLE.note);
  const quarterRuns = columns.flatMap((c) => (c.kind === 'year' ? [[c.from, c.to] as const] : []));
  let freezeRows = b.next;
  if (rows.length === 0 || quarters.length === 0) {
    b.put([[text(l.noPeriodisation)]]);
  } else {
    const headers = [
      l.initiative,
      ...columns.map((c) =>
        c.kind === 'quarter'
          ? quarterLabel(c.key, context.lang)
          : c.kind === 'year'
            ? l.yearTotal(c.year)
            : l.total,
      ),
    ];
    const first = b.next + 1;
    const rowCells = (r: InitiativeResult, i: number): PlanCell[] => {
      const row = first + i;
      const rounded = r.proposed.rounded;
      return [
        text(r.initiative.name, { wrap: true }),
        ...columns.map((c): PlanCell => {
          if (c.kind === 'quarter') {
            const v = rounded.byQuarter.get(c.key);
            return v === undefined ? null : money(v);
          }
          if (c.kind === 'year') {
            const v = rounded.byYear.get(c.year);
            return v === undefined
              ? null
              : formula(sumRow(row, [[c.from, c.to]]), v, KRONOR_FORMAT, { bold: true });
          }
          return formula(sumRow(row, quarterRuns), rounded.total, KRONOR_FORMAT, { bold: true });
        }),
      ];
    };
    const t = b.putTable(PERIODISATION_TABLE, headers, rows.map(rowCells));
    const zero = new Decimal(0);
    const columnSum = (c: Column): Decimal => {
      if (c.kind === 'total') return result.totals.proposed;
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
          formula(sumColumn(i + 1, t.firstDataRow, t.lastDataRow), columnSum(c), KRONOR_FORMAT, STYLE.total),
        ),
      ],
    ]);
    freezeRows = t.headerRow + 1;
  }
  const excluded = excludedInitiatives(result);
  if (excluded.length > 0) {
    b.gap();
    b.put([[text(l.notIncludedHeading, { bold: true })]]);
    b.put(excluded.map((name) => [text(name), text(l.notIncludedNote, STYLE.aside)]));
  }
  const plan: SummarySheetPlan = {
    name: PERIODISATION_SHEET,
    kind: 'periodisation',
    blocks: b.blocks,
    merges: b.merges,
    columnWidths: widths.map((width, column) => ({ column, width })),
    tables: b.tables,
    charts: [],
    // The table's header and the initiative names stay in sight on a wide sheet.
    freeze: { rows: freezeRows, columns: 1 },
    tabColor: '#1F4E79',
    ...b.layout(),
  };
  return plan;
}
