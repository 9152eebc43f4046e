// bin/insatsbudget.cjs runs the compiled bundle that `npm ci` builds (the prepare script), and the
// TypeScript sources through tsx when there is none: what `npx insatsbudget` does after `npm ci`.
import { execFile, execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLE } from './support';

const BIN = path.join(__dirname, '..', '..', 'bin', 'insatsbudget.cjs');
const run = promisify(execFile);

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'cli', 'insatsbudget.cjs');

async function bin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return binWith({}, ...args);
}

async function binWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('bin/insatsbudget.cjs', () => {
  // The bundle of the sources as they are now, as `npm ci` would build it.
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  }, 60_000);

  test('is the package bin', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require('../../package.json') as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ insatsbudget: 'bin/insatsbudget.cjs' });
    expect(pkg.dependencies.tsx).toBeDefined();
    expect(pkg.scripts.prepare).toBe('node scripts/build-cli.mjs');
  });

  test('the bundle starts without loading ExcelJS or tsx (the start stays cheap)', () => {
    const loaded = execFileSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(BUNDLE)}); console.log(JSON.stringify(Object.keys(require.cache)))`],
      { encoding: 'utf8' },
    );
    const modules = JSON.parse(loaded) as string[];
    expect(modules.some((m) => m.includes(`${path.sep}exceljs${path.sep}`))).toBe(false);
    expect(modules.some((m) => m.includes(`${path.sep}tsx${path.sep}`))).toBe(false);
  });

  test('the bundle and the sources print the same help', async () => {
    const bundled = await bin('--help');
    const sources = await binWith({ INSATSBUDGET_SOURCES: '1' }, '--help');
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toContain('summarize');
    expect(bundled.stdout).toBe(sources.stdout);
  }, 60_000);

  test('summarizes the example as JSON with exit 0, and reports a usage error with exit 2', async () => {
    const ok = await bin('summarize', EXAMPLE, '--json', '--scenario', 'Kansliets förslag');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ scenario: 'Kansliets förslag', issues: [] });
    const usage = await bin('summarize');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('summarize behöver en arbetsbok');
  }, 60_000);
});
