/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { formatKronor } from '../../src/session/format';
import { FRAMSTEGET, KANSLIET, examplePort } from '../session/support';
import { openTab, renderPane } from './support';
import type { MemoryPort } from '../../src/adapters/memory/memory-port';

async function justeringar(port: MemoryPort) {
  return (await port.readSnapshot()).tables.find((t) => t.name === 'Justeringar')!.values;
}

async function openFramsteget() {
  await openTab('Insatser');
  await userEvent.click(screen.getByRole('button', { name: new RegExp(`^${FRAMSTEGET}\\b`) }));
}

jest.setTimeout(60_000);

describe('Insatser', () => {
  it('cuts a coach by 100 points: one Justeringar row, new headline, announced; undo takes it back', async () => {
    const user = userEvent.setup();
    const port = await examplePort();
    await port.saveState({
      activeScenario: KANSLIET,
      language: null,
      summaryFingerprint: null,
      summaryWrittenAt: null,
    });
    await renderPane(port);
    const headlineBefore = screen.getByTestId('headline-proposed-over').textContent;
    const rowsBefore = await justeringar(port);
    await openFramsteget();

    const coach = screen.getByTestId('role-Coach');
    expect(coach.textContent).toContain('350\u00a0%');
    const fte = within(coach).getByLabelText('Omfattning för Coach i procent');
    await user.clear(fte);
    await user.type(fte, '250');
    await user.type(screen.getByLabelText('Motivering (valfri)'), 'En coach mindre');
    await user.click(within(coach).getByRole('button', { name: 'Sätt omfattning' }));

    await waitFor(async () => expect(await justeringar(port)).toHaveLength(rowsBefore.length + 1));
    expect((await justeringar(port)).at(-1)).toEqual([
      KANSLIET,
      FRAMSTEGET,
      'Coach',
      'Omfattning',
      2.5,
      'En coach mindre',
    ]);
    // Announced once the cutting pauses: the decision years against the frame, with the change.
    const engine = computeBudget(readWorkbook(await port.readSnapshot()).input, KANSLIET);
    const y2025 = engine.frame.find((y) => y.year === 2025)!;
    await waitFor(() =>
      expect(screen.getByTestId('live-region').textContent).toContain(
        `2025: ${formatKronor(y2025.overProposed.abs(), 'sv')}`,
      ),
    );
    expect(
      within(screen.getByTestId('role-Coach')).getByText(/Omfattning i förslaget: 250/),
    ).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Ångra' })[0]!);
    await waitFor(async () => expect(await justeringar(port)).toEqual(rowsBefore));
    await user.click(screen.getByRole('tab', { name: 'Översikt' }));
    expect(screen.getByTestId('headline-proposed-over').textContent).toBe(headlineBefore);
  });

  it('steps FTE by 5 points and removes and restores a role', async () => {
    const user = userEvent.setup();
    const port = await examplePort();
    await renderPane(port);
    await openFramsteget();
    // Opened, the keyboard is inside the initiative (the button that opened it is gone).
    expect(screen.getByRole('button', { name: 'Tillbaka till listan' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Minska Coach med 5 procentenheter' }));
    await waitFor(() =>
      expect(screen.getByTestId('role-Coach').textContent).toContain('Omfattning i förslaget: 345\u00a0%'),
    );
    await user.click(screen.getByRole('button', { name: 'Minska Coach med 5 procentenheter' }));
    await waitFor(() =>
      expect(screen.getByTestId('role-Coach').textContent).toContain('Omfattning i förslaget: 340\u00a0%'),
    );
    expect(await justeringar(port)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Ta bort Insatsansvarig' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('role-Insatsansvarig')).getByText('Borttagen')).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Återställ Insatsansvarig' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('role-Insatsansvarig')).queryByText('Borttagen')).toBeNull(),
    );
    expect(await justeringar(port)).toHaveLength(2);

    // Closed, the keyboard is back on the initiative's button.
    await user.click(screen.getByRole('button', { name: 'Tillbaka till listan' }));
    expect(screen.getByRole('button', { name: new RegExp(`^${FRAMSTEGET}\\b`) })).toHaveFocus();
  });

  it('caps and removes the whole initiative, and says what a bad amount should look like', async () => {
    const user = userEvent.setup();
    const port = await examplePort();
    await renderPane(port);
    await openFramsteget();
    const cap = screen.getByLabelText('Tak för insatsens bidrag (kr)');
    await user.type(cap, 'mycket');
    await user.click(screen.getByRole('button', { name: 'Sätt tak' }));
    // The contract's own words for a Tak cell that is not an amount.
    expect(screen.getByText(/"mycket" i kolumnen Tak är inget belopp/)).toBeInTheDocument();
    await user.clear(cap);
    await user.type(cap, '5 000 000');
    await user.click(screen.getByRole('button', { name: 'Sätt tak' }));
    await waitFor(() =>
      expect(screen.getByTestId('initiative-totals').textContent).toContain(
        'Förslag 5\u00a0000\u00a0000\u00a0kr',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Stryk hela insatsen' }));
    await waitFor(() =>
      expect(screen.getByTestId('initiative-totals').textContent).toContain('Förslag 0\u00a0kr'),
    );
    expect((await justeringar(port)).map((r) => r[3])).toEqual(['Omfattning', 'Tak', 'Ta bort']);
  });
});
