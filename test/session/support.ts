// Workbooks for the session and pane tests: the contract's example rendered into memory.
import { MemoryPort } from '../../src/adapters/memory/memory-port';
import { examplePlans } from '../../src/contract';
import { inputPlans } from '../../src/contract/template';
import { fiveMistakesRows } from '../support/five-mistakes';
import { MeetingSession } from '../../src/session';

/**
 * The example with Framsteget 2.0 reopened as an application ("Ansökan"), so that the meeting has
 * two applications to cut: the session's mechanics are tested on it. decidedExamplePort() is the
 * example as shipped, where the 2018 and 2023 decisions are granted and take no cut.
 */
export async function examplePort(): Promise<MemoryPort> {
  const plans = examplePlans();
  const insatser = plans.find((p) => p.tables.some((t) => t.name === 'Insatser'))!;
  const cells = insatser.blocks[0]!.cells;
  const status = cells[0]!.findIndex((c) => c?.kind === 'text' && c.text === 'Status');
  const row = cells.findIndex((r) => r[0]?.kind === 'text' && r[0].text === FRAMSTEGET);
  cells[row]![status] = { kind: 'text', text: 'Ansökan' };
  const port = new MemoryPort();
  await port.createInputTables(plans);
  return port;
}

/** The example workbook as shipped (four granted decisions, one open application). */
export async function decidedExamplePort(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await port.createInputTables(examplePlans());
  return port;
}

export async function startedSession(
  port: MemoryPort,
  officeLanguage: string | null = 'sv-SE',
): Promise<MeetingSession> {
  const session = new MeetingSession(port, { officeLanguage, now: () => new Date('2026-11-23T10:00:00Z') });
  await session.start();
  return session;
}

/** Lets the port's debounce timer fire and the session finish what it started. */
export async function settle(session: MeetingSession): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  await session.idle();
}

export const FRAMSTEGET = 'Framsteget 2.0';
export const SAMORDNAT = 'Samordnat stöd för arbete eller studier';
export const KANSLIET = 'Kansliets förslag';

/**
 * The example with Framsteget 2.0 reopened (as examplePort), the five typing mistakes of
 * test/support/five-mistakes.ts (two of them in Framsteget's rows, one in Ram) and a Justeringar
 * row whose Värde is words: a workbook whose incompleteness every cut must keep current.
 */
export async function brokenExamplePort(): Promise<MemoryPort> {
  const rows = fiveMistakesRows();
  const port = new MemoryPort();
  await port.createInputTables(
    inputPlans(
      {
        ...rows,
        Insatser: rows.Insatser.map((r) =>
          r[0] === FRAMSTEGET ? r.map((v, i) => (i === 7 ? 'Ansökan' : v)) : r,
        ),
        Justeringar: [...rows.Justeringar, ['Plan B', SAMORDNAT, 'Coach', 'Omfattning', 'mycket', null]],
      },
      'sv',
    ),
  );
  return port;
}
