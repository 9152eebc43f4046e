// The preview's own entry point (preview.html): a plain browser page, never inside Office, so it
// loads no office.js and does not wait for Office.onReady to decide that there is no host.
import { startPreview } from './start';

void startPreview(document.getElementById('root')!);
