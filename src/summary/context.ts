import type { BudgetInput } from '../engine/types';
import type { Issue, Language } from '../issues/types';

/** What the summary needs besides the engine's result. */
export interface SummaryContext {
  /** Language of headings and labels; the decision texts are always Swedish. */
  lang: Language;
  /** When the summary is written, ISO date-time; its date is shown. */
  writtenAt: string;
  /** Fingerprint of the input tables, so that a reader can tell whether the figures still match. */
  fingerprint: string;
  input: BudgetInput;
  /**
   * Every issue of the workbook as read (the contract's and the engine's). With an error the sheet
   * is a draft: its title says so and incomplete initiatives get no decision text.
   */
  issues?: readonly Issue[];
}
