// The proposed decision per initiative in the board's wording (seeds 002–004). The wording is the
// board's formal Swedish whatever the UI language; only the note for an initiative left out for
// errors follows the language, since it is an instruction to the user, not a decision.
import type { InitiativeResult } from '../engine/types';
import type { Language } from '../issues/types';
import { labels } from './labels';
import { formatDateLong, formatKronor } from '../format';

export const STANDARD_CONDITIONS: readonly string[] = [
  'att finansieringen av insatsen gäller under förutsättning att förbundet beviljas medel från medlemsorganisationerna framöver.',
  'att finansiering av insatsen gäller under förutsättning att insatsen följer aktuell ansökan, gällande lagstiftning och av förbundet antagna styrdokument.',
];

export interface DecisionText {
  proposal: string;
  conditions: string[];
}

/** The decision's period ends at the proposed end: the application's, or the scenario's earlier one. */
export function decisionText(initiative: InitiativeResult, lang: Language): DecisionText {
  const name = initiative.initiative.name.trim();
  if (!initiative.included) return { proposal: labels(lang).notIncludedDecision, conditions: [] };
  // Only this round's applications are decided on (issue 13).
  if (initiative.roundStatus === 'granted')
    return { proposal: labels(lang).grantedNoDecision, conditions: [] };
  if (initiative.roundStatus === 'rejected')
    return { proposal: labels(lang).rejectedNoDecision, conditions: [] };
  if (initiative.removed) {
    return { proposal: `att inte bevilja finansiellt stöd för insatsen ${name}.`, conditions: [] };
  }
  const from = formatDateLong(initiative.initiative.start, 'sv');
  const to = formatDateLong(initiative.proposedEnd, 'sv');
  // The shared Swedish grouping ("6 984 000"), the unit written out as the board does.
  const amount = `${formatKronor(initiative.decisionAmount, 'sv').replace(/\u00a0kr$/, '')} kronor`;
  const grant = initiative.adjusted
    ? `med justeringar så att dessa hamnar på maximalt ${amount}`
    : `maximalt ${amount}`;
  return {
    proposal: `att bevilja finansiellt stöd enligt ansökan för insatsen ${name} för perioden ${from} fram till ${to}, ${grant}`,
    conditions: [...STANDARD_CONDITIONS],
  };
}
