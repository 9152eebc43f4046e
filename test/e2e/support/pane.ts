// Driving the pane inside the preview by its accessible names, in either language, with the
// pane's own strings so that a reworded label does not break the tests.
import type { Locator, Page } from 'playwright-core';
import { stringsFor, type Strings } from '../../../src/i18n';
import type { Language } from '../../../src/issues/types';
import { shownNumber } from './expected';

export const strings = (lang: Language): Strings => stringsFor(lang);

export const pane = (page: Page): Locator => page.getByTestId('pane');
export const grids = (page: Page): Locator => page.getByTestId('grids');

/** Polls until check() returns true (or throws its last error). No fixed sleeps. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the element shows the number (as the pane formats it, in either language). */
export async function expectNumber(locator: Locator, expected: number, what: string): Promise<void> {
  let seen = '';
  try {
    await until(what, async () => {
      seen = (await locator.textContent({ timeout: 1000 })) ?? '';
      return shownNumber(seen) === expected;
    });
  } catch {
    throw new Error(`${what}: expected ${expected}, the page shows ${JSON.stringify(seen)}`);
  }
}

export async function openView(
  page: Page,
  lang: Language,
  view: 'overview' | 'initiatives' | 'scenarios' | 'decision' | 'issues',
): Promise<void> {
  const s = strings(lang);
  const name = {
    overview: s.tabOverview,
    initiatives: s.tabInitiatives,
    scenarios: s.tabScenarios,
    decision: s.tabDecision,
    issues: s.tabIssues,
  }[view];
  const tab = pane(page)
    .getByRole('navigation')
    .getByRole('tab', { name: new RegExp(`^${escapeRegExp(name)}`) });
  await tab.click();
  await until(
    `the ${view} tab to be selected`,
    async () => (await tab.getAttribute('aria-selected')) === 'true',
  );
}

export async function chooseScenario(page: Page, lang: Language, scenario: string | null): Promise<void> {
  const s = strings(lang);
  await pane(page)
    .getByLabel(s.activeScenarioLabel)
    .selectOption({ label: scenario ?? s.applicationName });
}

export async function chooseLanguage(page: Page, from: Language, to: Language): Promise<void> {
  await pane(page).getByLabel(strings(from).languageLabel).selectOption(to);
  const target = strings(to);
  await until(
    `the pane to switch to ${to}`,
    async () => (await pane(page).getByRole('tab', { name: target.tabOverview }).count()) === 1,
  );
}

export async function waitForPane(page: Page): Promise<void> {
  await page.getByTestId('headline-proposed-over').waitFor({ timeout: 30_000 });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
