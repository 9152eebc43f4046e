/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryPort } from '../../src/adapters/memory/memory-port';
import { readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { formatKronor } from '../../src/session/format';
import { KANSLIET, SAMORDNAT, examplePort } from '../session/support';
import { openTab, renderPane } from './support';

jest.setTimeout(60_000);

describe('Scenarier', () => {
  it('creates, duplicates and deletes scenarios and compares one with the application', async () => {
    const user = userEvent.setup();
    const port = await examplePort();
    await renderPane(port);
    await openTab('Scenarier');
    await user.type(screen.getByLabelText('Namn på nytt scenario'), 'Tuff linje');
    await user.click(screen.getByRole('button', { name: 'Skapa scenario' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('scenario-Tuff linje')).getByText('aktivt')).toBeInTheDocument(),
    );
    expect((await port.loadState()).activeScenario).toBe('Tuff linje');

    await user.click(screen.getByRole('button', { name: `Kopiera: ${KANSLIET}` }));
    const copyName = screen.getByLabelText('Namn på kopian');
    await user.clear(copyName);
    await user.type(copyName, 'Kopia');
    await user.click(
      within(screen.getByTestId(`scenario-${KANSLIET}`)).getByRole('button', { name: 'Kopiera' }),
    );
    await waitFor(() => expect(screen.getByTestId('scenario-Kopia')).toBeInTheDocument());
    const rows = () =>
      port
        .readSnapshot()
        .then((s) => s.tables.find((t) => t.name === 'Justeringar')!.values.map((r) => r[0]));
    expect(await rows()).toEqual([KANSLIET, 'Kopia']);

    await user.click(screen.getByRole('button', { name: 'Ta bort: Kopia' }));
    // jsdom: Fluent's motion leaves aria-hidden on the dialog surface (a browser clears it).
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog).toHaveTextContent('Ta bort scenariot Kopia och alla dess justeringar?');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort', hidden: true }));
    await waitFor(() => expect(screen.queryByTestId('scenario-Kopia')).toBeNull());
    expect(await rows()).toEqual([KANSLIET]);

    // Compare the application with Kansliets förslag, per initiative.
    await user.selectOptions(screen.getByLabelText('med'), KANSLIET);
    const table = screen.getByRole('table', { name: `Jämför: Insats` });
    const row = within(table).getByText(SAMORDNAT).closest('tbody')!;
    const engine = computeBudget(readWorkbook(await port.readSnapshot()).input, KANSLIET).initiatives.find(
      (i) => i.initiative.name === SAMORDNAT,
    )!;
    expect(row.textContent).toBe(
      [
        SAMORDNAT,
        'Belopp',
        engine.applied.rounded.total,
        engine.proposed.rounded.total,
        'Skillnad',
        engine.proposed.rounded.total.minus(engine.applied.rounded.total),
      ]
        .map((x) => (typeof x === 'string' ? x : formatKronor(x, 'sv')))
        .join(''),
    );
  });
});

describe('Beslut', () => {
  it('previews the decision texts, writes the summary, goes there, and marks it stale after a change', async () => {
    const user = userEvent.setup();
    const port = await examplePort();
    await port.saveState({
      activeScenario: KANSLIET,
      language: null,
      summaryFingerprint: null,
      summaryWrittenAt: null,
    });
    await renderPane(port);
    await openTab('Beslut');
    expect(screen.getByTestId(`decision-${SAMORDNAT}`).textContent).toContain(
      'med justeringar så att dessa hamnar på maximalt 6\u00a0984\u00a0000 kronor',
    );
    expect(screen.getByTestId('summary-state')).toHaveTextContent('inte skrivits');
    await user.click(screen.getByRole('button', { name: 'Skriv beslutsunderlag' }));
    await waitFor(() => expect(screen.getByTestId('summary-state')).toHaveTextContent('stämmer med indata'));
    expect(port.workbook.getSheet('Beslutsunderlag')).toBeDefined();
    expect(port.selection).toBe('Beslutsunderlag!A1');
    // One success message: the state line, not a second notice saying the same.
    expect(screen.queryByText(/Beslutsunderlaget är skrivet till bladet/)).toBeNull();
    expect(screen.getAllByText(/stämmer med indata/)).toHaveLength(1);

    port.simulateUserEdit('Ram', 'B3', 4_000_000);
    await waitFor(() => expect(screen.getByTestId('summary-state')).toHaveTextContent('Indata har ändrats'));
  });
});

describe('Fel och varningar', () => {
  it('lists problems by table and selects the cell', async () => {
    const user = userEvent.setup();
    const port = await examplePort();
    port.workbook.getSheet('Bemanning')!.setCell(1, 2, { value: 'mycket', numberFormat: 'General' });
    await renderPane(port);
    await openTab(/Fel och varningar/);
    const group = screen.getByRole('region', { name: 'Bemanning' });
    await user.click(within(group).getByRole('button', { name: 'Gå till Bemanning!C2' }));
    expect(port.selection).toBe('Bemanning!C2');
  });
});

describe('A new workbook', () => {
  it('offers the template and the example, and shows the figures after', async () => {
    const user = userEvent.setup();
    const port = new MemoryPort();
    await renderPane(port);
    expect(screen.getByText('Saknas: Insatser, Bemanning.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Infoga exempeldata' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Översikt' })).toBeInTheDocument());
    expect(port.workbook.getTable('Insatser')).toBeDefined();
    expect(screen.getByTestId('headline')).toHaveTextContent(/^Hela perioden: (inom ramen|översökt)/);
  });

  it('creates the empty template tables', async () => {
    const user = userEvent.setup();
    const port = new MemoryPort();
    await renderPane(port);
    await user.click(screen.getByRole('button', { name: 'Skapa mallens tabeller' }));
    await waitFor(() => expect(port.workbook.getTable('Justeringar')).toBeDefined());
    expect(port.workbook.getTable('Bemanning')).toBeDefined();
  });
});
