// The first paint from figures the session produced last time (a FirstView kept by the host, or
// computed at build time for the preview's example): Översikt's decision years and the frame strip,
// drawn where the pane will draw them, under a line saying they are being checked against the
// workbook. The session's own figures replace them as soon as it has read the workbook. Nothing
// here computes or parses: it lays out strings the session made.
//
// Plain React and a small stylesheet (style.ts) over Fluent's design tokens (tokens.ts), no Fluent
// component: this is the pane's first download, and Fluent's components and styling runtime load
// with the pane itself. Inside the pane (Shell, while the session reads) the same components draw
// under FluentProvider, whose CSS variables they then read.
import type { CSSProperties, ReactNode } from 'react';
import type { FirstViewText } from '../../session/views/first-view-model';
import type { PaneTheme } from '../shell/Pane';
import { DecisionYears } from '../overview/DecisionYears';
import { PlainBadge } from './PlainBadge';
import { useFirstPaintStyle } from './style';
import { tokenVariables } from './tokens';
import type { VerifiedPaint } from './verified';

export { storedFirstView, type FirstView } from '../../session/views/first-view-model';

export interface FirstPaintProps {
  view: FirstViewText;
  /** "Siffror från förra gången. Kontrollerar mot arbetsboken …" in the view's language. */
  checking: string;
  preview: boolean;
  lang: 'sv' | 'en';
  /**
   * The session's own figures, once it has computed them before the pane's code has arrived: drawn
   * instead of view, as verified (verified.ts).
   */
  verified?: VerifiedPaint | null;
}

/**
 * What FluentProvider gives the pane, before Fluent has loaded: the theme's tokens as the CSS
 * variables Fluent's styles read, and the base text and background.
 */
export function PlainProvider({
  theme,
  style,
  className,
  children,
}: {
  theme: PaneTheme;
  style?: CSSProperties;
  className?: string;
  children: ReactNode;
}) {
  useFirstPaintStyle();
  return (
    <div
      className={className ? `fp-provider ${className}` : 'fp-provider'}
      style={{ ...(tokenVariables(theme) as CSSProperties), ...style }}
    >
      {children}
    </div>
  );
}

/** Fluent's extra-tiny Spinner, in CSS; decorative (the words beside it say what is happening). */
export function PlainSpinner({ large = false }: { large?: boolean }) {
  useFirstPaintStyle();
  return <span aria-hidden className={large ? 'fp-spinner fp-spinner-large' : 'fp-spinner'} />;
}

/** The header and controls' row, as Shell draws them, without anything to operate yet. */
function Frame({
  view,
  preview,
  checking,
}: {
  view: FirstViewText;
  preview: boolean;
  /** null: the figures are verified, nothing is being checked. */
  checking: string | null;
}) {
  return (
    <>
      <header className="fp-header">
        <h1 className="fp-title">{view.labels.appTitle}</h1>
        {preview && <span className="fp-badge">{view.labels.previewBadge}</span>}
      </header>
      {/* Where the scenario and language fields will be: the checking line meanwhile, as tall as a
          small Field with its label, so that nothing below moves when the pane takes over. */}
      <div className="fp-controls">{checking !== null && <CheckingLine checking={checking} />}</div>
    </>
  );
}

/** "Figures from last time. Checking …", in the controls' row. Said by the live region beside it. */
export function CheckingLine({ checking }: { checking: string }) {
  useFirstPaintStyle();
  return (
    <div className="fp-checking" data-testid="first-paint-checking" aria-hidden>
      <PlainSpinner />
      <span className="fp-caption">{checking}</span>
    </div>
  );
}

/**
 * The tabs, the strip and Översikt's decision years; the checking line is in the controls' row.
 * verified: the session's own figures, marked as the pane marks them (main not busy, the decision
 * years as Översikt's), else figures from last time, being checked.
 */
export function FirstPaintBody({ view, verified = false }: { view: FirstViewText; verified?: boolean }) {
  useFirstPaintStyle();
  return (
    <>
      {/* The tabs as they will be, to be chosen once the figures are checked. */}
      <nav aria-label={view.labels.navLabel}>
        <div role="tablist" aria-orientation="horizontal" className="fp-tabs">
          {view.labels.tabs.map((name, i) => (
            <button
              key={name}
              type="button"
              role="tab"
              disabled
              aria-selected={i === 0}
              className={i === 0 ? 'fp-tab fp-tab-selected' : 'fp-tab'}
            >
              <span>{name}</span>
              {/* As wide as the chosen (bold) name, so that the tabs do not move when chosen. */}
              <span className="fp-tab-reserved" aria-hidden>
                {name}
              </span>
            </button>
          ))}
        </div>
      </nav>
      <section className="fp-strip" aria-label={view.labels.stripLabel} data-testid="first-paint-strip">
        <div className="fp-line">
          {view.strip.map((item) => (
            <span key={item.year} className="fp-item">
              {`${item.year} · `}
              <span className={item.isOver ? 'fp-over' : 'fp-room'}>{item.text}</span>
              {item.incomplete && (
                <>
                  {' '}
                  <PlainBadge label={view.labels.incompleteMark} />
                </>
              )}
            </span>
          ))}
        </div>
      </section>
      <main className="fp-main" aria-busy={verified ? undefined : true}>
        <section className="fp-section" aria-label={view.scenario}>
          <h2>{view.scenario}</h2>
          <section
            aria-label={view.decisionYears.heading}
            data-testid={verified ? 'decision-years' : 'first-paint-years'}
          >
            <h3>{view.decisionYears.heading}</h3>
            <DecisionYears view={view.decisionYears} labels={view.labels} />
            {view.decisionYears.unreadYears.length > 0 && (
              <ul className="fp-unread">
                {view.decisionYears.unreadYears.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <span className="fp-caption">{view.labels.frameScaleNote}</span>
          </section>
        </section>
      </main>
    </>
  );
}

/**
 * The whole first paint, for the page before the pane's own code has arrived: figures from last
 * time being checked, then (verified) the session's own. One tree for both, so that the live region
 * stays the same element and says the check's outcome.
 */
export function FirstPaint({ view, checking, preview, lang, verified = null }: FirstPaintProps) {
  useFirstPaintStyle();
  return (
    <div className="fp-root" lang={verified?.lang ?? lang} data-testid="first-paint">
      <Frame view={verified?.view ?? view} preview={preview} checking={verified ? null : checking} />
      <div role="status" aria-live="polite" className="fp-status" data-testid="first-view-check">
        {verified ? verified.status : checking}
      </div>
      <FirstPaintBody view={verified?.view ?? view} verified={verified !== null} />
    </div>
  );
}
