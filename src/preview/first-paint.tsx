// The preview page's first paint, from its first download alone: the preview's frame with, in the
// pane's column, the built-in example's decision years and frame strip as the session computed them
// at build time (example-first-view.json, kept equal to the session's output by
// test/preview/first-view.test.ts), marked as being checked. The session's chunk (session,
// contract, engine; no Fluent) loads meanwhile, reads and computes the example, and its own
// figures take their place here, verified (index.tsx); then the preview itself (pane, grids,
// Fluent) is evaluated and replaces this with the same figures.
// Plain React and CSS, as the pane's first paint: the frame below copies preview-frame.tsx's
// Fluent styles (the page, a warning MessageBar with two disabled small Buttons, the two columns).
import { useInsertionEffect } from 'react';
import { FirstPaint, PlainProvider, type FirstView } from '../pane/first-paint/FirstPaint';
import type { VerifiedPaint } from '../pane/first-paint/verified';
import { LOADING_TEXT, loadingLanguage } from '../pane/loading';
import { PREVIEW_STRINGS } from './strings';
import type { PreviewTheme } from './theme';

const CSS = `
.pv-page{display:flex;flex-direction:column;height:100vh;box-sizing:border-box;background-color:var(--colorNeutralBackground2)}
.pv-banner{display:grid;grid-template-columns:auto 1fr;grid-template-areas:"icon body" "actions actions";padding:10px 0 0 12px;border:1px solid var(--colorStatusWarningBorder1);background-color:var(--colorStatusWarningBackground1);flex-shrink:0}
.pv-banner-icon{grid-area:icon;display:flex;width:20px;height:20px;font-size:20px;margin-right:8px;color:var(--colorStatusWarningForeground3)}
.pv-banner-body{grid-area:body;padding-right:12px}
.pv-banner-actions{grid-area:actions;display:flex;justify-content:flex-end;gap:12px;margin:10px 0 8px;padding-right:12px}
.pv-button{display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;min-width:64px;height:24px;padding:3px 8px;border-radius:4px;font-family:inherit;font-size:12px;line-height:16px;font-weight:400;color:var(--colorNeutralForegroundDisabled);background-color:var(--colorNeutralBackgroundDisabled);border:1px solid var(--colorNeutralStrokeDisabled);cursor:not-allowed}
.pv-primary{border-color:transparent}
@media (forced-colors:active){.pv-button{color:GrayText;border-color:GrayText}}
.pv-main{display:flex;flex-direction:row;flex-grow:1;min-height:0}
.pv-grids{display:flex;flex-direction:column;flex-grow:1;min-width:0;min-height:0;order:1}
.pv-pane{order:2;flex-shrink:0;width:clamp(320px,30vw,450px);overflow-y:auto;background-color:var(--colorNeutralBackground1);border-left:1px solid var(--colorNeutralStroke2)}
@media (max-width:759px){.pv-page{height:auto;min-height:100vh}.pv-main{flex-direction:column}.pv-grids{order:2;height:70vh;min-height:320px}.pv-pane{order:1;width:auto;border-left:none;border-bottom:1px solid var(--colorNeutralStroke2);overflow-y:visible}}
`;

function insertStyle(): void {
  if (document.querySelector('style[data-preview-first-paint]')) return;
  const style = document.createElement('style');
  style.dataset.previewFirstPaint = '';
  style.textContent = CSS;
  document.head.appendChild(style);
}

/** Fluent's Warning icon (the MessageBar's), as Fluent draws it. */
function WarningIcon() {
  return (
    <svg fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20">
      <path d="M7.37 3.56a3 3 0 0 1 5.26 0l5.5 10A3 3 0 0 1 15.5 18h-11a3 3 0 0 1-2.63-4.44zM10 12.75a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5m0-6.25a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0V7a.5.5 0 0 0-.5-.5" />
    </svg>
  );
}

export function PreviewFirstPaint({
  firstView,
  verified = null,
  officeLanguage,
  theme,
}: {
  firstView: FirstView | null;
  /** The session's own figures, once it has computed them: drawn as verified. */
  verified?: VerifiedPaint | null;
  officeLanguage: string | null;
  theme: PreviewTheme;
}) {
  useInsertionEffect(insertStyle, []);
  const lang = verified?.lang ?? loadingLanguage(officeLanguage);
  const view = firstView?.[lang] ?? verified?.view;
  if (!view) return null;
  const t = PREVIEW_STRINGS[lang];
  return (
    <PlainProvider theme={theme} className="pv-page">
      <div role="region" aria-label={t.bannerRegion}>
        <div className="pv-banner" data-testid="preview-banner">
          <span className="pv-banner-icon">
            <WarningIcon />
          </span>
          <div className="pv-banner-body">{t.banner}</div>
          <div className="pv-banner-actions">
            <button type="button" className="pv-button" disabled>
              {t.open}
            </button>
            <button type="button" className="pv-button pv-primary" disabled>
              {t.download}
            </button>
          </div>
        </div>
      </div>
      <div className="pv-main">
        <div className="pv-pane" data-testid="pane">
          <PlainProvider theme={theme} style={{ minHeight: '100vh' }}>
            <FirstPaint
              view={view}
              checking={LOADING_TEXT[lang].firstPaintChecking}
              preview
              lang={lang}
              verified={verified}
            />
          </PlainProvider>
        </div>
        <section className="pv-grids" aria-label={PREVIEW_STRINGS[lang].gridRegion} />
      </div>
    </PlainProvider>
  );
}
