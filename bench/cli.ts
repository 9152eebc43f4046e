// The command line's start: `node bin/insatsbudget.cjs --help` (the compiled bundle) against the
// sources through tsx and against an empty `node -e 0`. Target: the bundle at most 0,3 s.
//   npm run bench -- cli
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'insatsbudget.cjs');
const RUNS = 7;
const TARGET_S = 0.3;

function medianSeconds(args: string[], env: Record<string, string> = {}): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    execFileSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    times.push((performance.now() - t) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export async function run(): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  const empty = medianSeconds(['-e', '0']);
  const bundle = medianSeconds([BIN, '--help']);
  const sources = medianSeconds([BIN, '--help'], { INSATSBUDGET_SOURCES: '1' });
  const s = (n: number) => `${n.toFixed(3)} s`;
  console.log(`median of ${RUNS} starts   node -e 0: ${s(empty)}`);
  console.log(
    `  insatsbudget --help (bundle)   ${s(bundle)}   target ≤ ${TARGET_S} s ${bundle <= TARGET_S ? 'ok' : 'MISSED'}; ${(bundle - empty >= 0 ? '+' : '') + s(bundle - empty)} over node -e 0 (load ${os.loadavg()[0]!.toFixed(1)})`,
  );
  console.log(
    `  insatsbudget --help (tsx)      ${s(sources)}   ${(sources / bundle).toFixed(1)} × the bundle`,
  );
}
