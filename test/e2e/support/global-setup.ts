// Builds the add-in once, in development mode (office.js from node_modules, so the preview needs no
// network), into a folder of its own so that a developer's dist/ is left alone. E2E_DIST=<folder>
// uses an existing build instead.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromiumAvailable } from './browser';

export const ROOT = path.resolve(__dirname, '../../..');
export const E2E_BUILD = path.join(ROOT, 'node_modules', '.cache', 'insatsbudget-e2e', 'dist');

export default async function globalSetup(): Promise<void> {
  if (!chromiumAvailable()) return;
  if (process.env.E2E_DIST) {
    if (!fs.existsSync(path.join(process.env.E2E_DIST, 'taskpane.html')))
      throw new Error(`E2E_DIST=${process.env.E2E_DIST} holds no taskpane.html`);
    return;
  }
  fs.rmSync(E2E_BUILD, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--output-path', E2E_BUILD],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'development' },
    },
  );
  if (result.status !== 0) {
    throw new Error(`The development build failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(
    `\nBuilt the preview for the end-to-end tests in ${Math.round((Date.now() - started) / 1000)} s: ${path.relative(ROOT, E2E_BUILD)}`,
  );
  process.env.E2E_DIST = E2E_BUILD;
}
