// Debian's chromium driven by playwright-core: never a downloaded browser, no network beyond the
// local test server. Where chromium is missing the suite says so and is skipped, except under CI.
import * as fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** True when the browser can run; under CI a missing chromium is an error, not a skip. */
export function chromiumAvailable(): boolean {
  const present = fs.existsSync(CHROMIUM);
  if (!present && process.env.CI === 'true') {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); CI=true does not skip the browser tests`,
    );
  }
  if (!present) {
    console.warn(
      `SKIPPED: the end-to-end tests need ${CHROMIUM} (Debian: apt-get install chromium). Nothing was tested in a browser.`,
    );
  }
  return present;
}

/** A headless chromium with a fresh temporary profile (playwright's default for launch()). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the test server, which were refused. */
  refused: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/**
 * A page that may only talk to the test server: any other request is refused and recorded, so a
 * test can assert that the preview needs no network at all.
 */
export async function offlinePage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'sv-SE' });
  const refused: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, refused, errors };
}
