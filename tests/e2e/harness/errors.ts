import type { ConsoleMessage, Page } from 'playwright-core';

/** What went wrong in a page: console errors and uncaught exceptions, as text. */
export type PageErrors = string[];

/**
 * Starts collecting a page's console errors, page errors and requests that leave `origin` (the
 * app must work offline: no fonts, scripts or beacons from elsewhere) into the returned array.
 */
export function collectErrors(page: Page, origin?: string): PageErrors {
  const errors: PageErrors = [];
  if (origin) {
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) errors.push(`external request: ${url}`);
    });
  }
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('crash', () => errors.push('crash: the page crashed'));
  return errors;
}
