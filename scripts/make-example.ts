// Regenerates the workbooks shipped in examples/: `npx tsx scripts/make-example.ts`.
//   examples/insatsbudget-exempel.xlsx  the five seed initiatives with plausible figures
//   examples/insatsbudget-mall.xlsx     the empty template (Swedish)
// test/cli/examples.test.ts fails when the committed files no longer match what this writes.
import * as path from 'node:path';
import { MemoryWorkbook } from '../src/adapters/memory/memory-workbook';
import { writePlans } from '../src/adapters/memory/write-plan';
import { saveXlsx } from '../src/adapters/xlsx';
import { examplePlans, templatePlans } from '../src/contract';

export const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');

export const EXAMPLE_FILES = {
  example: 'insatsbudget-exempel.xlsx',
  template: 'insatsbudget-mall.xlsx',
} as const;

export function exampleWorkbooks(): Record<keyof typeof EXAMPLE_FILES, MemoryWorkbook> {
  const example = new MemoryWorkbook();
  writePlans(example, examplePlans());
  const template = new MemoryWorkbook();
  writePlans(template, templatePlans('sv'));
  return { example, template };
}

export async function writeExamples(dir: string = EXAMPLES_DIR): Promise<string[]> {
  const books = exampleWorkbooks();
  const written: string[] = [];
  for (const key of Object.keys(EXAMPLE_FILES) as Array<keyof typeof EXAMPLE_FILES>) {
    const file = path.join(dir, EXAMPLE_FILES[key]);
    await saveXlsx(books[key], file);
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  writeExamples().then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(process.cwd(), f)}`)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
