/** @jest-environment jsdom */
// The pane's input traps of issue 10 ("Seen 6"): every field reads through the workbook contract
// (src/session/input.ts), an empty field changes nothing, an unapplied value does not linger,
// decimals read back in the user's language, Ctrl/Cmd+Z/Y undo and redo cuts, and the scenario a
// first cut creates is said, visibly and to screen readers.
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MemoryPort } from '../../src/adapters/memory/memory-port';
import { FRAMSTEGET, KANSLIET, examplePort } from '../session/support';
import { openTab, renderPane } from './support';

async function justeringar(port: MemoryPort) {
  return (await port.readSnapshot()).tables.find((t) => t.name === 'Justeringar')!.values;
}

async function openFramsteget() {
  await openTab(/^(Insatser|Initiatives)$/);
  await userEvent.click(screen.getByRole('button', { name: new RegExp(`^${FRAMSTEGET}\\b`) }));
}

/** The pane on the example under Kansliets förslag, with Framsteget 2.0 open in Insatser. */
async function framstegetUnderProposal() {
  const user = userEvent.setup();
  const port = await examplePort();
  await port.saveState({
    activeScenario: KANSLIET,
    language: null,
    summaryFingerprint: null,
    summaryWrittenAt: null,
  });
  await renderPane(port);
  await openFramsteget();
  return { user, port };
}

const coach = () => screen.getByTestId('role-Coach');
const coachFte = () => within(coach()).getByRole('textbox', { name: /Coach/ });

jest.setTimeout(120_000);

describe('the FTE field reads through the contract', () => {
  it('refuses 5 000 % in the contract’s words at the field, takes "300,5 %" exactly, and shows it back with a comma', async () => {
    const { user, port } = await framstegetUnderProposal();
    const rows = await justeringar(port);

    await user.clear(coachFte());
    await user.type(coachFte(), '5000{Enter}');
    expect(
      within(coach()).getByText(/Omfattningen 5\s000\s% är mer än 2\s000\s% och orimlig/),
    ).toBeInTheDocument();
    expect(coachFte()).toHaveAttribute('aria-invalid', 'true');
    expect(await justeringar(port)).toEqual(rows);

    await user.clear(coachFte());
    await user.type(coachFte(), '300,5 %{Enter}');
    await waitFor(async () => expect(await justeringar(port)).toHaveLength(rows.length + 1));
    expect((await justeringar(port)).at(-1)!.slice(0, 5)).toEqual([
      KANSLIET,
      FRAMSTEGET,
      'Coach',
      'Omfattning',
      3.005,
    ]);
    await waitFor(() => expect(coach().textContent).toContain('Omfattning i förslaget: 300,5\u00a0%'));
    expect(coachFte()).toHaveValue('300,5');

    // English: a point, and the contract's English words.
    await user.selectOptions(screen.getByLabelText('Språk'), 'en');
    await waitFor(() => expect(coachFte()).toHaveValue('300.5'));
    await user.clear(coachFte());
    await user.type(coachFte(), '2500{Enter}');
    expect(within(coach()).getByText(/The FTE 2,500% is more than 2,000%/)).toBeInTheDocument();
  });

  it('an empty field + Enter changes nothing and says what to type; never 0 %', async () => {
    const { user, port } = await framstegetUnderProposal();
    const rows = await justeringar(port);
    await user.clear(coachFte());
    await user.keyboard('{Enter}');
    expect(within(coach()).getByText(/^Ange en omfattning i procent/)).toBeInTheDocument();
    await user.click(within(coach()).getByRole('button', { name: 'Sätt omfattning' }));
    expect(within(coach()).getByText(/^Ange en omfattning i procent/)).toBeInTheDocument();
    expect(await justeringar(port)).toEqual(rows);
    expect(coach().textContent).toContain('Omfattning i förslaget: 350\u00a0%');
  });

  it('an unapplied value is marked when the field is left, Escape puts back the value in effect, and a cut shows the new one', async () => {
    const { user } = await framstegetUnderProposal();
    await user.clear(coachFte());
    await user.type(coachFte(), '200');
    await user.tab();
    expect(
      within(coach()).getByText(
        // (Testing Library reads the no-break space as a space.)
        'Inte tillämpat – gäller nu: 350 %. Tryck Enter för att tillämpa eller Esc för att ångra.',
      ),
    ).toBeInTheDocument();
    await user.click(coachFte());
    await user.keyboard('{Escape}');
    expect(coachFte()).toHaveValue('350');
    expect(within(coach()).queryByText(/Inte tillämpat/)).toBeNull();

    // A typed value left standing, then a −5 step: the field shows what is now in effect.
    await user.clear(coachFte());
    await user.type(coachFte(), '200');
    await user.click(screen.getByRole('button', { name: 'Minska Coach med 5 procentenheter' }));
    await waitFor(() => expect(coachFte()).toHaveValue('345'));
    expect(within(coach()).queryByText(/Inte tillämpat/)).toBeNull();
  });

  it('the cap field takes "6 984 000 kr" and refuses an empty field with a message', async () => {
    const { user, port } = await framstegetUnderProposal();
    const cap = screen.getByLabelText('Tak för insatsens bidrag (kr)');
    await user.type(cap, '{Enter}');
    expect(screen.getByText(/^Ange ett tak i kronor/)).toBeInTheDocument();
    await user.type(cap, '6 984 000 kr{Enter}');
    await waitFor(async () =>
      expect((await justeringar(port)).at(-1)!.slice(3, 5)).toEqual(['Tak', 6984000]),
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Tak för insatsens bidrag (kr)')).toHaveValue('6984000'),
    );
  });
});

describe('undo and redo from the keyboard', () => {
  it('Ctrl+Z and Ctrl+Y (and Cmd+Z / Cmd+Shift+Z) undo and redo a cut, but not inside a text field', async () => {
    const { user, port } = await framstegetUnderProposal();
    const before = await justeringar(port);
    await user.click(screen.getByRole('button', { name: 'Minska Coach med 5 procentenheter' }));
    await waitFor(async () => expect(await justeringar(port)).toHaveLength(before.length + 1));
    const after = await justeringar(port);

    // In the FTE field the keys are the browser's text undo: no cut is undone.
    fireEvent.keyDown(coachFte(), { key: 'z', ctrlKey: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(await justeringar(port)).toEqual(after);

    const back = screen.getByRole('button', { name: 'Tillbaka till listan' });
    back.focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await justeringar(port)).toEqual(before));
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(async () => expect(await justeringar(port)).toEqual(after));
    await user.keyboard('{Meta>}z{/Meta}');
    await waitFor(async () => expect(await justeringar(port)).toEqual(before));
    await user.keyboard('{Meta>}{Shift>}z{/Shift}{/Meta}');
    await waitFor(async () => expect(await justeringar(port)).toEqual(after));
  });
});

describe('the automatic scenario', () => {
  it.each([
    ['sv-SE', 'Ändringen sparas i scenariot Kansliets förslag.', 'Minska Coach med 5 procentenheter'],
    ['en-GB', 'The change is saved in the scenario Kansliets förslag.', 'Decrease Coach by 5 points'],
  ])(
    'a first cut while Ansökan is shown is announced (%s), visibly and in the live region',
    async (office, said, button) => {
      const user = userEvent.setup();
      const port = await examplePort();
      await renderPane(port, office);
      await openFramsteget();
      await user.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(screen.getByTestId('live-region').textContent).toContain(said));
      expect(screen.getAllByText(said).some((e) => e.closest('[data-testid="live-region"]') === null)).toBe(
        true,
      );
      expect(await port.loadState()).toMatchObject({ activeScenario: KANSLIET });

      // The next cut goes into the scenario now active: nothing new to say.
      await user.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(screen.getByTestId('live-region').textContent).not.toContain(said));
    },
  );
});
