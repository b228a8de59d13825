import type { ConsoleMessage, Page } from 'playwright-core';

/** What went wrong in a page: console errors and uncaught exceptions, as text. */
export type PageErrors = string[];

/** Starts collecting a page's console errors and page errors into the returned array. */
export function collectErrors(page: Page): PageErrors {
  const errors: PageErrors = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('crash', () => errors.push('crash: the page crashed'));
  return errors;
}
