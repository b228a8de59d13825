/**
 * The 考核 page end to end in Chromium on a small demo city: empty state, ranking grid with
 * ranks and 样本不足, drill-down from a rate to the ticket grid (same count), unit drawer with
 * its trend chart, rule editor validation, preview and versioned save, an exemption request and
 * approval, and publishing a snapshot then recomputing it. Screenshots: assessment-*.png.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, ShellPage, WelcomePageObject, type LaunchedApp } from './harness';

const DEMO_TICKETS = 3000;

/** Page object of #/assessment. */
class AssessmentPageObject {
  constructor(readonly page: Page) {}
  grid() { return this.page.getByTestId('ranking-grid'); }
  async waitRows(timeout = 60_000): Promise<void> {
    await this.grid().locator('.ag-row').first().waitFor({ timeout });
  }
  /** Texts of a column's rendered cells in row order. */
  async column(colId: string): Promise<string[]> {
    const pairs = await this.grid().locator(`.ag-row .ag-cell[col-id="${colId}"]`).evaluateAll((els) =>
      els.map((e) => [Number(e.closest('.ag-row')?.getAttribute('row-index') ?? -1), e.textContent ?? ''] as [number, string]));
    return pairs.sort((a, b) => a[0] - b[0]).map((p) => p[1]);
  }
  tab(name: string) { return this.page.getByRole('tab', { name }); }
  /** Picks a grouping in the 分组 select by its label. */
  async groupBy(label: string): Promise<void> {
    await this.page.getByTestId('assess-by').click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  }
}

/** antd deprecation notices raised inside antd itself (not by this page's props). */
const ANTD_INTERNAL = /Warning: \[antd: (Spin|Modal)\] `(tip|maskClosable)` is deprecated/;

let app: LaunchedApp;
let shell: ShellPage;
let assess: AssessmentPageObject;

beforeAll(async () => {
  app = await launchApp({ hash: '#/assessment' });
  shell = new ShellPage(app.page);
  assess = new AssessmentPageObject(app.page);
});

afterAll(async () => {
  await app?.close();
});

describe('考核 page', () => {
  it('shows an empty state before any data', async () => {
    await app.page.getByTestId('assess-empty').waitFor({ timeout: 30_000 });
    expect(await app.page.getByTestId('assess-empty').innerText()).toContain('还没有工单数据');
  });

  it('ranks the districts of the demo city over a year; small units are 样本不足', async () => {
    await app.page.goto(app.url.replace(/#.*$/, '') + `#/welcome?demo=${DEMO_TICKETS}`);
    const welcome = new WelcomePageObject(app.page);
    await welcome.waitVisible();
    await welcome.loadDemo();
    await shell.navigate('assessment');
    await assess.waitRows();
    await app.page.getByTestId('assess-period').getByText('年度').click();
    // 3,000 demo tickets leave every unit under 30 evaluated tickets: all 样本不足.
    await expect.poll(async () => {
      const r = await assess.column('rank');
      return r.length > 0 && r.every((x) => x === '样本不足');
    }, { timeout: 30_000 }).toBe(true);
    // Districts have enough for one ranking 1, 2, 3, …
    await assess.groupBy('区');
    await expect.poll(async () => (await assess.column('rank')).filter((r) => r !== '样本不足').map((r) => parseInt(r, 10)).slice(0, 3), { timeout: 30_000 }).toEqual([1, 2, 3]);
    expect(await app.page.getByTestId('assess-summary').innerText()).toContain('派单量');
    await screenshot(app.page, 'assessment-ranking');
  });

  it('exports the ranking to Excel: a row per group and the 说明 sheet', async () => {
    await app.page.getByTestId('assess-export').click();
    const dir = join(app.dataDir, 'saved');
    await expect.poll(() => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.xlsx') && f.startsWith('考核排名')), { timeout: 30_000 }).toBe(true);
    const zip = unzipSync(readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('考核排名'))!)));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    const rows = sheet.match(/<row /g)?.length ?? 0;
    // The grid shows the same groups once rows of the previous grouping have animated out.
    await expect.poll(async () => (await assess.column('rank')).length, { timeout: 10_000 }).toBe(rows - 1);
    expect(rows).toBeGreaterThan(1);
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);
    expect(strings).toContain('综合得分');
    expect(strings).toContain('考核周期');
  });

  it('drills down from a rate to the ticket grid with the same number of tickets', async () => {
    const cell = assess.grid().locator('.ag-row[row-index="0"] [data-testid="rate-satisfactionRate"]');
    const text = await cell.innerText();
    const m = /(\d+)\/(\d+)/.exec(text);
    expect(m).not.toBeNull();
    await cell.locator('a').first().click();
    await shell.waitForPage('tickets');
    await expect.poll(async () => Number((await app.page.getByTestId('status-matched').innerText()).replace(/[^\d]/g, '')), { timeout: 30_000 }).toBe(Number(m![1]));
    await shell.navigate('assessment');
    await assess.waitRows();
    await assess.groupBy('承办单位');
    await assess.grid().getByTestId('unit-link').first().waitFor({ timeout: 30_000 });
  });

  it('opens the unit drawer with its 12-month trend chart', async () => {
    await assess.grid().getByTestId('unit-link').first().click();
    const drawer = app.page.getByTestId('unit-drawer');
    await drawer.getByTestId('trend-chart').waitFor({ timeout: 30_000 });
    expect(await drawer.innerText()).toContain('近 12 个月走势');
    await screenshot(app.page, 'assessment-drawer');
    await app.page.keyboard.press('Escape');
  });

  it('validates rules, previews the ranking and saves a new version', async () => {
    await assess.tab('规则').click();
    const editor = app.page.getByTestId('rule-editor');
    await editor.getByLabel('响应率权重').fill('0.3');
    await expect.poll(() => editor.getByTestId('rule-errors').innerText().catch(() => ''), { timeout: 10_000 }).toContain('权重之和须为 1');
    expect(await editor.getByTestId('rule-save').isDisabled()).toBe(true);
    await editor.getByLabel('响应率权重').fill('0.1');
    await editor.getByLabel('最小样本量').fill('5');
    await expect.poll(() => editor.getByTestId('rule-errors').count()).toBe(0);
    await editor.getByTestId('rule-preview').click();
    await editor.getByTestId('rule-preview-table').waitFor({ timeout: 30_000 });
    await editor.getByTestId('rule-save').click();
    await expect.poll(() => app.page.getByTestId('assess-ruleset').innerText(), { timeout: 10_000 }).toContain('第 2 版');
    await screenshot(app.page, 'assessment-rules');
  });

  it('records an exemption request and its approval', async () => {
    await assess.tab('核减').click();
    const panel = app.page.getByTestId('exemptions-panel');
    await panel.getByLabel('工单编号').fill('NOT-A-TICKET');
    await panel.getByLabel('申请单位').fill('测试单位');
    await panel.getByLabel('核减理由').fill('重复来电已合并办理');
    await panel.getByRole('button', { name: '提交申请' }).click();
    await app.page.getByText('找不到工单编号「NOT-A-TICKET」').waitFor({ timeout: 10_000 });
    const id = await app.page.evaluate(`window.__dubanEngine.ids({ filters: [] }).then((ids) => ids[0])`) as string;
    await panel.getByLabel('工单编号').fill(id);
    await panel.getByRole('button', { name: '提交申请' }).click();
    await panel.getByText('待审核').waitFor({ timeout: 10_000 });
    await panel.getByRole('button', { name: '同 意' }).or(panel.getByRole('button', { name: '同意' })).first().click();
    await app.page.locator('.ant-modal-confirm').getByRole('button', { name: /同\s*意/ }).click();
    await panel.getByText('已同意').waitFor({ timeout: 10_000 });
    await expect.poll(() => app.page.locator('.duban-page-subtitle').innerText(), { timeout: 10_000 }).toContain('已同意核减 1 件');
  });

  it('publishes a snapshot and recomputes it to the same figures', async () => {
    await assess.tab('发布').click();
    const panel = app.page.getByTestId('snapshots-panel');
    await panel.getByTestId('publish').click();
    await panel.getByTestId('recompute').first().waitFor({ timeout: 60_000 });
    await panel.getByTestId('recompute').first().click();
    await panel.getByTestId('snapshot-diff').waitFor({ timeout: 60_000 });
    expect(await panel.getByTestId('snapshot-diff').innerText()).toContain('复算结果与发布时一致');
    await screenshot(app.page, 'assessment-snapshot');
  });

  it('takes a custom date range (end day included)', async () => {
    await assess.tab('排名').click();
    const period = app.page.getByTestId('assess-period');
    await period.getByText('自定义').click();
    await period.getByLabel('开始日期').fill('2026-01-05');
    await period.getByLabel('结束日期（含）').fill('2026-02-10');
    await expect.poll(() => app.page.locator('.duban-page-subtitle').innerText(), { timeout: 10_000 }).toContain('2026-01-05 至 2026-02-10');
    await period.getByLabel('结束日期（含）').fill('2025-12-01');
    await expect.poll(() => period.innerText(), { timeout: 10_000 }).toContain('须晚于开始日期');
  });

  it('logged no errors', () => {
    expect(app.errors.filter((e) => !ANTD_INTERNAL.test(e))).toEqual([]);
  });
});
