import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { examplePlans, readWorkbook } from '../../src/contract';
import { computeBudget, incompleteness } from '../../src/engine';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { EN_VAG_IN, FRAMSTEGET, fiveMistakesPlans } from '../support/five-mistakes';

function run(plans: SheetPlan[]) {
  const wb = new MemoryWorkbook();
  writePlans(wb, plans);
  const read = readWorkbook(readSnapshot(wb));
  const result = computeBudget(read.input, null);
  return { result, incomplete: incompleteness(result, read.input, [...read.issues, ...result.issues]) };
}

test('the example is complete: nothing blocks a decision', () => {
  const { incomplete } = run(examplePlans());
  expect(incomplete).toEqual({
    initiatives: [],
    years: [],
    unattributed: [],
    errors: [],
    unreadFrameRows: [],
  });
});

test('five typing mistakes: the initiatives that lost rows are incomplete, with the frame years they run in', () => {
  const { result, incomplete } = run(fiveMistakesPlans());
  // Both initiatives are still "included" by the engine — that is exactly how the figures misled.
  expect(result.initiatives.find((i) => i.initiative.name === FRAMSTEGET)!.included).toBe(true);
  expect(incomplete.initiatives).toEqual([FRAMSTEGET, EN_VAG_IN]);
  // The example's frame holds 2024–2026 (the round); both initiatives run until the end of 2024.
  expect(incomplete.years).toEqual([2024]);
  // The unknown name and the Ram row belong to no initiative; they still block.
  expect(incomplete.unattributed.map((i) => [i.table, i.code])).toEqual(
    expect.arrayContaining([
      ['Ram', expect.any(String)],
      ['Kostnader', 'unknown-initiative'],
    ]),
  );
  // Five mistakes, and the frame year the Ram mistake leaves without an amount (equity cannot be carried).
  expect(incomplete.errors.length).toBeGreaterThanOrEqual(5);
});
