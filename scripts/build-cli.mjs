// Builds the command line into one CommonJS file, dist/cli/insatsbudget.cjs, so that
// `insatsbudget` starts without compiling TypeScript (tsx took 1,6 s per start). Runs on
// `npm ci`/`npm install` (the prepare script) and as `npm run build:cli`. ExcelJS stays outside the
// bundle and is loaded only by the commands that write a new workbook (template).
import { build } from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'dist', 'cli', 'insatsbudget.cjs');

await build({
  entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
  outfile: CLI_BUNDLE,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  legalComments: 'none',
  logLevel: 'warning',
});
