/**
 * The 疑难件 pages in English (their chrome English, Chinese only in data and in the process
 * terms kept on purpose beside the English), and the 检测阈值 editor: change D, the preview shows
 * what changes, saving lists version 2 and detections use it — in English, then in Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, screenshot, ShellPage, WelcomePageObject, type LaunchedApp } from './harness';

const DEMO_TICKETS = 2000;
/** The Chinese terms the English catalog keeps in brackets (src-renderer/src/i18n/messages/chronic.ts). */
const KEPT = ['认定', '会商', '督办', '整改', '回访', '观察期', '销号', '挂起', '退回', '催办', '挂牌督办', '立案', '属实', '不属实', '部分属实'];
/** The page's own words: tabs, buttons, headers, labels, card titles, placeholders, alerts. */
const CHROME = [
  '.ant-tabs-tab', 'button', 'th', '.ag-header-cell-text', '.ant-descriptions-item-label', '.ant-card-head-title',
  '.ant-form-item-label', '.ant-segmented-item-label', '.ant-alert-message', '.ant-checkbox-label', '.ant-select-selection-placeholder',
].join(', ');

let app: LaunchedApp;
let shell: ShellPage;

/** Chrome texts under `scope` with Chinese left once the kept terms in brackets are taken out. */
async function chineseChrome(page: Page, scope: string): Promise<string[]> {
  const texts = await page.locator(scope).locator(CHROME).evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e.textContent ?? '').trim()));
  const placeholders = await page.locator(scope).locator('input[placeholder], textarea[placeholder]').evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('placeholder') ?? ''));
  const strip = (s: string) => KEPT.reduce((acc, k) => acc.split(`(${k})`).join(''), s);
  return [...texts, ...placeholders].filter((s) => /[\u4e00-\u9fff]/.test(strip(s)));
}

async function useLocale(locale: 'en' | 'zh-CN', hash: string): Promise<void> {
  await app.page.evaluate(`localStorage.setItem('duban.locale', JSON.stringify({ state: { locale: '${locale}' }, version: 0 }))`);
  await app.page.evaluate(`location.hash = '${hash}'`);
  await app.page.reload();
  await app.page.getByTestId('title-bar').waitFor();
}

const tab = (name: string) => app.page.getByRole('tab', { name, exact: true });

beforeAll(async () => {
  app = await launchApp({ hash: `#/welcome?demo=${DEMO_TICKETS}` });
  shell = new ShellPage(app.page);
  const welcome = new WelcomePageObject(app.page);
  await welcome.waitVisible();
  await welcome.loadDemo();
  await shell.waitForPage('home');
  await useLocale('en', '#/chronic');
  await shell.waitForPage('chronic');
});

afterAll(async () => {
  await app?.close();
});

describe('疑难件 pages in English', () => {
  it('detections: English tabs, filters, headers and buttons; data as the files wrote it', async () => {
    const page = app.page;
    await tab('Detections').click();
    await page.getByTestId('detection-cases').locator('tr.ant-table-row').first().waitFor({ timeout: 120_000 });
    for (const name of ['Detections', 'Cases', 'Unsatisfied review', 'My work', 'Unit signals', 'Thresholds']) expect(await tab(name).count()).toBe(1);
    expect(await page.getByTestId('chronic-summary').innerText()).toMatch(/^Rules chronic-v1 v1; [\d,]+ tickets up to the end of \w+ \d+, \d{4}$/);
    expect((await page.getByTestId('open-case').first().innerText()).trim()).toBe('Open case (立案)');
    expect(await chineseChrome(page, '[data-testid=chronic-page]')).toEqual([]);
    // The grounds of a detection are data (addresses, categories): still Chinese.
    expect(await page.getByTestId('detection-cases').locator('tr.ant-table-row').first().innerText()).toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'chronic-en-detections');
  });

  it('opening a case: the dialog and the case page speak English around the data', async () => {
    const page = app.page;
    await page.getByTestId('open-case').first().click();
    const form = page.getByTestId('open-case-form');
    await form.waitFor();
    expect(await chineseChrome(page, '.ant-modal')).toEqual([]);
    await page.getByTestId('open-case-supervisor').fill('Wang');
    await page.getByTestId('open-case-ok').click();
    await page.getByTestId('case-detail').waitFor({ timeout: 30_000 });
    expect((await page.getByTestId('case-status').innerText()).trim()).toBe('Identified (认定)');
    expect(await page.getByTestId('case-detail').innerText()).toContain('Responsible unit');
    expect(await chineseChrome(page, '[data-testid=case-detail]')).toEqual([]);
    await screenshot(page, 'chronic-en-case');
    await page.getByRole('tab', { name: /^Timeline/ }).click();
    expect(await page.getByTestId('case-timeline').innerText()).toContain('Timeline intact: 1 entries');
    await screenshot(page, 'chronic-en-case-timeline');
  });

  it('cases, review queue, my work and unit signals: English chrome', async () => {
    const page = app.page;
    await page.evaluate("location.hash = '#/chronic'");
    await tab('Cases').click();
    await page.getByTestId('cases-grid').locator('.ag-header-cell-text').first().waitFor();
    const headers = await page.getByTestId('cases-grid').locator('.ag-header-cell-text').allInnerTexts();
    expect(headers).toContain('Supervision level');
    expect(await page.getByTestId('cases-grid').innerText()).toContain('Identified (认定)');
    expect(await chineseChrome(page, '[data-testid=chronic-page]')).toEqual([]);
    await screenshot(page, 'chronic-en-cases');

    await tab('Unsatisfied review').click();
    await page.getByTestId('review-table').locator('tr.ant-table-row').first().waitFor({ timeout: 120_000 });
    expect(await chineseChrome(page, '[data-testid=chronic-page]')).toEqual([]);
    await screenshot(page, 'chronic-en-review');
    await page.getByTestId('review-open').first().click();
    await page.getByTestId('review-form').waitFor();
    expect(await page.getByTestId('review-form').innerText()).toContain('Founded (属实)');
    expect(await chineseChrome(page, '.ant-modal')).toEqual([]);
    await screenshot(page, 'chronic-en-review-dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('review-form').waitFor({ state: 'hidden' });

    await tab('My work').click();
    await page.getByTestId('my-name').waitFor();
    expect(await chineseChrome(page, '[data-testid=chronic-page]')).toEqual([]);

    await tab('Unit signals').click();
    await page.getByTestId('unit-signals').locator('tr.ant-table-row').first().waitFor({ timeout: 120_000 });
    expect(await chineseChrome(page, '[data-testid=chronic-page]')).toEqual([]);
    await screenshot(page, 'chronic-en-signals');
  });
});

describe('检测阈值 editor', () => {
  const editor = () => app.page.getByTestId('threshold-editor');
  const versions = async () => (await editor().getByTestId('threshold-version').allInnerTexts()).map((v) => v.trim());

  it('in English: change D of R1, the preview shows what changes, saving lists version 2 and detections use it', async () => {
    const page = app.page;
    await tab('Thresholds').click();
    await editor().waitFor();
    expect(await versions()).toEqual(['1']);
    expect(await chineseChrome(page, '[data-testid=chronic-page]')).toEqual([]);
    await screenshot(page, 'chronic-en-thresholds');

    const d = page.getByTestId('thr-r1-gapDays');
    await d.fill('10');
    await d.press('Tab');
    expect(await page.getByTestId('rule-errors').count()).toBe(0);
    await page.getByTestId('rule-preview').click();
    const preview = page.getByTestId('threshold-preview');
    await preview.waitFor({ timeout: 120_000 });
    const r1 = preview.locator('tr.ant-table-row').filter({ hasText: 'R1 Repeat at address' });
    await expect.poll(async () => r1.getByTestId('thr-lost').count()).toBe(1);
    expect(await page.getByTestId('threshold-no-change').count()).toBe(0);
    expect(await chineseChrome(page, '[data-testid=threshold-preview]')).toEqual([]);
    await screenshot(page, 'chronic-en-thresholds-preview');

    await page.getByTestId('rule-save').click();
    await expect.poll(versions, { timeout: 15_000 }).toEqual(['1', '2']);
    expect(await editor().getByTestId('rule-version').innerText()).toContain('chronic-v1 v2');
    await screenshot(page, 'chronic-en-thresholds-saved');

    await tab('Detections').click();
    await expect.poll(() => page.getByTestId('chronic-summary').innerText(), { timeout: 120_000 }).toMatch(/^Rules chronic-v1 v2;/);
  });

  it('validation messages in English: a bad threshold is refused with a reason and cannot be saved', async () => {
    const page = app.page;
    await tab('Thresholds').click();
    await editor().waitFor();
    const min = page.getByTestId('thr-r1-minTickets');
    await min.fill('');
    await min.press('Tab');
    const errors = page.getByTestId('rule-errors');
    await errors.waitFor();
    expect(await errors.innerText()).toContain('R1 minimum tickets must be a positive whole number');
    expect(await page.getByTestId('rule-save').isDisabled()).toBe(true);
    await screenshot(page, 'chronic-en-thresholds-invalid');
    await page.getByTestId('rule-discard').click();
    await errors.waitFor({ state: 'hidden' });
  });

  it('in Chinese: the same editor, version 2 kept, the reason in Chinese', async () => {
    const page = app.page;
    await useLocale('zh-CN', '#/chronic');
    await shell.waitForPage('chronic');
    await tab('检测阈值').click();
    await editor().waitFor();
    expect(await versions()).toEqual(['1', '2']);
    expect(await editor().innerText()).toContain('相邻间隔天数（D）');
    // The chrome check sees the page's own words: in Chinese it finds them.
    expect((await chineseChrome(page, '[data-testid=chronic-page]')).length).toBeGreaterThan(10);
    const min = page.getByTestId('thr-r1-minTickets');
    await min.fill('');
    await min.press('Tab');
    await page.getByTestId('rule-errors').waitFor();
    expect(await page.getByTestId('rule-errors').innerText()).toContain('R1 最少工单数 必须是正整数');
    await screenshot(page, 'chronic-zh-thresholds-invalid');
    await page.getByTestId('rule-discard').click();
    await page.getByTestId('rule-preview').click();
    await page.getByTestId('threshold-preview').waitFor({ timeout: 120_000 });
    await screenshot(page, 'chronic-zh-thresholds');
  });
});
