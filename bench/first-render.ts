// Time from navigation to the first rendered headline in the browser preview, in headless chromium
// (Debian's, never a downloaded one). The production build is used, with office.js served from
// node_modules instead of Microsoft's CDN so that nothing leaves the machine; each run has a fresh
// browser context (cold cache). Prints the median of several runs.
//
//   npx tsx bench/first-render.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import webpack from 'webpack';
import { CHROMIUM, launchBrowser, offlinePage } from '../test/e2e/support/browser';
import { serveDirectory } from '../test/e2e/support/static-server';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'node_modules', '.cache', 'insatsbudget-bench', 'first-render');
const RUNS = 7;

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
  const frames: number[] = [];
  const headlines: number[] = [];
  const onReady: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const { page, context } = await offlinePage(browser, server.origin, { width: 1280, height: 900 });
      // Marks, relative to navigation start, when the preview's frame and the headline first appear.
      await page.addInitScript(() => {
        const marks: Record<string, number> = {};
        (window as unknown as { __marks: Record<string, number> }).__marks = marks;
        const observer = new MutationObserver(() => {
          if (!marks.frame && document.querySelector('[data-testid="preview-banner"]'))
            marks.frame = performance.now();
          if (
            !marks.headline &&
            document.querySelector('[data-testid="headline-proposed-over"]')?.textContent
          ) {
            marks.headline = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      });
      await page.goto(`${server.origin}/taskpane.html`);
      await page.waitForFunction(
        () => Boolean((window as unknown as { __marks: Record<string, number> }).__marks.headline),
        null,
        { timeout: 60_000 },
      );
      const marks = await page.evaluate(
        () => (window as unknown as { __marks: Record<string, number> }).__marks,
      );
      frames.push(marks.frame ?? NaN);
      // The preview chunk is requested from Office.onReady's callback: its request start is when
      // office.js said there is no host.
      onReady.push(
        await page.evaluate(
          () =>
            performance
              .getEntriesByType('resource')
              .find((e) => /preview/.test(e.name.split('/').pop() ?? ''))?.startTime ?? NaN,
        ),
      );
      headlines.push(marks.headline!);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (v: number) => `${Math.round(v)} ms`;
  console.log(`production build, office.js from node_modules, ${RUNS} cold runs in headless chromium`);
  console.log(
    `  navigation → preview frame   median ${ms(median(frames))}   (min ${ms(Math.min(...frames))}, max ${ms(Math.max(...frames))})`,
  );
  console.log(
    `  navigation → first headline  median ${ms(median(headlines))}   (min ${ms(Math.min(...headlines))}, max ${ms(Math.max(...headlines))})`,
  );
  const m = median(headlines);
  console.log(
    `  navigation → Office.onReady  median ${ms(median(onReady))}   (office.js deciding there is no host; the preview chunk is requested then)`,
  );
  console.log(`  first headline target ≤ ${TARGET_MS} ms: ${m <= TARGET_MS ? 'met' : 'missed'}`);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
