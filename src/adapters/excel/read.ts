// Reads every input table as a grid (header, values, number formats, address) and the sheet list
// with ownership, in one request.
//
// A table's ranges are reached only through methods of a Table object (getHeaderRowRange,
// getDataBodyRange), and loading the table list gives names, never ranges. So the first request
// lists the sheets, names and tables AND reaches the tables it can name in advance:
// TableCollection.getItemOrNullObject for each of the contract's table names and English aliases
// and for every table of the previous read, with its ranges loaded. A name that is not in the
// workbook gives a null object ("*OrNullObject methods and properties"), checked with isNullObject
// after the sync. Excel does not tell names apart by case (a workbook "cannot contain two or more
// defined names that differ ... only by the case", KB 213533; table names are names), so
// 'bemanning' is found too. Only a table the list shows but no guess reached (renamed, e.g.
// 'Tabell3', or new) costs a second request; from then on its name is guessed too.
//
// Tables on the add-in's own sheets (the summary's) are not read: the contract ignores them, and
// a summary of 20 000 rows would double the response.
//
// Excel on the web also limits a response to 5 MB. When the previous read shows that the tables
// do not fit (or a read is refused for its size), the request above loads only the tables' sizes,
// and the bodies follow in row chunks, one request per 4.5 MB.
//
// What happens to ranges asked of a null object is not documented; if Excel refuses them, the read
// falls back to listing first and reading second (two requests), and stops guessing.
//
// With each table the same request reads what the contract warns about besides the cells
// (WorkbookSnapshot's firstRowBelow and date1904, as the .xlsx reader fills them):
// - rows typed under the table: the used part (values only) of the table's columns from the row
//   under it down to the sheet's end (Range.getUsedRangeOrNullObject(true), ExcelApi 1.4) starts at
//   the first such row; a null object when there is none.
// - the date system: no released API member says it (see date-system.ts), so the first data row's
//   Range.text (what Excel shows, counted in the workbook's system) is read with its values.
// formulasWithoutValue stays empty: a formula without a computed value exists only in a file
// written by a script; Excel calculates every formula it loads, and Range.values gives its result
// (docs/architecture.md).
import type { CellValue, TableGrid } from '../../workbook/snapshot';
import { excelNameKey } from '../../workbook/names';
import { TABLE_NAMES, TABLE_SPECS } from '../../contract/tables';
import { parseRange } from '../memory/memory-workbook';
import { cellTypeOf } from './cell-types';
import { dateSystemFromText } from './date-system';
import type { WorkbookFacts } from './write-placement';
import { ownedSheets } from './write-placement';

export const READ_BUDGET_BYTES = 4_500_000;
/** Assumed response per cell (value + number format) when a table's size is not known yet. */
const DEFAULT_BYTES_PER_CELL = 60;

/** The input tables' names as the contract knows them: Swedish and English. */
export const GUESSED_TABLE_NAMES: readonly string[] = TABLE_NAMES.flatMap((name) => [
  name,
  TABLE_SPECS[name].en,
]);

const lower = excelNameKey;

interface KnownTable {
  name: string;
  rows: number;
  columns: number;
  bytesPerRow: number;
}

interface TableRead {
  name: string;
  sheet: string;
  header: Excel.Range;
  bodies: Excel.Range[];
  /** What lies under the table (see extras). */
  extras: Extras;
}

/** Read with each table in the same request: the used cells under it, the first row's text. */
interface Extras {
  below: Excel.Range;
  firstRow: Excel.Range;
}

/**
 * The used part of the table's columns from the row under it to the sheet's last row, and the
 * text of its first data row. Under the whole table (Table.getRange), not under the data body:
 * the table's own total row (Table Design → Total Row) is not a row typed below it. Paths only: no
 * address has to be known before the request.
 */
function queueExtras(table: Excel.Table, body: Excel.Range): Extras {
  const under = table.getRange().getRowsBelow(1).getBoundingRect(body.getEntireColumn().getLastRow());
  return {
    below: under.getUsedRangeOrNullObject(true).load('address'),
    firstRow: body.getRow(0).load('text'),
  };
}

/** A table to read in chunks: its header and size, when already loaded. */
interface Sized {
  name: string;
  sheet: string;
  table: Excel.Table;
  header: Excel.Range | null;
  size: Excel.Range | null;
  extras: Extras | null;
}

export interface ReadOutcome {
  tables: TableGrid[];
  facts: WorkbookFacts;
}

function codeOf(error: unknown): string {
  return String((error as { code?: string } | null)?.code ?? '');
}

/**
 * Above this many cells a whole read is not tried: past 5 million cells Range.values can come back
 * null instead of failing (Excel data transfer limits), and such a read is far over the 5 MB anyway.
 */
export const WHOLE_READ_MAX_CELLS = 4_000_000;
/** Cells per chunk of a chunked read, whatever the bytes (the host's own limits are per cell too). */
const CHUNK_MAX_CELLS = 1_000_000;

/** A whole read that came back without its values (see WHOLE_READ_MAX_CELLS). */
class IncompleteRead extends Error {
  readonly code = 'IncompleteRead';
}

export class SnapshotReader {
  private known: KnownTable[] = [];
  private guessing = true;

  constructor(private readonly budget = READ_BUDGET_BYTES) {}

  /**
   * One request when the last read says the tables fit; otherwise, or when that read fails for
   * whatever reason (the size codes, but also "GeneralException / internal error", which Excel on
   * the web sends for some oversized reads), the bodies in row chunks. Guessing table names is
   * switched off only when Excel refuses the guesses themselves (ItemNotFound / InvalidArgument
   * for the ranges of a null object), and on again if that was not the cause.
   */
  async read(): Promise<ReadOutcome> {
    const estimate = this.known.reduce((sum, k) => sum + k.rows * k.bytesPerRow, 0);
    const cells = this.known.reduce((sum, k) => sum + k.rows * k.columns, 0);
    const whole = estimate <= this.budget && cells <= WHOLE_READ_MAX_CELLS;
    try {
      return await this.readOnce(whole, this.guessing);
    } catch (error) {
      const code = codeOf(error);
      if (this.guessing && (code === 'ItemNotFound' || code === 'InvalidArgument')) {
        this.guessing = false;
        try {
          return await this.readOnce(whole, false);
        } catch (again) {
          // Not the guesses' fault: guess again next time.
          this.guessing = true;
          if (!whole) throw again;
        }
      }
      if (whole) return this.readOnce(false, this.guessing);
      throw error;
    }
  }

  /**
   * whole: the guessed tables' bodies come in the first request; otherwise only their sizes, and
   * the bodies in chunks. guess: whether to reach tables by name before the list is known.
   */
  private async readOnce(whole: boolean, guess: boolean): Promise<ReadOutcome> {
    // A read the pane starts while the user is typing in a cell waits for the edit to end instead
    // of failing (RunOptions.delayForCellEdit; honoured where the DelayForCellEdit set is).
    return Excel.run({ delayForCellEdit: true }, async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/id');
      const names = context.workbook.names.load('items/name,items/formula');
      const tables = context.workbook.tables.load('items/name,items/worksheet/name');
      const wanted = new Map<string, string>();
      if (guess)
        for (const name of [...GUESSED_TABLE_NAMES, ...this.known.map((k) => k.name)])
          wanted.set(lower(name), name);
      // The extras cost six paths a table: once the tables are known, only theirs are asked for
      // (a guess that turns up a new table gets them in a second request, like a renamed one).
      const knownNames = new Set(this.known.map((k) => lower(k.name)));
      const guessed = [...wanted.values()].map((name) => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        const body = table.getDataBodyRange().load(whole ? 'values,numberFormat' : 'rowCount,columnCount');
        return {
          name,
          table,
          header: table.getHeaderRowRange().load('values,address'),
          body,
          extras: knownNames.size === 0 || knownNames.has(lower(name)) ? queueExtras(table, body) : null,
        };
      });
      await context.sync();

      const facts: WorkbookFacts = {
        sheets: sheets.items.map((s) => ({ name: s.name, id: s.id })),
        names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
        tables: tables.items.map((t) => t.name),
      };
      const infos = ownedSheets(facts);
      const own = new Set(infos.filter((s) => s.ownedByAddin).map((s) => lower(s.name)));
      const present = tables.items
        .map((t) => ({ name: t.name, sheet: t.worksheet.name, table: t }))
        .filter((t) => !own.has(lower(t.sheet)));
      const found = new Map<string, (typeof guessed)[number]>();
      for (const g of guessed) if (!g.table.isNullObject) found.set(lower(g.name), g);

      const reads = new Map<string, TableRead>();
      const missing = present.filter((t) => !found.has(lower(t.name)));
      if (whole) {
        let late = false;
        for (const t of present) {
          const g = found.get(lower(t.name));
          if (!g) continue;
          late ||= g.extras === null;
          reads.set(t.name, {
            name: t.name,
            sheet: t.sheet,
            header: g.header,
            bodies: [g.body],
            extras: g.extras ?? queueExtras(g.table, g.body),
          });
        }
        if (late && missing.length === 0) await context.sync();
        if (missing.length > 0) {
          const more = missing.map((t) => {
            const queued = queueWhole(t.table);
            return { t, ...queued, extras: queueExtras(t.table, queued.body) };
          });
          await context.sync();
          for (const m of more)
            reads.set(m.t.name, {
              name: m.t.name,
              sheet: m.t.sheet,
              header: m.header,
              bodies: [m.body],
              extras: m.extras,
            });
        }
      } else {
        const sized: Sized[] = present.map((t) => {
          const g = found.get(lower(t.name));
          return g
            ? { ...t, table: g.table, header: g.header, size: g.body, extras: g.extras }
            : { ...t, header: null, size: null, extras: null };
        });
        for (const r of await this.readInChunks(context, sized)) reads.set(r.name, r);
      }

      for (const r of reads.values())
        if (r.bodies.some((b) => !Array.isArray(b.values) || !Array.isArray(b.numberFormat)))
          throw new IncompleteRead(`Table ${r.name} came back without its values`);
      const date1904 = dateSystemFromText(
        [...reads.values()].flatMap((r) => {
          const values = r.bodies[0]?.values[0] ?? [];
          const formats = r.bodies[0]?.numberFormat[0] ?? [];
          return (r.extras.firstRow.text[0] ?? []).map((text, c) => ({
            value: values[c] as CellValue,
            numberFormat: String(formats[c] ?? ''),
            text: String(text),
          }));
        }),
      );
      const grids = present.map((t) => toGrid(reads.get(t.name)!, date1904 === true));
      this.known = grids.map((g) => ({
        name: g.name,
        rows: g.values.length,
        columns: g.headers.length,
        bytesPerRow:
          g.values.length === 0
            ? 0
            : Math.ceil(
                (JSON.stringify(g.values).length + JSON.stringify(g.numberFormats).length) / g.values.length,
              ),
      }));
      return { tables: grids, facts };
    });
  }

  /** One request for the sizes not yet known, then row chunks packed into requests under the budget. */
  private async readInChunks(context: Excel.RequestContext, tables: Sized[]): Promise<TableRead[]> {
    const sized = tables.map((t) => {
      const size = t.size ?? t.table.getDataBodyRange().load('rowCount,columnCount');
      return {
        ...t,
        header: t.header ?? t.table.getHeaderRowRange().load('values,address'),
        size,
        extras: t.extras ?? queueExtras(t.table, size),
      };
    });
    if (tables.some((t) => !t.header || !t.size)) await context.sync();
    const perRow = new Map(this.known.map((k) => [lower(k.name), k.bytesPerRow]));
    const groups: Array<Array<() => void>> = [[]];
    const reads: TableRead[] = [];
    let used = 0;
    for (const t of sized) {
      const read: TableRead = {
        name: t.name,
        sheet: t.sheet,
        header: t.header,
        bodies: [],
        extras: t.extras,
      };
      reads.push(read);
      const bytesPerRow = perRow.get(lower(t.name)) || t.size.columnCount * DEFAULT_BYTES_PER_CELL;
      const rowsPerChunk = Math.max(
        1,
        Math.min(Math.floor(this.budget / 2 / bytesPerRow), Math.floor(CHUNK_MAX_CELLS / t.size.columnCount)),
      );
      for (let start = 0; start < t.size.rowCount; start += rowsPerChunk) {
        const count = Math.min(rowsPerChunk, t.size.rowCount - start);
        if (used + count * bytesPerRow > this.budget && groups[groups.length - 1]!.length > 0) {
          groups.push([]);
          used = 0;
        }
        used += count * bytesPerRow;
        const index = read.bodies.length;
        read.bodies.push(null as unknown as Excel.Range);
        groups[groups.length - 1]!.push(() => {
          read.bodies[index] = t.table
            .getDataBodyRange()
            .getRow(start)
            .getResizedRange(count - 1, 0)
            .load('values,numberFormat');
        });
      }
    }
    await syncGroups(context, groups, 0);
    return reads;
  }
}

/** One request per group, in order; the number of groups is bounded by the payload, not by rows. */
async function syncGroups(
  context: Excel.RequestContext,
  groups: Array<Array<() => void>>,
  index: number,
): Promise<void> {
  if (index >= groups.length) return;
  for (const queue of groups[index]!) queue();
  await context.sync();
  await syncGroups(context, groups, index + 1);
}

function queueWhole(table: Excel.Table): { header: Excel.Range; body: Excel.Range } {
  return {
    header: table.getHeaderRowRange().load('values,address'),
    body: table.getDataBodyRange().load('values,numberFormat'),
  };
}

function toGrid(read: TableRead, date1904: boolean): TableGrid {
  const address = read.header.address;
  const { top, left } = parseRange(address.slice(address.lastIndexOf('!') + 1));
  const headerValues = read.header.values;
  const values = read.bodies
    .flatMap((b) => b.values)
    .map((row: unknown[]) =>
      row.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? ''))),
    );
  const numberFormats = read.bodies
    .flatMap((b) => b.numberFormat)
    .map((row: unknown[]) => row.map((f) => String(f)));
  return {
    name: read.name,
    sheet: read.sheet,
    headerRow: top + 1,
    firstColumn: left,
    headers: (headerValues[0] ?? []).map((h: unknown) => String(h)),
    values,
    numberFormats,
    valueTypes: values.map((row) => row.map(cellTypeOf)),
    ...(date1904 ? { date1904: true } : {}),
    ...firstRowBelow(read.extras.below),
  };
}

/** 1-based row of the first row under the table holding a value in its columns, if any. */
function firstRowBelow(below: Excel.Range): { firstRowBelow?: number } {
  if (below.isNullObject) return {};
  const address = below.address;
  return { firstRowBelow: parseRange(address.slice(address.lastIndexOf('!') + 1)).top + 1 };
}
