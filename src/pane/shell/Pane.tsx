// The pane as one component: owns the session for a port, provides it, and follows the theme.
import { useEffect, useState } from 'react';
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { WorkbookPort } from '../../workbook/port';
import { MeetingSession } from '../../session';
import { SessionContext } from '../hooks';
import { Shell } from './Shell';

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

const THEMES = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

export function Pane({ port, officeLanguage, theme = 'light', preview = false, now }: PaneProps) {
  const [session] = useState(() => new MeetingSession(port, { officeLanguage, now }));
  useEffect(() => {
    void session.start();
    return () => session.dispose();
  }, [session]);
  return (
    <SessionContext.Provider value={session}>
      <FluentProvider theme={THEMES[theme]} style={{ minHeight: '100vh' }}>
        <Shell preview={preview} />
      </FluentProvider>
    </SessionContext.Provider>
  );
}
