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
  headlines: number[];
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
  const result: Runs = { frames: [], headlines: [], previewStarted: [] };
  for (let i = 0; i < runs; i++) {
    const { page: tab, context } = await offlinePage(browser, origin, { width: 1280, height: 900 });
    await tab.addInitScript(() => {
      if (!sessionStorage.getItem('firstOrigin'))
        sessionStorage.setItem('firstOrigin', String(performance.timeOrigin));
      const shift = performance.timeOrigin - Number(sessionStorage.getItem('firstOrigin'));
      const marks: Marks = { documentStart: shift };
      (window as unknown as { __marks: Marks }).__marks = marks;
      const observer = new MutationObserver(() => {
        if (!marks.frame && document.querySelector('[data-testid="preview-banner"]'))
          marks.frame = shift + performance.now();
        if (
          !marks.headline &&
          document.querySelector('[data-testid="headline-proposed-over"]')?.textContent
        ) {
          marks.headline = shift + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    await tab.goto(`${origin}/${page}`);
    await tab.waitForFunction(
      () => Boolean((window as unknown as { __marks?: Marks }).__marks?.headline),
      null,
      { timeout: 60_000 },
    );
    const marks = await tab.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
    result.frames.push(marks.frame ?? NaN);
    result.headlines.push(marks.headline!);
    result.previewStarted.push(marks.documentStart!);
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
  console.log(`  preview.html   navigation → first headline  ${spread(preview.headlines)}`);
  console.log(`  taskpane.html  navigation → first headline  ${spread(taskpane.headlines)}`);
  console.log(
    `  taskpane.html  navigation → preview.html    ${spread(taskpane.previewStarted)}   (office.js deciding there is no host)`,
  );
  const m = median(preview.headlines);
  console.log(
    `  first headline in the preview (preview.html) target ≤ ${TARGET_MS} ms: ${ms(m)} → ${m <= TARGET_MS ? 'met' : 'missed'}`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
