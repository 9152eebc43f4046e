// Every view of the pane in the preview, in both languages, at the task pane's narrowest and widest
// (320 and 450 px): a screenshot of each under artifacts/e2e/ (git-ignored) and axe-core on each,
// with no serious or critical violation allowed.
import * as path from 'node:path';
import type { Language } from '../../src/issues/types';
import { seriousViolations, type AxeViolation } from './support/axe';
import { offlinePage } from './support/browser';
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
import { ARTIFACTS, describeInBrowser } from './support/suite';

const WIDTHS = [320, 450] as const;
const LANGUAGES: Language[] = ['sv', 'en'];
const INITIATIVE = 'Framsteget 2.0';

function describeViolations(found: Array<{ view: string; violations: AxeViolation[] }>): string {
  return found
    .flatMap(({ view, violations }) =>
      violations.map((v) => `${view}: [${v.impact}] ${v.id} – ${v.help}\n    ${v.nodes.join('\n    ')}`),
    )
    .join('\n');
}

describeInBrowser('every view, screenshots and axe-core', (suite) => {
  for (const width of WIDTHS) {
    for (const lang of LANGUAGES) {
      test(`${width} px, ${lang === 'sv' ? 'Swedish' : 'English'}`, async () => {
        const { page, context } = await offlinePage(suite.browser, suite.origin, { width, height: 900 });
        try {
          await page.goto(`${suite.origin}/preview.html`);
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
