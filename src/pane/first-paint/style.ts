// The first paint's stylesheet: plain CSS that draws what the pane draws with Fluent (FluentProvider's
// text, Title3, Caption1, a small disabled TabList, a tint Badge, an extra-tiny Spinner, the frame
// strip and the decision years), read from the same CSS variables as Fluent's own styles, so that
// the first paint looks like the pane without Fluent's styling runtime in the first download.
// Sizes are Fluent's (fontSizeBase200 = 12px, spacingHorizontalS = 8px, …); the screenshots in
// docs/preview.md's check compare the two.
import { useInsertionEffect } from 'react';

const CSS = `
.fp-provider{font-family:var(--fontFamilyBase);font-size:14px;line-height:20px;font-weight:400;color:var(--colorNeutralForeground1);background-color:var(--colorNeutralBackground1);text-align:left}
.fp-root{display:flex;flex-direction:column;gap:8px;padding:8px;min-width:0;max-width:100%;box-sizing:border-box}
.fp-header{display:flex;flex-wrap:wrap;align-items:center;gap:8px;justify-content:space-between}
.fp-title{font-size:24px;line-height:32px;font-weight:600}
.fp-badge{display:inline-flex;box-sizing:border-box;align-items:center;justify-content:center;position:relative;font-family:var(--fontFamilyBase);font-size:12px;line-height:16px;font-weight:600;height:20px;min-width:20px;padding:0 6px;border-radius:10000px;background-color:var(--colorPaletteYellowBackground1);color:var(--colorPaletteYellowForeground2)}
.fp-badge::after{content:"";position:absolute;inset:0;border:1px solid var(--colorPaletteYellowBorder1);border-radius:inherit}
.fp-badge-small{font-size:10px;line-height:14px;height:16px;min-width:16px;padding:0 4px}
.fp-badge-danger::after{border-color:var(--colorPaletteRedBorder1)}
.fp-badge-danger{background-color:var(--colorPaletteRedBackground1);color:var(--colorPaletteRedForeground1)}
.fp-controls{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;min-height:46px}
.fp-checking{display:flex;align-items:center;gap:8px;flex:1 1 160px;align-self:center;color:var(--colorNeutralForeground2)}
.fp-caption{font-size:12px;line-height:16px;font-weight:400}
.fp-spinner{position:relative;flex-shrink:0;width:16px;height:16px;border-radius:50%;box-sizing:border-box;border:2px solid var(--colorBrandStroke2Contrast);border-top-color:var(--colorBrandStroke1);border-right-color:var(--colorBrandStroke1);animation:fp-spin 1.5s linear infinite}
.fp-spinner-large{width:32px;height:32px;border-width:3px}
@keyframes fp-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.fp-spinner{animation-duration:3s}}
@media (forced-colors:active){.fp-spinner{border-color:HighlightText;border-top-color:Highlight;border-right-color:Highlight;forced-color-adjust:none}}
.fp-loading{display:flex;flex-direction:column;align-items:center;gap:8px}
.fp-status{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.fp-tabs{display:flex;flex-wrap:wrap;align-items:stretch;position:relative}
.fp-tab{display:grid;grid-template-columns:auto;align-items:center;justify-items:center;position:relative;box-sizing:border-box;padding:6px;border:0;border-radius:4px;background:none;font:inherit;line-height:20px;color:var(--colorNeutralForegroundDisabled);cursor:not-allowed;overflow:hidden}
.fp-tab>span{grid-area:1/1;padding:0 2px;font-size:14px;line-height:20px}
.fp-tab-reserved{visibility:hidden;font-weight:600}
.fp-tab-selected>span{font-weight:600}
.fp-tab-selected::after{content:"";position:absolute;left:6px;right:6px;bottom:0;height:2px;border-radius:4px;background-color:var(--colorNeutralForegroundDisabled)}
@media (forced-colors:active){.fp-tab{color:GrayText}.fp-tab-selected::after{display:none}}
.fp-strip{position:sticky;top:0;z-index:2;background-color:var(--colorNeutralBackground1);border-bottom:1px solid var(--colorNeutralStroke2);padding:2px 0;font-size:12px;line-height:16px;font-variant-numeric:tabular-nums}
.fp-line{display:flex;flex-wrap:wrap;column-gap:8px;row-gap:0}
.fp-item{white-space:nowrap}
.fp-over{color:var(--colorPaletteRedForeground1);font-weight:600}
.fp-room{color:var(--colorPaletteGreenForeground1);font-weight:600}
.fp-main{min-width:0}
.fp-section{display:flex;flex-direction:column;gap:8px;margin-bottom:16px}
.fp-section>h2{margin:0;font-size:16px}
.fp-section h3{margin:0;font-size:14px}
.fp-years{width:100%;border-collapse:collapse;font-size:12px;line-height:16px}
.fp-years th,.fp-years td{padding:1px 4px}
.fp-column{text-align:right;font-weight:600;width:50%}
.fp-swatch{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:baseline}
.fp-year{text-align:left;font-weight:400;padding-top:4px;border-top:1px solid var(--colorNeutralStroke2)}
.fp-year-number{font-weight:600;font-size:14px}
.fp-figure{text-align:right;vertical-align:top;font-variant-numeric:tabular-nums}
.fp-amount{display:block;white-space:nowrap;font-weight:600}
.fp-share{display:block;color:var(--colorNeutralForeground2)}
.fp-track{position:relative;height:22px;margin:2px 0 4px}
.fp-bar{position:absolute;left:0;height:9px;min-width:2px}
.fp-frame{position:absolute;top:-2px;bottom:-2px;width:2px;margin-left:-1px;background-color:var(--colorNeutralForeground1)}
.fp-unread{margin:4px 0;padding-left:20px;color:var(--colorPaletteRedForeground1)}
/* Forced colours (Windows high contrast) drop every background colour, so the bars, the swatches and
   the frame line vanished while the caption still spoke of them. There they are drawn in system
   colours: applied solid, proposed hollow (told apart without colour), the frame line with a Canvas edge, seen across a bar too. */
@media (forced-colors:active){
.fp-bar,.fp-swatch,.fp-frame{forced-color-adjust:none}
.fp-bar-applied,.fp-swatch-applied{background-color:CanvasText!important}
.fp-bar-proposed,.fp-swatch-proposed{background-color:Canvas!important;border:1px solid CanvasText;box-sizing:border-box}
.fp-frame{background-color:CanvasText;box-shadow:0 0 0 1px Canvas}
}
`;

let inserted = false;

/** Puts the stylesheet in the document once (before the first paint's elements are laid out). */
export function insertFirstPaintStyle(): void {
  if (inserted || typeof document === 'undefined') return;
  inserted = true;
  const style = document.createElement('style');
  style.dataset.firstPaint = '';
  style.textContent = CSS;
  document.head.appendChild(style);
}

export function useFirstPaintStyle(): void {
  useInsertionEffect(insertFirstPaintStyle, []);
}
