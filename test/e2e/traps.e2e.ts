// Issue 10's small traps in a real browser: an emptied FTE field + Enter changes nothing and says
// so (it used to set the role to 0 %), a value above the contract's limit is refused at the field
// in its words, and a file that is not a workbook is refused in a Swedish sentence of ours, not
// the zip library's English. Screenshots of the role card at 320 px go to artifacts/e2e/.
import * as path from 'node:path';
import { offlinePage } from './support/browser';
import { ARTIFACTS, describeInBrowser } from './support/suite';
import { grids, openInitiative, openView, pane, strings, until, waitForPane } from './support/pane';

/** The round's open application: its grant-funded coaches take cuts (300 % under the proposal). */
const INITIATIVE = 'Samordnat stöd för arbete eller studier';
const ROLE = 'Coach';

describeInBrowser('the pane’s input traps in chromium', (suite) => {
  test('320 px: an emptied FTE field + Enter changes nothing and says so; 5 000 % is refused in the contract’s words', async () => {
    const { page, context, errors } = await offlinePage(suite.browser, suite.origin, {
      width: 320,
      height: 900,
    });
    try {
      const s = strings('sv');
      await page.goto(`${suite.origin}/preview.html`);
      await waitForPane(page);
      await openView(page, 'sv', 'initiatives');
      await openInitiative(page, INITIATIVE);
      const card = pane(page)
        .getByTestId(`role-${ROLE}`)
        .filter({ has: page.getByLabel(s.fteLabel(ROLE)) });
      const field = card.getByLabel(s.fteLabel(ROLE));
      const before = await field.inputValue();
      const shownBefore = await card.textContent();
      const justeringar = async () => {
        await grids(page).getByRole('tab', { name: 'Justeringar', exact: true }).click();
        return grids(page).getByRole('tabpanel').textContent();
      };
      const rowsBefore = await justeringar();

      await field.fill('');
      await field.press('Enter');
      await until('the empty-field message', async () =>
        ((await card.textContent()) ?? '').includes(s.emptyFte),
      );
      expect(await justeringar()).toBe(rowsBefore);
      expect((await card.textContent())!.replace(s.emptyFte, '')).toBe(shownBefore);
      expect(await card.textContent()).not.toContain('Omfattning i förslaget: 0\u00a0%');

      await field.fill('5000');
      await field.press('Enter');
      await until('the contract’s refusal at the field', async () =>
        /Omfattningen 5\s000\s% är mer än 2\s000\s% och orimlig/.test((await card.textContent()) ?? ''),
      );
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await justeringar()).toBe(rowsBefore);
      await card.screenshot({ path: path.join(ARTIFACTS, '320-sv-role-card-refused.png') });
      // The card fits the pane: nothing runs off its right edge at 320 px.
      const box = (await card.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);

      // Escape puts the value in effect back.
      await field.press('Escape');
      await expect(field.inputValue()).resolves.toBe(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a file that is not a workbook is refused in Swedish, in words of ours', async () => {
    const { page, context } = await offlinePage(suite.browser, suite.origin, { width: 1280, height: 900 });
    try {
      await page.goto(`${suite.origin}/preview.html`);
      await waitForPane(page);
      await page.getByTestId('open-xlsx').setInputFiles({
        name: 'anteckningar.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('Det här är ingen arbetsbok, bara text.\n'),
      });
      const alert = page.locator('.fui-MessageBar').filter({ hasText: 'anteckningar.xlsx' });
      await alert.waitFor({ timeout: 15_000 });
      const text = (await alert.textContent()) ?? '';
      expect(text).toBe(
        'Kunde inte öppna anteckningar.xlsx. Filen är ingen .xlsx-arbetsbok (inget Excel-paket). Förhandsvisningen visar fortfarande den tidigare arbetsboken.',
      );
      // No library's words (JSZip: "End of data reached", "Can't find end of central directory").
      expect(text).not.toMatch(/zip|central directory|end of data|is this/i);
      await page.screenshot({ path: path.join(ARTIFACTS, 'preview-1280-sv-not-a-workbook.png') });
      // The example is still there.
      await expect(page.getByTestId('headline-proposed-over').count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });
});
