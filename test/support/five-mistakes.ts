// The example workbook with the five typing mistakes of issue 10's first finding: an FTE of
// −100 %, a salary as text, an unknown initiative name, text in Ram and an end date before its
// start. Every one of them keeps a row out of the figures.
import { EXAMPLE, type InputRows } from '../../src/contract/template';
import { inputPlans } from '../../src/contract/template';
import type { SheetPlan } from '../../src/workbook/sheet-plan';

export const FRAMSTEGET = 'Framsteget 2.0';
export const EN_VAG_IN = 'En väg in-steget vidare';

type Row = readonly (string | number | null)[];

function replaceRow(rows: ReadonlyArray<Row>, match: (r: Row) => boolean, change: (r: Row) => Row): Row[] {
  let done = false;
  const out = rows.map((r) => {
    if (done || !match(r)) return r;
    done = true;
    return change(r);
  });
  if (!done) throw new Error('five-mistakes: a row to change is missing from the example');
  return out;
}

const set = (r: Row, index: number, value: string | number | null): Row =>
  r.map((v, i) => (i === index ? value : v));

export function fiveMistakesRows(): InputRows {
  let staffing = replaceRow(
    EXAMPLE.Bemanning,
    (r) => r[0] === FRAMSTEGET && r[1] === 'Coach',
    (r) => set(r, 2, -1),
  );
  staffing = replaceRow(
    staffing,
    (r) => r[0] === FRAMSTEGET && r[1] === 'Arbetsgivarkoordinator',
    (r) => set(r, 3, 'trettionio tusen'),
  );
  staffing = replaceRow(
    staffing,
    (r) => r[0] === EN_VAG_IN && r[1] === 'Insatsansvarig',
    (r) => set(set(r, 5, '2024-06-01'), 6, '2023-03-31'),
  );
  const costs = replaceRow(
    EXAMPLE.Kostnader,
    (r) => r[0] === FRAMSTEGET && r[1] === 'Lokaler',
    (r) => set(r, 0, 'Framsteget 2.O'),
  );
  const frame = replaceRow(
    EXAMPLE.Ram,
    (r) => r[0] === 2025,
    (r) => set(r, 1, 'tre miljoner'),
  );
  return { ...EXAMPLE, Bemanning: staffing, Kostnader: costs, Ram: frame };
}

export function fiveMistakesPlans(): SheetPlan[] {
  return inputPlans(fiveMistakesRows(), 'sv');
}
