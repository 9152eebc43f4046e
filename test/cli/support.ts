// Runs the CLI's main() in-process with captured output, in a temporary folder.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fixed clock, so that a written summary does not depend on the day the test runs. */
export const WRITTEN_AT = '2025-03-12T09:30:00.000Z';

export async function cli(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    now: () => WRITTEN_AT,
  });
  return { code, stdout, stderr };
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'insatsbudget-cli-'));
}

export const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'insatsbudget-exempel.xlsx');
