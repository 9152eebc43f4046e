// The set-up every browser suite shares: the built preview (E2E_DIST) served from 127.0.0.1 and one
// headless chromium, started before the suite's tests and closed after them. Where chromium is
// missing the suite is skipped and says so (chromiumAvailable); under CI that is an error instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser } from './browser';
import { ROOT } from './global-setup';
import { serveDirectory, type StaticServer } from './static-server';

/** Screenshots and downloads of the suites (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');

/** What a suite's tests use; read inside tests and hooks, once the suite's beforeAll has run. */
export interface BrowserSuite {
  readonly browser: Browser;
  /** The test server's origin, e.g. http://127.0.0.1:40123. */
  readonly origin: string;
}

export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  (chromiumAvailable() ? describe : describe.skip)(name, () => {
    let server: StaticServer | null = null;
    let browser: Browser | null = null;

    beforeAll(async () => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      server = await serveDirectory(process.env.E2E_DIST!);
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    body({
      get browser() {
        if (!browser) throw new Error('the browser starts in the suite’s beforeAll');
        return browser;
      },
      get origin() {
        if (!server) throw new Error('the server starts in the suite’s beforeAll');
        return server.origin;
      },
    });
  });
}
