// Time from navigation to the first rendered headline in the browser preview (preview.html, which
// loads no office.js), in headless chromium (Debian's, never a downloaded one), and for comparison
// through taskpane.html outside Office, which waits for office.js to decide there is no host. The
// production build is used, with office.js served from node_modules instead of Microsoft's CDN so
// that nothing leaves the machine; each run has a fresh browser context (cold cache). Prints the
// median of several runs.
//
//   npx tsx bench/first-render.ts
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';
import { CHROMIUM, launchBrowser, offlinePage } from '../test/e2e/support/browser';
import { serveDirectory } from '../test/e2e/support/static-server';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'node_modules', '.cache', 'insatsbudget-bench', 'first-render');
const RUNS = 7;
/** taskpane.html outside Office, for comparison: what waiting for office.js costs. */
const OUTSIDE_OFFICE_RUNS = 3;

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<webpack.Configuration>;

async function buildProduction(): Promise<void> {
  fs.rmSync(OUT, { recursive: true, force: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const config = await factory({ WEBPACK_BUILD: true }, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        ...config,
        context: ROOT,
        output: { ...config.output, path: OUT },
        infrastructureLogging: { level: 'error' },
      },
      (error, stats) => {
        if (error) return reject(error);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      },
    ),
  );
  // office.js from node_modules, as in development: the CDN would need the network.
  fs.cpSync(path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist'), path.join(OUT, 'office-js'), {
    recursive: true,
  });
  const html = path.join(OUT, 'taskpane.html');
  const text = fs.readFileSync(html, 'utf8');
  const local = text.replace(
    /src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?/,
    'src="office-js/office.js"',
  );
  if (local === text)
    throw new Error(
      'taskpane.html does not load office.js from the CDN any more: update bench/first-render.ts',
    );
  fs.writeFileSync(html, local);
}

const TARGET_MS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Runs {
  frames: number[];
  /** The first decision-years headline on screen: the first paint's (being checked) or the pane's. */
  headlines: number[];
  /** The pane's own headline, from the session's figures. */
  verified: number[];
  /** Where the time to the verified headline goes (ms from navigation, medians printed). */
  steps: Array<Record<string, number>>;
  /** Times the headline left the screen after it first appeared (a blink between paints). */
  gaps: number[];
  /** When the preview's document started, after the first navigation (0 for preview.html itself). */
  previewStarted: number[];
}

type Marks = Record<string, number>;

/**
 * Cold runs of one page, each in a fresh context. Times count from the first navigation's start:
 * taskpane.html moves on to preview.html, whose own clock starts again, so every document writes
 * its time origin (epoch milliseconds, comparable between documents) and the first one is kept.
 */
async function measurePage(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  origin: string,
  page: string,
  runs: number,
): Promise<Runs> {
  const result: Runs = { frames: [], headlines: [], verified: [], steps: [], gaps: [], previewStarted: [] };
  for (let i = 0; i < runs; i++) {
    const { page: tab, context } = await offlinePage(browser, origin, { width: 1280, height: 900 });
    await tab.addInitScript(() => {
      if (!sessionStorage.getItem('firstOrigin'))
        sessionStorage.setItem('firstOrigin', String(performance.timeOrigin));
      const shift = performance.timeOrigin - Number(sessionStorage.getItem('firstOrigin'));
      const marks: Marks = { documentStart: shift, gaps: 0 };
      (window as unknown as { __marks: Marks }).__marks = marks;
      const observer = new MutationObserver(() => {
        const now = shift + performance.now();
        if (!marks.frame && document.querySelector('[data-testid="preview-banner"]')) marks.frame = now;
        const shown = document.querySelector('[data-testid="decision-years-table"]');
        if (!marks.headline && shown) marks.headline = now;
        if (marks.headline && !marks.verified && !shown) marks.gaps! += 1;
        if (
          !marks.verified &&
          document.querySelector('[data-testid="decision-years"] [data-testid="decision-years-table"]')
        ) {
          marks.verified = now;
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    await tab.goto(`${origin}/${page}`);
    await tab.waitForFunction(
      () => Boolean((window as unknown as { __marks?: Marks }).__marks?.verified),
      null,
      { timeout: 60_000 },
    );
    const marks = await tab.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
    result.frames.push(marks.frame ?? NaN);
    result.headlines.push(marks.headline!);
    result.verified.push(marks.verified!);
    result.gaps.push(marks.gaps ?? 0);
    result.previewStarted.push(marks.documentStart!);
    // The steps in the last document (preview.html): its scripts' arrival (resource timing) and the
    // pane's own marks (src/pane/shell/Pane.tsx), shifted to the first navigation's clock.
    const steps = await tab.evaluate((shift: number) => {
      const at: Record<string, number> = {};
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (nav) at['document received'] = shift + nav.responseEnd;
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const file = r.name.split('/').pop() ?? r.name;
        if (file.endsWith('.js'))
          at[`script ${file.replace(/\.[0-9a-f]{8}\.js$/, '')} received`] = shift + r.responseEnd;
      }
      for (const m of performance.getEntriesByType('mark'))
        if (m.name.startsWith('insatsbudget:'))
          at[m.name.slice('insatsbudget:'.length)] = shift + m.startTime;
      return at;
    }, marks.documentStart!);
    result.steps.push({
      ...steps,
      'first headline on screen': marks.headline!,
      'verified headline on screen': marks.verified!,
    });
    await context.close();
  }
  return result;
}

export async function run(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(
      `SKIPPED: ${CHROMIUM} is missing (Debian: apt-get install chromium); no first-render figure.`,
    );
    return;
  }
  await buildProduction();
  const server = await serveDirectory(OUT);
  const browser = await launchBrowser();
  let preview: Runs;
  let taskpane: Runs;
  try {
    preview = await measurePage(browser, server.origin, 'preview.html', RUNS);
    taskpane = await measurePage(browser, server.origin, 'taskpane.html', OUTSIDE_OFFICE_RUNS);
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (v: number) => `${Math.round(v)} ms`;
  const spread = (values: number[]) =>
    `median ${ms(median(values))}   (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})`;
  const [load] = os.loadavg();
  console.log(
    `production build, ${RUNS} cold runs of preview.html (no office.js) and ${OUTSIDE_OFFICE_RUNS} of taskpane.html ` +
      `outside Office (office.js from node_modules), headless chromium, load average ${(load ?? 0).toFixed(1)}`,
  );
  console.log(`  preview.html   navigation → preview frame   ${spread(preview.frames)}`);
  console.log(
    `  preview.html   navigation → first headline     ${spread(preview.headlines)}   (first paint, being checked)`,
  );
  console.log(
    `  preview.html   navigation → verified headline  ${spread(preview.verified)}   (the session's own figures)`,
  );
  console.log(
    `  preview.html   headline left the screen between paints: ${Math.max(...preview.gaps)} times (max of runs)`,
  );
  console.log(`  taskpane.html  navigation → verified headline  ${spread(taskpane.verified)}`);
  const waiting = median(taskpane.previewStarted);
  console.log(
    `  taskpane.html  navigation → preview.html       ${spread(taskpane.previewStarted)}   (office.js deciding there is no host: ` +
      `${Math.round((100 * waiting) / median(taskpane.verified))} % of taskpane.html's time to the verified headline)`,
  );
  console.log('  preview.html, where the time goes (medians, ms from navigation):');
  const names = [...new Set(preview.steps.flatMap((s) => Object.keys(s)))];
  const rows = names
    .map(
      (name) =>
        [
          name,
          median(preview.steps.map((s) => s[name]).filter((v): v is number => v !== undefined)),
        ] as const,
    )
    .sort((a, b) => a[1] - b[1]);
  for (const [name, at] of rows) console.log(`    ${String(Math.round(at)).padStart(6)} ms  ${name}`);
  for (const [label, values] of [
    ['first headline (first paint)', preview.headlines],
    ['verified headline', preview.verified],
  ] as const) {
    const m = median(values);
    console.log(
      `  preview.html navigation → ${label} target ≤ ${TARGET_MS} ms: ${ms(m)} → ${m <= TARGET_MS ? 'met' : 'missed'}`,
    );
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
