// The meeting on Excel as it behaves: a row edit that fails part-way leaves the table half changed
// (Excel applies a request up to the failing step). Through Microsoft's client and the wire host,
// a failure is injected at every step of every request of a cut and of its undo (and after the
// last, as when the reply is lost); each time the
// session ends up holding the workbook as it really is (read again), with nothing to undo that did
// not happen, and says so.
import Decimal from 'decimal.js';
import { createExcelPort } from '../../src/adapters/excel';
import type { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { readSnapshot as memoryRead } from '../../src/adapters/memory/read-snapshot';
import { MeetingSession } from '../../src/session';
import type { WorkbookPort } from '../../src/workbook/port';
import { installOfficeWire } from '../support/office-wire';
import { exampleWorkbook } from '../support/office-fake/fixtures';
import { SAMORDNAT } from '../session/support';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

/** The Excel port without change events (they travel on Office's event channel, not simulated). */
function port(): WorkbookPort {
  return { ...createExcelPort(), onInputsChanged: () => () => undefined };
}

async function started(wb: MemoryWorkbook) {
  const fake = installOfficeWire(wb);
  uninstall = fake.uninstall;
  const session = new MeetingSession(port(), { officeLanguage: 'sv-SE' });
  await session.start();
  return { host: fake.host, session };
}

const justeringar = (snapshot: { tables: Array<{ name: string; values: unknown[][] }> } | null) =>
  snapshot?.tables.find((t) => t.name === 'Justeringar')?.values.filter((r) => r.some((v) => v !== ''));

// Samordnat is the example's one application (cuts on granted initiatives write no row).
const cut = (session: MeetingSession) =>
  session.setFte(SAMORDNAT, 'Insatsansvarig', new Decimal(0.1), 'Halva insatsansvaret');

test.each([
  ['a cut (a new Justeringar row)', async (s: MeetingSession) => cut(s), 0],
  [
    'a cut that changes an existing row',
    async (s: MeetingSession) => s.setFte(SAMORDNAT, 'Coach', new Decimal(2), 'Två heltidstjänster mindre'),
    0,
  ],
  ['the undo of a cut', async (s: MeetingSession) => s.undo(), 1],
])(
  '%s that fails at any step: the session holds the workbook as it is and says so',
  async (_label, act, cutsBefore) => {
    // A dry run gives the requests of the action and their steps.
    const dry = await started(exampleWorkbook());
    for (let i = 0; i < cutsBefore; i++) await cut(dry.session);
    const first = dry.host.syncCount + 1;
    await act(dry.session);
    const requests = dry.host.syncs.slice(first - 1).filter((s) => s.effects > 0);
    expect(requests.length).toBeGreaterThan(0);
    uninstall!();
    uninstall = null;

    let checked = 0;
    for (const request of requests)
      // Up to and including all of its steps: a reply lost after Excel applied the whole request.
      for (let applied = 0; applied <= request.effects; applied++) {
        const wb = exampleWorkbook();
        const { host, session } = await started(wb);
        for (let i = 0; i < cutsBefore; i++) await cut(session);
        const undoable = session.getState().canUndo;
        const rowsBefore = JSON.stringify(justeringar(memoryRead(wb)));
        host.failAt({ sync: request.index - first + host.syncCount + 1, appliedActions: applied });
        await act(session);
        const state = session.getState();
        expect({ applied, rows: justeringar(state.snapshot) }).toEqual({
          applied,
          rows: justeringar(memoryRead(wb)),
        });
        expect(state.notice?.kind).toBe('error');
        // Nothing new to undo: the failed cut is not in the history.
        if (cutsBefore === 0) expect(state.canUndo).toBe(false);
        // An undo that changed nothing is still there to try again.
        else if (JSON.stringify(justeringar(memoryRead(wb))) === rowsBefore)
          expect(state.canUndo).toBe(undoable);
        uninstall!();
        uninstall = null;
        checked++;
      }
    expect(checked).toBe(requests.reduce((n, r) => n + r.effects + 1, 0));
  },
  120_000,
);

test('a row edit on a filtered table is refused before anything changes, in both languages', async () => {
  const wb = exampleWorkbook();
  const { host, session } = await started(wb);
  host.model.filtered.add(wb.getTable('Justeringar')!);
  const before = justeringar(memoryRead(wb));
  await cut(session);
  expect(justeringar(memoryRead(wb))).toEqual(before);
  expect(session.getState().notice?.text).toEqual({
    sv: expect.stringContaining('filtrerad') as unknown,
    en: expect.stringContaining('filtered') as unknown,
  });
});
