// A tiny test-only evaluator for the formulas the summary writes: SUM over A1 cells and ranges,
// + and − of cells, numbers and parentheses, on the plan's own cells. Decimal arithmetic, so that a
// comparison with the engine's figure is exact.
import Decimal from 'decimal.js';
import type { PlanCell, SheetPlan } from '../../src/workbook/sheet-plan';
import { a1, columnIndex } from '../../src/workbook/snapshot';

export type Cells = Map<string, Exclude<PlanCell, null>>;

/** Every non-empty cell of a plan by its A1 address. */
export function cellsOf(plan: SheetPlan): Cells {
  const cells: Cells = new Map();
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) cells.set(a1(block.row + r, block.column + c), cell);
      }),
    );
  }
  return cells;
}

const parseRef = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`Bad reference ${ref}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]!) };
};

export function evaluate(cells: Cells, formula: string, seen: Set<string> = new Set()): Decimal {
  if (!formula.startsWith('=')) throw new Error(`Not a formula: ${formula}`);
  const tokens = formula.slice(1).match(/[A-Z]+\d+|\d+(?:\.\d+)?|SUM|[(),:+-]/g) ?? [];
  if (tokens.join('') !== formula.slice(1).replace(/\s+/g, ''))
    throw new Error(`Unsupported formula ${formula}`);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t !== expected))
      throw new Error(`Unexpected ${t} in ${formula}`);
    return t;
  };

  const valueOf = (ref: string, inSum: boolean): Decimal => {
    const cell = cells.get(ref);
    if (!cell) return new Decimal(0);
    switch (cell.kind) {
      case 'number':
        return new Decimal(cell.value);
      case 'formula': {
        if (seen.has(ref)) throw new Error(`Circular reference at ${ref}`);
        return evaluate(cells, cell.formula, new Set([...seen, ref]));
      }
      case 'text':
        // SUM skips text, arithmetic on text is #VALUE! (except an empty string, which Excel treats as 0 here too)
        if (inSum || cell.text === '') return new Decimal(0);
        throw new Error(`#VALUE!: text in ${ref}`);
      case 'date':
        throw new Error(`Date in arithmetic at ${ref}`);
    }
  };

  const range = (): Decimal => {
    const from = take();
    if (peek() !== ':') return valueOf(from, true);
    take(':');
    const to = take();
    const f = parseRef(from);
    const t = parseRef(to);
    let s = new Decimal(0);
    for (let r = Math.min(f.row, t.row); r <= Math.max(f.row, t.row); r++) {
      for (let c = Math.min(f.column, t.column); c <= Math.max(f.column, t.column); c++)
        s = s.plus(valueOf(a1(r, c), true));
    }
    return s;
  };

  const term = (): Decimal => {
    const t = peek();
    if (t === 'SUM') {
      take('SUM');
      take('(');
      let s = range();
      while (peek() === ',') {
        take(',');
        s = s.plus(range());
      }
      take(')');
      return s;
    }
    if (t === '(') {
      take('(');
      const v = expr();
      take(')');
      return v;
    }
    if (t === '-') {
      take('-');
      return term().neg();
    }
    if (t !== undefined && /^\d/.test(t)) return new Decimal(take());
    if (t !== undefined && /^[A-Z]+\d+$/.test(t)) return valueOf(take(), false);
    throw new Error(`Unexpected ${t} in ${formula}`);
  };

  const expr = (): Decimal => {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      v = take() === '+' ? v.plus(term()) : v.minus(term());
    }
    return v;
  };

  const result = expr();
  if (i !== tokens.length) throw new Error(`Trailing tokens in ${formula}`);
  return result;
}

/** Every formula cell of a plan with its evaluated value. */
export function evaluatedFormulas(
  plan: SheetPlan,
): Array<{ address: string; formula: string; expected: number; value: Decimal }> {
  const cells = cellsOf(plan);
  const out: Array<{ address: string; formula: string; expected: number; value: Decimal }> = [];
  for (const [address, cell] of cells) {
    if (cell.kind === 'formula')
      out.push({
        address,
        formula: cell.formula,
        expected: cell.expected,
        value: evaluate(cells, cell.formula),
      });
  }
  return out;
}
