// Reads every table as a grid (header, values, number formats, address) and the sheet list with
// ownership, in as few requests as Office.js allows.
//
// Why a cold read takes two requests: a table's ranges are reached only through methods
// (getHeaderRowRange, getDataBodyRange) of a Table object, and in an unknown workbook the Table
// objects exist only after the collection was loaded and synced. Loading through a collection
// ('items/...') reaches properties, never ranges, and TableColumn.values (the one range-like
// property) has neither number formats nor an address. So: one request lists the tables, one reads
// them. Every later read is warm: the tables of the previous read are queued by name together with
// the list, in ONE request, and the list checks the guess (a new table costs one more request, a
// renamed or deleted one a fresh cold read).
//
// Excel on the web also limits a response to 5 MB. When the previous read shows that the tables
// do not fit (or a cold read is refused for its size), the bodies are read in row chunks, one
// request per 4.5 MB.
import type { TableGrid } from '../../workbook/snapshot';
import { parseRange } from '../memory/memory-workbook';
import { cellTypeOf } from './cell-types';
import type { WorkbookFacts } from './write-placement';

export const READ_BUDGET_BYTES = 4_500_000;
/** Assumed response per cell (value + number format) when a table's size is not known yet. */
const DEFAULT_BYTES_PER_CELL = 60;

interface KnownTable {
  name: string;
  rows: number;
  bytesPerRow: number;
}

interface TableRead {
  name: string;
  sheet: string;
  header: Excel.Range;
  bodies: Excel.Range[];
}

export interface ReadOutcome {
  tables: TableGrid[];
  facts: WorkbookFacts;
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded/.test(code);
}

export class SnapshotReader {
  private known: KnownTable[] = [];

  constructor(private readonly budget = READ_BUDGET_BYTES) {}

  async read(): Promise<ReadOutcome> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/id');
      const names = context.workbook.names.load('items/name,items/formula');
      const tables = context.workbook.tables.load('items/name,items/worksheet/name');
      const estimate = this.known.reduce((sum, k) => sum + k.rows * k.bytesPerRow, 0);
      const warm = this.known.length > 0 && estimate <= this.budget;
      const guessed = warm
        ? this.known.map((k) => ({ name: k.name, ...queueWhole(context.workbook.tables.getItem(k.name)) }))
        : [];
      try {
        await context.sync();
      } catch (error) {
        if (!warm) throw error;
        this.known = [];
        return this.read();
      }
      const present = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name, table: t }));
      const guessedByName = new Map(guessed.map((g) => [g.name.toLocaleLowerCase('sv'), g]));
      const missing = present.filter((t) => !guessedByName.has(t.name.toLocaleLowerCase('sv')));
      const reads = new Map<string, TableRead>();
      for (const t of present) {
        const g = guessedByName.get(t.name.toLocaleLowerCase('sv'));
        if (g) reads.set(t.name, { name: t.name, sheet: t.sheet, header: g.header, bodies: [g.body] });
      }
      if (missing.length > 0) {
        const sizes = new Map(
          this.known.map((k) => [k.name.toLocaleLowerCase('sv'), k.rows * k.bytesPerRow]),
        );
        const knownSize = missing.every((t) => sizes.has(t.name.toLocaleLowerCase('sv')));
        const missingEstimate = missing.reduce(
          (sum, t) => sum + (sizes.get(t.name.toLocaleLowerCase('sv')) ?? 0),
          0,
        );
        let done = false;
        if (!knownSize || missingEstimate <= this.budget) {
          const whole = missing.map((t) => ({ t, ...queueWhole(t.table) }));
          try {
            await context.sync();
            for (const w of whole)
              reads.set(w.t.name, { name: w.t.name, sheet: w.t.sheet, header: w.header, bodies: [w.body] });
            done = true;
          } catch (error) {
            if (!isPayloadError(error)) throw error;
          }
        }
        if (!done) for (const r of await this.readInChunks(context, missing)) reads.set(r.name, r);
      }
      const grids = present.map((t) => toGrid(reads.get(t.name)!));
      this.known = grids.map((g) => ({
        name: g.name,
        rows: g.values.length,
        bytesPerRow:
          g.values.length === 0
            ? 0
            : Math.ceil(
                (JSON.stringify(g.values).length + JSON.stringify(g.numberFormats).length) / g.values.length,
              ),
      }));
      const facts: WorkbookFacts = {
        sheets: sheets.items.map((s) => ({ name: s.name, id: s.id })),
        names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
        tables: present.map((t) => t.name),
      };
      return { tables: grids, facts };
    });
  }

  /** One request for the sizes, then row chunks packed into requests under the budget. */
  private async readInChunks(
    context: Excel.RequestContext,
    tables: Array<{ name: string; sheet: string; table: Excel.Table }>,
  ): Promise<TableRead[]> {
    const sized = tables.map((t) => ({
      ...t,
      header: t.table.getHeaderRowRange().load('values,address'),
      size: t.table.getDataBodyRange().load('rowCount,columnCount'),
    }));
    await context.sync();
    const perRow = new Map(this.known.map((k) => [k.name.toLocaleLowerCase('sv'), k.bytesPerRow]));
    const groups: Array<Array<() => void>> = [[]];
    const reads: TableRead[] = [];
    let used = 0;
    for (const t of sized) {
      const read: TableRead = { name: t.name, sheet: t.sheet, header: t.header, bodies: [] };
      reads.push(read);
      const bytesPerRow =
        perRow.get(t.name.toLocaleLowerCase('sv')) || t.size.columnCount * DEFAULT_BYTES_PER_CELL;
      const rowsPerChunk = Math.max(1, Math.floor(this.budget / 2 / bytesPerRow));
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

function toGrid(read: TableRead): TableGrid {
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
  };
}
