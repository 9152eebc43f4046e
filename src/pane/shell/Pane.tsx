// The pane as one component: owns the session for a port, provides it, and follows the theme.
import { useEffect, useState } from 'react';
import { FluentProvider } from '@fluentui/react-components';
import type { WorkbookPort } from '../../workbook/port';
import { MeetingSession } from '../../session';
import { SessionContext } from '../hooks';
import { Shell } from './Shell';
import { FLUENT_THEMES } from '../theme';

export type PaneTheme = 'light' | 'dark' | 'highContrast';

export interface PaneProps {
  port: WorkbookPort;
  officeLanguage: string | null;
  theme?: PaneTheme;
  /** Running outside Office on an in-memory workbook: say so. */
  preview?: boolean;
  /** The clock for "written at" (tests fix it). */
  now?: () => Date;
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

export function Pane({ port, officeLanguage, theme = 'light', preview = false, now }: PaneProps) {
  const [session] = useState(() => new MeetingSession(port, { officeLanguage, now }));
  useEffect(() => {
    void session.start();
    return () => session.dispose();
  }, [session]);
  useRefreshOnReturn(session);
  return (
    <SessionContext.Provider value={session}>
      <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh' }}>
        <Shell preview={preview} />
      </FluentProvider>
    </SessionContext.Provider>
  );
}
