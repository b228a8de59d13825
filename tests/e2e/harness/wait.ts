import type { Page } from 'playwright-core';

/**
 * Polls `expression` in the page until it is truthy. Playwright's waitForFunction compiles its
 * predicate inside the page, which the app's CSP (no 'unsafe-eval') rightly refuses; evaluate
 * goes through the debugger protocol instead.
 */
export async function waitUntil(page: Page, expression: string, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(expression).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`等待超时（${timeout} ms）：${expression}`);
    await page.waitForTimeout(100);
  }
}
