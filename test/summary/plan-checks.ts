// Structural checks every summary plan must pass, shared by the example and property tests.
import type { PlanCell, SheetPlan } from '../../src/workbook/sheet-plan';
import { parseRange, type CellRange } from '../../src/adapters/memory/memory-workbook';
import {
  KRONOR_FORMAT,
  KRONOR_SIGNED_FORMAT,
  PERCENT_1_FORMAT,
  FTE_FORMAT,
  DATE_FORMAT,
} from '../../src/format/excel-formats';
import { cellsOf, evaluatedFormulas } from './evaluate-plan';
import { a1 } from '../../src/workbook/snapshot';

const NUMBER_FORMATS = new Set([KRONOR_FORMAT, KRONOR_SIGNED_FORMAT, PERCENT_1_FORMAT, FTE_FORMAT]);

const intersects = (a: CellRange, b: CellRange) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

function blockRect(block: SheetPlan['blocks'][number]): CellRange {
  const width = Math.max(1, ...block.cells.map((r) => r.length));
  return {
    top: block.row,
    left: block.column,
    bottom: block.row + block.cells.length - 1,
    right: block.column + width - 1,
  };
}

/** Returns a list of problems; empty when the plan is sound. */
export function planProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const cells = cellsOf(plan);

  const rects = plan.blocks.map(blockRect);
  rects.forEach((r, i) =>
    rects.slice(i + 1).forEach((s, j) => {
      if (intersects(r, s)) problems.push(`blocks ${i} and ${i + 1 + j} overlap`);
    }),
  );

  for (const table of plan.tables) {
    const r = parseRange(table.range);
    if (r.bottom <= r.top) problems.push(`table ${table.name} has no data row`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table.name))
      problems.push(`table name ${table.name} is not a safe Excel name`);
    const headers: string[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const cell = cells.get(a1(r.top, c));
      if (!cell || cell.kind !== 'text' || cell.text.trim() === '')
        problems.push(`table ${table.name}: header ${a1(r.top, c)} is not text`);
      else headers.push(cell.text.toLowerCase());
    }
    if (new Set(headers).size !== headers.length) problems.push(`table ${table.name}: duplicate headers`);
    // Nothing written right of the table on its rows, nor a header-like cell left of it.
    for (let row = r.top; row <= r.bottom; row++) {
      for (const [address] of cells) {
        const m = /^([A-Z]+)(\d+)$/.exec(address)!;
        if (Number(m[2]) - 1 === row && parseRange(address).left > r.right)
          problems.push(`table ${table.name}: ${address} beside the table`);
      }
    }
    // Every data row holds something.
    for (let row = r.top + 1; row <= r.bottom; row++) {
      let any = false;
      for (let c = r.left; c <= r.right; c++) if (cells.has(a1(row, c))) any = true;
      if (!any) problems.push(`table ${table.name}: empty row ${row + 1}`);
    }
  }
  plan.tables.forEach((t, i) =>
    plan.tables.slice(i + 1).forEach((u) => {
      if (intersects(parseRange(t.range), parseRange(u.range)))
        problems.push(`tables ${t.name} and ${u.name} overlap`);
    }),
  );

  const merges = plan.merges.map(parseRange);
  merges.forEach((m, i) => {
    merges.slice(i + 1).forEach((n) => {
      if (intersects(m, n)) problems.push(`merges ${plan.merges[i]} overlap`);
    });
    for (let row = m.top; row <= m.bottom; row++)
      for (let c = m.left; c <= m.right; c++)
        if ((row !== m.top || c !== m.left) && cells.has(a1(row, c)))
          problems.push(`merge ${plan.merges[i]} hides ${a1(row, c)}`);
    for (const t of plan.tables)
      if (intersects(m, parseRange(t.range))) problems.push(`merge ${plan.merges[i]} inside table ${t.name}`);
  });

  for (const [address, cell] of cells) {
    problems.push(...cellProblems(address, cell));
  }

  for (const f of evaluatedFormulas(plan)) {
    // Compared as the spreadsheet would hold them: doubles (FTE fractions are not whole numbers).
    if (f.value.toNumber() !== f.expected)
      problems.push(`${f.address} ${f.formula} computes ${f.value.toString()}, expected ${f.expected}`);
  }
  return problems;
}

function cellProblems(address: string, cell: Exclude<PlanCell, null>): string[] {
  switch (cell.kind) {
    case 'text':
      return typeof cell.text === 'string' ? [] : [`${address}: text is not a string`];
    case 'number':
      if (!Number.isFinite(cell.value)) return [`${address}: not a finite number`];
      return NUMBER_FORMATS.has(cell.format) ? [] : [`${address}: unexpected number format ${cell.format}`];
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell.iso) && cell.format === DATE_FORMAT
        ? []
        : [`${address}: bad date ${cell.iso}`];
    case 'formula':
      if (!cell.formula.startsWith('=')) return [`${address}: formula without =`];
      return NUMBER_FORMATS.has(cell.format) ? [] : [`${address}: unexpected formula format ${cell.format}`];
  }
}
