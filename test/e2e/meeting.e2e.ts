// Issue 10 in the browser: what the meeting sees cannot mislead. The five-mistake workbook shows
// the banner and cannot be written; at 320 px the decision years are above the fold; in Insatser
// after a cut the frame strip is in view (also scrolled down) with the new figure and the change.
// Screenshots of Översikt and Insatser after a cut at 320 and 450 px, both languages.
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { offlinePage } from './support/browser';
import { CUT_INITIATIVE, CUT_ROLE, CUT_TO_POINTS, SCENARIO, exampleResult, setFte } from './support/expected';
import { ARTIFACTS, describeInBrowser } from './support/suite';
import {
  chooseLanguage,
  chooseScenario,
  grids,
  openInitiative,
  openView,
  pane,
  strings,
  until,
  waitForPane,
} from './support/pane';
import { formatKronor } from '../../src/session/format';
import type { Language } from '../../src/issues/types';
import type Decimal from 'decimal.js';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const kr = (d: Decimal, lang: Language = 'sv') => plain(formatKronor(d, lang));

/** The five-mistake workbook (test/support/five-mistakes.ts) as an .xlsx file. */
async function fiveMistakesXlsx(): Promise<Buffer> {
  const { MemoryWorkbook } = await import('../../src/adapters/memory/memory-workbook');
  const { createInputTablesIn } = await import('../../src/adapters/memory/memory-port');
  const { writeXlsxData } = await import('../../src/adapters/xlsx/write');
  const { fiveMistakesPlans } = await import('../support/five-mistakes');
  const workbook = new MemoryWorkbook();
  createInputTablesIn(workbook, fiveMistakesPlans());
  return Buffer.from(await writeXlsxData(workbook));
}

/** Cuts the round's application's coaches to CUT_TO_POINTS in Insatser (the view stays open). */
async function cutCoach(page: Page, lang: Language): Promise<void> {
  const s = strings(lang);
  await openView(page, lang, 'initiatives');
  await openInitiative(page, CUT_INITIATIVE);
  const role = pane(page)
    .getByTestId(`role-${CUT_ROLE}`)
    .filter({ has: page.getByLabel(s.fteLabel(CUT_ROLE)) });
  await role.getByLabel(s.fteLabel(CUT_ROLE)).fill(String(CUT_TO_POINTS));
  await role.getByRole('button', { name: s.applyFte }).click();
}

describeInBrowser('the meeting cannot be misled (issue 10)', (suite) => {
  const proposal = exampleResult(SCENARIO);
  const cut = exampleResult(SCENARIO, [setFte(SCENARIO, CUT_INITIATIVE, CUT_ROLE, CUT_TO_POINTS / 100)]);

  test('the five-mistake workbook shows the banner with the incomplete initiatives and blocks writing', async () => {
    const { page, context } = await offlinePage(suite.browser, suite.origin, { width: 450, height: 900 });
    try {
      await page.goto(`${suite.origin}/preview.html`);
      await waitForPane(page);
      await page.getByTestId('open-xlsx').setInputFiles({
        name: 'fem-fel.xlsx',
        mimeType: 'application/octet-stream',
        buffer: await fiveMistakesXlsx(),
      });
      const banner = pane(page).getByTestId('incomplete-banner');
      await banner.waitFor({ timeout: 30_000 });
      expect(plain(await banner.textContent())).toContain(
        '2 insatser är ofullständiga – Framsteget 2.0, En väg in-steget vidare. Beslutsunderlaget kan inte skrivas förrän felen är rättade.',
      );
      // Above the decision years, at the top of Översikt.
      const bannerBox = (await banner.boundingBox())!;
      const yearsBox = (await pane(page).getByTestId('decision-years').boundingBox())!;
      expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(yearsBox.y);
      await page.screenshot({
        path: path.join(ARTIFACTS, 'five-mistakes-450-sv-overview.png'),
        fullPage: true,
      });

      // Writing is refused, with the list; no Beslutsunderlag appears.
      const s = strings('sv');
      await openView(page, 'sv', 'decision');
      await pane(page).getByRole('button', { name: s.writeSummary }).click();
      await until('the refusal', async () =>
        plain(await pane(page).textContent()).includes('Beslutsunderlaget skrevs inte'),
      );
      await expect(grids(page).getByRole('tab', { name: 'Beslutsunderlag' }).count()).resolves.toBe(0);

      // The banner's link opens Fel och varningar.
      await openView(page, 'sv', 'overview');
      await banner.getByRole('button', { name: /^Visa fel och varningar/ }).click();
      await until(
        'Fel och varningar to open',
        async () =>
          (await pane(page)
            .getByRole('tab', { name: /^Fel och varningar/ })
            .getAttribute('aria-selected')) === 'true',
      );
    } finally {
      await context.close();
    }
  });

  test('at 320 px the decision years lead Översikt, above the fold, on one scale with the frame line', async () => {
    const height = 900;
    const { page, context } = await offlinePage(suite.browser, suite.origin, { width: 320, height });
    try {
      await page.goto(`${suite.origin}/preview.html`);
      await waitForPane(page);
      await chooseScenario(page, 'sv', SCENARIO);
      const years = proposal.frame.filter((y) => proposal.decisionYears.includes(y.year));
      expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
      for (const y of years) {
        const block = pane(page).getByTestId(`decision-year-${y.year}`);
        const word = y.overProposed.greaterThan(0) ? 'över' : 'kvar';
        await until(`${y.year} under ${SCENARIO}`, async () =>
          plain(await block.textContent()).includes(`${kr(y.overProposed.abs())} ${word}`),
        );
        const box = (await block.boundingBox())!;
        // Above the fold: the whole year block is on the first screen, without scrolling.
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        // Inside the pane's width: nothing runs off the right edge at 320 px.
        expect(box.x + box.width).toBeLessThanOrEqual(320);
        const line = (await block.getByTestId('frame-line').boundingBox())!;
        expect(line.x + line.width).toBeLessThanOrEqual(320);
      }
      // The Per år table (all years) fits the width: Tillgängligt's figure is on screen.
      const available = pane(page)
        .getByTestId('year-2025')
        .getByRole('row', { name: /^Tillgängligt/ })
        .getByRole('cell');
      const cellBox = (await available.boundingBox())!;
      expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(320);
      expect(plain(await available.textContent())).toBe(kr(years[1]!.available));
    } finally {
      await context.close();
    }
  });

  for (const width of [320, 450] as const) {
    for (const lang of ['sv', 'en'] as const) {
      test(`${width} px, ${lang}: after a cut in Insatser the frame strip stays in view with the new figure and the change`, async () => {
        const { page, context } = await offlinePage(suite.browser, suite.origin, { width, height: 800 });
        try {
          await page.goto(`${suite.origin}/preview.html`);
          await waitForPane(page);
          if (lang === 'en') await chooseLanguage(page, 'sv', 'en');
          await chooseScenario(page, lang, SCENARIO);
          await openView(page, lang, 'overview');
          await page.screenshot({
            path: path.join(ARTIFACTS, `${width}-${lang}-overview-decision-years.png`),
          });
          await cutCoach(page, lang);

          const before = new Map(proposal.frame.map((y) => [y.year, y.proposed]));
          const moved = cut.frame.filter(
            (y) => cut.decisionYears.includes(y.year) && !y.proposed.eq(before.get(y.year)!),
          );
          expect(moved.length).toBeGreaterThan(0);
          const strip = pane(page).getByTestId('frame-strip');
          for (const y of moved) {
            const figure = y.overProposed.greaterThan(0)
              ? `${kr(y.overProposed, lang)} ${lang === 'sv' ? 'över' : 'over'}`
              : `${kr(y.overProposed.abs(), lang)} ${lang === 'sv' ? 'kvar' : 'left'}`;
            const change = kr(y.proposed.minus(before.get(y.year)!), lang);
            await until(
              `the strip's ${y.year} after the cut`,
              async () =>
                plain(await strip.getByTestId(`strip-${y.year}`).textContent()) ===
                `${y.year} · ${figure} (${change})`,
            );
          }
          await expect(strip.getByTestId('strip-initiative').textContent()).resolves.toContain(
            CUT_INITIATIVE,
          );
          // Scrolled to the bottom of the pane, the strip is still at the top of the view.
          await page.getByTestId('pane').evaluate((el) => {
            el.scrollTop = el.scrollHeight;
            window.scrollTo(0, document.body.scrollHeight);
          });
          await until('the page to scroll', async () =>
            page.evaluate(
              () => window.scrollY > 0 || document.querySelector('[data-testid="pane"]')!.scrollTop > 0,
            ),
          );
          const box = (await strip.boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeLessThan(800);
          await expect(strip.isVisible()).resolves.toBe(true);
          await page.evaluate(() => {
            window.scrollTo(0, 0);
            document.querySelector('[data-testid="pane"]')!.scrollTop = 0;
          });
          await page.screenshot({ path: path.join(ARTIFACTS, `${width}-${lang}-initiatives-after-cut.png`) });
          await openView(page, lang, 'overview');
          await page.screenshot({ path: path.join(ARTIFACTS, `${width}-${lang}-overview-after-cut.png`) });
        } finally {
          await context.close();
        }
      });
    }
  }
});
