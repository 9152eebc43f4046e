// Balancing benchmark (issue 14): time to produce all three proposals ("Få budgeten att gå ihop")
// for the typical workbook (60 initiatives, 400 rows) and the large one (2 000 / 20 000), each over
// its frame: available is 85 % of what the base scenario spends each year. A tenth of the
// initiatives are granted, one in twenty held, every tenth staffing row held. Not a timed test.
import * as os from 'node:os';
import { computeBudget } from '../src/engine';
import { proposeBalance } from '../src/engine/balance';
import type { BudgetInput } from '../src/engine/types';
import { generate } from './engine';

interface Shape {
  name: string;
  initiatives: number;
  rows: number;
  years: number;
  targetMs: number;
  runs: number;
}

const TYPICAL: Shape = { name: 'typical', initiatives: 60, rows: 400, years: 3, targetMs: 200, runs: 11 };
const LARGE: Shape = { name: 'large', initiatives: 2000, rows: 20000, years: 5, targetMs: 5000, runs: 3 };
const BASE = 'Scenario 1';

function round(shape: Shape): BudgetInput {
  const generated = generate({ ...shape, scenarios: 3 });
  const input: BudgetInput = {
    ...generated,
    initiatives: generated.initiatives.map((i, k) => ({
      ...i,
      ...(k % 10 === 3 ? { roundStatus: 'granted' as const } : {}),
      ...(k % 20 === 7 ? { held: true } : {}),
    })),
    staffing: generated.staffing.map((s, k) => (k % 10 === 5 ? { ...s, held: true } : s)),
  };
  const spent = computeBudget(input, BASE).frame;
  return {
    ...input,
    frame: spent.map((f) => ({ year: f.year, available: f.proposed.times('0.85').round() })),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function measure(shape: Shape): { ms: number; cpuMs: number; summary: string } {
  const input = round(shape);
  proposeBalance(input, { baseScenario: BASE });
  const times: number[] = [];
  const cpu: number[] = [];
  let summary = '';
  for (let i = 0; i < shape.runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const outcome = proposeBalance(input, { baseScenario: BASE });
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    summary = outcome.proposals
      .map(
        (p) => `${p.method} ${p.added.length} rows${p.share ? ` f=${p.share.times(100).toFixed(1)} %` : ''}`,
      )
      .concat(outcome.unmet.map((m) => `${m} unmet`))
      .join(', ');
    if (outcome.proposals.length === 0) throw new Error('bench: no proposal');
  }
  return { ms: median(times), cpuMs: median(cpu), summary };
}

export async function run(): Promise<void> {
  console.log('balance: proposeBalance, all three methods from base "Scenario 1", median after one warm-up');
  console.log('case      inits    rows  wall median   cpu median     target result  proposals');
  for (const shape of [TYPICAL, LARGE]) {
    const m = measure(shape);
    console.log(
      [
        shape.name.padEnd(8),
        `${shape.initiatives}`.padStart(6),
        `${shape.rows}`.padStart(7),
        `${m.ms.toFixed(1)} ms`.padStart(12),
        `${m.cpuMs.toFixed(1)} ms`.padStart(12),
        `≤ ${shape.targetMs} ms`.padStart(10),
        (m.ms <= shape.targetMs ? 'met' : 'missed').padStart(6),
        ` ${m.summary}`,
      ].join(' '),
    );
  }
  const [load] = os.loadavg();
  console.log(
    `load average ${(load ?? 0).toFixed(1)} on ${os.cpus().length} CPUs (issue 14: typical ≤ 200 ms, large ≤ 5 s)`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
