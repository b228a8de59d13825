/**
 * 点评会 end to end in Chromium on the demo city: a first meeting is created, given an agenda
 * (a campaign and the ranking), frozen, and an action item recorded; then one of the campaign's
 * open tasks is done through the campaign repository (the same write path the page uses); a
 * second meeting gets the first meeting's open item on its agenda by itself, a case, the campaign
 * and the hotspots are added, it is frozen, "since the last meeting" shows the campaign's task
 * done, two decisions are recorded, the presenter view moves with ←/→ and leaves with Esc, and
 * the minutes printed to PDF (page.pdf, print media) hold the title and both decisions
 * (pdftotext). Screenshots: meetings-*.png in the harness artifacts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, WelcomePageObject, type LaunchedApp } from './harness';

const DEMO_TICKETS = 3000;
let app: LaunchedApp;
const work = mkdtempSync(join(tmpdir(), 'meetings-e2e-'));

beforeAll(async () => {
  app = await launchApp({ hash: `#/welcome?demo=${DEMO_TICKETS}`, viewport: { width: 1440, height: 900 } });
  const welcome = new WelcomePageObject(app.page);
  await welcome.waitVisible();
  await welcome.loadDemo();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

async function pick(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).first().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
}

/** A new meeting on today's date (the form's default), so its action items are not overdue yet. */
async function newMeeting(page: Page, title: string): Promise<void> {
  await page.getByTestId('mt-new').first().click();
  await page.getByTestId('mt-title').fill(title);
  expect(await page.getByTestId('mt-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByTestId('mt-people').fill('张主任、李科长');
  await page.getByTestId('mt-create').click();
  await page.getByTestId('mt-detail').waitFor();
  expect(await page.getByTestId('mt-detail-title').innerText()).toBe(title);
}

async function addAgenda(page: Page, kind: string, presenter: string, ref?: string): Promise<void> {
  await pick(page, 'mt-kind', kind);
  if (ref) await pick(page, 'mt-ref', ref);
  await page.getByTestId('mt-presenter').fill(presenter);
  const rows = await page.getByTestId('mt-agenda').locator('tbody tr.ant-table-row').count();
  await page.getByTestId('mt-add').click();
  await expect.poll(() => page.getByTestId('mt-agenda').locator('tbody tr.ant-table-row').count()).toBe(rows + 1);
}

async function freeze(page: Page): Promise<void> {
  await page.getByTestId('mt-freeze').click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect.poll(() => page.getByTestId('mt-state').innerText(), { timeout: 60_000 }).toBe('已冻结');
  await page.getByTestId('mt-hash').waitFor();
}

async function addItem(page: Page, kind: '交办事项' | '议定', text: string, owner?: string, days?: number): Promise<void> {
  await pick(page, 'mt-item-kind', kind);
  await page.getByTestId('mt-item-text').fill(text);
  if (owner) await page.getByTestId('mt-item-owner').fill(owner);
  if (days) await page.getByTestId('mt-item-days').locator('input').or(page.getByTestId('mt-item-days')).first().fill(String(days));
  await page.getByTestId('mt-item-add').click();
  await page.getByTestId('mt-items-table').getByText(text).waitFor();
}

describe('点评会', () => {
  let campaignTitle = '';
  let caseTitle = '';

  it('freezes a first meeting with a campaign, the ranking and an action item', async () => {
    const { page } = app;
    // Visiting 专项行动 loads its test hooks (window.__dubanCampaigns).
    await page.evaluate("location.hash = '#/campaigns?tab=campaigns'");
    await expect.poll(() => page.evaluate('!!window.__dubanCampaigns'), { timeout: 30_000 }).toBe(true);
    const target = await page.evaluate(`(async () => {
      const { repo } = window.__dubanCampaigns;
      for (const c of await repo.listCampaigns()) {
        if (c.status === '完成') continue;
        const open = (await repo.campaignTasks(c.id)).filter((t) => t.state === 'open');
        if (open.length > 0) return { id: c.id, title: c.theme };
      }
      return null;
    })()`) as { id: string; title: string } | null;
    expect(target, 'the demo city has a campaign with an open task').not.toBeNull();
    campaignTitle = target!.title;

    await page.evaluate("location.hash = '#/meetings'");
    await page.getByTestId('meetings-page').waitFor();
    expect(await page.getByTestId('coming-page').count()).toBe(0);
    await newMeeting(page, '十月份热线工作点评会');
    await addAgenda(page, '专项行动', '专项办 王敏', campaignTitle);
    await addAgenda(page, '考核排名', '考核科 刘洋');
    await freeze(page);
    const hash1 = await page.getByTestId('mt-hash').innerText();
    expect(hash1).toMatch(/[0-9a-f]{64}/);
    await addItem(page, '交办事项', '南湖区限期完成供水专项剩余任务', '南湖区', 5);
    expect(await page.getByTestId('mt-items-table').innerText()).toContain('未完成');
    await page.getByTestId('mt-back').click();
    await page.getByTestId('mt-list').waitFor();
    await screenshot(page, 'meetings-list');

    // Something changes between the meetings: a task of the campaign is done.
    const done = await page.evaluate(`(async () => {
      const { ops, repo } = window.__dubanCampaigns;
      const c = await repo.getCampaign(${JSON.stringify(target!.id)});
      const t = (await repo.campaignTasks(c.id)).find((x) => x.state === 'open');
      await repo.saveTaskChange(ops.completeTask(c, t, { by: '督办处 王敏', now: Date.now() }, '会后办结'));
      return t.id;
    })()`);
    expect(done).toBeTruthy();
  }, 180_000);

  it('brings the open item back, freezes a second meeting, shows what changed, records two decisions and prints the minutes', async () => {
    const { page } = app;
    await newMeeting(page, '十一月份热线工作点评会');
    // The first meeting's open action item is on the agenda already.
    const agenda = page.getByTestId('mt-agenda');
    const carried = agenda.locator('tbody tr.ant-table-row').filter({ hasText: '南湖区限期完成供水专项剩余任务' });
    expect(await carried.innerText()).toContain('上次议定事项');
    await addAgenda(page, '专项行动', '专项办 王敏', campaignTitle);
    await addAgenda(page, '考核排名', '考核科 刘洋');
    await addAgenda(page, '热点', '分析科 陈晨');
    await pick(page, 'mt-kind', '疑难件');
    await page.getByTestId('mt-ref').first().click();
    // Case options read "title（stage）"; the kind list that just closed has none.
    const firstCase = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '（' }).first();
    await firstCase.waitFor({ timeout: 10_000 }).catch(() => undefined);
    if (await firstCase.count()) {
      caseTitle = (await firstCase.innerText()).trim();
      await firstCase.click();
      await page.getByTestId('mt-presenter').fill('督办科 赵磊');
      await page.getByTestId('mt-add').click();
      await expect.poll(() => agenda.innerText()).toContain(caseTitle);
    } else {
      await page.keyboard.press('Escape');
    }
    await screenshot(page, 'meetings-agenda');
    await freeze(page);

    const since = page.getByTestId('mt-since');
    expect(await since.innerText()).toContain('与上次会议相比（十月份热线工作点评会');
    const changed = await page.getByTestId('mt-since-campaigns').innerText();
    expect(changed).toContain(campaignTitle);
    const m = /完成任务 (\d+) → (\d+)/.exec(changed);
    expect(m, changed).not.toBeNull();
    expect(Number(m![2])).toBe(Number(m![1]) + 1);
    const frozen = await page.getByTestId('mt-frozen-agenda').innerText();
    expect(frozen).toContain('上次议定事项');
    expect(frozen).toContain('名次');

    await addItem(page, '议定', '对排名后三位的单位进行约谈');
    await addItem(page, '议定', '供水专项延长一个月并每周通报');
    await addItem(page, '交办事项', '北湖区五个工作日内报送整改方案', '北湖区', 5);
    const table = await page.getByTestId('mt-items-table').innerText();
    expect(table).toContain('对排名后三位的单位进行约谈');
    expect(table).toMatch(/\d{4}-\d{2}-\d{2}（5 个工作日）/);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'meetings-frozen');

    // Presenter view: one item at a time, ←/→, Esc.
    await page.getByTestId('mt-present').click();
    const title = page.getByTestId('mt-presenter-title');
    const first = await title.innerText();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.innerText()).not.toBe(first);
    await page.keyboard.press('ArrowRight');
    await screenshot(page, 'meetings-presenter');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await title.innerText()).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('mt-presenter').count()).toBe(0);

    // Minutes: print media, to PDF, text checked with pdftotext.
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'meetings-minutes');
    const pdf = join(work, 'minutes.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, '');
    expect(text).toContain('十一月份热线工作点评会纪要');
    expect(text).toContain('对排名后三位的单位进行约谈');
    expect(text).toContain('供水专项延长一个月并每周通报');
    expect(text).toContain('北湖区五个工作日内报送整改方案');
    expect(text.replace(/\s+/g, '')).toMatch(/[0-9a-f]{64}/);
    expect(app.errors).toEqual([]);
  }, 240_000);
});
