// Driving the pane inside the preview by its accessible names, in either language, with the
// pane's own strings so that a reworded label does not break the tests.
import type { Locator, Page } from 'playwright-core';
import { stringsFor, type Strings } from '../../../src/i18n';
import type { Language } from '../../../src/issues/types';
import { overviewView } from '../../../src/session';
import type { BudgetResult } from '../../../src/engine/types';
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
  // Views other than the overview load on demand, with a spinner until they are there.
  await until(
    `the ${view} view to load`,
    async () => (await pane(page).getByRole('progressbar').count()) === 0,
  );
}

/** Opens an initiative in Insatser. Its button is named by what it shows, starting with the name. */
export async function openInitiative(page: Page, name: string): Promise<void> {
  await pane(page)
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) })
    .click();
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

/**
 * Waits until the overview shows the headline for this engine result: the same texts the pane's
 * view model makes of it (computed here in Node), and amounts equal to the engine's figures.
 */
export async function expectHeadline(
  page: Page,
  result: BudgetResult,
  lang: Language,
  what: string,
): Promise<void> {
  const view = overviewView(result, lang);
  // The view model's amounts are the engine's, without sign: tie them to the totals first.
  expect(shownNumber(view.proposed.magnitude)).toBe(result.totals.overProposed.abs().toNumber());
  expect(shownNumber(view.applied.magnitude)).toBe(result.totals.overApplied.abs().toNumber());
  expect(view.proposed.isOver).toBe(
    result.totals.overProposed.isPositive() && !result.totals.overProposed.isZero(),
  );
  const wanted: Array<[string, string]> = [
    ['headline', view.proposed.sentence],
    ['headline-proposed-over', view.proposed.magnitude],
    ['headline-proposed-percent', view.proposed.meaning],
    ['headline-applied-over', view.applied.magnitude],
    ['headline-applied-percent', view.applied.meaning],
  ];
  let seen: string[] = [];
  try {
    await until(what, async () => {
      seen = await Promise.all(
        wanted.map(([id]) =>
          page
            .getByTestId(id)
            .first()
            .textContent({ timeout: 1000 })
            .then((t) => t ?? ''),
        ),
      );
      return seen.every((text, i) => text === wanted[i]![1]);
    });
  } catch {
    const diff = wanted
      .map(([id, text], i) => `  ${id}: expected ${JSON.stringify(text)}, shown ${JSON.stringify(seen[i])}`)
      .join('\n');
    throw new Error(`${what}:\n${diff}`);
  }
}

/** The headline's proposed figure as shown, signed: over the frame positive, room left negative. */
export async function shownOverProposed(page: Page): Promise<number> {
  const over = page.getByTestId('headline-proposed-over');
  const magnitude = shownNumber((await over.textContent()) ?? '');
  const sentence = (await page.getByTestId('headline').textContent()) ?? '';
  const isOver = !/kvar|left|room/i.test(sentence);
  return isOver ? magnitude : -magnitude;
}
