/**
 * 设置 → 单位数据库服务器 in the browser build with the real main-process handlers behind the
 * stand-in preload: saving the connection and testing it against a throwaway PostgreSQL loaded
 * with demo tickets, a server that cannot be reached, and the browser build as users get it
 * (no main process: it says the desktop app or the CLI is needed).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, ShellPage, waitUntil, WelcomePageObject, type LaunchedApp } from './harness';
import { makeDemo, runCli } from '../helpers/cli-run';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster';

const SHOTS = '/work/shots/pg';

async function shot(app: LaunchedApp, name: string): Promise<void> {
  const path = await screenshot(app.page, name);
  try { mkdirSync(SHOTS, { recursive: true }); copyFileSync(path, join(SHOTS, `${name}.png`)); } catch { /* only on the development machine */ }
}

describe('office database server settings', () => {
  let cluster: PgCluster;
  let url = '';
  let app: LaunchedApp | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'duban-e2e-pg-'));

  beforeAll(async () => {
    cluster = await startPgCluster();
    // The demo city the welcome page loads (3,000 tickets, seed 12345), with its flow events.
    await makeDemo(join(dir, 'demo'), 3000, 12345);
    url = cluster.createDatabase('office');
    const r = await runCli(['load', '--db', url, join(dir, 'demo', 'tickets.csv'), '--events', join(dir, 'demo', 'events.csv')]);
    if (r.code !== 0) throw new Error(r.stderr);
  }, 300_000);
  afterEach(async () => { await app?.close(); app = null; });
  afterAll(() => { cluster?.stop(); rmSync(dir, { recursive: true, force: true }); });

  it('saves the connection in main and tests it: the server version and its tickets', async () => {
    app = await launchApp({ hash: '#/settings' });
    const { page } = app;
    await new ShellPage(page).waitForPage('settings');
    const card = page.getByTestId('server-settings');
    await card.scrollIntoViewIfNeeded();
    await page.getByTestId('server-tls').getByText('不加密（仅限内网）').click();
    await page.getByTestId('server-url').fill(url);
    await page.getByTestId('server-test').click();
    const outcome = page.getByTestId('server-outcome');
    await outcome.waitFor();
    expect(await outcome.innerText()).toMatch(/已连接：PostgreSQL 1\d.*数据库 office，共 3,000 件工单，覆盖 \d+ 个月/);
    await shot(app, 'settings-server-connected');
    // Kept by main: a reopened page reads the URL back, without any password.
    await page.reload();
    await page.getByTestId('server-url').waitFor();
    await waitUntil(page, `document.querySelector('[data-testid="server-url"]').value.startsWith('postgresql://postgres@localhost')`);

    await page.getByTestId('settings-language').getByText('English').click();
    await page.getByTestId('server-settings').scrollIntoViewIfNeeded();
    await page.getByTestId('server-test').click();
    await waitUntil(page, `(document.querySelector('[data-testid="server-outcome"]')?.textContent ?? '').startsWith('Connected')`);
    await shot(app, 'settings-server-connected-en');
    await page.getByTestId('settings-language').getByText('简体中文').click();
    expect(app.errors).toEqual([]);
  });

  it('says why when the server cannot be reached, and what to do', async () => {
    app = await launchApp({ hash: '#/settings' });
    const { page } = app;
    await new ShellPage(page).waitForPage('settings');
    await page.getByTestId('server-settings').scrollIntoViewIfNeeded();
    await page.getByTestId('server-tls').getByText('不加密（仅限内网）').click();
    await page.getByTestId('server-url').fill(`postgresql://postgres@localhost:1/office?host=${encodeURIComponent(join(dir, 'nowhere'))}`);
    await page.getByTestId('server-test').click();
    const outcome = page.getByTestId('server-outcome');
    await outcome.waitFor();
    const text = await outcome.innerText();
    expect(text).toMatch(/连接失败/);
    expect(text).toMatch(/连接数据库服务器|无法连接数据库/);
    expect(text).toMatch(/本机的工单和考核不受影响/);
    await page.getByTestId('server-url').fill('mysql://nope');
    await page.getByTestId('server-save').click();
    await waitUntil(page, `(document.querySelector('[data-testid="server-outcome"]')?.textContent ?? '').includes('postgresql://')`);
    await shot(app, 'settings-server-unreachable');
  });

  it('考核 → 服务器 computes the same assessment on the server as on this computer', async () => {
    app = await launchApp({ hash: '#/welcome?demo=3000' });
    const { page } = app;
    const shell = new ShellPage(page);
    const welcome = new WelcomePageObject(page);
    await welcome.waitVisible();
    await welcome.loadDemo();
    await shell.navigate('settings');
    await page.getByTestId('server-tls').getByText('不加密（仅限内网）').click();
    await page.getByTestId('server-url').fill(url);
    await page.getByTestId('server-save').click();
    await shell.navigate('assessment');
    await page.getByTestId('assess-summary').waitFor();
    await page.getByTestId('assess-period').getByText('年度').click();
    await page.getByRole('tab', { name: '服务器' }).click();
    await page.getByTestId('assess-server-run').click();
    const total = page.getByTestId('assess-server-total');
    await total.waitFor();
    const text = await total.innerText();
    expect(text).toMatch(/服务器共有 3,000 件工单/);
    // The page's own figures for the same year, rule set and grouping.
    const summary = await page.getByTestId('assess-summary').innerText();
    const local = (label: string): string => new RegExp(`${label}\\s*([\\d,.%—]+)`).exec(summary)?.[1] ?? '?';
    expect(text).toContain(`本期派单 ${local('派单量')} 件`);
    expect(text).toContain(`综合得分 ${local('综合得分')}`);
    expect(text).toContain(`满意率 ${local('满意率')}`);
    expect(await page.getByTestId('assess-server-table').locator('tbody tr').count()).toBeGreaterThan(3);
    await shot(app, 'assessment-server');
  });

  it('the browser build says the desktop app or the CLI is needed', async () => {
    app = await launchApp({ hash: '#/settings', exposeBridge: false });
    const { page } = app;
    await new ShellPage(page).waitForPage('settings');
    const note = page.getByTestId('server-browser-only');
    await note.scrollIntoViewIfNeeded();
    expect(await note.innerText()).toMatch(/需要督办工作台桌面版|请使用督办工作台桌面版/);
    expect(await page.getByTestId('server-url').count()).toBe(0);
    await shot(app, 'settings-server-browser');
    expect(app.errors).toEqual([]);
  });
});
