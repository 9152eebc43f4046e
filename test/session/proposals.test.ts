// Balancing proposals through the session: the view says what each would do before anything is
// written; "Använd" writes the proposal as a new scenario (one undoable step) and makes it active;
// the rows read back by the contract give exactly the proposal's figures.
import { readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { balanceView, freeScenarioName } from '../../src/session';
import { proposeBalance } from '../../src/engine/balance';
import type { SourceRef } from '../../src/issues/types';
import Decimal from 'decimal.js';
import { frameYear, initiative, input, params, staff } from '../engine/builders';
import type { MemoryPort } from '../../src/adapters/memory/memory-port';
import { KANSLIET, SAMORDNAT, decidedExamplePort, startedSession } from './support';

const at = (row: number): SourceRef => ({ table: 'Bemanning', sheet: 'Bemanning', row, cells: {} });

async function justeringar(port: MemoryPort) {
  return (await port.readSnapshot()).tables
    .find((t) => t.name === 'Justeringar')!
    .values.filter((r) => r.some((v) => v !== ''));
}

describe('balancing proposals in the session', () => {
  it('says why a target year that is not a decision year is listed (the equity target covers every Ram year)', () => {
    // Ram 2025–2026, the only application runs in 2026: 2025 is in the equity target (equity carries
    // over from it) but decides nothing. No salary increase, no payroll overhead: 3 × 40 000 × 12 = 1 440 000 kr
    // against 1 300 000 kr by the end of 2026, so 2026 ends 140 000 kr below zero.
    const budget = input({
      initiatives: [initiative('A', '2026-01-01', '2026-12-31')],
      staffing: [staff('A', 'Coach', 3, 40_000)],
      frame: [frameYear(2025, 600_000), frameYear(2026, 600_000)],
      parameters: params({ equity: { opening: new Decimal(100_000), floor: new Decimal(50_000) } }),
    });
    const outcome = proposeBalance(budget, { baseScenario: null });
    const decisionYears = computeBudget(budget, null).decisionYears;
    expect(outcome.target.years).toEqual([2025, 2026]);
    expect(decisionYears).toEqual([2026]);
    expect(outcome.proposals.length).toBeGreaterThan(0);
    for (const [lang, note] of [
      ['sv', 'inget beslutsår – med i målet eftersom eget kapital förs vidare därifrån'],
      ['en', 'not a decision year – in the target because equity carries over from it'],
    ] as const) {
      for (const proposal of balanceView(outcome, lang, decisionYears).proposals)
        expect(proposal.years.map((y) => [y.year, y.note])).toEqual([
          [2025, note],
          [2026, null],
        ]);
    }
  });

  it('shows each proposal before writing anything, and writes the chosen one as a new active scenario, undoably', async () => {
    const port = await decidedExamplePort();
    const session = await startedSession(port);
    await session.chooseScenario(null);
    const rowsBefore = await justeringar(port);
    const outcome = session.balance()!;
    expect(outcome.feasible).toBe(true);
    expect(outcome.alreadyFits).toBe(false);
    expect(outcome.proposals.length).toBeGreaterThan(0);
    // Asking again on the same workbook state computes nothing new.
    expect(session.balance()).toBe(outcome);
    expect(await justeringar(port)).toEqual(rowsBefore);

    const view = balanceView(outcome, 'sv', []);
    expect(view.kind).toBe('proposals');
    const first = view.proposals[0]!;
    expect(first.title).toBe('Lika andel');
    expect(first.share).toMatch(/^\d+,\d\u00a0% av beräknat belopp/);
    expect(first.rowCount).toBe(outcome.proposals[0]!.added.length);
    expect(first.touched.map((t) => t.initiative)).toContain(SAMORDNAT);
    expect(first.touched[0]!.cut).toMatch(/^\u2212/);
    expect(first.years.every((y) => !y.isOver)).toBe(true);

    const proposal = outcome.proposals[0]!;
    await session.applyProposal(proposal);
    const state = session.getState();
    expect(state.activeScenario).toBe(proposal.scenario);
    expect(state.notice?.kind).toBe('info');
    expect(state.notice?.text.sv).toContain(proposal.scenario);
    expect(await justeringar(port)).toHaveLength(rowsBefore.length + proposal.rows.length);
    expect(port.calls.editTableRows).toBe(1);

    // Read back by the contract, the written rows give the proposal's figures, year by year.
    const input = readWorkbook(await port.readSnapshot()).input;
    const result = computeBudget(input, proposal.scenario);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.frame.map((y) => [y.year, y.proposed.toString(), y.overProposed.toString()])).toEqual(
      proposal.frame.map((y) => [y.year, y.proposed.toString(), y.overProposed.toString()]),
    );
    expect(session.getState().result!.frame.map((y) => y.overProposed.toString())).toEqual(
      proposal.frame.map((y) => y.overProposed.toString()),
    );
    // Now the active scenario fits: nothing more to propose.
    expect(session.balance()!.alreadyFits).toBe(true);

    // One undo takes every row back and the application is active again.
    await session.undo();
    expect(await justeringar(port)).toEqual(rowsBefore);
    expect(session.getState().activeScenario).toBeNull();
    await session.redo();
    expect(session.getState().activeScenario).toBe(proposal.scenario);
  });

  it('using the same proposal twice gives the second a numbered name', async () => {
    const port = await decidedExamplePort();
    const session = await startedSession(port);
    await session.chooseScenario(null);
    const proposal = session.balance()!.proposals.find((p) => p.method === 'fewest-changes')!;
    await session.applyProposal(proposal);
    await session.chooseScenario(null);
    await session.applyProposal(proposal);
    expect(session.getState().activeScenario).toBe(`${proposal.scenario} (2)`);
    expect(session.getState().scenarios).toEqual(
      expect.arrayContaining([proposal.scenario, `${proposal.scenario} (2)`, KANSLIET]),
    );
  });

  it('a scenario known only to the saved state (no rows yet) also counts as taken', () => {
    expect(freeScenarioName('Förslag: lika andel', ['förslag: LIKA andel'])).toBe('Förslag: lika andel (2)');
    expect(freeScenarioName('Förslag: lika andel (2)', ['Förslag: lika andel (2)'])).toBe(
      'Förslag: lika andel (3)',
    );
    expect(freeScenarioName('Förslag: lika andel', [])).toBe('Förslag: lika andel');
  });

  it('restricting to one decision year changes the target the view states', async () => {
    const port = await decidedExamplePort();
    const session = await startedSession(port);
    await session.chooseScenario(null);
    const all = session.balance()!;
    const year = all.target.years[0]!;
    const one = session.balance([year])!;
    expect(one.target.years).toEqual([year]);
    expect(balanceView(one, 'en', []).target).toContain(String(year));
  });

  it('names the roles färre tjänster leaves alone and why, Swedish and English', () => {
    const outcome = proposeBalance(
      input({
        initiatives: [
          initiative('A', '2025-01-01', '2025-12-31'),
          initiative('B', '2025-01-01', '2025-12-31'),
        ],
        staffing: [
          staff('A', 'Coach', 1, 10000),
          staff('B', 'Coach', '0.5', 20000, { source: at(3) }),
          staff('B', 'Coach', '0.25', 20000, { source: at(4) }),
          staff('B', 'Handledare', 1, 10000, { held: true }),
          staff('B', 'Handledare', 1, 10000),
        ],
        frame: [frameYear(2025, 300000)],
      }),
      { baseScenario: null },
    );
    expect(balanceView(outcome, 'sv', []).notCut).toEqual([
      'Coach i B: rollens rader har olika omfattning (rad 3: 50\u00a0%, rad 4: 25\u00a0%), och en Omfattning ändrar alla rollens rader. Ge raderna olika rollnamn för att kunna sänka dem var för sig.',
      'Handledare i B: en av rollens rader är låst, och en Omfattning skulle ändra den också.',
    ]);
    expect(balanceView(outcome, 'en', []).notCut[0]).toBe(
      "Coach in B: the role's rows have different FTEs (row 3: 50%, row 4: 25%), and an FTE change sets every row of the role. Give the rows different role names to cut them one by one.",
    );
  });
});
