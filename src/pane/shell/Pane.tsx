// The pane as one component: owns the session for a port, provides it, and follows the theme.
import { useEffect, useState } from 'react';
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { WorkbookPort } from '../../workbook/port';
import { MeetingSession, firstViewOf, type FirstView } from '../../session';
import { SessionContext } from '../hooks';
import { Shell } from './Shell';
import { begin } from './started-session';

export type PaneTheme = 'light' | 'dark' | 'highContrast';

/** Fluent's theme for each of the pane's (the first paint's plain copy: first-paint/tokens.ts). */
export const FLUENT_THEMES = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export interface PaneProps {
  port: WorkbookPort;
  officeLanguage: string | null;
  /**
   * The language the user chose in the pane, when the host can tell before the session has read
   * its state (Excel: browser storage): the figures from last time are shown in it, not in Office's.
   */
  savedLanguage?: 'sv' | 'en' | null;
  theme?: PaneTheme;
  /** Running outside Office on an in-memory workbook: say so. */
  preview?: boolean;
  /** The clock for "written at" (tests fix it). */
  now?: () => Date;
  /** Figures from last time, shown as being checked until the session has read the workbook. */
  firstView?: FirstView | null;
  /** Keeps the figures for the next start (the host's store); called when they change. */
  keepFirstView?: (view: FirstView) => void;
  /**
   * A session the host has started already (startedSession), for the same port: the hosts start it
   * from a chunk without Fluent before the pane's code is evaluated, so that reading and computing
   * the workbook do not wait for the pane, and the first paint can draw its figures meanwhile.
   */
  session?: MeetingSession;
}

/** At most one re-read per this many milliseconds when the pane comes back into view. */
const REFRESH_GAP_MS = 2_000;

/**
 * Re-reads the workbook when the pane is shown or focused again. A choice from a drop-down list
 * fires no change event on Excel on the web (OfficeDev/office-js #3888, #4066; on desktop #420),
 * so figures could otherwise stay stale on the projector; coming back to the pane is the quiet moment
 * to look (one request).
 */
function useRefreshOnReturn(session: MeetingSession): void {
  useEffect(() => {
    let last = 0;
    const refresh = () => {
      if (document.visibilityState === 'hidden') return;
      const now = Date.now();
      if (now - last < REFRESH_GAP_MS || session.getState().phase !== 'ready') return;
      last = now;
      void session.refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [session]);
}

export { startedSession } from './started-session';

/** Hands the session's first view to the host's store whenever it changes, at idle. */
function useKeepFirstView(session: MeetingSession, keep: PaneProps['keepFirstView']): void {
  useEffect(() => {
    if (!keep) return;
    let kept = '';
    let pending: ReturnType<typeof setTimeout> | null = null;
    const store = () => {
      pending = null;
      const view = firstViewOf(session.getState());
      const text = view ? JSON.stringify(view) : '';
      if (!view || text === kept) return;
      kept = text;
      keep(view);
    };
    // After a burst of cuts, once: the figures of the meeting's last state are what count.
    const unsubscribe = session.subscribe(() => {
      if (pending) clearTimeout(pending);
      pending = setTimeout(store, 1_000);
    });
    return () => {
      unsubscribe();
      if (pending) clearTimeout(pending);
    };
  }, [session, keep]);
}

export function Pane({
  port,
  officeLanguage,
  savedLanguage = null,
  theme = 'light',
  preview = false,
  now,
  firstView = null,
  keepFirstView,
  session: started,
}: PaneProps) {
  const [session] = useState(
    () => started ?? new MeetingSession(port, { officeLanguage, savedLanguage, now }),
  );
  useEffect(() => {
    void begin(session);
    return () => session.dispose();
  }, [session]);
  useRefreshOnReturn(session);
  useKeepFirstView(session, keepFirstView);
  return (
    <SessionContext.Provider value={session}>
      <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh' }}>
        <Shell preview={preview} firstView={firstView} />
      </FluentProvider>
    </SessionContext.Provider>
  );
}
