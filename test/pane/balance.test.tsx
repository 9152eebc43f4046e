/** @jest-environment jsdom */
// Holds and "Få budgeten att gå ihop" in the pane, on the example workbook.
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MemoryPort } from '../../src/adapters/memory/memory-port';
import { readWorkbook } from '../../src/contract';
import { MemoryPort as Port } from '../../src/adapters/memory/memory-port';
import { SAMORDNAT, decidedExamplePort } from '../session/support';
import { EN_VAG_IN, FRAMSTEGET, fiveMistakesPlans } from '../support/five-mistakes';
import { openTab, renderPane } from './support';

jest.setTimeout(60_000);

async function justeringar(port: MemoryPort) {
  return (await port.readSnapshot()).tables
    .find((t) => t.name === 'Justeringar')!
    .values.filter((r) => r.some((v) => v !== ''));
}

async function showApplication(port: MemoryPort) {
  await port.saveState({ ...(await port.loadState()), activeScenario: null });
}

describe('holds in the pane', () => {
  it('holds and releases a role of an open application, and offers no hold on a granted initiative', async () => {
    const user = userEvent.setup();
    const port = await decidedExamplePort();
    await renderPane(port);
    await openTab('Insatser');
    await user.click(screen.getByRole('button', { name: new RegExp(`^${SAMORDNAT}\\b`) }));
    // The example's Coach has two rows (two periods); the first card is enough.
    const coach = (await screen.findAllByTestId('role-Coach'))[0]!;
    await user.click(within(coach).getByRole('button', { name: 'Lås Coach' }));
    await waitFor(() =>
      expect(within(coach).getByRole('button', { name: 'Lås upp Coach' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(within(coach).getByTestId('hold-Coach-badge')).toHaveTextContent('Låst');
    const input = readWorkbook(await port.readSnapshot()).input;
    expect(
      input.staffing.filter((s) => s.initiative === SAMORDNAT && s.role === 'Coach').every((s) => s.held),
    ).toBe(true);
    // The initiative itself has its own toggle.
    expect(screen.getByRole('button', { name: `Lås ${SAMORDNAT}` })).toHaveAttribute('aria-pressed', 'false');

    await user.click(within(coach).getByRole('button', { name: 'Lås upp Coach' }));
    await waitFor(() => expect(within(coach).getByRole('button', { name: 'Lås Coach' })).toBeInTheDocument());
    expect(readWorkbook(await port.readSnapshot()).input.staffing.some((s) => s.held)).toBe(false);

    // A granted initiative: no hold offered.
    await user.click(screen.getByRole('button', { name: /Tillbaka/ }));
    const granted = input.initiatives.find((i) => i.roundStatus === 'granted')!;
    await user.click(screen.getByRole('button', { name: new RegExp(`^${granted.name}\\b`) }));
    await waitFor(() => expect(screen.getByRole('heading', { name: granted.name })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /^Lås / })).toBeNull();
  });
});

describe('Få budgeten att gå ihop', () => {
  it('in Översikt: shows every proposal before writing, and Använd writes one as the active scenario', async () => {
    const user = userEvent.setup();
    const port = await decidedExamplePort();
    await showApplication(port);
    await renderPane(port);
    const rowsBefore = await justeringar(port);
    await user.click(screen.getByRole('button', { name: 'Få budgeten att gå ihop' }));
    const panel = await screen.findByTestId('overview-balance-panel');
    expect(within(panel).getByTestId('overview-balance-target')).toHaveTextContent(/^Mål:/);
    const proposals = within(panel).getAllByRole('article');
    expect(proposals.map((p) => within(p).getByRole('heading').textContent)).toEqual([
      'Lika andel',
      'Färre tjänster',
      'Färst ändringar',
    ]);
    const share = within(panel).getByTestId('proposal-equal-share');
    expect(share).toHaveTextContent(/\d+,\d\s% av beräknat belopp/);
    expect(share).toHaveTextContent(/\d+ nya? rad(er)? i Justeringar/);
    expect(within(within(share).getByTestId('proposal-touched')).getByText(SAMORDNAT)).toBeInTheDocument();
    expect(within(share).getByTestId('proposal-touched')).toHaveTextContent(
      /\u2212[\d\s]+\skr \(\u2212\d+,\d\s%\)/,
    );
    // Nothing is written by looking.
    expect(await justeringar(port)).toEqual(rowsBefore);

    const use = within(share).getByRole('button', {
      name: /^Använd: skriv förslaget som nytt scenario Förslag: lika andel/,
    });
    await user.click(use);
    await waitFor(async () => expect((await port.loadState()).activeScenario).toBe('Förslag: lika andel'));
    expect((await justeringar(port)).length).toBeGreaterThan(rowsBefore.length);
    await waitFor(() =>
      expect(screen.getByText(/Förslaget är skrivet som scenariot Förslag: lika andel/)).toBeInTheDocument(),
    );
    // The round now fits: Översikt no longer offers proposals.
    await waitFor(() => expect(screen.queryByTestId('overview-balance-open')).toBeNull());
  });

  it('in Scenarier, in English: says plainly when the held part alone breaks the target, and proposes nothing', async () => {
    const user = userEvent.setup();
    const port = await decidedExamplePort();
    await showApplication(port);
    await renderPane(port, 'en-US');
    // Hold the one open application: then nothing is left to cut.
    await openTab('Initiatives');
    await user.click(screen.getByRole('button', { name: new RegExp(`^${SAMORDNAT}\\b`) }));
    await user.click(await screen.findByRole('button', { name: `Hold ${SAMORDNAT}` }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Release ${SAMORDNAT}` })).toBeInTheDocument(),
    );
    await openTab('Scenarios');
    await user.click(screen.getByRole('button', { name: 'Make the budget fit' }));
    const panel = await screen.findByTestId('scenarios-balance-panel');
    const infeasible = within(panel).getByTestId('scenarios-balance-infeasible');
    expect(infeasible).toHaveTextContent(
      /Not possible: the granted and held initiatives alone break the target/,
    );
    expect(within(infeasible).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(infeasible).getAllByRole('listitem')[0]).toHaveTextContent(
      /^\d{4}: SEK\s[\d,]+ (over the frame|below the equity floor)$/,
    );
    expect(within(panel).queryAllByRole('article')).toEqual([]);
  });
});

describe('Få budgeten att gå ihop with errors in the input', () => {
  it('proposes nothing while rows are left out, and says which initiatives are incomplete', async () => {
    const user = userEvent.setup();
    const port = new Port();
    await port.createInputTables(fiveMistakesPlans());
    const rowsBefore = await justeringar(port);
    await renderPane(port);
    await openTab('Scenarier');
    await user.click(screen.getByRole('button', { name: 'Få budgeten att gå ihop' }));
    const panel = await screen.findByTestId('scenarios-balance-panel');
    expect(within(panel).getByTestId('scenarios-balance-incomplete')).toHaveTextContent(
      `Inga förslag medan indata har fel`,
    );
    expect(within(panel).getByTestId('scenarios-balance-incomplete')).toHaveTextContent(
      `ofullständiga: ${FRAMSTEGET}, ${EN_VAG_IN}`,
    );
    expect(within(panel).queryAllByRole('article')).toEqual([]);
    expect(await justeringar(port)).toEqual(rowsBefore);
  });
});
