// The exit codes, the output the commands write to, and the error that means a usage mistake.
import type { LocalizedText } from '../issues/types';

export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** The time the summary is written, ISO; the clock unless a test fixes it. */
  now: () => string;
}

export class UsageError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}
