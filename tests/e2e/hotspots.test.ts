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
import { demoWhistles } from '@core/demo/whistles';
import { launchApp, screenshot, ShellPage, WelcomePageObject, type LaunchedApp } from './harness';
import { ARTIFACTS_DIR } from './harness/screenshot';

const DEMO_TICKETS = 3000;
const DEMO_SEED = 12345;
/** The demo city ends on 2026-10-31, so its latest full month is October. */
const MONTH = '2026-10';
const ROOT = resolve(__dirname, '../..');
const SHOTS = process.env.DUBAN_SHOTS_DIR ? join(process.env.DUBAN_SHOTS_DIR, 'hotspots-ui') : ARTIFACTS_DIR;

type CliGroup = { key: Record<string, string>; count: number; mean: number | null; sd: number | null; z: number | null; mom: number | null; yoy: number | null; hotspot: boolean };

function cli(...args: string[]): string {
  return execFileSync('npx', ['tsx', 'cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

async function shot(page: Page, name: string): Promise<void> {
  const p = await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  if (p !== join(SHOTS, `${name}.png`)) copyFileSync(p, join(SHOTS, `${name}.png`));
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

/** Page object of #/campaigns?tab=whistles. */
class WhistlesPageObject {
  constructor(readonly page: Page) {}
  async open(): Promise<void> {
    await this.page.evaluate("location.hash = '#/campaigns?tab=whistles'");
    await this.page.getByTestId('whistle-grid').locator('.ag-row').first().waitFor({ timeout: 60_000 });
  }
  /** Whistles of a street in the 街道吹哨率 table (0 when not listed on the first page, after searching it). */
  async streetWhistles(street: string): Promise<number> {
    const row = this.page.getByTestId('street-rates').locator(`tr[data-street="${street}"]`);
    return Number((await row.getByTestId('street-whistles').innerText()).replace(/[^\d]/g, ''));
  }
  async unitSummons(unit: string): Promise<number> {
    await this.page.getByTestId('whistle-stats').getByRole('tab', { name: '单位按时报到率' }).click();
    const table = this.page.getByTestId('unit-rates');
    // The unit may be on a later page of the table; page through until found.
    for (;;) {
      const row = table.locator(`tr[data-unit="${unit}"]`);
      if (await row.count()) return Number((await row.getByTestId('unit-summons').innerText()).replace(/[^\d]/g, ''));
      const next = table.locator('.ant-pagination-next:not(.ant-pagination-disabled)');
      if (!(await next.count())) return 0;
      await next.click();
    }
  }
}

describe('吹哨报到 ledger', () => {
  const whistles = new WhistlesPageObject(null as unknown as Page);
  const STREET = '南湖区/湖滨街道';
  let streetBefore = 0;
  let unitBefore = 0;

  it('lists the demo city’s whistles with their stats', async () => {
    Object.assign(whistles, { page: app.page });
    await whistles.open();
    const expected = demoWhistles({ tickets: DEMO_TICKETS, seed: DEMO_SEED });
    await expect.poll(() => app.page.getByTestId('whistle-count').innerText(), { timeout: 10_000 }).toContain(`共 ${expected.length} 条`);
    await app.page.getByTestId('street-rates').locator('tbody tr').first().waitFor({ timeout: 30_000 });
    // The demo's water main burst: an 应急 whistle of 南湖区/湖滨街道 in the month of the hotspot.
    expect(expected.some((w) => w.street === STREET && w.type === '应急')).toBe(true);
    streetBefore = await streetWhistlesAnyPage(STREET);
    expect(streetBefore).toBe(expected.filter((w) => w.street === STREET && w.at >= Date.UTC(2025, 10, 1) - 8 * 3_600_000).length);
    await shot(app.page, 'whistles-zh');
    unitBefore = await whistles.unitSummons('市水务局');
    await app.page.getByTestId('whistle-stats').getByRole('tab', { name: '街道 × 月份' }).click();
    await app.page.getByTestId('street-month-heatmap').locator('canvas').first().waitFor({ timeout: 10_000 });
    await shot(app.page, 'whistles-heatmap-zh');
    await app.page.getByTestId('whistle-stats').getByRole('tab', { name: '街道吹哨率' }).click();
  });

  async function streetWhistlesAnyPage(street: string): Promise<number> {
    const table = app.page.getByTestId('street-rates');
    const firstPage = table.locator('.ant-pagination-item-1');
    if (await firstPage.count()) await firstPage.click();
    for (;;) {
      if (await table.locator(`tr[data-street="${street}"]`).count()) return whistles.streetWhistles(street);
      const next = table.locator('.ant-pagination-next:not(.ant-pagination-disabled)');
      if (!(await next.count())) return 0;
      await next.click();
    }
  }

  it('refuses an incomplete whistle with a message in Chinese, then blows one', async () => {
    await app.page.getByTestId('whistle-new').click();
    const modal = app.page.locator('.ant-modal').filter({ hasText: '街乡吹哨' });
    await modal.waitFor();
    await modal.getByTestId('whistle-submit').click();
    await modal.getByText('请填写吹哨街道').waitFor();
    // A street without its district passes the form but not the core's validation.
    await modal.getByLabel('吹哨街道').fill('湖滨街道');
    await modal.getByLabel('吹哨事项').fill('湖滨花园小区二次供水水箱渗漏，多栋楼水压不足');
    await modal.getByLabel('吹哨时间').fill('2026-10-20T09:00');
    await modal.getByLabel('召集单位').click();
    await app.page.keyboard.type('市水务局');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('南湖区');
    await app.page.keyboard.press('Enter');
    // Leave the select by clicking elsewhere (Tab would also take its highlighted option).
    await modal.locator('.ant-modal-title').click();
    await modal.getByLabel('吹哨人').fill('王值班');
    await modal.getByTestId('whistle-submit').click();
    await expect.poll(() => modal.getByTestId('whistle-error').innerText(), { timeout: 10_000 }).toContain('吹哨街道须写成「区/街道」');
    await modal.getByLabel('吹哨街道').fill(STREET);
    await app.page.keyboard.press('Tab');
    await modal.getByTestId('whistle-submit').click();
    await app.page.getByTestId('whistle-drawer').waitFor({ timeout: 10_000 });
    expect(await app.page.getByTestId('whistle-drawer').innerText()).toContain('湖滨花园小区二次供水水箱渗漏');
    expect(await app.page.getByTestId('whistle-units').locator('tbody tr').allInnerTexts()).toHaveLength(2);
  });

  it('records a report-in and closes the whistle; each change is on its history', async () => {
    const drawer = app.page.getByTestId('whistle-drawer');
    await drawer.getByTestId('whistle-units').locator('tr', { hasText: '市水务局' }).getByTestId('whistle-report-open').click();
    await drawer.getByTestId('whistle-report-form').getByLabel('报到时间').fill('2026-10-20T10:30');
    await drawer.getByTestId('whistle-report-form').getByLabel('备注').fill('已到场查看');
    await drawer.getByTestId('whistle-report-save').click();
    await expect.poll(() => drawer.getByTestId('whistle-units').locator('tr', { hasText: '市水务局' }).innerText()).toContain('按时');
    await drawer.getByTestId('whistle-close-open').click();
    const close = drawer.getByTestId('whistle-close-form');
    await close.getByLabel('处置结果').fill('水务局协调更换水箱，已恢复正常供水');
    await close.getByLabel('办结时间').fill('2026-10-22T16:00');
    await drawer.getByTestId('whistle-close-save').click();
    await expect.poll(() => drawer.innerText()).toContain('水务局协调更换水箱');
    await expect.poll(() => drawer.getByTestId('whistle-history').innerText()).toContain('办结：水务局协调更换水箱');
    const history = await drawer.getByTestId('whistle-history').innerText();
    expect(history).toContain('吹哨');
    expect(history).toContain('报到：市水务局（已到场查看）');
    expect(history).toContain('办结：水务局协调更换水箱');
    // 南湖区 never reported in before closing: counted as missing.
    expect(await drawer.getByTestId('whistle-units').locator('tr', { hasText: '南湖区' }).innerText()).toContain('未报到');
    await shot(app.page, 'whistle-drawer-zh');
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('the stats follow: one more whistle for the street, one more summons for the unit', async () => {
    await expect.poll(() => streetWhistlesAnyPage(STREET), { timeout: 10_000 }).toBe(streetBefore + 1);
    expect(await whistles.unitSummons('市水务局')).toBe(unitBefore + 1);
    await app.page.getByTestId('whistle-stats').getByRole('tab', { name: '街道吹哨率' }).click();
  });

  it('validates and saves the healthy band', async () => {
    const editor = app.page.getByTestId('band-editor');
    await editor.getByLabel('偏高').fill('0.2');
    await expect.poll(() => editor.getByTestId('band-error').innerText()).toContain('健康区间上限须大于下限');
    expect(await editor.getByTestId('band-save').isDisabled()).toBe(true);
    await editor.getByLabel('偏高').fill('8');
    await editor.getByTestId('band-save').click();
    await expect.poll(() => app.page.getByTestId('whistle-summary').innerText(), { timeout: 10_000 }).toContain('0.5–8‰');
  });
});

describe('in English', () => {
  it('shows both tabs in English', async () => {
    await app.page.evaluate(`localStorage.setItem('duban.locale', JSON.stringify({ state: { locale: 'en' }, version: 0 }))`);
    await app.page.evaluate("location.hash = '#/campaigns?tab=hotspots'");
    await app.page.reload();
    await hotspots.rows().first().waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('hotspot-summary').innerText()).toContain('hotspots');
    expect(await app.page.getByTestId('hotspot-table').innerText()).toContain('Start a campaign from this');
    await shot(app.page, 'hotspots-en');
    await app.page.evaluate("location.hash = '#/campaigns?tab=whistles'");
    await app.page.getByTestId('whistle-grid').locator('.ag-row').first().waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('whistle-stats').innerText()).toContain('Whistle rate by street');
    await shot(app.page, 'whistles-en');
    expect(app.errors.filter((e) => !/antd: (Spin|Modal)/.test(e))).toEqual([]);
  });
});
