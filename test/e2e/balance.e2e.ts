// "Få budgeten att gå ihop" in the preview at the pane's narrowest (320 px): hold a role, open the
// proposals, check them against the engine run in Node on the same workbook, use one, and see the
// round fit. A screenshot of the proposals panel goes to artifacts/e2e/.
import * as path from 'node:path';
import { proposeBalance } from '../../src/engine/balance';
import { computeBudget } from '../../src/engine';
import { balanceView } from '../../src/session';
import { offlinePage } from './support/browser';
import { exampleInput } from './support/expected';
import {
  chooseScenario,
  expectHeadline,
  openInitiative,
  openView,
  pane,
  until,
  waitForPane,
} from './support/pane';
import { ARTIFACTS, describeInBrowser } from './support/suite';

const INITIATIVE = 'Samordnat stöd för arbete eller studier';
const ROLE = 'Coach';

describeInBrowser('balancing proposals in the preview', (suite) => {
  test('hold a role, open the proposals, use one, and the round fits (320 px)', async () => {
    // Expected, in Node: the application with the coach rows held.
    const input = exampleInput();
    const held = {
      ...input,
      staffing: input.staffing.map((s) =>
        s.initiative === INITIATIVE && s.role === ROLE ? { ...s, held: true } : s,
      ),
    };
    const outcome = proposeBalance(held, { baseScenario: null });
    expect(outcome.feasible).toBe(true);
    const chosen = outcome.proposals[0]!;
    const view = balanceView(outcome, 'sv', []);

    const { page, context } = await offlinePage(suite.browser, suite.origin, { width: 320, height: 900 });
    try {
      await page.goto(`${suite.origin}/preview.html`);
      await waitForPane(page);
      await chooseScenario(page, 'sv', null);
      await expectHeadline(page, computeBudget(input, null), 'sv', 'the application');

      await openView(page, 'sv', 'initiatives');
      await openInitiative(page, INITIATIVE);
      // Its name turns to "Lås upp Coach" once held: follow it by its test id.
      const hold = pane(page).getByTestId(`role-${ROLE}`).first().getByTestId(`hold-${ROLE}`);
      await expect(hold.textContent()).resolves.toBe(`Lås ${ROLE}`);
      await hold.click();
      await until('the coach to be held', async () => (await hold.getAttribute('aria-pressed')) === 'true');

      await openView(page, 'sv', 'overview');
      await pane(page).getByRole('button', { name: 'Få budgeten att gå ihop' }).click();
      const panel = pane(page).getByTestId('overview-balance-panel');
      await panel.waitFor();
      const card = panel.getByTestId(`proposal-${chosen.method}`);
      // What the browser shows is what the engine proposes in Node, held coaches and all.
      await until('the proposal’s years as computed in Node', async () => {
        const shown = await card.getByTestId('proposal-years').getByRole('listitem').allTextContents();
        return shown.join('|') === view.proposals[0]!.years.map((y) => `${y.year}: ${y.figure}`).join('|');
      });
      const touched = await card.getByTestId('proposal-touched').getByRole('listitem').allTextContents();
      expect(touched).toHaveLength(chosen.touched.length);
      expect(touched[0]).toContain(view.proposals[0]!.touched[0]!.cut);
      await panel.screenshot({ path: path.join(ARTIFACTS, 'balance-panel-320-sv.png') });
      await page.screenshot({ path: path.join(ARTIFACTS, 'balance-320-sv.png'), fullPage: true });

      await card.getByRole('button', { name: /^Använd/ }).click();
      // The new scenario is active and the round fits: the headline is the proposal's, and Översikt
      // no longer offers proposals.
      const after = computeBudget(
        { ...held, adjustments: [...held.adjustments, ...chosen.rows] },
        chosen.scenario,
      );
      await expectHeadline(page, after, 'sv', 'the headline under the used proposal');
      await until(
        'the offer to go',
        async () => (await pane(page).getByTestId('overview-balance-open').count()) === 0,
      );
      expect(after.frame.every((y) => y.shortProposed === null || y.shortProposed.isZero())).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, 'balance-used-320-sv.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
