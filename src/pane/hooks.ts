// Shared hooks: the session from context, its state as React state, the strings of its language.
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { actionErrorText, type MeetingSession, type SessionState } from '../session';
import { stringsFor, type Strings } from '../i18n';

export const SessionContext = createContext<MeetingSession | null>(null);

export function useSession(): MeetingSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionContext.Provider>');
  return session;
}

export function useSessionState(): SessionState {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

export function useStrings(): Strings {
  return stringsFor(useSessionState().lang);
}

/**
 * Runs an async action and tracks it: `pending` while it runs, `error` when it failed (the
 * session reports most failures itself as notices; this catches the rest, e.g. a taken name).
 */
export function useAction(): {
  pending: boolean;
  error: string | null;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
} {
  const session = useSession();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      // A refusal is in the user's words already; anything else thrown here is a library's or a
      // bug's text, never shown as it is.
      if (mounted.current) setError(actionErrorText(e, session.getState().lang));
      return false;
    } finally {
      if (mounted.current) setPending(false);
    }
  };
  return { pending, error, run };
}
