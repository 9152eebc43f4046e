// Beslut: the proposed decision per initiative and whether the written summary is current.
import type { BudgetResult } from '../../engine/types';
import type { Language } from '../../issues/types';
import { formatDateLong, formatKronor } from '../format';
import { decisionText } from '../../summary/decision-text';
import { stringsFor } from '../../i18n';
import { isIncomplete, type Incompleteness } from '../../engine';

export interface DecisionItem {
  name: string;
  proposal: string;
  conditions: string[];
  decisionAmount: string;
  applied: string;
  proposed: string;
  adjusted: boolean;
  /** Input errors kept rows out of its figures: no decision may be written from them. */
  incomplete: boolean;
}

export type SummaryState = 'never' | 'stale' | 'current';

export interface DecisionView {
  items: DecisionItem[];
  summary: SummaryState;
  summaryText: string;
}

export function decisionView(
  result: BudgetResult,
  lang: Language,
  fingerprint: string,
  written: { fingerprint: string | null; writtenAt: string | null },
  incomplete?: Incompleteness,
): DecisionView {
  const s = stringsFor(lang);
  const summary: SummaryState =
    written.fingerprint === null ? 'never' : written.fingerprint === fingerprint ? 'current' : 'stale';
  const when = written.writtenAt ? formatWrittenAt(written.writtenAt, lang) : '';
  return {
    items: result.initiatives.map((i) => {
      const text = decisionText(i, lang);
      return {
        name: i.initiative.name,
        proposal: text.proposal,
        conditions: text.conditions,
        decisionAmount: formatKronor(i.decisionAmount, lang),
        applied: formatKronor(i.applied.rounded.total, lang),
        proposed: formatKronor(i.proposed.rounded.total, lang),
        adjusted: i.adjusted,
        incomplete: incomplete ? isIncomplete(incomplete, i.initiative.name) : false,
      };
    }),
    summary,
    summaryText:
      summary === 'never'
        ? s.summaryNeverWritten
        : summary === 'stale'
          ? s.summaryStale
          : s.summaryUpToDate(when),
  };
}

/** '2026-11-23T15:31:00.000Z' → "23 november 2026 15:31" (the time in UTC, as stored). */
function formatWrittenAt(iso: string, lang: Language): string {
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${formatDateLong(date, lang)} ${time}`.trim() : iso;
}
