#!/usr/bin/env node
// The end-to-end tests in a real browser (Debian's chromium): builds the preview once, serves it
// on 127.0.0.1 and drives it. Without /usr/bin/chromium the suite says so and is skipped, except
// under CI=true, where it fails. Extra arguments go to jest, e.g. `node scripts/e2e.mjs -t axe`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jest = require.resolve('jest/bin/jest');
const result = spawnSync(
  process.execPath,
  [jest, '-c', 'test/e2e/jest.e2e.config.js', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
