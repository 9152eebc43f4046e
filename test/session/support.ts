// Workbooks for the session and pane tests: the contract's example rendered into memory.
import { MemoryPort } from '../../src/adapters/memory/memory-port';
import { examplePlans } from '../../src/contract';
import { MeetingSession } from '../../src/session';

export async function examplePort(): Promise<MemoryPort> {
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
