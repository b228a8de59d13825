/**
 * The English interface end to end: after switching the language, the 工单, 导入 and 考核 pages
 * speak English (headers, buttons, AG Grid's own texts), data values stay as the files wrote
 * them, and no button or header overflows at 1440×900 or 1024×768.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, screenshot, ShellPage, WelcomePageObject, type LaunchedApp } from './harness';

const DEMO_TICKETS = 2000;

let app: LaunchedApp;
let shell: ShellPage;

async function waitRows(page: Page, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const ids = await page.locator('[data-testid=tickets-grid] .ag-row .ag-cell[col-id="id"]').allInnerTexts();
    if (ids.some((x) => x.trim() !== '')) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the ticket grid showed no rows within ${timeout} ms`);
}

/** Elements under `scope` whose text is cut off: wider content than box (buttons, headers, tags). */
async function overflowing(page: Page, scope: string, selector: string): Promise<string[]> {
  return page.locator(scope).locator(selector).evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
      .map((e) => (e.textContent ?? '').trim()));
}

beforeAll(async () => {
  app = await launchApp({ hash: `#/welcome?demo=${DEMO_TICKETS}` });
  shell = new ShellPage(app.page);
  const welcome = new WelcomePageObject(app.page);
  await welcome.waitVisible();
  await welcome.loadDemo();
  await shell.waitForPage('home');
  // The language the 设置 page stores (zustand persist), then a restart of the page.
  await app.page.evaluate(`localStorage.setItem('duban.locale', JSON.stringify({ state: { locale: 'en' }, version: 0 }))`);
  await app.page.evaluate("location.hash = '#/tickets'");
  await app.page.reload();
  await app.page.getByTestId('title-bar').waitFor();
  await shell.waitForPage('tickets');
  await waitRows(app.page);
});

afterAll(async () => {
  await app?.close();
});

describe('工单 page in English', () => {
  it('shows English column headers, buttons and status bar; data values unchanged', async () => {
    const page = app.page;
    expect((await page.getByTestId('header-id').innerText()).trim()).toBe('Ticket no.');
    expect((await page.getByTestId('header-acceptedAt').innerText()).trim()).toBe('Accepted');
    expect((await page.getByTestId('header-unit').innerText()).trim()).toBe('Handling unit');
    expect((await page.getByTestId('export-button').innerText()).trim()).toBe('Export');
    expect((await page.getByTestId('column-chooser-button').innerText()).trim()).toBe('Columns');
    expect(await page.getByTestId('tickets-status').innerText()).toContain(`Total ${DEMO_TICKETS.toLocaleString('en')} tickets`);
    expect(await page.getByPlaceholder('Search request, address, result (Ctrl+F)').count()).toBe(1);
    // Status values are data from the files: still Chinese.
    const statuses = await page.locator('[data-testid=tickets-grid] .ag-row .ag-cell[col-id="status"]').allInnerTexts();
    expect(statuses.some((s) => /[\u4e00-\u9fff]/.test(s))).toBe(true);
    // No Chinese left in the page's own chrome (toolbar and status bar).
    const toolbar = await page.getByTestId('tickets-page').locator('button').allInnerTexts();
    expect(toolbar.filter((s) => /[\u4e00-\u9fff]/.test(s))).toEqual([]);
    expect(await page.getByTestId('tickets-status').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'en-tickets-1440');
  });

  it('nothing overflows at 1440×900 and 1024×768', async () => {
    const page = app.page;
    for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      expect(await overflowing(page, '[data-testid=tickets-page]', 'button, [data-testid^=header-]')).toEqual([]);
      await screenshot(page, `en-tickets-${size.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('the detail drawer is English around the data; a search with no match shows AG Grid\'s English overlay', async () => {
    const page = app.page;
    await page.locator('[data-testid=tickets-grid] .ag-row[row-index="0"] .ag-cell[col-id="id"]').dblclick();
    const fields = page.getByTestId('ticket-fields');
    await fields.waitFor();
    const text = await fields.innerText();
    expect(text).toContain('Ticket details');
    expect(text).toContain('Handling unit');
    expect(await page.getByTestId('flow-timeline').innerText()).toContain('Workflow');
    await screenshot(page, 'en-tickets-drawer');
    await page.keyboard.press('Escape');
    await fields.waitFor({ state: 'hidden' });

    await page.getByPlaceholder('Search request, address, result (Ctrl+F)').fill('zzzz-no-such-text');
    await page.locator('.ag-overlay-no-rows-center', { hasText: 'No matching tickets' }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('filter-tags').innerText()).toContain('Search: zzzz-no-such-text');
    await page.getByTestId('filter-tags').getByRole('button', { name: 'Clear all' }).click();
    await waitRows(page);
  });
});

describe('导入 and 考核 pages in English', () => {
  it('the import page speaks English and nothing overflows', async () => {
    const page = app.page;
    // 导入 has no menu entry (it opens from the title bar and the empty states).
    await page.evaluate("location.hash = '#/import'");
    await shell.waitForPage('import');
    expect((await page.getByTestId('import-start').innerText()).trim()).toBe('Start import');
    expect(await page.getByTestId('page-import').innerText()).toContain('Ticket file (required)');
    for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      expect(await overflowing(page, '[data-testid=page-import]', 'button')).toEqual([]);
      await screenshot(page, `en-import-${size.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('the assessment page shows English headers, tabs and buttons; nothing overflows', async () => {
    const page = app.page;
    await shell.navigate('assessment');
    await page.getByTestId('ranking-grid').locator('.ag-header-cell-text').first().waitFor({ timeout: 60_000 });
    const headers = await page.getByTestId('ranking-grid').locator('.ag-header-cell-text').allInnerTexts();
    expect(headers).toContain('Rank');
    expect(headers).toContain('Score');
    expect(headers.filter((h) => /[\u4e00-\u9fff]/.test(h))).toEqual([]);
    expect(await page.getByRole('tab', { name: 'Red/black lists' }).count()).toBe(1);
    expect((await page.getByTestId('assess-export').innerText()).trim()).toBe('Export Excel');
    expect(await page.getByTestId('assess-summary').innerText()).toContain('Dispatched');
    for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      expect(await overflowing(page, '[data-testid=assessment-page]', 'button, .ag-header-cell-text, .ant-segmented-item-label')).toEqual([]);
      await screenshot(page, `en-assessment-${size.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
