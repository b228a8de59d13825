/**
 * The big screen (大屏) end to end on the demo city: every screen of the playlist at 1920×1080
 * and at 3840×2160 (screenshots in the artifacts' bigscreen/ folder), no board overflowing the stage or
 * overlapping another, no personal data in the DOM, rotation by the clock and by keyboard, live
 * refresh after an import without a reload, and the 未诉先办 list with its hand-off to a campaign.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src-renderer/src/features/bigscreen/privacy/personal-data-scan';
import { seedCampaigns } from '../helpers/campaign-seed';
import { launchApp, ShellPage, WelcomePageObject, waitUntil, type LaunchedApp } from './harness';
import { ARTIFACTS_DIR } from './harness/screenshot';

/** Screenshots: the harness's artifacts folder, or $DUBAN_SHOTS_DIR/bigscreen when that is set. */
const SHOTS = process.env.DUBAN_SHOTS_DIR ? join(process.env.DUBAN_SHOTS_DIR, 'bigscreen') : join(ARTIFACTS_DIR, 'bigscreen');
const SCREENS = ['overview', 'ranking', 'governance', 'proactive'];

let app: LaunchedApp;
let page: Page;
let citizenNames: string[] = [];

/** Writes rows into an IndexedDB store of the app's database before the page that reads them opens. */
async function putRows(p: Page, store: string, rows: unknown[]): Promise<void> {
  await p.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('duban');
    open.onsuccess = () => {
      const tx = open.result.transaction(${JSON.stringify(store)}, 'readwrite');
      for (const r of ${JSON.stringify(rows)}) tx.objectStore(${JSON.stringify(store)}).put(r);
      tx.oncomplete = () => { open.result.close(); resolve(undefined); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  })`);
}

const show = () => page.getByTestId('bigscreen-show');
const attr = async (name: string) => (await show().getAttribute(name)) ?? '';

/** Waits until the wall's data is in and every chart of the current screen has drawn. */
async function settled(): Promise<void> {
  await waitUntil(page, `(() => { const s = document.querySelector('[data-testid=bigscreen-show]');
    if (!s || s.dataset.ready !== '1') return false;
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.every((c) => c.dataset.drawnAt && c.querySelector('canvas')); })()`, 60_000);
  await page.evaluate('document.fonts.ready.then(() => undefined)');
}

type Box = { id: string; x: number; y: number; w: number; h: number; bodyOverflow: boolean; titleClipped: boolean };

/** Boards of the current screen, their boxes and whether their content overflows, and the stage's box. */
async function layout(): Promise<{ stage: { x: number; y: number; w: number; h: number }; boards: Box[]; headerClipped: boolean }> {
  return page.evaluate(`(() => {
    const r = (el) => { const b = el.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
    const stage = r(document.querySelector('[data-testid=bigscreen-stage]'));
    const boards = [...document.querySelectorAll('[data-board]')].map((el) => {
      const body = el.querySelector('.bs-board-body');
      const titles = [...el.querySelectorAll('.bs-board-title > span')];
      return { id: el.dataset.board, ...r(el),
        bodyOverflow: body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1,
        titleClipped: titles.some((t) => t.scrollWidth > t.clientWidth + 1) };
    });
    // The header's parts each fit: the context chips inside their strip (it is right-aligned, so
    // an overflow goes off its left edge), the titles unclipped.
    const ctx = document.querySelector('[data-testid=bigscreen-context]');
    const box = ctx.getBoundingClientRect();
    const chips = [...ctx.children].map((c) => c.getBoundingClientRect());
    const texts = [...document.querySelectorAll('.bs-header span')];
    const headerClipped = chips.some((c) => c.left < box.left - 1 || c.right > box.right + 1)
      || texts.some((t) => t.scrollWidth > t.clientWidth + 1 && getComputedStyle(t).display !== 'inline');
    return { stage, boards, headerClipped };
  })()`);
}

function expectTidy(l: Awaited<ReturnType<typeof layout>>, where: string): void {
  expect(l.boards.length, where).toBeGreaterThan(0);
  expect(l.headerClipped, `${where}: header strip clipped`).toBe(false);
  const eps = 1;
  for (const b of l.boards) {
    expect(b.x >= l.stage.x - eps && b.y >= l.stage.y - eps && b.x + b.w <= l.stage.x + l.stage.w + eps && b.y + b.h <= l.stage.y + l.stage.h + eps, `${where}: ${b.id} outside the stage`).toBe(true);
    expect(b.bodyOverflow, `${where}: ${b.id} content overflows`).toBe(false);
    expect(b.titleClipped, `${where}: ${b.id} title clipped`).toBe(false);
  }
  for (let i = 0; i < l.boards.length; i++) {
    for (let j = i + 1; j < l.boards.length; j++) {
      const a = l.boards[i]!, b = l.boards[j]!;
      const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      expect(ox > eps && oy > eps, `${where}: ${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

async function expectNoPersonalData(where: string): Promise<void> {
  const text = await page.evaluate(`(() => {
    // What a viewer can see or a screen reader reads: the text, and the titles and labels
    // (ECharts writes each chart's data into its container's aria-label).
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')) {
      for (const a of ['title', 'aria-label', 'alt', 'placeholder']) if (el.getAttribute(a)) parts.push(el.getAttribute(a));
    }
    return parts.join('\\n');
  })()`) as string;
  expect(findPersonalData(text, citizenNames), where).toEqual([]);
}

async function goToScreen(index: number): Promise<void> {
  for (let k = 0; k < SCREENS.length && Number(await attr('data-index')) !== index; k++) await page.keyboard.press('ArrowRight');
  expect(Number(await attr('data-index'))).toBe(index);
  await settled();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await launchApp({ hash: '#/welcome?demo=20000', viewport: { width: 1920, height: 1080 } });
  page = app.page;
  const welcome = new WelcomePageObject(page);
  await welcome.waitVisible();
  await welcome.loadDemo();
  // Citizen names of the demo, to look for on the wall (none may appear).
  citizenNames = await page.evaluate(`(async () => {
    const e = window.__dubanEngine;
    const rows = (await e.query({ filters: [] }, { start: 0, end: 300 })).rows;
    const names = [];
    for (const r of rows) { const d = await e.ticket(String(r.id)); if (d && d.ticket.callerName) names.push(d.ticket.callerName); }
    return names;
  })()`) as string[];
  expect(citizenNames.length).toBeGreaterThan(100);
  const seed = seedCampaigns();
  await putRows(page, 'campaigns', seed.campaigns);
  await putRows(page, 'campaignTasks', seed.tasks);
  await putRows(page, 'settings', [{ key: 'bigscreen', active: '测试', presets: [{ name: '测试', minCount: 5, theme: 'dark', districtLayout: '',
    items: SCREENS.map((screen) => ({ screen, seconds: 5 })) }] }]);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('big screen', () => {
  it('plays every screen at 1920×1080 and 3840×2160: tidy, sharp, without personal data', async () => {
    await page.evaluate("location.hash = '#/bigscreen?show=1'");
    await show().waitFor({ state: 'attached' });
    expect(await page.getByTestId('title-bar').count()).toBe(0);
    await settled();
    await page.keyboard.press('Space');
    expect(await attr('data-paused')).toBe('1');
    // The demo's "loaded" message fades out before the pictures are taken.
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    for (const [w, h] of [[1920, 1080], [3840, 2160]] as const) {
      await page.setViewportSize({ width: w, height: h });
      for (let i = 0; i < SCREENS.length; i++) {
        await goToScreen(i);
        expect(await attr('data-screen-id')).toBe(SCREENS[i]);
        await page.mouse.move(10, h - 10);
        await page.screenshot({ path: join(SHOTS, `${w}x${h}-${i + 1}-${SCREENS[i]}.png`), animations: 'disabled' });
        expectTidy(await layout(), `${SCREENS[i]} @${w}×${h}`);
        await expectNoPersonalData(`${SCREENS[i]} @${w}×${h}`);
        expect(await page.locator('[data-chart][aria-label]').count()).toBe(await page.locator('[data-chart]').count());
        if (w === 3840) {
          // Charts draw at the wall's resolution: canvas pixels = 2 × the stage's CSS pixels.
          const ratio = await page.evaluate(`(() => { const c = document.querySelector('[data-chart] canvas'); return c ? c.width / c.parentElement.clientWidth : 0; })()`) as number;
          expect(ratio).toBeCloseTo(2, 1);
        }
      }
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
    // The boards the issue names are on the wall, with real figures.
    await goToScreen(0);
    for (const id of ['kpi', 'gauge-responseRate', 'trend', 'treemap', 'hotspots', 'district-map', 'chronic', 'campaigns', 'surges']) {
      expect(await page.getByTestId(`board-${id}`).count(), id).toBe(1);
    }
    expect(await page.getByTestId('chart-campaigns').count()).toBe(1);
    expect(await page.getByTestId('wape-note').first().innerText()).toMatch(/WAPE \d+\.\d%｜朴素法 \d+\.\d%/);
    await goToScreen(1);
    expect(await page.locator('.bs-rank-row').count()).toBeGreaterThan(5);
    expect(await page.locator('.bs-tag', { hasText: '样本不足' }).count()).toBeGreaterThan(0);
    // A ranking taller than its board scrolls (the street ranking has about a hundred units).
    const scrolling = page.locator('.bs-rank-scroll');
    expect(await scrolling.count()).toBeGreaterThan(0);
    expect(await scrolling.first().evaluate((el) => getComputedStyle(el).animationName)).toBe('bs-scroll');
    expect(app.errors).toEqual([]);
  }, 400_000);

  it('rotates after the interval and moves by keyboard', async () => {
    await goToScreen(0);
    expect(await attr('data-paused')).toBe('1');
    await page.waitForTimeout(6_000);
    expect(Number(await attr('data-index'))).toBe(0);
    await page.keyboard.press('Space');
    expect(await attr('data-paused')).toBe('0');
    await expect.poll(async () => Number(await attr('data-index')), { timeout: 12_000, interval: 250 }).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(Number(await attr('data-index'))).toBe(2);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(Number(await attr('data-index'))).toBe(0);
    await page.keyboard.press('ArrowLeft');
    expect(Number(await attr('data-index'))).toBe(SCREENS.length - 1);
    await page.keyboard.press('Space');
    expect(await attr('data-paused')).toBe('1');
    // The hidden menu in the top-right corner does the same.
    expect(await page.getByTestId('bigscreen-menu').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await page.getByTestId('bigscreen-next').hover();
    await expect.poll(() => page.getByTestId('bigscreen-menu').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.getByTestId('bigscreen-next').click();
    expect(Number(await attr('data-index'))).toBe(0);
    await page.getByTestId('bigscreen-prev').click();
    expect(Number(await attr('data-index'))).toBe(SCREENS.length - 1);
    await page.mouse.move(10, 1070);
  }, 120_000);

  it('refreshes in place when tickets are imported', async () => {
    await goToScreen(0);
    const before = (await page.getByTestId('kpi-month-value').getAttribute('data-value'))!;
    const computedAt = await attr('data-computed-at');
    await page.evaluate('window.__notReloaded = true');
    const day = ((await page.getByTestId('bigscreen-context').innerText()).match(/数据截至 (\d{4}-\d{2}-\d{2})/) ?? [])[1]!;
    const header = '工单编号,受理时间,诉求类型,诉求分类,区,街道,承办单位,单位类型,办理状态';
    const rows = Array.from({ length: 40 }, (_, i) => `BS-LIVE-${i},${day} 10:${String(i).padStart(2, '0')}:00,投诉,城乡建设/市政管理/道路维护,东湖区,东湖街道,东湖区,区,办理中`);
    const csv = [header, ...rows].join('\n');
    const outcome = await page.evaluate(`window.__dubanEngine.importFiles({ tickets: new File([${JSON.stringify(csv)}], 'live.csv', { type: 'text/csv' }) })
      .then((o) => ({ inserted: o.files[0].inserted, rejected: o.files[0].rejected.slice(0, 3), refused: o.files[0].refused ?? null }))`);
    expect(outcome).toEqual({ inserted: 40, rejected: [], refused: null });
    await expect.poll(async () => attr('data-computed-at'), { timeout: 60_000 }).not.toBe(computedAt);
    await settled();
    const after = (await page.getByTestId('kpi-month-value').getAttribute('data-value'))!;
    expect(Number(after.replace(/,/g, '')) - Number(before.replace(/,/g, ''))).toBe(40);
    expect(await page.evaluate('window.__notReloaded === true')).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'live-refresh.png'), animations: 'disabled' });
  }, 120_000);

  it('follows a case opened in another window (立案 from the 未诉先办 list) without a reload', async () => {
    await goToScreen(2);
    const note = page.getByTestId('chronic-note');
    expect(await note.innerText()).toBe('在办 0 件，超期 0 件');
    const other = await app.browser.newPage();
    try {
      await other.goto(`${app.url.split('#')[0]}#/bigscreen?tab=proactive`);
      await other.getByTestId('surge-open-case').first().click();
      const form = other.getByTestId('open-case-form');
      await form.waitFor();
      await form.getByLabel('主责单位').fill('西城区');
      await other.getByTestId('open-case-supervisor').fill('督办员甲');
      await other.getByTestId('open-case-ok').click();
      await expect.poll(() => other.evaluate('location.hash'), { timeout: 30_000 }).toMatch(/#\/chronic\?case=/);
    } finally {
      await other.close();
    }
    // One case: shown suppressed, as every count under the minimum.
    await expect.poll(() => note.innerText(), { timeout: 30_000 }).toBe('在办 <5 件，超期 0 件');
    await settled();
    expect(await page.getByTestId('chart-chronic').count()).toBe(1);
    expect(await page.evaluate('window.__notReloaded === true')).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'live-case.png'), animations: 'disabled' });
  }, 120_000);

  it('exits with Esc to the settings page, and lists the 未诉先办 surges with their hand-off', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('bigscreen-settings').waitFor();
    const shell = new ShellPage(page);
    expect(await shell.route()).toBe('bigscreen');
    await page.getByTestId('title-bar').waitFor();
    await page.getByTestId('preset-editor').waitFor();
    await page.screenshot({ path: join(SHOTS, 'settings.png') });
    await page.getByRole('tab', { name: '未诉先办' }).click();
    await page.getByTestId('proactive-list').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('proactive-trust').innerText()).toMatch(/WAPE/);
    const cards = page.getByTestId('surge-card');
    expect(await cards.count()).toBeGreaterThan(0);
    await waitUntil(page, "[...document.querySelectorAll('[data-testid=surge-chart]')].every((c) => c.dataset.drawnAt)");
    await page.screenshot({ path: join(SHOTS, 'proactive-list.png') });
    await cards.first().getByTestId('surge-open-campaign').click();
    await expect.poll(() => shell.route(), { timeout: 15_000 }).toBe('campaigns');
    expect(await page.evaluate('location.hash')).toMatch(/tab=campaigns&draft=/);
    await page.evaluate("location.hash = '#/bigscreen?tab=proactive'");
    await page.getByTestId('proactive-past').waitFor({ timeout: 60_000 });
    // The case opened from the list in the test before, and the campaign draft just now.
    expect(await page.getByTestId('proactive-past').locator('tbody tr').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'proactive-past.png'), fullPage: true });
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('speaks English and plays the light theme, still tidy', async () => {
    await page.evaluate(`localStorage.setItem('duban.locale', JSON.stringify({ state: { locale: 'en' }, version: 0 }))`);
    await putRows(page, 'settings', [{ key: 'bigscreen', active: 'light', presets: [{ name: 'light', minCount: 5, theme: 'light', districtLayout: '',
      items: SCREENS.map((screen) => ({ screen, seconds: 60 })) }] }]);
    await page.evaluate("location.hash = '#/bigscreen?show=1'");
    await page.reload();
    await show().waitFor({ state: 'attached' });
    await settled();
    await page.keyboard.press('Space');
    for (let i = 0; i < SCREENS.length; i++) {
      await goToScreen(i);
      await page.mouse.move(10, 1070);
      await page.screenshot({ path: join(SHOTS, `en-light-${i + 1}-${SCREENS[i]}.png`), animations: 'disabled' });
      expectTidy(await layout(), `${SCREENS[i]} (English, light)`);
      await expectNoPersonalData(`${SCREENS[i]} (English, light)`);
    }
    expect(await page.getByTestId('bigscreen-screen-name').innerText()).toBe('Proactive governance');
    expect(app.errors).toEqual([]);
  }, 180_000);
});
