// The preview's first paint in a real browser: the example's figures from build time are on screen
// before the preview's own code has arrived; the session's chunk (no Fluent) replaces them with the
// session's own figures, verified, before the preview's Fluent code is evaluated; the pane then
// takes over. The headline stays on screen throughout, and the three look alike (same place, same
// size, same colours) in the light, dark and forced-colours themes. Screenshots go to
// artifacts/e2e/ (first-paint-<theme>.png, first-paint-<theme>-verified.png,
// first-paint-<theme>-pane.png).
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
  /** The first verified headline on screen was the first paint's (before the pane's code). */
  verifiedFromFirstPaint?: boolean;
  /** The pane's own headline (with Fluent) on screen. */
  paneAt?: number;
  /** Mutation batches after the first headline, until the pane's, in which no headline was on screen. */
  gaps: number;
}

const VERIFIED = '[data-testid="decision-years"] [data-testid="decision-years-table"]';
const PANE = '[data-testid="pane-root"] [data-testid="decision-years-table"]';

/** Holds back a chunk of the preview (preview-session, preview-app) until release() is called. */
async function holdChunk(page: Page, name: string): Promise<{ release(): void }> {
  const held: Route[] = [];
  let released = false;
  await page.route(new RegExp(`${name}[.\\w]*\\.js$`), (route) => {
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
        if (watch.headlineAt !== undefined && watch.paneAt === undefined && !shown) watch.gaps += 1;
        const verified = document.querySelector(
          '[data-testid="decision-years"] [data-testid="decision-years-table"]',
        );
        if (watch.verifiedAt === undefined && verified) {
          watch.verifiedAt = performance.now();
          watch.verifiedFromFirstPaint = Boolean(verified.closest('[data-testid="first-paint"]'));
        }
        if (document.querySelector('[data-testid="pane-root"] [data-testid="decision-years-table"]')) {
          watch.paneAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    return session.page;
  }

  const watched = (page: Page) => page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);

  test('the headline never leaves the screen from the first paint to the pane', async () => {
    const page = await open('light');
    const sessionChunk = await holdChunk(page, 'preview-session');
    const app = await holdChunk(page, 'preview-app');
    await page.goto(`${suite.origin}/preview.html`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('first-paint').waitFor();
    sessionChunk.release();
    await page.locator(VERIFIED).waitFor({ timeout: 30_000 });
    app.release();
    await page.locator(PANE).waitFor({ timeout: 30_000 });
    const watch = await watched(page);
    expect(watch.firstFromFirstPaint).toBe(true);
    expect(watch.verifiedFromFirstPaint).toBe(true);
    expect(watch.verifiedAt).toBeGreaterThan(watch.headlineAt!);
    expect(watch.paneAt).toBeGreaterThan(watch.verifiedAt!);
    expect(watch.gaps).toBe(0);
    expect(session!.errors).toEqual([]);
  });

  test('nothing held back: the session’s figures are drawn before the pane’s code is evaluated', async () => {
    const page = await open('light');
    await page.goto(`${suite.origin}/preview.html`);
    await page.locator(PANE).waitFor({ timeout: 30_000 });
    const watch = await watched(page);
    expect(watch.verifiedFromFirstPaint).toBe(true);
    expect(watch.gaps).toBe(0);
    expect(session!.errors).toEqual([]);
  });

  for (const lang of ['sv', 'en'] as const)
    test(`the first paint says its figures are being checked, then that they are, before Fluent (${lang})`, async () => {
      const page = await open('light');
      const sessionChunk = await holdChunk(page, 'preview-session');
      const app = await holdChunk(page, 'preview-app');
      await page.goto(`${suite.origin}/preview.html${lang === 'en' ? '?lang=en' : ''}`, {
        waitUntil: 'domcontentloaded',
      });
      const paint = page.getByTestId('first-paint');
      await paint.waitFor();
      const t = strings(lang);
      await expect(paint.getByRole('status').textContent()).resolves.toBe(t.firstPaintChecking);
      await expect(paint.getByRole('main').getAttribute('aria-busy')).resolves.toBe('true');
      await expect(paint.getByRole('tab', { name: t.tabOverview }).isDisabled()).resolves.toBe(true);
      sessionChunk.release();
      await page.locator(VERIFIED).waitFor({ timeout: 30_000 });
      // The session's own figures, still in the first paint (the pane's code is held back, no
      // Fluent on the page): the same live region now says how the check came out, main is not busy.
      await expect(paint.getByTestId('decision-years').count()).resolves.toBe(1);
      await expect(page.locator('.fui-FluentProvider').count()).resolves.toBe(0);
      await expect(paint.getByRole('status').textContent()).resolves.toBe(t.firstPaintChecked);
      await expect(page.getByTestId('first-paint-checking').count()).resolves.toBe(0);
      await expect(page.locator('main[aria-busy="true"]').count()).resolves.toBe(0);
      await expect(paint.getAttribute('lang')).resolves.toBe(lang);
      const verifiedFigures = await page.locator(VERIFIED).innerText();
      app.release();
      await page.locator(PANE).waitFor({ timeout: 30_000 });
      // The pane says the same and shows the same figures.
      await expect(page.getByTestId('first-view-check').textContent()).resolves.toBe(t.firstPaintChecked);
      await expect(page.locator('main[aria-busy="true"]').count()).resolves.toBe(0);
      await expect(page.locator(PANE).innerText()).resolves.toBe(verifiedFigures);
      expect(session!.errors).toEqual([]);
    });

  for (const theme of ['light', 'dark', 'highContrast'] as const) {
    test(`the first paint looks like the pane it turns into (${theme})`, async () => {
      const page = await open(theme);
      const sessionChunk = await holdChunk(page, 'preview-session');
      const app = await holdChunk(page, 'preview-app');
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
      sessionChunk.release();
      await page.locator(VERIFIED).waitFor({ timeout: 30_000 });
      const verified = await look();
      await page.screenshot({ path: path.join(ARTIFACTS, `first-paint-${theme}-verified.png`) });
      app.release();
      await page.locator(PANE).waitFor({ timeout: 30_000 });
      const pane = await look();
      await page.screenshot({ path: path.join(ARTIFACTS, `first-paint-${theme}-pane.png`) });
      expect(first.table).not.toBeNull();
      expect(verified).toEqual(first);
      expect(pane).toEqual(first);
      // The bars, swatches and frame line the caption speaks of can be seen, and applied and
      // proposed told apart, in every theme: forced colours drop background colours (they had
      // vanished there).
      const marks = await page.evaluate(() => {
        const pane = document.querySelector('[data-testid="pane"]')!;
        const background = getComputedStyle(pane).backgroundColor;
        const look = (el: Element) => {
          const s = getComputedStyle(el);
          return {
            fill: s.backgroundColor,
            edge: s.borderTopWidth === '0px' ? null : s.borderTopColor,
          };
        };
        const seen = (l: { fill: string; edge: string | null }) =>
          l.fill !== background || (l.edge !== null && l.edge !== background);
        const all = (selector: string) => [...pane.querySelectorAll(selector)].map(look);
        return {
          applied: all('[data-testid="bar-applied"]'),
          proposed: all('[data-testid="bar-proposed"]'),
          frame: all('[data-testid="frame-line"]'),
          swatches: all('.fp-swatch'),
          seen: [
            ...all('[data-testid="bar-applied"]'),
            ...all('[data-testid="bar-proposed"]'),
            ...all('[data-testid="frame-line"]'),
            ...all('.fp-swatch'),
          ].map(seen),
        };
      });
      expect(marks.applied.length).toBeGreaterThan(0);
      expect(marks.swatches).toHaveLength(2);
      expect(marks.seen.every(Boolean)).toBe(true);
      expect(marks.applied[0]).not.toEqual(marks.proposed[0]);
      expect(marks.swatches[0]).toEqual(marks.applied[0]);
      expect(marks.swatches[1]).toEqual(marks.proposed[0]);
    });
  }
});
