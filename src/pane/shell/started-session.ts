// Starting the pane's session, apart from the pane's components: the hosts (taskpane.html,
// preview.html) start it from a small chunk with the session and the engine but no Fluent, so that
// the workbook is read and computed, and its figures drawn in the first paint's plain CSS
// (first-paint/verified.ts), while the Fluent pane is still to be evaluated. The pane then takes
// the same session over (PaneProps.session).
import { MeetingSession } from '../../session/meeting-session';
import type { WorkbookPort } from '../../workbook/port';
import { benchMark } from '../first-paint/bench-mark';

/** Sessions whose first start was marked (a later start, e.g. after React's strict-mode remount, is not). */
const begun = new WeakSet<MeetingSession>();

/** Starts (or, after dispose, resumes) a session; the bench's marks for its first start only. */
export function begin(session: MeetingSession): Promise<void> {
  const first = !begun.has(session);
  begun.add(session);
  if (first) benchMark('session start');
  const done = session.start();
  if (first) void done.then(() => benchMark('session read and computed'));
  return done;
}

/** A session for the pane, started now: see PaneProps.session. */
export function startedSession(
  port: WorkbookPort,
  options: { officeLanguage: string | null; savedLanguage?: 'sv' | 'en' | null },
): MeetingSession {
  const session = new MeetingSession(port, options);
  void begin(session);
  return session;
}
