// The pane's first paint before the session has read the workbook: the decision years and the frame
// strip as the session last produced them, kept (small, versioned) by the host and shown marked as
// "being checked" until the session's own figures replace them. Types and a shape check only: this
// module is in the pane's first download, so it imports nothing that computes.
import type { DecisionYearsView } from './frame';

/** Raised whenever the stored shape changes: an older or newer cache is ignored, never misread. */
export const FIRST_VIEW_VERSION = 3;

/** What the first paint shows in one language: figures and the few words around them. */
export interface FirstViewText {
  /** The scenario the figures are under, as Översikt's section heading ("Ansökan", "Besparing"). */
  scenario: string;
  decisionYears: DecisionYearsView;
  /** The strip: one item per decision year (the proposal against that year's frame). */
  strip: Array<{ year: number; text: string; isOver: boolean; incomplete: boolean }>;
  labels: {
    appTitle: string;
    previewBadge: string;
    stripLabel: string;
    appliedColumn: string;
    proposedColumn: string;
    availableColumn: string;
    frameScaleNote: string;
    incompleteMark: string;
    navLabel: string;
    /** The pane's tabs, drawn (not yet to be chosen) so that they take the room they will take. */
    tabs: string[];
  };
}

export interface FirstView {
  version: typeof FIRST_VIEW_VERSION;
  /** The inputs' fingerprint when the figures were computed (the contract's). */
  fingerprint: string;
  sv: FirstViewText;
  en: FirstViewText;
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isFigure(v: unknown): boolean {
  return (
    isRecord(v) && isText(v.text) && isText(v.percent) && isText(v.magnitude) && typeof v.isOver === 'boolean'
  );
}

function isViewText(v: unknown): v is FirstViewText {
  if (!isRecord(v) || !isText(v.scenario) || !isRecord(v.labels) || !Array.isArray(v.strip)) return false;
  const labels = v.labels;
  const words: Array<keyof FirstViewText['labels']> = [
    'appTitle',
    'previewBadge',
    'stripLabel',
    'appliedColumn',
    'proposedColumn',
    'availableColumn',
    'frameScaleNote',
    'incompleteMark',
  ];
  if (!words.every((w) => isText(labels[w]))) return false;
  if (!isText(labels.navLabel) || !Array.isArray(labels.tabs) || !labels.tabs.every(isText)) return false;
  const years = v.decisionYears;
  if (!isRecord(years) || !isText(years.heading) || !Array.isArray(years.years)) return false;
  if (!Array.isArray(years.unreadYears) || !years.unreadYears.every(isText)) return false;
  const bar = (b: unknown) => typeof b === 'number' && b >= 0 && b <= 1;
  return (
    years.years.every(
      (y: unknown) =>
        isRecord(y) &&
        Number.isInteger(y.year) &&
        isText(y.available) &&
        isFigure(y.appliedFrame) &&
        isFigure(y.proposedFrame) &&
        typeof y.incomplete === 'boolean' &&
        isRecord(y.bars) &&
        bar(y.bars.applied) &&
        bar(y.bars.proposed) &&
        bar(y.bars.frame),
    ) &&
    v.strip.every(
      (i: unknown) =>
        isRecord(i) &&
        Number.isInteger(i.year) &&
        isText(i.text) &&
        typeof i.isOver === 'boolean' &&
        typeof i.incomplete === 'boolean',
    )
  );
}

/** A stored first view, or null when it is missing, of another version or not of this shape. */
export function storedFirstView(raw: unknown): FirstView | null {
  if (!isRecord(raw) || raw.version !== FIRST_VIEW_VERSION || !isText(raw.fingerprint)) return null;
  return isViewText(raw.sv) && isViewText(raw.en) ? (raw as unknown as FirstView) : null;
}

/** Whether two first views show the same figures (the words around them aside). */
export function sameFigures(a: FirstViewText, b: FirstViewText): boolean {
  const figures = (v: FirstViewText) => JSON.stringify([v.scenario, v.decisionYears, v.strip]);
  return figures(a) === figures(b);
}
