// The session's figures as the pane's next first paint (see first-view-model.ts): the decision
// years and the strip in both languages, so that the next start shows them in whichever language
// it opens in.
import type { Language } from '../../issues/types';
import { stringsFor } from '../../i18n';
import type { SessionState } from '../meeting-session';
import { decisionYearsView, frameStripView } from './frame';
import { scenarioLabel } from './scenarios';
import { FIRST_VIEW_VERSION, type FirstView, type FirstViewText } from './first-view-model';

/** The first view of a ready session with a frame; null otherwise (nothing worth showing early). */
export function firstViewOf(state: SessionState): FirstView | null {
  const { result } = state;
  if (state.phase !== 'ready' || !result || result.frame.length === 0) return null;
  const text = (lang: Language): FirstViewText => {
    const s = stringsFor(lang);
    const strip = frameStripView(result, lang, state.incomplete, null, null);
    return {
      scenario: scenarioLabel(result.scenario, lang),
      decisionYears: decisionYearsView(result, lang, state.incomplete),
      strip: strip.items.map((i) => ({
        year: i.year,
        text: i.figure.text,
        isOver: i.figure.isOver,
        incomplete: i.incomplete,
      })),
      labels: {
        appTitle: s.appTitle,
        previewBadge: s.previewBadge,
        stripLabel: s.stripLabel,
        appliedColumn: s.appliedColumn,
        proposedColumn: s.proposedColumn,
        availableColumn: s.availableColumn,
        frameScaleNote: s.frameScaleNote,
        incompleteMark: s.incompleteMark,
        navLabel: s.navLabel,
        tabs: [s.tabOverview, s.tabInitiatives, s.tabScenarios, s.tabDecision, s.tabIssues],
      },
    };
  };
  return { version: FIRST_VIEW_VERSION, fingerprint: state.fingerprint, sv: text('sv'), en: text('en') };
}
