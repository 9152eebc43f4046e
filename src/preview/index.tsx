// The preview's own entry point (preview.html): a plain browser page, never inside Office, so it
// loads no office.js and does not wait for Office.onReady to decide that there is no host. Its first
// download paints the example's figures from build time, marked as being checked, in plain CSS
// (first-paint.tsx). Then, in this order, so that each step is on screen before the next one's code
// is evaluated: the session's chunk (no Fluent) reads and computes the example and the first paint
// draws the session's own figures, verified; then the preview's frame and pane (Fluent) take over,
// on the same session. Both chunks download from the start (preloaded from the page's head).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PreviewFirstPaint } from './first-paint';
import { storedFirstView } from '../pane/first-paint/FirstPaint';
import type { VerifiedPaint } from '../pane/first-paint/verified';
import { benchMark } from '../pane/first-paint/bench-mark';
import { themeFrom } from './theme';
import example from './example-first-view.json';

const sessionChunk = import(/* webpackChunkName: "preview-session" */ './preview-session');
const params = new URLSearchParams(window.location.search);
const officeLanguage = params.get('lang');
const theme = themeFrom(params);
const firstView = storedFirstView(example);
const root = createRoot(document.getElementById('root')!);
const paint = (verified: VerifiedPaint | null) =>
  root.render(
    <PreviewFirstPaint
      firstView={firstView}
      verified={verified}
      officeLanguage={officeLanguage}
      theme={theme}
    />,
  );

/** Resolves once the browser has painted what is committed (at once in a hidden tab, which paints nothing). */
function painted(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// Committed now rather than at React's next task, so that the figures are in the page before the
// session's scripts, arriving meanwhile, are evaluated.
if (firstView) flushSync(() => paint(null));
benchMark('first paint in the page');
void sessionChunk.then(async ({ exampleSession, verifiedPaint }) => {
  benchMark('session code evaluated');
  const initial = exampleSession(officeLanguage);
  await initial.meeting.idle();
  const verified = verifiedPaint(initial.meeting.getState(), firstView);
  if (verified) {
    flushSync(() => paint(verified));
    benchMark('verified first paint in the page');
    await painted();
  }
  const { startPreview } = await import(/* webpackChunkName: "preview-app" */ './start');
  startPreview(root, firstView, initial);
});
