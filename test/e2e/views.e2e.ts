// Every view of the pane in the preview, in both languages, at the task pane's narrowest and widest
// (320 and 450 px): a screenshot of each under artifacts/e2e/ (git-ignored) and axe-core on each,
// with no serious or critical violation allowed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Language } from '../../src/issues/types';
import { seriousViolations, type AxeViolation } from './support/axe';
import { chromiumAvailable, launchBrowser, offlinePage } from './support/browser';
import { ROOT } from './support/global-setup';
import {
  chooseLanguage,
  grids,
  openInitiative,
  openView,
  pane,
  strings,
  until,
  waitForPane,
} from './support/pane';
import { serveDirectory, type StaticServer } from './support/static-server';

const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
const WIDTHS = [320, 450] as const;
const LANGUAGES: Language[] = ['sv', 'en'];
const INITIATIVE = 'Framsteget 2.0';

const run = chromiumAvailable();
const describeInBrowser = run ? describe : describe.skip;

function describeViolations(found: Array<{ view: string; violations: AxeViolation[] }>): string {
  return found
    .flatMap(({ view, violations }) =>
      violations.map((v) => `${view}: [${v.impact}] ${v.id} – ${v.help}\n    ${v.nodes.join('\n    ')}`),
    )
    .join('\n');
}

describeInBrowser('every view, screenshots and axe-core', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveDirectory(process.env.E2E_DIST!);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of WIDTHS) {
    for (const lang of LANGUAGES) {
      test(`${width} px, ${lang === 'sv' ? 'Swedish' : 'English'}`, async () => {
        const { page, context } = await offlinePage(browser, server.origin, { width, height: 900 });
        try {
          await page.goto(`${server.origin}/preview.html`);
          await waitForPane(page);
          if (lang === 'en') await chooseLanguage(page, 'sv', 'en');
          const s = strings(lang);
          const found: Array<{ view: string; violations: AxeViolation[] }> = [];
          const check = async (view: string) => {
            await page.screenshot({
              path: path.join(ARTIFACTS, `${width}-${lang}-${view}.png`),
              fullPage: true,
            });
            found.push({ view, violations: await seriousViolations(page) });
          };

          await openView(page, lang, 'overview');
          await check('overview');
          await openView(page, lang, 'initiatives');
          await check('initiatives');
          await openInitiative(page, INITIATIVE);
          await pane(page).getByTestId('role-Coach').waitFor();
          await check('initiative');
          await openView(page, lang, 'scenarios');
          await check('scenarios');
          await openView(page, lang, 'issues');
          await check('issues');
          await openView(page, lang, 'decision');
          await check('decision');
          await pane(page).getByRole('button', { name: s.writeSummary }).click();
          const summaryTab = grids(page).getByRole('tab', { name: 'Beslutsunderlag' });
          await until(
            'the summary sheet',
            async () => (await summaryTab.getAttribute('aria-selected')) === 'true',
          );
          await check('summary');

          const serious = found.filter((f) => f.violations.length > 0);
          if (serious.length)
            throw new Error(`axe-core found serious or critical violations:\n${describeViolations(serious)}`);
          expect(found).toHaveLength(7);
        } finally {
          await context.close();
        }
      });
    }
  }
});
