// Builds the command line into CommonJS files, dist/cli/insatsbudget.cjs and commands.cjs, so that
// `insatsbudget` starts without compiling TypeScript (tsx took 1,6 s per start). Runs on
// `npm ci`/`npm install` (the prepare script) and as `npm run build:cli`. ExcelJS stays outside the
// bundle and is loaded only by the commands that write a new workbook (template).
import { build } from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'dist', 'cli', 'insatsbudget.cjs');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  legalComments: 'none',
  logLevel: 'warning',
};

// Two files: the start (arguments, --help) and the commands, which main.ts loads when one runs.
// Parsing the whole bundle took about as long as starting Node; --help needs none of it.
await build({
  ...common,
  entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
  outfile: CLI_BUNDLE,
  // require('./commands') becomes require('./commands.cjs'), the second file.
  plugins: [
    {
      name: 'commands-apart',
      setup(b) {
        b.onResolve({ filter: /^\.\/commands$/ }, () => ({ path: './commands.cjs', external: true }));
      },
    },
  ],
});
await build({
  ...common,
  entryPoints: [path.join(root, 'src', 'cli', 'commands.ts')],
  outfile: path.join(root, 'dist', 'cli', 'commands.cjs'),
});
