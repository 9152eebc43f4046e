/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { formatKronor, formatPercent } from '../../src/session/format';
import { KANSLIET, decidedExamplePort, examplePort } from '../session/support';
import { renderPane } from './support';
import { stringsFor } from '../../src/i18n';

describe('Översikt', () => {
  it('shows the engine figures for the saved scenario, per year and in all', async () => {
    const port = await examplePort();
    await port.saveState({
      activeScenario: KANSLIET,
      language: null,
      summaryFingerprint: null,
      summaryWrittenAt: null,
    });
    await renderPane(port);
    const engine = computeBudget(readWorkbook(await port.readSnapshot()).input, KANSLIET);
    expect((await screen.findByTestId('headline-proposed-over')).textContent).toContain(
      formatKronor(engine.totals.overProposed.abs(), 'sv'),
    );
    expect(screen.getByTestId('headline-applied-over').textContent).toContain(
      formatKronor(engine.totals.overApplied.abs(), 'sv'),
    );
    // Per år: room or excess with a positive amount and a word, never a negative "över ramen".
    for (const year of engine.frame) {
      const row = screen.getByTestId(`year-${year.year}`);
      expect(row.textContent).toContain(formatKronor(year.available, 'sv'));
      const word = year.overProposed.greaterThan(0) ? 'över' : 'kvar';
      expect(row.textContent).toContain(`${formatKronor(year.overProposed.abs(), 'sv')} ${word}`);
      const against = within(row).getByRole('rowheader', { name: 'Mot ramen' }).closest('tr')!;
      expect(against.textContent).not.toContain('\u2212');
    }
    // The decision years lead, each against its own frame, in % of that year's available.
    const yearsOver = engine.frame.filter((y) => y.overProposed.greaterThan(0));
    expect(yearsOver.length).toBeGreaterThan(0);
    for (const y of yearsOver) {
      const block = screen.getByTestId(`decision-year-${y.year}`);
      expect(block.textContent).toContain(
        `${formatKronor(y.overProposed, 'sv')} över${formatPercent(y.overProposedPercent!, 'sv')} av tillgängligt`,
      );
    }
    const samordnat = screen.getByTestId('status-Samordnat stöd för arbete eller studier');
    expect(within(samordnat).getByText('Justerad')).toBeInTheDocument();
    expect(samordnat).toHaveTextContent(/Ansökt belopp 8\s315\s500 kr skiljer sig från beräknat/);
  });

  it('switches to English and keeps the choice in the workbook', async () => {
    const port = await examplePort();
    await renderPane(port);
    expect(screen.getByRole('tab', { name: 'Översikt' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Språk'), 'en');
    expect(await screen.findByRole('tab', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByTestId('headline')).toHaveTextContent(
      /^Whole period: (within the frame|oversubscribed)/,
    );
    expect((await port.loadState()).language).toBe('en');
  });

  it('speaks English when Office does', async () => {
    await renderPane(await examplePort(), 'en-GB');
    expect(await screen.findByRole('tab', { name: 'Scenarios' })).toBeInTheDocument();
  });

  it('follows a change in the grid without a refresh', async () => {
    const port = await examplePort();
    await renderPane(port);
    const before = screen.getByTestId('headline-applied-over').textContent;
    port.simulateUserEdit('Ram', 'B3', 10_000_000);
    await waitFor(() => expect(screen.getByTestId('headline-applied-over').textContent).not.toBe(before));
  });

  it('the decision round: decision years, granted as one line, applications and equity per year', async () => {
    const port = await decidedExamplePort();
    await port.saveState({
      activeScenario: KANSLIET,
      language: null,
      summaryFingerprint: null,
      summaryWrittenAt: null,
    });
    await renderPane(port);
    expect(
      within(await screen.findByTestId('decision-years')).getByRole('heading', {
        name: 'Beslutsåren 2024–2026 mot ramen',
      }),
    ).toBeInTheDocument();
    // Only the open application is in the list being cut; the four granted ones are one line.
    expect(screen.getByTestId('status-Samordnat stöd för arbete eller studier')).toBeInTheDocument();
    expect(screen.queryByTestId('status-Framsteget 2.0')).toBeNull();
    expect(screen.getByTestId('granted-line')).toHaveTextContent(
      /^Tidigare beviljat: 4 insatser, 13\s915\s176 kr – räknas mot ramen och kan inte justeras$/,
    );
    // 2024: 6 200 000 available; 5 633 604 granted earlier; applications 854 190 applied and
    // 711 543 proposed; equity at year end 912 206 applied and 1 054 853 proposed.
    const y2024 = within(screen.getByTestId('year-2024'));
    for (const [label, figures] of [
      ['Tidigare beviljat', ['5 633 604 kr']],
      ['Ansökningar', ['854 190 kr', '711 543 kr']],
      ['Eget kapital vid årets slut', ['912 206 kr', '1 054 853 kr']],
    ] as const) {
      const row = y2024.getByRole('rowheader', { name: label }).closest('tr')!;
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent!.replace(/[\u00a0\u202f]/g, ' '));
      expect(cells).toEqual([...figures]);
    }
    // 2025 as applied ends 74 571 kr below the 500 000 kr floor; the proposal does not.
    const y2025 = within(screen.getByTestId('year-2025'));
    const equity = y2025.getByRole('rowheader', { name: 'Eget kapital vid årets slut' }).closest('tr')!;
    expect(equity.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Eget kapital vid årets slut425 429 kr74 571 kr under lägsta1 153 217 kr',
    );
    expect(screen.getByTestId('equity-sentence')).toHaveTextContent(
      /^Med eget kapital ryms förslaget: inget år slutar under lägsta eget kapital \(500\s000 kr\)\.$/,
    );
    // The whole period has no equity row (a level, not a sum).
    expect(
      within(screen.getByTestId('year-total')).queryByRole('rowheader', {
        name: 'Eget kapital vid årets slut',
      }),
    ).toBeNull();
  });

  it('Insatser: granted initiatives grouped apart with a badge, and no cut controls on them', async () => {
    const s = stringsFor('sv');
    const port = await decidedExamplePort();
    await renderPane(port);
    await userEvent.click(await screen.findByRole('tab', { name: 'Insatser' }));
    const applications = await screen.findByTestId('initiatives-application');
    expect(within(applications).getAllByRole('listitem')).toHaveLength(1);
    const granted = screen.getByTestId('initiatives-granted');
    expect(within(granted).getByRole('heading', { name: s.grantedGroup })).toBeInTheDocument();
    expect(within(granted).getAllByText(s.statusGranted)).toHaveLength(4);
    // The application has the controls …
    await userEvent.click(within(applications).getByRole('button', { name: /^Samordnat stöd/ }));
    expect(await screen.findByLabelText(s.capLabel)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: s.backToList }));
    // … a granted one shows its roles without them.
    await userEvent.click(await screen.findByRole('button', { name: /^Framsteget 2\.0\b/ }));
    expect(await screen.findByTestId('role-Coach')).toBeInTheDocument();
    expect(screen.queryByLabelText(s.capLabel)).toBeNull();
    expect(screen.queryByRole('button', { name: s.applyFte })).toBeNull();
  });
});
