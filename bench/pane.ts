// Pane benchmark (issues 5 and 9): time from a cut — the session's cut through MemoryPort — to the
// updated overview view model, on the example workbook and on a large one (2 000 initiatives,
// 20 000 staffing rows). The session recomputes a cut incrementally (Justeringar re-read alone,
// only the cut initiative computed again); the bench also times the alternative it does not take,
// reading the workbook again and computing everything. Targets (issue 9): ≤ 16 ms median at the
// large size, and large/example ≤ 3× (a cut's cost independent of the workbook's size).
import * as os from 'node:os';
import Decimal from 'decimal.js';
import { MemoryPort } from '../src/adapters/memory/memory-port';
import { EXAMPLE, examplePlans, readWorkbook } from '../src/contract';
import { inputPlans, type InputRows, type PlainValue } from '../src/contract/template';
import { computeBudget } from '../src/engine';
import { MeetingSession, overviewView } from '../src/session';

const TARGET_MS = 16;
const TARGET_RATIO = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function largeRows(initiatives: number, rowsEach: number): InputRows {
  const ins: PlainValue[][] = [];
  const staffing: PlainValue[][] = [];
  const costs: PlainValue[][] = [];
  for (let i = 0; i < initiatives; i++) {
    const name = `Insats ${i + 1}`;
    const startYear = 2024 + (i % 3);
    ins.push([
      name,
      `Kommun ${i % 8}`,
      'Region',
      `${startYear}-0${1 + (i % 9)}-01`,
      `${startYear + 2}-12-31`,
      null,
      null,
    ]);
    for (let r = 0; r < rowsEach; r++) {
      staffing.push([
        name,
        `Roll ${r + 1}`,
        0.25 + (r % 4) * 0.25,
        30_000 + r * 1_000,
        null,
        null,
        null,
        r % 7 === 6 ? 'Egen' : 'Förbundet',
        `Kommun ${i % 8}`,
      ]);
    }
    costs.push([name, 'Lokaler', 120_000 + i, null, 'Förbundet']);
  }
  return {
    Insatser: ins,
    Bemanning: staffing,
    Kostnader: costs,
    Ram: [2024, 2025, 2026, 2027, 2028].map((y) => [y, 400_000_000]),
    Parametrar: EXAMPLE.Parametrar,
    Justeringar: [['Kansliets förslag', 'Insats 1', 'Roll 1', 'Omfattning', 0.25, null]],
  };
}

interface Case {
  name: string;
  port: () => Promise<MemoryPort>;
  /** (initiative, role) pairs to cut, one per run, each a new Justeringar row. */
  cuts: Array<[string, string]>;
}

async function measure(c: Case, runs: number): Promise<number> {
  const port = await c.port();
  const session = new MeetingSession(port, { officeLanguage: 'sv-SE' });
  await session.start();
  await session.chooseScenario('Kansliets förslag');
  const cut: number[] = [];
  const cpu: number[] = [];
  const reread: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [initiative, role] = c.cuts[i % c.cuts.length]!;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await session.setFte(initiative, role, new Decimal(i % 2 ? 0.5 : 0.45));
    const view = overviewView(session.getState().result!, 'sv');
    cut.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    if (!view.proposed.over) throw new Error('no headline');

    // The other way: read the workbook back after the write and compute from that.
    const t1 = performance.now();
    const read = readWorkbook(await port.readSnapshot());
    overviewView(computeBudget(read.input, 'Kansliets förslag'), 'sv');
    reread.push(performance.now() - t1);
  }
  const tables = (await port.readSnapshot()).tables;
  const rows = tables.reduce((n, t) => n + t.values.length, 0);
  const m = median(cut);
  const target = c.name === 'large' ? `  target ≤ ${TARGET_MS} ms: ${m <= TARGET_MS ? 'met' : 'missed'}` : '';
  console.log(
    `${c.name.padEnd(8)} ${String(rows).padStart(6)} rows  cut → view model median ${m.toFixed(1)} ms (min ${Math.min(...cut).toFixed(1)}, max ${Math.max(...cut).toFixed(1)}, cpu median ${median(cpu).toFixed(1)} ms, ${runs} runs)${target}`,
  );
  console.log(
    `${''.padEnd(8)} ${''.padStart(6)}       a full re-read and recompute instead: median ${median(reread).toFixed(1)} ms`,
  );
  return m;
}

export async function run(): Promise<void> {
  const example: Case = {
    name: 'example',
    port: async () => {
      const port = new MemoryPort();
      await port.createInputTables(examplePlans());
      return port;
    },
    cuts: [
      ['Framsteget 2.0', 'Coach'],
      ['En väg in-steget vidare', 'Arbetsmarknadssekreterare'],
      ['Framsteget 2.0', 'Arbetsgivarkoordinator'],
      ['En väg in-steget vidare', 'Insatsansvarig'],
    ],
  };
  const large: Case = {
    name: 'large',
    port: async () => {
      const port = new MemoryPort();
      await port.createInputTables(inputPlans(largeRows(2000, 10)));
      return port;
    },
    cuts: Array.from(
      { length: 7 },
      (_, i) => [`Insats ${i * 97 + 2}`, `Roll ${(i % 6) + 1}`] as [string, string],
    ),
  };
  const small = await measure(example, 21);
  const big = await measure(large, 15);
  const ratio = big / small;
  console.log(
    `ratio large/example ${ratio.toFixed(1)}×  target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'missed'}` +
      `  (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
