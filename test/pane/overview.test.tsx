/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { formatKronor, formatPercent } from '../../src/session/format';
import { KANSLIET, examplePort } from '../session/support';
import { renderPane } from './support';

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
    for (const year of engine.frame) {
      const row = screen.getByTestId(`year-${year.year}`);
      expect(row.textContent).toContain(formatKronor(year.available, 'sv'));
      expect(row.textContent).toContain(formatKronor(year.overProposed, 'sv'));
    }
    const yearsOver = engine.frame.filter((y) => y.overProposed.greaterThan(0));
    expect(yearsOver.length).toBeGreaterThan(0);
    const items = within(screen.getByTestId('years-over')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      yearsOver.map(
        (y) =>
          `${y.year}: ${formatKronor(y.overProposed, 'sv')} över (${formatPercent(y.overProposedPercent!, 'sv')})`,
      ),
    );
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
});
