import Decimal from 'decimal.js';
import { appendAdjustments, examplePlans, readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { compareView, decisionView, initiativeDetail, issuesView, overviewView } from '../../src/session';
import { formatKronor } from '../../src/session/format';
import { MemoryPort } from '../../src/adapters/memory/memory-port';
import { fiveMistakesPlans } from '../support/five-mistakes';
import {
  FRAMSTEGET,
  KANSLIET,
  SAMORDNAT,
  decidedExamplePort,
  examplePort,
  settle,
  startedSession,
} from './support';

async function justeringar(port: MemoryPort) {
  return (await port.readSnapshot()).tables.find((t) => t.name === 'Justeringar')!.values;
}

describe('MeetingSession on the example workbook', () => {
  it('shows the engine figures for the active scenario', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    const state = session.getState();
    const engine = computeBudget(readWorkbook(await port.readSnapshot()).input, KANSLIET);
    const view = overviewView(state.result!, 'sv');
    expect(view.proposed.over).toBe(formatKronor(engine.totals.overProposed, 'sv'));
    expect(view.applied.over).toBe(formatKronor(engine.totals.overApplied, 'sv'));
    expect(view.years.map((y) => y.overProposed)).toEqual(
      engine.frame.map((y) => formatKronor(y.overProposed, 'sv')),
    );
    const samordnat = initiativeDetail(state.result!, SAMORDNAT, 'sv')!;
    expect(samordnat.proposed).toBe(formatKronor(engine.initiatives[4]!.proposed.rounded.total, 'sv'));
    expect(samordnat.decisionAmount).toBe('6\u00a0984\u00a0000\u00a0kr');
    expect(await port.loadState()).toMatchObject({ activeScenario: KANSLIET });
  });

  it('cuts a coach by 100 points with exactly one appended Justeringar row, and undoes it', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    const before = session.getState();
    const rowsBefore = await justeringar(port);
    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(2.5), 'En coach mindre');

    const expectedRow = appendAdjustments(before.tables!, [
      {
        scenario: KANSLIET,
        initiative: FRAMSTEGET,
        role: 'Coach',
        action: 'setFte',
        value: new Decimal(2.5),
        reason: 'En coach mindre',
      },
    ]).append[0]!.map((c) => c.value);
    expect(await justeringar(port)).toEqual([...rowsBefore, expectedRow]);
    expect(port.calls.editTableRows).toBe(1);

    const after = session.getState();
    const engine = computeBudget(readWorkbook(await port.readSnapshot()).input, KANSLIET);
    expect(after.result!.totals.overProposed.toString()).toBe(engine.totals.overProposed.toString());
    expect(after.result!.totals.overProposed.lessThan(before.result!.totals.overProposed)).toBe(true);
    expect(after.canUndo).toBe(true);

    await session.undo();
    expect(await justeringar(port)).toEqual(rowsBefore);
    expect(session.getState().result!.totals.overProposed.toString()).toBe(
      before.result!.totals.overProposed.toString(),
    );
    expect(session.getState().canRedo).toBe(true);

    await session.redo();
    expect(await justeringar(port)).toEqual([...rowsBefore, expectedRow]);
  });

  it('sets a role of several rows that share one FTE as one post, with one Omfattning row', async () => {
    // Samordnat's self-financed Coach row (400 %) becomes grant-funded: the role is two rows of 400 %.
    const plans = examplePlans();
    const bemanning = plans.find((p) => p.tables.some((t) => t.name === 'Bemanning'))!.blocks[0]!.cells;
    const funding = bemanning[0]!.findIndex((c) => c?.kind === 'text' && c.text === 'Finansiering');
    const own = bemanning.findIndex(
      (r) =>
        r[0]?.kind === 'text' &&
        r[0].text === SAMORDNAT &&
        r[funding]?.kind === 'text' &&
        r[funding].text !== 'Förbundet',
    );
    bemanning[own]![funding] = { kind: 'text', text: 'Förbundet' };
    const port = new MemoryPort();
    await port.createInputTables(plans);
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    const coach = () =>
      initiativeDetail(session.getState().result!, SAMORDNAT, 'sv')!.roles.find((r) => r.role === 'Coach')!;
    expect(session.getState().result!.issues).toEqual([]);
    expect([coach().canSetFte, coach().fteApplied, coach().fteProposed, coach().fteRows]).toEqual([
      true,
      '400\u00a0%',
      '300\u00a0%',
      'samma omfattning på 2 rader i Bemanning',
    ]);
    await session.setFte(SAMORDNAT, 'Coach', new Decimal(2.5));
    expect(await justeringar(port)).toHaveLength(1);
    const rows = session
      .getState()
      .result!.staffing.filter((r) => r.row.initiative === SAMORDNAT && r.row.role === 'Coach');
    expect(rows.map((r) => r.fteProposed.toString())).toEqual(['2.5', '2.5']);
    expect(session.getState().result!.issues).toEqual([]);
  });

  it('rewrites the scenario row on repeated steps instead of adding rows', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(3.45));
    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(3.4));
    const rows = await justeringar(port);
    expect(rows).toHaveLength(2);
    expect(rows[1]![4]).toBe(3.4);
    // The existing Samordnat coach row (300 %) is changed in place, keeping its reason.
    await session.setFte(SAMORDNAT, 'Coach', new Decimal(2.5));
    const changed = await justeringar(port);
    expect(changed).toHaveLength(2);
    expect(changed[0]![4]).toBe(2.5);
    expect(String(changed[0]![5])).toMatch(/^Minska med en heltidstjänst/);
    await session.undo();
    expect((await justeringar(port))[0]![4]).toBe(3);
  });

  it('removes and restores a role, an initiative and a cap', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    const total = () =>
      session.getState().result!.initiatives.find((i) => i.initiative.name === FRAMSTEGET)!.proposed.rounded
        .total;
    const applied = total();

    await session.removeRole(FRAMSTEGET, 'Arbetsförmedlare', null);
    expect(
      initiativeDetail(session.getState().result!, FRAMSTEGET, 'sv')!.roles.find(
        (r) => r.role === 'Arbetsförmedlare',
      )!.removed,
    ).toBe(true);
    await session.setFte(FRAMSTEGET, 'Arbetsförmedlare', new Decimal(0.1));
    // Setting an FTE brings the removed role back in the same step.
    expect((await justeringar(port)).map((r) => r[3])).toEqual(['Omfattning', 'Omfattning']);
    await session.restoreRole(FRAMSTEGET, 'Arbetsförmedlare');
    expect(await justeringar(port)).toHaveLength(1);
    expect(total().toString()).toBe(applied.toString());

    await session.cap(FRAMSTEGET, new Decimal(5_000_000));
    expect(total().toString()).toBe('5000000');
    await session.cap(FRAMSTEGET, new Decimal(6_000_000));
    expect(await justeringar(port)).toHaveLength(2);
    expect(total().toString()).toBe('6000000');
    await session.removeCap(FRAMSTEGET);
    expect(total().toString()).toBe(applied.toString());

    await session.removeInitiative(FRAMSTEGET, 'Prioriteras ned');
    expect(
      session.getState().result!.initiatives.find((i) => i.initiative.name === FRAMSTEGET)!.removed,
    ).toBe(true);
    await session.restoreInitiative(FRAMSTEGET);
    expect(await justeringar(port)).toHaveLength(1);

    await session.setEnd(FRAMSTEGET, 'Coach', '2024-06-30');
    expect((await justeringar(port))[1]![3]).toBe('Slutdatum');
    expect(total().lessThan(applied)).toBe(true);
  });

  it('makes cuts in the first scenario when the application itself is shown', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    expect(session.getState().activeScenario).toBeNull();
    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(2.5));
    expect(session.getState().activeScenario).toBe(KANSLIET);
    expect((await justeringar(port))[1]![0]).toBe(KANSLIET);
  });

  it('creates, duplicates, renames and deletes scenarios', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.createScenario('Tuff');
    expect(session.getState()).toMatchObject({ activeScenario: 'Tuff', scenarios: [KANSLIET, 'Tuff'] });
    await expect(session.createScenario('kansliets förslag')).rejects.toThrow('Det finns redan');

    await session.duplicateScenario(KANSLIET, 'Kopia');
    expect((await justeringar(port)).map((r) => r[0])).toEqual([KANSLIET, 'Kopia']);
    expect(session.getState().activeScenario).toBe('Kopia');

    await session.renameScenario('Kopia', 'Andra förslaget');
    expect((await justeringar(port)).map((r) => r[0])).toEqual([KANSLIET, 'Andra förslaget']);
    expect(session.getState().activeScenario).toBe('Andra förslaget');

    await session.deleteScenario('Andra förslaget');
    expect((await justeringar(port)).map((r) => r[0])).toEqual([KANSLIET]);
    expect(session.getState().activeScenario).toBe(KANSLIET);

    await session.undo();
    expect((await justeringar(port)).map((r) => r[0])).toEqual([KANSLIET, 'Andra förslaget']);
    expect(session.getState().activeScenario).toBe('Andra förslaget');
    await session.undo();
    expect((await justeringar(port)).map((r) => r[0])).toEqual([KANSLIET, 'Kopia']);
    expect(session.getState()).toMatchObject({
      activeScenario: 'Kopia',
      scenarios: [KANSLIET, 'Kopia'],
    });
    await session.redo();
    expect(session.getState().activeScenario).toBe('Andra förslaget');
  });

  it('compares a scenario with the application', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    const view = compareView(session.resultFor(null)!, session.resultFor(KANSLIET)!, 'sv');
    const row = view.initiatives.find((r) => r.label === SAMORDNAT)!;
    const engine = session.resultFor(KANSLIET)!.initiatives[4]!;
    expect(row.left).toBe(formatKronor(engine.applied.rounded.total, 'sv'));
    expect(row.right).toBe(formatKronor(engine.proposed.rounded.total, 'sv'));
    expect(row.difference).toBe(
      formatKronor(engine.proposed.rounded.total.minus(engine.applied.rounded.total), 'sv'),
    );
  });

  it('follows a co-author: other tables keep the undo history, Justeringar clears it with a notice', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(2.5));
    const before = session.getState().result!.totals.applied;

    // Bemanning C2: the first row's FTE, 100 % → 200 %.
    port.simulateUserEdit('Bemanning', 'C2', 2, '0 %');
    await settle(session);
    expect(session.getState().result!.totals.applied.greaterThan(before)).toBe(true);
    expect(session.getState().canUndo).toBe(true);
    // No word about the history; what the first cut said (its scenario) stays until dismissed.
    expect(session.getState().notice?.kind).toBe('info');

    port.simulateUserEdit('Justeringar', 'F2', 'Ändrad av en kollega');
    await settle(session);
    expect(session.getState().canUndo).toBe(false);
    expect(session.getState().notice?.text.sv).toMatch(/rensats/);
    expect(session.getState().notice?.text.en).not.toMatch(/rensats/);
    await session.undo();
    expect(await justeringar(port)).toHaveLength(2);
  });

  it('adds no second success message when the summary is written where planned', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.writeSummary();
    expect(port.workbook.getSheet('Beslutsunderlag')).toBeDefined();
    // Beslut's state line says it is written and current; a notice would say it twice.
    expect(session.getState().notice).toBeNull();
  });

  it("names the sheet, in the language chosen, when a sheet of the user's kept the planned name", async () => {
    const port = await examplePort();
    port.workbook.addSheet('Beslutsunderlag').setCell(0, 0, { value: 'Mina anteckningar' });
    const session = await startedSession(port);
    await session.writeSummary();
    const notice = session.getState().notice!;
    expect(notice.text.sv).toBe('Beslutsunderlaget är skrivet till bladet Beslutsunderlag (2).');
    expect(notice.text.en).toBe('The decision summary is written to the sheet Beslutsunderlag (2).');
    await session.setLanguage('en');
    expect(session.getState().lang).toBe('en');
    expect(session.getState().notice).toBe(notice);
  });

  it('writes the summary, goes there and marks it stale after a change', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    const written = await session.writeSummary();
    expect(written.map((w) => w.kind)).toEqual(['summary', 'periodisation']);
    expect(port.workbook.getSheet(written[0]!.name)).toBeDefined();
    expect(port.selection).toBe(`${written[0]!.name}!A1`);
    const state = session.getState();
    expect(state.addin.summaryFingerprint).toBe(state.fingerprint);
    expect(
      decisionView(state.result!, 'sv', state.fingerprint, {
        fingerprint: state.addin.summaryFingerprint,
        writtenAt: state.addin.summaryWrittenAt,
      }).summary,
    ).toBe('current');

    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(2.5));
    const after = session.getState();
    expect(
      decisionView(after.result!, 'sv', after.fingerprint, {
        fingerprint: after.addin.summaryFingerprint,
        writtenAt: null,
      }).summary,
    ).toBe('stale');
  });

  it('offers the new-workbook state and fills it', async () => {
    const port = new MemoryPort();
    const session = await startedSession(port);
    expect(session.getState()).toMatchObject({
      phase: 'newWorkbook',
      missingTables: ['Insatser', 'Bemanning'],
    });
    await session.insertExampleData();
    expect(session.getState().phase).toBe('ready');
    expect(session.getState().result!.initiatives).toHaveLength(5);

    const empty = new MemoryPort();
    const other = await startedSession(empty);
    await other.createTemplateTables();
    expect(other.getState().phase).toBe('ready');
    expect(empty.workbook.getTable('Justeringar')).toBeDefined();
  });

  it('creates Justeringar before the first cut when the workbook lacks it', async () => {
    const port = await examplePort();
    port.workbook.removeSheet('Justeringar');
    const session = await startedSession(port);
    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(2.5));
    expect(await justeringar(port)).toHaveLength(1);
    await session.undo();
    expect(await justeringar(port)).toEqual([['', '', '', '', '', '']]);
  });

  it('keeps the language in the workbook and lists issues by table', async () => {
    const port = await examplePort();
    port.workbook.getSheet('Bemanning')!.setCell(1, 2, { value: 'mycket', numberFormat: 'General' });
    const session = await startedSession(port, 'en-US');
    expect(session.getState().lang).toBe('en');
    await session.setLanguage('sv');
    expect((await startedSession(port, 'en-US')).getState().lang).toBe('sv');
    const view = issuesView(session.getState().issues, 'sv');
    expect(view.errors).toBeGreaterThan(0);
    expect(view.groups[0]!.table).toBe('Bemanning');
    expect(view.groups[0]!.items[0]!.cell).toBe('Bemanning!C2');
  });
});

describe('MeetingSession on decided initiatives', () => {
  it('writes no Justeringar row for a cut, cap or removal on a granted initiative', async () => {
    const port = await decidedExamplePort();
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    const rowsBefore = await justeringar(port);
    const editsBefore = port.calls.editTableRows;

    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(2.5), 'En coach mindre');
    await session.cap(FRAMSTEGET, new Decimal(1_000_000), null);
    await session.removeInitiative(FRAMSTEGET, null);

    expect(await justeringar(port)).toEqual(rowsBefore);
    expect(port.calls.editTableRows).toBe(editsBefore);
    expect(
      session.getState().result!.issues.filter((i) => i.code === 'adjustment-decided-initiative'),
    ).toEqual([]);
  });
});

describe('errors stop the decision', () => {
  test('the five-mistake workbook: writing is refused with the list; a draft only when asked for', async () => {
    const port = new MemoryPort();
    await port.createInputTables(fiveMistakesPlans());
    const session = await startedSession(port);
    expect(await session.writeSummary()).toEqual([]);
    expect(port.workbook.getSheet('Beslutsunderlag')).toBeUndefined();
    expect(session.getState().notice).toMatchObject({
      kind: 'error',
      text: { sv: expect.stringContaining('Framsteget 2.0') as unknown },
    });
    const written = await session.writeSummary({ draft: true });
    expect(written.map((w) => w.name)).toContain('Beslutsunderlag');
    expect(String(port.workbook.getSheet('Beslutsunderlag')!.getCell(0, 0).value)).toMatch(
      /^UTKAST – indata har fel/,
    );
  });
});
