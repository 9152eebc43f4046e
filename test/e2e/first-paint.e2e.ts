// The preview's first paint in a real browser: the example's figures from build time are on screen
// before the preview's own code has arrived, stay there until the pane has drawn its own, and look
// like the pane (same place, same size, same colours) in the light, dark and forced-colours themes.
// Screenshots of both go to artifacts/e2e/ (first-paint-<theme>.png, first-paint-<theme>-pane.png).
import * as path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { offlinePage, type OfflinePage } from './support/browser';
import { ARTIFACTS, describeInBrowser } from './support/suite';
import { strings } from './support/pane';

/** What a MutationObserver saw from the document's start (set up before any script runs). */
interface Watch {
  /** The first decision-years headline on screen was the first paint's. */
  firstFromFirstPaint?: boolean;
  headlineAt?: number;
  verifiedAt?: number;
  /** Mutation batches after the first headline in which no headline was on screen. */
  gaps: number;
}

const VERIFIED = '[data-testid="decision-years"] [data-testid="decision-years-table"]';

/** Holds back the preview's own code (its chunk) until release() is called. */
async function holdPreviewApp(page: Page): Promise<{ release(): void }> {
  const held: Route[] = [];
  let released = false;
  await page.route(/preview-app[.\w]*\.js$/, (route) => {
    if (released) return route.fallback();
    held.push(route);
  });
  return {
    release() {
      released = true;
      for (const route of held.splice(0)) void route.fallback();
    },
  };
}

describeInBrowser('the first paint in chromium', (suite) => {
  let session: OfflinePage | null = null;

  afterEach(async () => {
    await session?.context.close();
    session = null;
  });

  async function open(theme: 'light' | 'dark' | 'highContrast', width = 1280): Promise<Page> {
    session = await offlinePage(suite.browser, suite.origin, { width, height: 900 });
    if (theme === 'highContrast') await session.page.emulateMedia({ forcedColors: 'active' });
    await session.page.addInitScript(() => {
      const watch: Watch = { gaps: 0 };
      (window as unknown as { __watch: Watch }).__watch = watch;
      const observer = new MutationObserver(() => {
        const shown = document.querySelector('[data-testid="decision-years-table"]');
        if (watch.headlineAt === undefined && shown) {
          watch.headlineAt = performance.now();
          watch.firstFromFirstPaint = Boolean(shown.closest('[data-testid="first-paint"]'));
        }
        if (watch.headlineAt !== undefined && watch.verifiedAt === undefined && !shown) watch.gaps += 1;
        if (
          watch.verifiedAt === undefined &&
          document.querySelector('[data-testid="decision-years"] [data-testid="decision-years-table"]')
        ) {
          watch.verifiedAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    return session.page;
  }

  const watched = (page: Page) => page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);

  test('the headline never leaves the screen between the first paint and the verified figures', async () => {
    const page = await open('light');
    const app = await holdPreviewApp(page);
    await page.goto(`${suite.origin}/preview.html`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('first-paint').waitFor();
    app.release();
    await page.locator(VERIFIED).waitFor({ timeout: 30_000 });
    const watch = await watched(page);
    expect(watch.firstFromFirstPaint).toBe(true);
    expect(watch.verifiedAt).toBeGreaterThan(watch.headlineAt!);
    expect(watch.gaps).toBe(0);
    expect(session!.errors).toEqual([]);
  });

  test('the first paint says its figures are being checked, and keeps main busy until they are', async () => {
    const page = await open('light');
    const app = await holdPreviewApp(page);
    await page.goto(`${suite.origin}/preview.html`, { waitUntil: 'domcontentloaded' });
    const paint = page.getByTestId('first-paint');
    await paint.waitFor();
    const sv = strings('sv');
    await expect(paint.getByRole('status').textContent()).resolves.toBe(sv.firstPaintChecking);
    await expect(paint.getByRole('main').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(paint.getByRole('tab', { name: sv.tabOverview }).isDisabled()).resolves.toBe(true);
    app.release();
    await page.locator(VERIFIED).waitFor({ timeout: 30_000 });
    // The live region that said "checking" now says how the check came out.
    await expect(page.getByTestId('first-view-check').textContent()).resolves.toBe(sv.firstPaintChecked);
    await expect(page.locator('main[aria-busy="true"]').count()).resolves.toBe(0);
  });

  for (const theme of ['light', 'dark', 'highContrast'] as const) {
    test(`the first paint looks like the pane it turns into (${theme})`, async () => {
      const page = await open(theme);
      const app = await holdPreviewApp(page);
      await page.goto(`${suite.origin}/preview.html?theme=${theme}`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('first-paint').waitFor();
      const look = () =>
        page.evaluate(() => {
          const box = (el: Element | null) => {
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return [r.x, r.y, r.width, r.height].map(Math.round);
          };
          const style = (el: Element | null, property: string) =>
            el ? getComputedStyle(el).getPropertyValue(property) : null;
          const pane = document.querySelector('[data-testid="pane"]');
          const table = pane?.querySelector('[data-testid="decision-years-table"]') ?? null;
          const over = table?.querySelector('[data-state]') ?? null;
          const strip = pane?.querySelector('[data-testid="first-paint-strip"], [data-testid="frame-strip"]');
          return {
            title: box(pane?.querySelector('h1') ?? null),
            titleFont: style(pane?.querySelector('h1') ?? null, 'font'),
            strip: box(strip ?? null),
            table: box(table),
            figureColour: style(over, 'color'),
            figureFont: style(over, 'font'),
            background: style(pane, 'background-color'),
            text: style(table, 'color'),
          };
        });
      const first = await look();
      await page.screenshot({ path: path.join(ARTIFACTS, `first-paint-${theme}.png`) });
      app.release();
      await page.locator(VERIFIED).waitFor({ timeout: 30_000 });
      const verified = await look();
      await page.screenshot({ path: path.join(ARTIFACTS, `first-paint-${theme}-pane.png`) });
      expect(first.table).not.toBeNull();
      expect(first).toEqual(verified);
    });
  }
});
