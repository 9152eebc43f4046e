// The preview in a real browser: the built add-in served from 127.0.0.1, the pane on the example
// workbook, every figure checked against the engine run in Node on the same workbook. The tests
// form one meeting, in order: look, cut, undo, write the summary, download, switch language.
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { offlinePage, type OfflinePage } from './support/browser';
import {
  CUT_INITIATIVE,
  CUT_ROLE,
  CUT_TO_POINTS,
  SCENARIO,
  decisionProposals,
  exampleResult,
  setFte,
} from './support/expected';
import { ARTIFACTS, describeInBrowser } from './support/suite';
import {
  chooseLanguage,
  chooseScenario,
  expectHeadline,
  grids,
  openInitiative,
  openView,
  pane,
  shownOverProposed,
  strings,
  until,
  waitForPane,
} from './support/pane';
import { formatKronor } from '../../src/session/format';

/**
 * The one request taskpane.html may try outside Office: office.js loads a hidden frame from
 * Microsoft's telemetry service three seconds after it starts. It is refused here like everything
 * else. preview.html loads no office.js, so the preview itself may try nothing at all.
 */
const OFFICE_TELEMETRY =
  'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';
const unexpected = (urls: string[]) => urls.filter((url) => url !== OFFICE_TELEMETRY);

describeInBrowser('the preview in chromium', (suite) => {
  let session: OfflinePage;
  let page: Page;

  const application = exampleResult(null);
  const proposal = exampleResult(SCENARIO);
  const cut = exampleResult(SCENARIO, [setFte(SCENARIO, CUT_INITIATIVE, CUT_ROLE, CUT_TO_POINTS / 100)]);

  beforeAll(async () => {
    session = await offlinePage(suite.browser, suite.origin, { width: 1280, height: 900 });
    page = session.page;
  });

  test('opens with no network and shows the engine’s oversubscription for the example workbook', async () => {
    expect(application.issues).toEqual([]);
    await page.goto(`${suite.origin}/preview.html`);
    await waitForPane(page);
    await expect(page.getByTestId('preview-banner').textContent()).resolves.toContain(
      'Förhandsvisning – ingen Excel. Ändringar sparas inte förrän du laddar ner arbetsboken.',
    );
    await expectHeadline(page, application, 'sv', 'the headline for the application');
    // The grids show the example's input tables, one tab per sheet.
    for (const sheet of ['Insatser', 'Bemanning', 'Kostnader', 'Ram', 'Parametrar', 'Justeringar']) {
      await expect(grids(page).getByRole('tab', { name: sheet, exact: true }).count()).resolves.toBe(1);
    }
    await expect(grids(page).getByRole('tabpanel').textContent()).resolves.toContain(CUT_INITIATIVE);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-1280-sv.png') });
    expect(session.refused).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  test('Översikt shows the decision round: its years, what is granted, the applications and the equity per year', async () => {
    const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
    const kr = (d: Parameters<typeof formatKronor>[0]) => plain(formatKronor(d, 'sv'));
    await expect(pane(page).getByTestId('decision-years').getByRole('heading').textContent()).resolves.toBe(
      'Beslutsåren 2024–2026 mot ramen',
    );
    for (const y of application.frame) {
      const shown = plain(await pane(page).getByTestId(`year-${y.year}`).textContent());
      expect(shown).toContain(`Tidigare beviljat${kr(y.granted)}`);
      expect(shown).toContain(`Ansökningar${kr(y.applied.minus(y.granted))}`);
      const short = y.shortApplied!.isZero() ? '' : `${kr(y.shortApplied!)} under lägsta`;
      expect(shown).toContain(`Eget kapital vid årets slut${kr(y.equityEndApplied!)}${short}`);
    }
    // As applied the equity falls below the floor: the sentence names the years.
    await expect(pane(page).getByTestId('equity-sentence').textContent()).resolves.toMatch(
      /^Förslaget slutar under lägsta eget kapital \(500\s000\s?kr\) 2025 \(74\s571\s?kr\), 2026 \(548\s565\s?kr\)\.$/,
    );
    expect(plain(await pane(page).getByTestId('granted-line').textContent())).toBe(
      `Tidigare beviljat: 4 insatser, ${kr(application.totals.granted)} – räknas mot ramen och kan inte justeras`,
    );
  });

  test('cutting one coach by 100 points drops the headline by exactly the engine’s amount; undo brings it back', async () => {
    const s = strings('sv');
    await chooseScenario(page, 'sv', SCENARIO);
    await expectHeadline(page, proposal, 'sv', `the headline under ${SCENARIO}`);
    const before = await shownOverProposed(page);
    expect(before).toBe(proposal.totals.overProposed.toNumber());

    await openView(page, 'sv', 'initiatives');
    await openInitiative(page, CUT_INITIATIVE);
    // The grant-funded coaches (the self-financed ones have a card of their own, without controls).
    const role = pane(page)
      .getByTestId(`role-${CUT_ROLE}`)
      .filter({ has: page.getByLabel(s.fteLabel(CUT_ROLE)) });
    await role.getByLabel(s.fteLabel(CUT_ROLE)).fill(String(CUT_TO_POINTS));
    await role.getByRole('button', { name: s.applyFte }).click();

    await openView(page, 'sv', 'overview');
    await expectHeadline(page, cut, 'sv', 'the headline after the cut');
    const drop = proposal.totals.overProposed.minus(cut.totals.overProposed);
    expect(drop.isPositive()).toBe(true);
    expect(before - (await shownOverProposed(page))).toBe(drop.toNumber());
    // The cut is a row of Justeringar, visible in the grid.
    await grids(page).getByRole('tab', { name: 'Justeringar', exact: true }).click();
    await until('the cut in the Justeringar grid', async () => {
      const text = (await grids(page).getByRole('tabpanel').textContent()) ?? '';
      return text.includes(CUT_INITIATIVE) && text.includes(`${CUT_TO_POINTS}\u00a0%`);
    });

    await openView(page, 'sv', 'initiatives');
    await pane(page).getByRole('button', { name: s.undo, exact: true }).click();
    await openView(page, 'sv', 'overview');
    await expectHeadline(page, proposal, 'sv', 'the headline after undo');
    expect(await shownOverProposed(page)).toBe(before);

    // Redo: the cut stays for the summary and the download.
    await openView(page, 'sv', 'initiatives');
    await pane(page).getByRole('button', { name: s.redo, exact: true }).click();
    await openView(page, 'sv', 'overview');
    await expectHeadline(page, cut, 'sv', 'the headline after redo');
  });

  test('writing the decision summary shows the decision texts in the summary grid', async () => {
    const s = strings('sv');
    await openView(page, 'sv', 'decision');
    await pane(page).getByRole('button', { name: s.writeSummary }).click();
    const summaryTab = grids(page).getByRole('tab', { name: 'Beslutsunderlag' });
    await until(
      'the summary sheet to be shown',
      async () => (await summaryTab.getAttribute('aria-selected')) === 'true',
    );
    const text = (await grids(page).getByRole('tabpanel').textContent()) ?? '';
    const proposals = decisionProposals(cut);
    // Only the open application is decided on; the four granted ones have no decision text.
    expect(proposals).toHaveLength(1);
    for (const proposal of proposals) expect(text).toContain(proposal);
    await page.screenshot({ path: path.join(ARTIFACTS, 'summary-1280-sv.png') });
  });

  test('the downloaded workbook holds the summary and the Justeringar row', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('preview-banner').getByRole('button', { name: 'Ladda ner .xlsx' }).click(),
    ]);
    const file = path.join(ARTIFACTS, 'downloaded.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const summary = workbook.getWorksheet('Beslutsunderlag');
    expect(summary).toBeDefined();
    const summaryText: string[] = [];
    summary!.eachRow((row) => row.eachCell((cell) => summaryText.push(String(cell.text))));
    for (const proposal of decisionProposals(cut)) expect(summaryText.join('\n')).toContain(proposal);

    const adjustments = workbook.getWorksheet('Justeringar');
    expect(adjustments).toBeDefined();
    const rows: unknown[][] = [];
    adjustments!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const cutRow = rows.find(
      (r) => r.includes(SCENARIO) && r.includes(CUT_INITIATIVE) && r.includes(CUT_ROLE),
    );
    expect(cutRow).toBeDefined();
    expect(cutRow).toContain(CUT_TO_POINTS / 100);
  });

  test('in English the headline shows the same figures', async () => {
    await chooseLanguage(page, 'sv', 'en');
    await openView(page, 'en', 'overview');
    await expectHeadline(page, cut, 'en', 'the headline in English');
    await expect(page.getByTestId('preview-banner').textContent()).resolves.toContain(
      'Preview – no Excel. Changes are not saved until you download the workbook.',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-1280-en.png') });
  });

  test('an opened .xlsx replaces the workbook; choosing a problem highlights its cell in the grid', async () => {
    const { bytes, cell } = await brokenExample();
    await page.getByTestId('open-xlsx').setInputFiles({
      name: 'trasig.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(bytes),
    });
    // A new workbook: the pane remounts, in Swedish (the file has no saved language).
    const s = strings('sv');
    await until(
      'the pane on the opened workbook',
      async () =>
        (await pane(page)
          .getByRole('tab', { name: new RegExp(`^${s.tabIssues}`) })
          .count()) === 1,
    );
    await openView(page, 'sv', 'issues');
    await pane(page)
      .getByRole('button', { name: s.goToCell(cell.qualified) })
      .click();
    const highlighted = grids(page).locator('td[aria-current="true"]');
    await until('the highlighted cell', async () => (await highlighted.count()) === 1);
    await expect(highlighted.getAttribute('data-address')).resolves.toBe(cell.address);
    await expect(
      grids(page).getByRole('tab', { name: cell.sheet, exact: true }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    // Scrolled into view within the grid.
    const box = (await highlighted.boundingBox())!;
    const area = (await page.getByTestId('grid').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(area.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height + 1);
    expect(session.refused).toEqual([]);
    expect(session.errors).toEqual([]);
  });
  test('taskpane.html opened outside Office moves on to the preview once office.js finds no host', async () => {
    const other = await offlinePage(suite.browser, suite.origin, { width: 1280, height: 900 });
    try {
      await other.page.goto(`${suite.origin}/taskpane.html?lang=en`);
      await other.page.waitForURL(/\/preview\.html\?lang=en$/);
      await waitForPane(other.page);
      await expectHeadline(other.page, application, 'en', 'the headline after moving on to the preview');
      expect(unexpected(other.refused)).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });
});

/** The example workbook as .xlsx with text where a FTE belongs, far enough down to need scrolling. */
async function brokenExample(): Promise<{
  bytes: Uint8Array;
  cell: { sheet: string; address: string; qualified: string };
}> {
  const { exampleWorkbook } = await import('./support/expected');
  const { writeXlsxData } = await import('../../src/adapters/xlsx/write');
  const { a1, qualified } = await import('../../src/workbook/snapshot');
  const workbook = exampleWorkbook();
  const table = workbook.getTable('Bemanning')!;
  const sheet = workbook.getSheet(table.sheet)!;
  const lastRow = table.range.bottom;
  const fteColumn = table.range.left + 2;
  const header = sheet.getCell(table.range.top, fteColumn).value;
  if (header !== 'Omfattning')
    throw new Error(`Expected Omfattning in the third column of Bemanning, found ${String(header)}`);
  sheet.setCell(lastRow, fteColumn, { value: 'mycket', type: 'String', numberFormat: 'General' });
  const address = a1(lastRow, fteColumn);
  return {
    bytes: await writeXlsxData(workbook),
    cell: { sheet: sheet.name, address, qualified: qualified(sheet.name, address) },
  };
}
