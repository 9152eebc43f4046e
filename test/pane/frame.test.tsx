/** @jest-environment jsdom */
// Issue 10: what the meeting sees first cannot mislead — incomplete figures are marked everywhere,
// the decision years lead Översikt on one scale against the frame, and the frame stays in view
// (with the last cut's change) in every view.
import '@testing-library/jest-dom';
import Decimal from 'decimal.js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryPort } from '../../src/adapters/memory/memory-port';
import { readWorkbook } from '../../src/contract';
import { computeBudget, incompleteness } from '../../src/engine';
import { EXAMPLE, inputPlans } from '../../src/contract/template';
import { formatKronor, formatPercent } from '../../src/session/format';
import { EN_VAG_IN, FRAMSTEGET as FRAMSTEGET_5, fiveMistakesPlans } from '../support/five-mistakes';
import { FRAMSTEGET, KANSLIET, SAMORDNAT, decidedExamplePort, examplePort } from '../session/support';
import { openTab, renderPane } from './support';

jest.setTimeout(90_000);

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const kr = (d: Decimal) => plain(formatKronor(d, 'sv'));
const frameText = (over: Decimal) => (over.greaterThan(0) ? `${kr(over)} över` : `${kr(over.abs())} kvar`);

async function withScenario(port: MemoryPort): Promise<MemoryPort> {
  await port.saveState({
    activeScenario: KANSLIET,
    language: null,
    summaryFingerprint: null,
    summaryWrittenAt: null,
  });
  return port;
}

describe('the five-mistake workbook: incomplete figures are said, marked and block the decision', () => {
  it('shows the banner with the count and names, links to Fel och varningar, and marks every view', async () => {
    const user = userEvent.setup();
    const port = new MemoryPort();
    await port.createInputTables(fiveMistakesPlans());
    const read = readWorkbook(await port.readSnapshot());
    const result = computeBudget(read.input, null);
    const engine = incompleteness(result, read.input, [...read.issues, ...result.issues]);
    // The engine's verdict, which the pane must show as it is: two initiatives lack rows.
    expect(engine.initiatives).toEqual([FRAMSTEGET_5, EN_VAG_IN]);
    expect(engine.years.length).toBeGreaterThan(0);
    await renderPane(port);

    const banner = await screen.findByTestId('incomplete-banner');
    expect(plain(banner.textContent)).toContain(
      `2 insatser är ofullständiga – ${FRAMSTEGET_5}, ${EN_VAG_IN}. Beslutsunderlaget kan inte skrivas`,
    );
    // Översikt: the decision years an incomplete initiative runs in, and the granted sum.
    for (const year of engine.years.filter((y) => result.decisionYears.includes(y)))
      expect(
        within(screen.getByTestId(`decision-year-${year}`)).getByText('Ofullständig'),
      ).toBeInTheDocument();
    expect(within(screen.getByTestId('granted-line')).getByText('Ofullständig')).toBeInTheDocument();

    // The link opens Fel och varningar.
    await user.click(
      within(banner).getByRole('button', { name: `Visa fel och varningar (${engine.errors.length} fel)` }),
    );
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /^Fel och varningar/ })).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    );

    // Insatser: the two carry the mark, the others do not.
    await openTab('Insatser');
    const marked = within(screen.getByRole('main'))
      .getAllByText('Ofullständig')
      .map((mark) => mark.closest('button')!.querySelector('strong')!.textContent);
    expect(marked).toEqual([FRAMSTEGET_5, EN_VAG_IN]);

    // Beslut: the two decisions are marked, and writing is refused.
    await openTab('Beslut');
    for (const name of [FRAMSTEGET_5, EN_VAG_IN])
      expect(within(screen.getByTestId(`decision-${name}`)).getByText('Ofullständig')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skriv beslutsunderlag' }));
    await waitFor(() => expect(screen.getByText(/Beslutsunderlaget skrevs inte/)).toBeInTheDocument());
    expect(port.workbook.getSheet('Beslutsunderlag')).toBeUndefined();

    // Jämför: the two initiatives' rows are marked.
    await openTab('Scenarier');
    const table = screen.getByRole('table', { name: 'Jämför: Insats' });
    for (const name of [FRAMSTEGET_5, EN_VAG_IN])
      expect(within(table).getByText(`${name} · Ofullständig`)).toBeInTheDocument();
  });

  it('shows no banner and no mark for the example as it is', async () => {
    await renderPane(await decidedExamplePort());
    expect(screen.queryByTestId('incomplete-banner')).toBeNull();
    expect(screen.queryByText('Ofullständig')).toBeNull();
  });
});

describe('the decision years lead Översikt', () => {
  it('per decision year: room or excess in kronor and % of available, red when over, one scale with the frame as a line', async () => {
    const port = await withScenario(await decidedExamplePort());
    await renderPane(port);
    const result = computeBudget(readWorkbook(await port.readSnapshot()).input, KANSLIET);
    expect(result.decisionYears).toEqual([2024, 2025, 2026]);
    const frame = result.frame.filter((y) => result.decisionYears.includes(y.year));
    const largest = frame.reduce(
      (m, y) => Decimal.max(m, y.available, y.applied, y.proposed),
      new Decimal(0),
    );
    const percentOf = (d: Decimal) => `${d.div(largest).times(100).toNumber()}%`;
    const section = screen.getByTestId('decision-years');
    // First in the view: before the whole period's figures.
    expect(
      section.compareDocumentPosition(screen.getByTestId('headline-proposed')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    for (const y of frame) {
      const block = within(screen.getByTestId(`decision-year-${y.year}`));
      expect(plain(block.getByRole('rowheader').textContent)).toBe(
        `${y.year} · Tillgängligt ${kr(y.available)} `,
      );
      const [applied, proposed] = block.getAllByRole('cell').slice(0, 2);
      for (const [cell, over, percent] of [
        [applied!, y.overApplied, y.overAppliedPercent!],
        [proposed!, y.overProposed, y.overProposedPercent!],
      ] as const) {
        expect(plain(cell.textContent)).toBe(
          `${frameText(over)}${plain(formatPercent(percent.abs(), 'sv'))} av tillgängligt`,
        );
        expect(cell.querySelector('[data-state]')).toHaveAttribute(
          'data-state',
          over.greaterThan(0) ? 'over' : 'room',
        );
      }
      // One scale for all years: a bar's length is its amount over the largest of all shown years.
      const section = screen.getByTestId(`decision-year-${y.year}`);
      expect(within(section).getByTestId('bar-applied').style.width).toBe(percentOf(y.applied));
      expect(within(section).getByTestId('bar-proposed').style.width).toBe(percentOf(y.proposed));
      expect(within(section).getByTestId('frame-line').style.left).toBe(percentOf(y.available));
    }
    // 2024's and 2026's bars differ as their amounts do (before, each year had its own scale).
    expect(frame[0]!.proposed.eq(frame[2]!.proposed)).toBe(false);
    expect(within(screen.getByTestId('decision-year-2024')).getByTestId('bar-proposed').style.width).not.toBe(
      within(screen.getByTestId('decision-year-2026')).getByTestId('bar-proposed').style.width,
    );
    // The whole period says what it sums.
    expect(screen.getByRole('heading', { name: 'Hela perioden, alla år summerade' })).toBeInTheDocument();
  });
});

describe('the frame strip', () => {
  it('in Insatser after a cut: each decision year, the change since the cut, and the initiative’s own years', async () => {
    const user = userEvent.setup();
    const port = await withScenario(await examplePort());
    await renderPane(port);
    const before = computeBudget(readWorkbook(await port.readSnapshot()).input, KANSLIET);
    const strip = () => within(screen.getByTestId('frame-strip'));
    for (const y of before.frame.filter((f) => before.decisionYears.includes(f.year)))
      expect(plain(strip().getByTestId(`strip-${y.year}`).textContent)).toBe(
        `${y.year} · ${frameText(y.overProposed)}`,
      );

    await openTab('Insatser');
    await user.click(screen.getByRole('button', { name: new RegExp(`^${FRAMSTEGET}\\b`) }));
    expect(screen.getByTestId('frame-strip')).toBeInTheDocument();
    await waitFor(() => expect(strip().getByTestId('strip-initiative')).toBeInTheDocument());

    const coach = screen.getByTestId('role-Coach');
    const fte = within(coach).getByLabelText('Omfattning för Coach i procent');
    await user.clear(fte);
    await user.type(fte, '250');
    await user.click(within(coach).getByRole('button', { name: 'Sätt omfattning' }));

    const after = await waitFor(async () => {
      const r = computeBudget(readWorkbook(await port.readSnapshot()).input, KANSLIET);
      expect(r.totals.proposed.eq(before.totals.proposed)).toBe(false);
      return r;
    });
    const was = new Map(before.frame.map((y) => [y.year, y.proposed]));
    for (const y of after.frame.filter((f) => after.decisionYears.includes(f.year))) {
      const change = y.proposed.minus(was.get(y.year)!);
      const shown = change.isZero() ? '' : ` (${change.isPositive() ? '+' : ''}${kr(change)})`;
      await waitFor(() =>
        expect(plain(strip().getByTestId(`strip-${y.year}`).textContent)).toBe(
          `${y.year} · ${frameText(y.overProposed)}${shown}`,
        ),
      );
    }
    // The years the coach was cut in moved, with a minus.
    const moved = after.frame.filter(
      (y) => after.decisionYears.includes(y.year) && !y.proposed.eq(was.get(y.year)!),
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const y of moved)
      expect(plain(strip().getByTestId(`strip-${y.year}`).textContent)).toMatch(/\(−[\d ]+ kr\)$/);
    // The initiative's own proposed years beside the frame.
    const ownAfter = after.initiatives.find((i) => i.initiative.name === FRAMSTEGET)!;
    const line = plain(strip().getByTestId('strip-initiative').textContent);
    expect(line.startsWith(`${FRAMSTEGET}, förslag per år:`)).toBe(true);
    for (const year of moved.map((y) => y.year)) {
      const amount = ownAfter.proposed.rounded.byYear.get(year);
      if (!amount) continue;
      expect(line).toContain(`${year} · ${kr(amount)}`);
    }
    // In every view, with the same figures.
    await openTab('Beslut');
    expect(plain(strip().getByTestId(`strip-${moved[0]!.year}`).textContent)).toMatch(/\(−[\d ]+ kr\)$/);
    expect(strip().queryByTestId('strip-initiative')).toBeNull();
  });
});

describe('Scenarier → Jämför', () => {
  it('shows per decision year room or excess against the frame under each of the two', async () => {
    const user = userEvent.setup();
    const port = await decidedExamplePort();
    await renderPane(port);
    await openTab('Scenarier');
    await user.selectOptions(screen.getByLabelText('med'), KANSLIET);
    const input = readWorkbook(await port.readSnapshot()).input;
    const application = computeBudget(input, null);
    const proposal = computeBudget(input, KANSLIET);
    for (const year of proposal.decisionYears) {
      const a = application.frame.find((y) => y.year === year)!;
      const b = proposal.frame.find((y) => y.year === year)!;
      const group = screen.getByTestId(`compare-frame-${year}`);
      expect(plain(group.textContent)).toBe(
        `${year} · Mot ramen` +
          `${frameText(a.overApplied)}${plain(formatPercent(a.overAppliedPercent!.abs(), 'sv'))} av tillgängligt` +
          `${frameText(b.overProposed)}${plain(formatPercent(b.overProposedPercent!.abs(), 'sv'))} av tillgängligt`,
      );
    }
  });
});

describe('Ansökt belopp vs beräknat (seen 5)', () => {
  it('warns only when the difference changes the decision amount, with the difference and both amounts', async () => {
    const user = userEvent.setup();
    const port = await examplePort();
    await renderPane(port);
    const result = computeBudget(readWorkbook(await port.readSnapshot()).input, null);
    const framsteget = result.initiatives.find((i) => i.initiative.name === FRAMSTEGET)!;
    const samordnat = result.initiatives.find((i) => i.initiative.name === SAMORDNAT)!;
    // Framsteget: stated 7 711 000, computed 7 710 323 – both 7 711 000 at the 1 000 kr step.
    expect(framsteget.statedDifference!.toNumber()).toBe(677);
    expect(framsteget.statedDifferenceMatters).toBe(false);
    expect(screen.getByTestId(`status-${FRAMSTEGET}`).textContent).not.toContain('skiljer sig');
    // Samordnat: stated 8 315 500 → 8 316 000, computed 8 314 961 → 8 315 000: the decision differs.
    expect(samordnat.statedDifferenceMatters).toBe(true);
    expect(plain(screen.getByTestId(`status-${SAMORDNAT}`).textContent)).toContain(
      'Ansökt belopp 8 315 500 kr skiljer sig från beräknat 8 314 961 kr med 539 kr, så mycket att beslutsbeloppet påverkas',
    );
    await user.selectOptions(screen.getByLabelText('Språk'), 'en');
    await waitFor(() =>
      expect(plain(screen.getByTestId(`status-${SAMORDNAT}`).textContent)).toContain(
        'Stated applied amount SEK 8,315,500 differs from the computed SEK 8,314,961 by SEK 539, enough to change the decision amount',
      ),
    );
    expect(screen.getByTestId(`status-${FRAMSTEGET}`).textContent).not.toContain('differs');
  });
});

describe('a Ram year that cannot be read is named where the decision years are, not only in the banner', () => {
  const withRamYear = (year: string) =>
    inputPlans(
      { ...EXAMPLE, Ram: EXAMPLE.Ram.map((r) => (r[0] === 2025 ? [year, ...r.slice(1)] : r)) },
      'sv',
    );

  test.each([
    ['År typed as text', () => withRamYear('år 2025'), 'år 2025', 'sv-SE'],
    ['År with a word after the year, in English', () => withRamYear('2025 x'), '2025 x', 'en-US'],
    ['Tillgängligt typed as text (the five mistakes)', () => fiveMistakesPlans(), '2025', 'sv-SE'],
  ])('%s', async (_label, plans, shownYear, office) => {
    const port = new MemoryPort();
    await port.createInputTables(plans());
    const read = readWorkbook(await port.readSnapshot());
    const ramErrors = read.issues.filter((i) => i.table === 'Ram' && i.severity === 'error');
    expect(ramErrors).toHaveLength(1);
    // 2025 is gone from the frame the engine sees: the figures would silently lack it.
    expect(computeBudget(read.input, null).frame.map((f) => f.year)).not.toContain(2025);
    await renderPane(port, office);
    const years = await screen.findByTestId('decision-years');
    expect(plain(within(years).getByTestId('unread-frame-years').textContent)).toBe(
      office === 'sv-SE'
        ? `${shownYear}: ramen kan inte läsas – se cell ${ramErrors[0]!.cell}. Året saknas i siffrorna ovan.`
        : `${shownYear}: the frame cannot be read – see cell ${ramErrors[0]!.cell}. The year is missing from the figures above.`,
    );
  });

  test('the example, whose Ram reads, shows no such line', async () => {
    await renderPane(await decidedExamplePort());
    await screen.findByTestId('decision-years');
    expect(screen.queryByTestId('unread-frame-years')).toBeNull();
  });
});
