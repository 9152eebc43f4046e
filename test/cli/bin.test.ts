// bin/insatsbudget.cjs runs the TypeScript sources through tsx, with no build step: what
// `npx insatsbudget` does after `npm ci`.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLE } from './support';

const BIN = path.join(__dirname, '..', '..', 'bin', 'insatsbudget.cjs');
const run = promisify(execFile);

async function bin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('bin/insatsbudget.cjs', () => {
  test('is the package bin', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require('../../package.json') as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ insatsbudget: 'bin/insatsbudget.cjs' });
    expect(pkg.dependencies.tsx).toBeDefined();
  });

  test('summarizes the example as JSON with exit 0, and reports a usage error with exit 2', async () => {
    const ok = await bin('summarize', EXAMPLE, '--json', '--scenario', 'Kansliets förslag');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ scenario: 'Kansliets förslag', issues: [] });
    const usage = await bin('summarize');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('summarize behöver en arbetsbok');
  }, 60_000);
});
