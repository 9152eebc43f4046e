// `insatsbudget summarize` on a large workbook: 2 000 initiatives, 20 000 staffing rows, written
// as .xlsx. Side by side, each in its own process (wall time and peak resident memory): the CLI's
// `summarize --out` (the compiled bundle, start included) against ExcelJS merely loading and saving
// the same file — target ≤ 1,0 × and ≤ 400 MB. Then the in-process phases (read → compute → write).
//   npx tsx bench/summarize.ts        (or `npm run bench -- summarize`)
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryWorkbook } from '../src/adapters/memory/memory-workbook';
import { readSnapshot } from '../src/adapters/memory/read-snapshot';
import { writePlans } from '../src/adapters/memory/write-plan';
import { loadXlsx, saveXlsx } from '../src/adapters/xlsx';
import { readWorkbook } from '../src/contract';
import { inputPlans, type InputRows, type PlainValue } from '../src/contract/template';
import { computeBudget } from '../src/engine';
import { buildSummaryPlans } from '../src/summary';

const INITIATIVES = 2_000;
const ROWS_PER_INITIATIVE = 10;
const RUNS = 3;

const ROLES = ['Coach', 'Arbetsförmedlare', 'Insatsansvarig', 'Arbetsgivarkoordinator', 'Handläggare'];
const OWNERS = ['Uppsala kommun', 'Håbo kommun', 'Knivsta kommun', 'Region Uppsala', 'Enköpings kommun'];

/** Deterministic rows: initiatives over 2024–2027 with ten staffing rows and two costs each. */
export function largeInput(): InputRows {
  const insatser: PlainValue[][] = [];
  const bemanning: PlainValue[][] = [];
  const kostnader: PlainValue[][] = [];
  for (let i = 0; i < INITIATIVES; i++) {
    const name = `Insats ${String(i + 1).padStart(4, '0')}`;
    const startYear = 2024 + (i % 2);
    const startMonth = (i % 12) + 1;
    const start = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
    const end = `${startYear + 2}-12-31`;
    insatser.push([name, OWNERS[i % OWNERS.length]!, 'Arbetsförmedlingen', start, end, null, null]);
    for (let r = 0; r < ROWS_PER_INITIATIVE; r++) {
      bemanning.push([
        name,
        `${ROLES[r % ROLES.length]!} ${r + 1}`,
        0.25 + ((i + r) % 8) * 0.25,
        30_000 + ((i * 7 + r * 13) % 20) * 1_000,
        null,
        null,
        null,
        r === ROWS_PER_INITIATIVE - 1 ? 'Egen' : 'Förbundet',
        OWNERS[(i + r) % OWNERS.length]!,
      ]);
    }
    kostnader.push([name, 'Lokaler', 120_000 + (i % 10) * 10_000, null, 'Förbundet']);
    kostnader.push([name, 'Material', 25_000, startYear + 1, 'Förbundet']);
  }
  return {
    Insatser: insatser,
    Bemanning: bemanning,
    Kostnader: kostnader,
    Ram: [2024, 2025, 2026, 2027].map((y) => [y, 1_500_000_000]),
    Parametrar: [
      ['PO-pålägg', 0.4215],
      ['Löneökning', 0.03],
      ['Lönerevision', 4],
      ['Avrundning', 1000],
      ['Avrundningsläge', 'uppåt'],
    ],
    Justeringar: Array.from({ length: 200 }, (_, k) => [
      'Kansliets förslag',
      `Insats ${String(k * 10 + 1).padStart(4, '0')}`,
      `${ROLES[0]!} 1`,
      'Omfattning',
      0.5,
      'Bench',
    ]),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'insatsbudget-bench-'));
  try {
    const input = path.join(dir, 'stor.xlsx');
    const output = path.join(dir, 'ut.xlsx');
    const t0 = performance.now();
    const source = new MemoryWorkbook();
    writePlans(source, inputPlans(largeInput()));
    await saveXlsx(source, input);
    const size = (await fs.stat(input)).size;
    console.log(
      `workbook: ${INITIATIVES} initiatives, ${INITIATIVES * ROWS_PER_INITIATIVE} staffing rows, ${(size / 1024 / 1024).toFixed(1)} MB .xlsx (built in ${ms(performance.now() - t0)})`,
    );

    await sideBySide(input, dir);

    let peak = process.memoryUsage().rss;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const phases: Record<'read' | 'compute' | 'plans' | 'render' | 'save' | 'write' | 'total', number[]> = {
      read: [],
      compute: [],
      plans: [],
      render: [],
      save: [],
      write: [],
      total: [],
    };
    try {
      for (let i = 0; i < RUNS; i++) {
        const a = performance.now();
        const wb = await loadXlsx(input, { sheets: 'tables' });
        const read = readWorkbook(readSnapshot(wb));
        const b = performance.now();
        if (read.issues.some((x) => x.severity === 'error'))
          throw new Error(`bench input has errors: ${read.issues[0]!.message.en}`);
        const result = computeBudget(read.input, 'Kansliets förslag');
        const c = performance.now();
        const plans = buildSummaryPlans(result, {
          lang: 'sv',
          writtenAt: new Date().toISOString(),
          fingerprint: read.fingerprint,
          input: read.input,
        });
        const c1 = performance.now();
        writePlans(wb, plans);
        const c2 = performance.now();
        await saveXlsx(wb, output);
        const d = performance.now();
        phases.read.push(b - a);
        phases.compute.push(c - b);
        phases.plans.push(c1 - c);
        phases.render.push(c2 - c1);
        phases.save.push(d - c2);
        phases.write.push(d - c);
        phases.total.push(d - a);
        peak = Math.max(peak, process.memoryUsage().rss);
      }
    } finally {
      clearInterval(sample);
    }
    console.log(`in-process phases, median of ${RUNS} runs:`);
    console.log(`  read (xlsx → snapshot → input)  ${ms(median(phases.read))}`);
    console.log(`  compute (engine)                ${ms(median(phases.compute))}`);
    console.log(`  write (plans → xlsx, --out)     ${ms(median(phases.write))}`);
    console.log(`    summary plans                 ${ms(median(phases.plans))}`);
    console.log(`    writePlans (memory model)     ${ms(median(phases.render))}`);
    console.log(`    saveXlsx (package editor)     ${ms(median(phases.save))}`);
    console.log(`  total                           ${ms(median(phases.total))}`);
    console.log(`  peak memory (rss)               ${mb(peak)}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const ROOT = path.resolve(__dirname, '..');
const TARGET_RATIO = 1.0;
const TARGET_MB = 400;

/** Runs node with args in a child process: wall time (ms) and its peak resident memory (bytes). */
function measured(args: string[]): { ms: number; peak: number } {
  // The child reports its own peak RSS (getrusage) at exit (bench/maxrss.cjs).
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench', 'maxrss.cjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = performance.now() - t;
  const m = /maxrss=(\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { ms: elapsed, peak: m ? Number(m[1]) * 1024 : NaN };
}

async function sideBySide(input: string, dir: string): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  const cli: Array<{ ms: number; peak: number }> = [];
  const excel: Array<{ ms: number; peak: number }> = [];
  const bareScript = path.join(dir, 'exceljs-bare.cjs');
  await fs.writeFile(
    bareScript,
    `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});\n` +
      `(async () => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]); await wb.xlsx.writeFile(process.argv[3]); })();\n`,
  );
  for (let i = 0; i < RUNS; i++) {
    cli.push(
      measured([
        path.join(ROOT, 'bin', 'insatsbudget.cjs'),
        'summarize',
        input,
        '--scenario',
        'Kansliets förslag',
        '--out',
        path.join(dir, `cli-${i}.xlsx`),
      ]),
    );
    excel.push(measured([bareScript, input, path.join(dir, `exceljs-${i}.xlsx`)]));
  }
  const cliMs = median(cli.map((r) => r.ms));
  const excelMs = median(excel.map((r) => r.ms));
  const cliPeak = Math.max(...cli.map((r) => r.peak));
  const excelPeak = Math.max(...excel.map((r) => r.peak));
  const ratio = cliMs / excelMs;
  console.log(`side by side, median of ${RUNS} runs each, in their own processes:`);
  console.log(`                                   wall time     peak memory (rss)`);
  console.log(`  insatsbudget summarize --out     ${ms(cliMs).padStart(9)}     ${mb(cliPeak).padStart(7)}`);
  console.log(
    `  ExcelJS read + write (bare)      ${ms(excelMs).padStart(9)}     ${mb(excelPeak).padStart(7)}`,
  );
  console.log(
    `  ratio ${ratio.toFixed(2)} × (target ≤ ${TARGET_RATIO.toFixed(1)} × ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}); peak ${mb(cliPeak)} (target ≤ ${TARGET_MB} MB ${cliPeak <= TARGET_MB * 1024 * 1024 ? 'ok' : 'MISSED'})`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
