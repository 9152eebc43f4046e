// The workbook the preview starts with: the example's input tables in memory.
import { MemoryWorkbook } from '../adapters/memory/memory-workbook';
import { createInputTablesIn } from '../adapters/memory/memory-port';
import { examplePlans } from '../contract';

/** A new in-memory workbook with the example workbook's input tables. */
export function exampleWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  createInputTablesIn(workbook, examplePlans());
  return workbook;
}
