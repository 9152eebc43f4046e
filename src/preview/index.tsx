// The preview's own entry point (preview.html): a plain browser page, never inside Office, so it
// loads no office.js and does not wait for Office.onReady to decide that there is no host. Its first
// download paints the example's figures from build time, marked as being checked, in plain CSS
// (first-paint.tsx); the preview itself is a chunk whose download starts at once.
import { createRoot } from 'react-dom/client';
import { PreviewFirstPaint } from './first-paint';
import { storedFirstView } from '../pane/first-paint/FirstPaint';
import { themeFrom } from './theme';
import example from './example-first-view.json';

const preview = import(/* webpackChunkName: "preview-app" */ './start');
const params = new URLSearchParams(window.location.search);
const firstView = storedFirstView(example);
const root = createRoot(document.getElementById('root')!);
if (firstView)
  root.render(
    <PreviewFirstPaint firstView={firstView} officeLanguage={params.get('lang')} theme={themeFrom(params)} />,
  );
void preview.then(({ startPreview }) => startPreview(root, firstView));
