/**
 * The 疑难件 pages end to end in Chromium on the demo city: a detection becomes a case (立案),
 * is escalated 催办 → 督办, moves through 会商 → 督办 → 整改, gets a follow-up with an evidence
 * file (stored by the real main-process handler, named by SHA-256), goes through 回访 and the
 * observation period (the clock is moved past it) and is closed (销号); the timeline shows every
 * step and verifies. The 不满意复核 queue sends its actions on: 核减申请 appears as a pending
 * request in the 考核 page's 核减 tab, 转为疑难件 opens a case linked to the review, 移交问责 is
 * forwarded to the 表彰问责 candidates (已移交表彰问责). Screenshots: chronic-*.png.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, ShellPage, WelcomePageObject, type LaunchedApp } from './harness';

const DEMO_TICKETS = 3000;

/** Page object of #/chronic. */
class ChronicPageObject {
  constructor(readonly page: Page) {}
  detectionRows() { return this.page.getByTestId('detection-cases').locator('tr.ant-table-row'); }
  detail() { return this.page.getByTestId('case-detail'); }
  async status(): Promise<string> { return (await this.page.getByTestId('case-status').innerText()).trim(); }
  /** Clicks an action button, optionally types a text, confirms, and waits for the dialog to close. */
  async act(testId: string, text = ''): Promise<void> {
    await this.page.getByTestId(testId).click();
    if (text) await this.page.getByTestId('action-text').fill(text);
    await this.page.getByTestId('action-ok').click();
    await this.page.getByTestId('action-ok').waitFor({ state: 'hidden', timeout: 15_000 });
  }
  /** Asks for an action that must be refused: returns the message shown, and closes the dialog. */
  async refused(testId: string): Promise<string> {
    // An earlier refusal's message may still be on screen (antd shows each for 3 s): wait it out,
    // so the message read below is this action's.
    await expect.poll(() => this.page.locator('.ant-message-error').count(), { timeout: 15_000 }).toBe(0);
    await this.page.getByTestId(testId).click();
    await this.page.getByTestId('action-ok').click();
    const msg = this.page.locator('.ant-message-error').last();
    await msg.waitFor({ timeout: 15_000 });
    const text = await msg.innerText();
    await this.page.getByTestId('action-cancel').click();
    await this.page.getByTestId('action-ok').waitFor({ state: 'hidden', timeout: 15_000 });
    return text;
  }
  async transition(to: string, text = ''): Promise<void> {
    await this.act(`transition-${to}`, text);
    await expect.poll(() => this.status(), { timeout: 15_000 }).toBe(to);
  }
  tab(name: RegExp) { return this.page.getByRole('tab', { name }); }
}

let app: LaunchedApp;
let shell: ShellPage;
let chronic: ChronicPageObject;

beforeAll(async () => {
  app = await launchApp({ hash: `#/welcome?demo=${DEMO_TICKETS}` });
  shell = new ShellPage(app.page);
  chronic = new ChronicPageObject(app.page);
  const welcome = new WelcomePageObject(app.page);
  await welcome.waitVisible();
  await welcome.loadDemo();
});

afterAll(async () => {
  await app?.close();
});

// Runs before the 销号 walk-through, which fixes the page's clock (antd's animations and
// message timers then misbehave).
describe('不满意工单复核 sends its actions on', () => {
  const reviewTab = () => chronic.tab(/不满意复核/);
  const queue = () => app.page.getByTestId('review-queue');
  const form = () => app.page.getByTestId('review-form');
  /** Picks a 复核结论 and waits until the form holds it (clicks during the dialog's opening animation can miss). */
  async function decide(d: string): Promise<void> {
    const radio = form().getByRole('radio', { name: d, exact: true });
    await expect.poll(async () => { await radio.check({ force: true }); return radio.isChecked(); }, { timeout: 15_000 }).toBe(true);
  }
  async function act(label: string): Promise<void> {
    const box = form().getByRole('checkbox', { name: new RegExp(`^${label}`) });
    await expect.poll(async () => { if (!(await box.isChecked())) await box.check({ force: true }); return box.isChecked(); }, { timeout: 15_000 }).toBe(true);
  }
  /**
   * Opens the 复核 dialog of the first row and waits for its form. After a reload the queue is
   * computed again while it is already shown (the store's stats arrive after the first run), so a
   * click can land while the table is being refreshed; it is repeated until the dialog is open.
   */
  async function openFirst(): Promise<void> {
    const button = queue().locator('tr.ant-table-row').first().getByTestId('review-open');
    await expect.poll(async () => {
      if (!(await form().isVisible())) await button.click();
      return form().isVisible();
    }, { timeout: 30_000, interval: 500 }).toBe(true);
  }
  /** The first 待复核 row: its ticket id and unit. */
  async function firstTodo(): Promise<{ ticket: string; unit: string }> {
    const row = queue().locator('tr.ant-table-row').first();
    await row.getByTestId('review-open').waitFor({ timeout: 90_000 });
    const cells = row.locator('td');
    return { ticket: (await cells.nth(0).innerText()).trim(), unit: (await cells.nth(2).innerText()).trim() };
  }
  async function openDone(): Promise<void> {
    await queue().getByTestId('review-show').getByText('已复核').click();
  }
  let exempted = { ticket: '', unit: '' };

  it('属实 + 核减申请 is refused with the reason; 部分属实 + 核减申请 files a 核减 request', async () => {
    await app.page.goto(app.url.replace(/#.*$/, '') + '#/chronic');
    await reviewTab().click();
    exempted = await firstTodo();
    expect(exempted.ticket).not.toBe('');
    expect(exempted.unit).not.toBe('');
    await openFirst();
    await decide('属实');
    await act('申请核减');
    await app.page.getByTestId('review-exemption-hint').waitFor();
    expect(await app.page.getByTestId('review-exemption-hint').innerText()).toContain(exempted.unit);
    await app.page.getByTestId('review-reviewer').fill('李复核');
    await app.page.getByTestId('review-reason').fill('来电人诉求超出承办单位职权，已按政策解释');
    await screenshot(app.page, 'chronic-review-form');
    await app.page.getByTestId('review-ok').click();
    const refusal = app.page.locator('.ant-message-error').last();
    await refusal.waitFor({ timeout: 15_000 });
    expect(await refusal.innerText()).toContain('结论为属实的工单不能申请核减');
    // Nothing was lost: the dialog is still open with what was typed.
    expect(await app.page.getByTestId('review-reason').inputValue()).toBe('来电人诉求超出承办单位职权，已按政策解释');
    await decide('部分属实');
    await app.page.getByTestId('review-ok').click();
    await app.page.getByTestId('review-ok').waitFor({ state: 'hidden', timeout: 15_000 });
    await openDone();
    const row = queue().locator('tr.ant-table-row').filter({ hasText: exempted.ticket });
    await row.getByTestId('review-exemption').waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('review-exemption').innerText()).toBe('核减 待审核');
    await screenshot(app.page, 'chronic-review-queue');
  });

  it('the request is on the 考核 page\'s 核减 tab, pending approval, with unit, reviewer and reason', async () => {
    await queue().locator('tr.ant-table-row').filter({ hasText: exempted.ticket }).getByTestId('review-exemption').click();
    const panel = app.page.getByTestId('exemptions-panel');
    await panel.waitFor({ timeout: 60_000 });
    expect(await app.page.getByRole('tab', { name: '核减' }).getAttribute('aria-selected')).toBe('true');
    const row = panel.locator('tr.ant-table-row').filter({ hasText: exempted.ticket });
    await row.waitFor({ timeout: 15_000 });
    const text = await row.innerText();
    for (const s of [exempted.ticket, exempted.unit, '来电人诉求超出承办单位职权，已按政策解释', '待审核']) expect(text).toContain(s);
    await row.getByRole('button', { name: /同\s*意/ }).waitFor();
    await row.locator('.ant-table-row-expand-icon').click();
    expect(await panel.innerText()).toContain('李复核 申请：来电人诉求超出承办单位职权，已按政策解释');
    await screenshot(app.page, 'chronic-review-exemption');
  });

  it('转为疑难件 opens a case linked to the review; 移交问责 becomes a 表彰问责 candidate', async () => {
    await app.page.goto(app.url.replace(/#.*$/, '') + '#/chronic');
    await reviewTab().click();
    const next = await firstTodo();
    expect(next.ticket).not.toBe(exempted.ticket);
    await openFirst();
    await decide('属实');
    await act('转为疑难件');
    await act('移交问责');
    await app.page.getByTestId('review-reviewer').fill('李复核');
    await app.page.getByTestId('review-reason').fill('承办单位答复后问题仍未解决');
    await app.page.getByTestId('review-ok').click();
    await app.page.getByTestId('open-case-supervisor').fill('王督办');
    await app.page.getByTestId('open-case-ok').click();
    await chronic.detail().waitFor({ timeout: 30_000 });
    const caseId = (await chronic.detail().getAttribute('data-case')) ?? '';
    expect(caseId).toMatch(/^YN\d{8}\d{3}$/);
    await app.page.goto(app.url.replace(/#.*$/, '') + '#/chronic');
    await reviewTab().click();
    await openDone();
    const row = queue().locator('tr.ant-table-row').filter({ hasText: next.ticket });
    await row.waitFor({ timeout: 90_000 });
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain(`疑难件 ${caseId}`);
    expect(await row.getByTestId('review-accountability').innerText()).toBe('移交问责 · 已移交表彰问责');
    // the candidate row the records page lists, naming the ticket (read straight from IndexedDB)
    const candidate = await app.page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('duban');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const get = open.result.transaction('recordCandidates').objectStore('recordCandidates').get('review:' + ${JSON.stringify(next.ticket)});
        get.onsuccess = () => { resolve(get.result ?? null); open.result.close(); };
        get.onerror = () => reject(get.error);
      };
    })`) as { source: string; status: string; ticket: string } | null;
    expect(candidate).toMatchObject({ source: 'review', status: 'open', ticket: next.ticket });
    await screenshot(app.page, 'chronic-review-done');
  });
});

describe('疑难件 from detection to 销号', () => {
  let caseId = '';

  it('lists detections of the demo city with their evidence', async () => {
    await shell.navigate('chronic');
    await chronic.tab(/检测结果/).click();
    await chronic.detectionRows().first().waitFor({ timeout: 90_000 });
    expect(await chronic.detectionRows().count()).toBeGreaterThan(0);
    await chronic.detectionRows().first().locator('.ant-table-row-expand-icon').click();
    const evidence = await app.page.getByTestId('detection-evidence').first().innerText();
    expect(evidence).toMatch(/R[126] .+：\d+ 张工单/);
    expect(evidence).toMatch(/受理时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 至/);
    await screenshot(app.page, 'chronic-detections');
  });

  it('立案 turns a detection into a case and opens it', async () => {
    await chronic.detectionRows().first().getByTestId('open-case').click();
    await app.page.getByTestId('open-case-supervisor').fill('王督办');
    await app.page.getByTestId('open-case-ok').click();
    await chronic.detail().waitFor({ timeout: 30_000 });
    caseId = (await chronic.detail().getAttribute('data-case')) ?? '';
    expect(caseId).toMatch(/^YN\d{8}\d{3}$/);
    expect(await chronic.status()).toBe('认定');
    await app.page.getByTestId('case-ticket-timeline').waitFor({ timeout: 30_000 });
  });

  it('escalates 催办 → 督办 with working-day deadlines', async () => {
    await chronic.act('escalate', '请三日内答复');
    await expect.poll(async () => (await app.page.getByTestId('case-level').innerText()).trim(), { timeout: 15_000 }).toBe('催办');
    await chronic.act('escalate');
    await expect.poll(async () => (await app.page.getByTestId('case-level').innerText()).trim(), { timeout: 15_000 }).toBe('督办');
    expect(await app.page.getByTestId('case-escalation').innerText()).toMatch(/督办，截至 \d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('refuses to skip ahead, then moves 会商 → 督办 → 整改', async () => {
    await chronic.transition('会商');
    await chronic.transition('督办');
    await chronic.transition('整改');
    // 整改 → 回访 needs a follow-up first: the refusal says so.
    expect(await chronic.refused('transition-回访')).toContain('还没有任何跟进记录');
    expect(await chronic.status()).toBe('整改');
  });

  it('records a follow-up with an evidence file stored by SHA-256', async () => {
    await chronic.tab(/跟进/).click();
    await app.page.getByTestId('followup-action').fill('会同物业现场查看，施划临时停车位 20 个');
    const bytes = Buffer.from('现场照片（测试）', 'utf8');
    await app.page.locator('[data-testid="followup-form"] input[type=file]').setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: bytes });
    await app.page.getByTestId('followup-submit').click();
    await app.page.getByTestId('evidence-link').first().waitFor({ timeout: 15_000 });
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(await app.page.getByTestId('followup-list').innerText()).toContain(sha.slice(0, 12));
    expect(existsSync(join(app.dataDir, 'evidence', sha.slice(0, 2), sha))).toBe(true);
  });

  it('goes through 回访 and the observation period, then 销号', async () => {
    await chronic.transition('回访');
    await chronic.transition('观察期');
    // Too early: the observation period has not ended.
    expect(await chronic.refused('transition-销号')).toContain('期满后才能销号');
    // Move the page's clock two months ahead (timers keep running), past the period.
    await app.page.clock.setFixedTime(new Date(Date.now() + 62 * 86_400_000));
    await chronic.transition('销号');
    await screenshot(app.page, 'chronic-closed');
  });

  it('the timeline shows every step and verifies', async () => {
    await chronic.tab(/时间线/).click();
    const items = app.page.getByTestId('timeline-item');
    await items.first().waitFor();
    const kinds = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['opened', 'escalated', 'escalated', 'transition', 'transition', 'transition', 'followUp', 'transition', 'transition', 'transition']);
    const text = await app.page.getByTestId('case-timeline').innerText();
    expect(text).toContain('时间线完整：10 条记录');
    for (const s of ['升级为催办', '升级为督办', '认定 → 会商', '整改 → 回访', '现场照片.jpg', '观察期 → 销号']) expect(text).toContain(s);
    await screenshot(app.page, 'chronic-timeline');
  });

  it('the case is listed in the case grid', async () => {
    await app.page.goto(app.url.replace(/#.*$/, '') + '#/chronic');
    await chronic.tab(/^疑难件$/).click();
    await app.page.getByTestId('cases-grid').locator('.ag-row').first().waitFor({ timeout: 30_000 });
    expect(await app.page.getByTestId('cases-grid').innerText()).toContain(caseId);
    expect(app.errors).toEqual([]);
  });
});
