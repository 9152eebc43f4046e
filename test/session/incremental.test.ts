// The session recomputes a cut incrementally (Justeringar re-read alone, only the cut initiative
// computed again). After any sequence of cuts, undos and redos its state must be what a full read
// and a full recompute of the same snapshot give.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { readWorkbook } from '../../src/contract';
import { computeBudget, incompleteness } from '../../src/engine';
import { overviewView, type MeetingSession } from '../../src/session';
import type { BudgetResult } from '../../src/engine/types';
import { brokenExamplePort, examplePort, FRAMSTEGET, KANSLIET, SAMORDNAT, startedSession } from './support';
import { EXAMPLE } from '../../src/contract/template';
import { plain } from '../engine/plain';

const roles = EXAMPLE.Bemanning.filter((r) => r[7] !== 'Egen').map(
  (r) => [String(r[0]), String(r[1])] as const,
);
const names = EXAMPLE.Insatser.map((r) => String(r[0]));

type Step = (s: MeetingSession) => Promise<void>;
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(fc.constantFrom(...roles), fc.integer({ min: 0, max: 300 })).map(
    ([[i, r], fte]): Step =>
      (s) =>
        s.setFte(i, r, new Decimal(fte).div(100)),
  ),
  fc.constantFrom(...roles).map(
    ([i, r]): Step =>
      (s) =>
        s.removeRole(i, r),
  ),
  fc.constantFrom(...roles).map(
    ([i, r]): Step =>
      (s) =>
        s.restoreRole(i, r),
  ),
  fc.tuple(fc.constantFrom(...names), fc.integer({ min: 0, max: 5_000_000 })).map(
    ([i, amount]): Step =>
      (s) =>
        s.cap(i, new Decimal(amount)),
  ),
  fc.constantFrom(...names).map(
    (i): Step =>
      (s) =>
        s.removeCap(i),
  ),
  fc.constantFrom(...names).map(
    (i): Step =>
      (s) =>
        s.removeInitiative(i),
  ),
  fc.constantFrom(...names).map(
    (i): Step =>
      (s) =>
        s.restoreInitiative(i),
  ),
  fc.constant((s: MeetingSession) => s.undo()),
  fc.constant((s: MeetingSession) => s.redo()),
);

// A second instance of the view module, so that its rows are built from nothing: the session's
// instance keeps its last rows and makes again only those of initiatives whose results changed.
let freshOverview: typeof overviewView;
jest.isolateModules(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  freshOverview = (require('../../src/session/views/overview') as { overviewView: typeof overviewView })
    .overviewView;
});

// The same for incompleteness: a module that has indexed nothing yet computes it from scratch.
let freshIncompleteness: typeof incompleteness;
jest.isolateModules(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  freshIncompleteness = (require('../../src/engine/incomplete') as { incompleteness: typeof incompleteness })
    .incompleteness;
});

const listed = (r: BudgetResult) =>
  r.initiatives.filter((i) => !i.included || i.roundStatus === 'application');

describe('incremental cuts in the session', () => {
  it('equal a full read and recompute after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const session = await startedSession(await examplePort());
        await session.chooseScenario(KANSLIET);
        let before = session.getState();
        let viewBefore = overviewView(before.result!, 'sv', before.incomplete);
        for (const s of steps) {
          await s(session);
          const state = session.getState();
          // The overview as the pane makes it after the step equals one built anew, and every row of
          // an initiative whose result the step left as it was is the same object as before.
          const view = overviewView(state.result!, 'sv', state.incomplete);
          expect(view).toEqual(freshOverview(state.result!, 'sv', { ...state.incomplete }));
          const unchanged = new Set(before.result!.initiatives);
          listed(state.result!).forEach((r, n) => {
            if (unchanged.has(r)) expect(view.initiatives[n]).toBe(viewBefore.initiatives[n]);
          });
          [before, viewBefore] = [state, view];
          const full = readWorkbook(state.snapshot!);
          expect(state.fingerprint).toBe(full.fingerprint);
          expect(state.input).toEqual(full.input);
          const result = computeBudget(full.input, state.activeScenario);
          // As plain data: the results are class instances with getters that toEqual would skip, and
          // caches filled only on the side whose figures were read (fast-check seed 194344644).
          expect(plain(state.result)).toEqual(plain(result));
          expect(state.issues).toEqual([...full.issues, ...result.issues]);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('incremental cuts in the session on a workbook with errors', () => {
  it('keep its incompleteness equal to one computed afresh, and the same object while it is the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const session = await startedSession(await brokenExamplePort());
        await session.chooseScenario(KANSLIET);
        let before = session.getState().incomplete;
        expect(before.errors.length).toBeGreaterThan(0);
        for (const s of steps) {
          await s(session);
          const state = session.getState();
          const full = readWorkbook(state.snapshot!);
          const result = computeBudget(full.input, state.activeScenario);
          const fresh = freshIncompleteness(result, full.input, [...full.issues, ...result.issues]);
          expect(state.incomplete).toEqual(fresh);
          // Översikt makes its rows again only for a new incompleteness object.
          if (JSON.stringify(fresh) === JSON.stringify(before)) expect(state.incomplete).toBe(before);
          expect(plain(state.result)).toEqual(plain(result));
          before = state.incomplete;
        }
      }),
      { numRuns: 15 },
    );
  });

  it('a cut computes only the cut initiative again, also with errors in other initiatives', async () => {
    const session = await startedSession(await brokenExamplePort());
    await session.chooseScenario(KANSLIET);
    const before = session.getState();
    expect(before.incomplete.initiatives).toEqual(expect.arrayContaining([FRAMSTEGET]));
    await session.setFte(SAMORDNAT, 'Coach', new Decimal(2));
    const after = session.getState();
    expect(after.result!.totals.proposed.eq(before.result!.totals.proposed)).toBe(false);
    after.result!.initiatives.forEach((r, n) => {
      if (r.initiative.name !== SAMORDNAT) expect(r).toBe(before.result!.initiatives[n]);
    });
    expect(after.incomplete).toBe(before.incomplete);
  });
});
