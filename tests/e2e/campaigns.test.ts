/**
 * The 专项行动 campaigns end to end in Chromium on the demo city: the demo's campaigns are listed;
 * the hotspot's 以此发起专项行动 (a draft link) opens a new campaign with the first problem's selector
 * filled in; a second problem is added; the lifecycle refuses 启动实施 without tasks and says why;
 * tasks for two units, progress reports (one with an evidence file, stored by the real
 * main-process handler), tasks done, 评估, the evaluation recorded and 完成; the outcome panel's
 * figures equal `npm run cli -- campaign-outcome` on the same demo tickets, selector and period.
 * A campaign of 200 tasks and 1,000 reports, seeded through the repository, opens and switches
 * its tabs with no long task over 100 ms. Screenshots in both languages: campaigns-*.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, WelcomePageObject, type LaunchedApp } from './harness';
import { ARTIFACTS_DIR } from './harness/screenshot';
import { seedLargeCampaign } from './harness/campaign-seed';
import { LongTaskWatch } from './harness/long-tasks';

const ROOT = resolve(__dirname, '../..');
const DEMO_TICKETS = 3000;
const DEMO_SEED = 12345;
/** Screenshots go to the harness's artifacts, and also to $DUBAN_SHOTS_DIR/campaigns-ui when that is set. */
const SHOTS = join(process.env.DUBAN_SHOTS_DIR ?? ARTIFACTS_DIR, process.env.DUBAN_SHOTS_DIR ? 'campaigns-ui' : '');
const FROM = '2026-04-01';
const TO = '2026-07-01';
const SEL1 = { categories: ['公共服务/供水'], districts: ['南湖区'] };
const SEL2 = { keywords: ['水压'] };
const FIGURES = ['before', 'after', 'beforeLastYear', 'afterLastYear', 'change', 'effect', 'effectCi'] as const;

const work = mkdtempSync(join(tmpdir(), 'campaigns-e2e-'));

/** The demo city the app loads, written by the CLI (same generator, size and seed). */
function demoCsv(): string {
  const out = join(work, 'demo');
  execFileSync('npx', ['tsx', 'cli/index.ts', 'demo', '--tickets', String(DEMO_TICKETS), '--seed', String(DEMO_SEED), '--out', out, '--no-xlsx'], { cwd: ROOT, stdio: 'pipe' });
  return join(out, 'tickets.csv');
}

type CliOutcome = Record<(typeof FIGURES)[number], unknown> & { nullReasons: Record<string, string> };
function cliOutcome(csv: string, selector: unknown): CliOutcome {
  const sel = join(work, `sel-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(sel, JSON.stringify(selector));
  const out = execFileSync('npx', ['tsx', 'cli/index.ts', 'campaign-outcome', '--tickets', csv, '--selector', sel, '--from', FROM, '--to', TO, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as CliOutcome;
}

/** Page object of the campaigns tab. */
class CampaignsPageObject {
  constructor(readonly page: Page) {}
  detail() { return this.page.getByTestId('campaign-detail'); }
  async status(): Promise<string> { return (await this.page.getByTestId('campaign-status').innerText()).trim(); }
  /** A tab of the campaign by its key (a CSS lookup: role queries walk the whole DOM in the page's thread). */
  tab(key: string) { return this.detail().locator(`.ant-tabs-tab[data-node-key="${key}"]`); }
  /** The text input of a field whose test id sits on the input or on a wrapper around it. */
  input(testId: string, within = this.page.locator('body')) {
    const el = within.getByTestId(testId).first();
    return el.locator('xpath=self::input | self::textarea').or(el.locator('input, textarea').first()).first();
  }
  /** Picks `label` in the antd Select with test id `testId`. */
  async pick(testId: string, label: string, within = this.page.locator('body')): Promise<void> {
    await within.getByTestId(testId).first().click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).first().click();
  }
  /** Types tags into a tags Select (each followed by Enter), then closes its dropdown. */
  async tags(testId: string, values: string[], within = this.page.locator('body')): Promise<void> {
    const input = this.input(testId, within);
    for (const v of values) { await input.fill(v); await input.press('Enter'); }
    await input.press('Escape');
  }
  async transition(action: string, expected: string): Promise<void> {
    await this.page.getByTestId(`transition-${action}`).click();
    await expect.poll(() => this.status(), { timeout: 15_000 }).toBe(expected);
  }
}

/** A screenshot kept in the artifacts (and in $DUBAN_SHOTS_DIR/campaigns-ui). */
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  // Toasts of the steps before are not part of the page.
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 8_000 }).catch(() => undefined);
  mkdirSync(SHOTS, { recursive: true });
  if (fullPage) {
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
    return;
  }
  const p = await screenshot(page, name);
  if (p !== join(SHOTS, `${name}.png`)) copyFileSync(p, join(SHOTS, `${name}.png`));
}

let app: LaunchedApp;
let ui: CampaignsPageObject;
let csv: string;

beforeAll(async () => {
  csv = demoCsv();
  app = await launchApp({ hash: `#/welcome?demo=${DEMO_TICKETS}`, viewport: { width: 1440, height: 900 } });
  ui = new CampaignsPageObject(app.page);
  const welcome = new WelcomePageObject(app.page);
  await welcome.waitVisible();
  await welcome.loadDemo();
});

afterAll(async () => {
  await app?.close();
});

describe('专项行动 campaigns', () => {
  it('lists the demo city\'s campaigns with status, period, problems, lead unit and overdue tasks', async () => {
    await app.page.evaluate("location.hash = '#/campaigns?tab=campaigns'");
    const list = app.page.getByTestId('campaign-list');
    await expect.poll(() => list.locator('tr.ant-table-row').count(), { timeout: 30_000 }).toBe(4);
    const text = await list.innerText();
    for (const s of ['老楼加装电梯', '物业服务', '停车管理', '供水', '筹备', '实施', '评估', '完成']) expect(text).toContain(s);
    // The 实施 campaign (停车管理) has overdue tasks as of today.
    expect(await list.getByTestId('campaign-overdue').count()).toBeGreaterThan(0);
    await shot(app.page, 'campaigns-list-zh');
  });

  it('walks a campaign from a hotspot through 筹备 → 实施 → 评估 → 完成; the outcome equals the CLI', async () => {
    const page = app.page;
    // Pick the hotspot: the 热点 tab of the latest full month lists the planted water-main
    // hotspot first; its button hands the row's selector to a new campaign.
    await page.evaluate("location.hash = '#/campaigns?tab=hotspots'");
    const first = page.getByTestId('hotspot-table').locator('[data-testid=hotspot-row]').first();
    await first.waitFor({ timeout: 60_000 });
    expect((await first.locator('[data-testid^=hotspot-key-]').allInnerTexts()).join(' × ')).toBe('公共服务/供水 × 南湖区');
    await first.getByTestId('hotspot-start').click();
    const form = page.getByTestId('campaign-form');
    await form.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('campaign-draft-source').innerText()).toContain('公共服务/供水 × 南湖区');
    expect(await ui.input('campaign-theme').inputValue()).toContain('公共服务/供水');
    await ui.input('campaign-theme').fill('南湖区供水保障');
    expect(await ui.input('campaign-theme').inputValue()).toBe('南湖区供水保障');
    // The first problem's selector is pre-filled and previewed live.
    expect(await page.getByTestId('sel-categories').innerText()).toContain('公共服务/供水');
    expect(await page.getByTestId('sel-districts').innerText()).toContain('南湖区');
    await expect.poll(async () => (await page.getByTestId('preview-total').innerText().catch(() => '')), { timeout: 30_000 }).toMatch(/匹配派单工单共 \d+ 件/);
    await page.getByTestId('preview-chart').locator('canvas').first().waitFor({ timeout: 15_000 });
    await shot(page, 'campaigns-new-from-draft-zh');
    // Validation in Chinese: nothing but the theme filled in.
    await page.getByTestId('campaign-create-ok').click();
    await expect.poll(() => form.innerText(), { timeout: 10_000 }).toContain('请选择开始日期');
    expect(await form.innerText()).toContain('请填写牵头单位');
    await ui.input('campaign-from').fill(FROM);
    await ui.input('campaign-to').fill(TO);
    await ui.input('campaign-lead').fill('市水务局');
    await ui.input('problem-lead').fill('南湖区人民政府');
    await page.getByTestId('campaign-create-ok').click();
    await ui.detail().waitFor({ timeout: 30_000 });
    expect(await ui.status()).toBe('筹备');

    // A second problem, with a co-unit (主责).
    await page.getByTestId('problem-add').click();
    const pf = page.getByTestId('problem-form');
    await pf.waitFor();
    await ui.input('problem-title', pf).fill('水压不足');
    await ui.input('problem-lead', pf).fill('市供水集团');
    await pf.getByTestId('co-unit-add').click();
    await ui.input('co-unit', pf).fill('南湖区湖滨街道');
    await ui.pick('co-role', '主责', pf);
    await ui.tags('sel-keywords', ['水压'], pf);
    await expect.poll(async () => (await pf.getByTestId('preview-total').innerText().catch(() => '')), { timeout: 30_000 }).toMatch(/共 \d+ 件/);
    await page.getByTestId('problem-ok').click();
    await expect.poll(() => page.getByTestId('problem-card').count(), { timeout: 15_000 }).toBe(2);

    // 启动实施 without tasks is refused with the guard's reason.
    await page.getByTestId('transition-start').click();
    expect(await page.getByTestId('transition-refused').innerText()).toContain('还没有分解任何任务');

    // Tasks for two units.
    await ui.tab('tasks').click();
    for (const [unit, title] of [['市水务局', '制定供水管网改造方案'], ['南湖区湖滨街道', '入户走访停水户']] as const) {
      await ui.pick('task-unit', unit);
      await ui.input('task-title').fill(title);
      await ui.input('task-days').fill('10');
      await expect.poll(() => page.getByTestId('task-deadline').innerText()).toMatch(/期限 \d{4}-\d{2}-\d{2}/);
      await page.getByTestId('task-add').click();
      await expect.poll(() => page.getByTestId('tasks-grid').innerText(), { timeout: 15_000 }).toContain(title);
    }
    await ui.transition('start', '实施');

    // Progress reports, one with an evidence file.
    await ui.tab('reports').click();
    const rf = page.getByTestId('report-form');
    const evidence = join(work, '管网排查台账.csv');
    writeFileSync(evidence, '序号,点位,情况\n1,湖滨路,已排查\n');
    await ui.pick('report-unit', '市水务局', rf);
    await ui.pick('report-task', '制定供水管网改造方案', rf);
    await ui.input('report-by', rf).fill('市水务局 联络员');
    await ui.input('report-text', rf).fill('已完成管网排查，改造方案报市政府');
    await rf.locator('input[type=file]').setInputFiles(evidence);
    await page.getByTestId('report-submit').click();
    await expect.poll(() => page.getByTestId('reports-grid').innerText(), { timeout: 15_000 }).toContain('管网排查台账.csv');
    await ui.pick('report-unit', '南湖区湖滨街道', rf);
    await ui.input('report-text', rf).fill('已走访停水户 36 户');
    await page.getByTestId('report-submit').click();
    await expect.poll(() => page.getByTestId('reports-grid').innerText(), { timeout: 15_000 }).toContain('已走访停水户');
    // The evidence file went to the main process's store, named by its SHA-256.
    const evDir = join(app.dataDir, 'evidence');
    expect(readdirSync(evDir, { recursive: true }).length).toBeGreaterThan(0);

    // Both tasks done.
    await ui.tab('tasks').click();
    for (let i = 0; i < 2; i++) {
      await page.getByTestId('task-complete').first().click();
      await expect.poll(() => page.getByTestId('task-complete').count(), { timeout: 15_000 }).toBe(1 - i);
    }
    expect(await page.getByTestId('standing-onTime').count()).toBe(2);
    await ui.tab('gantt').click();
    await page.getByTestId('gantt-chart').locator('canvas').first().waitFor();

    await ui.transition('evaluate', '评估');

    // The outcome equals the CLI for each problem's selector and the period.
    await ui.tab('outcome').click();
    await expect.poll(() => page.getByTestId('outcome-problem').count(), { timeout: 30_000 }).toBe(2);
    for (const [k, sel] of [SEL1, SEL2].entries()) {
      const want = cliOutcome(csv, sel);
      const card = page.getByTestId('outcome-problem').nth(k);
      for (const f of FIGURES) {
        await card.getByTestId(`outcome-${f}`).waitFor();
        const shown = JSON.parse((await card.getByTestId(`outcome-${f}`).getAttribute('data-value'))!) as unknown;
        expect(shown, `${k} ${f}`).toEqual(want[f]);
      }
      // The shown counts are the CLI's too, and a sentence stands for every null figure.
      expect(await card.getByTestId('outcome-before').innerText()).toContain(String(want.before ?? '—'));
      const reasons = await card.getByTestId('outcome-null-reason').allInnerTexts();
      expect(reasons).toEqual(Object.values(want.nullReasons));
    }
    await page.getByTestId('evaluation-conclusion').fill('南湖区停水诉求经季节调整后下降，水压问题纳入常态化管理');
    await page.getByTestId('evaluation-save').click();
    await page.getByTestId('evaluation-recorded').waitFor({ timeout: 30_000 });
    await ui.transition('finish', '完成');
    await shot(page, 'campaigns-outcome-zh');

    // Every step is on the timeline, and the chain verifies.
    await ui.tab('timeline').click();
    expect(await page.getByTestId('timeline-intact').innerText()).toContain('校验链无误');
    const kinds = await page.getByTestId('timeline-grid').innerText();
    for (const s of ['创建', '增加问题', '布置任务', '进展填报', '办结任务', '状态变更', '成效评估']) expect(kinds).toContain(s);
  });

  it('shows the Gantt and the printable report of a demo campaign', async () => {
    const page = app.page;
    await page.evaluate("location.hash = '#/campaigns?tab=campaigns&id=ZX-2026-03&view=gantt'");
    await page.getByTestId('gantt-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    await shot(page, 'campaigns-gantt-zh');
    await page.evaluate("location.hash = '#/campaigns?tab=campaigns&id=ZX-2026-01&view=outcome'");
    await expect.poll(() => page.getByTestId('outcome-chart').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('outcome-chart').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot(page, 'campaigns-outcome-demo-zh');
    await page.emulateMedia({ media: 'print' });
    const print = page.getByTestId('campaign-print');
    await expect.poll(() => print.innerText(), { timeout: 30_000 }).toContain('成效');
    expect(await print.innerText()).not.toContain('…');
    await shot(page, 'campaigns-print-zh', true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('speaks English: list, outcome, Gantt and print view', async () => {
    const page = app.page;
    await page.evaluate(`localStorage.setItem('duban.locale', JSON.stringify({ state: { locale: 'en' }, version: 0 }))`);
    await page.evaluate("location.hash = '#/campaigns?tab=campaigns'");
    await page.reload();
    const list = page.getByTestId('campaign-list');
    await expect.poll(() => list.locator('tr.ant-table-row').count(), { timeout: 60_000 }).toBe(5);
    expect(await list.innerText()).toContain('Lead unit');
    await shot(page, 'campaigns-list-en');
    await page.evaluate("location.hash = '#/campaigns?tab=campaigns&id=ZX-2026-01&view=outcome'");
    await expect.poll(() => page.getByTestId('outcome-chart').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await ui.detail().innerText()).toContain('Seasonally adjusted effect');
    await page.getByTestId('outcome-chart').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot(page, 'campaigns-outcome-en');
    await page.evaluate("location.hash = '#/campaigns?tab=campaigns&id=ZX-2026-03&view=gantt'");
    await page.getByTestId('gantt-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    await shot(page, 'campaigns-gantt-en');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByTestId('campaign-print').innerText(), { timeout: 30_000 }).toContain('Outcome');
    await shot(page, 'campaigns-print-en', true);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(`localStorage.setItem('duban.locale', JSON.stringify({ state: { locale: 'zh-CN' }, version: 0 }))`);
    await page.reload();
    await page.getByTestId('campaigns-page').waitFor({ timeout: 60_000 });
  });

  it('a campaign of 200 tasks and 1,000 reports opens and switches tabs with no long task over 100 ms', async () => {
    const page = app.page;
    await page.evaluate("location.hash = '#/campaigns?tab=campaigns'");
    await page.getByTestId('campaign-list').waitFor({ timeout: 30_000 });
    // Seeded through the app's own operations and repository (window.__dubanCampaigns).
    const id = await seedLargeCampaign(page, 200, 1000);
    // Long tasks by step, so a failure says where the time went (wall clock as the page saw it,
    // and the main thread's CPU time of the same tasks from Chrome's trace).
    const watch = new LongTaskWatch(page);
    const steps: { step: string; wall: number[]; cpu: number[] }[] = [];
    const step = async (name: string, fn: () => Promise<void>): Promise<void> => {
      steps.push({ step: name, ...(await watch.step(async () => { await fn(); await page.waitForTimeout(600); })) });
    };
    await step('open', async () => {
      await page.evaluate(`location.hash = '#/campaigns?tab=campaigns&id=${id}'`);
      await expect.poll(() => ui.tab('tasks').innerText().catch(() => ''), { timeout: 30_000 }).toContain('200');
    });
    for (const [key, probe] of [
      ['tasks', 'tasks-grid'], ['reports', 'reports-grid'], ['gantt', 'gantt-chart'], ['scorecard', 'scorecard-panel'],
      ['outcome', 'outcome-problem'], ['timeline', 'timeline-grid'], ['plan', 'milestones'], ['problems', 'problems-panel'],
    ] as const) {
      await step(key, async () => { await ui.tab(key).click(); await page.getByTestId(probe).first().waitFor({ timeout: 30_000 }); });
    }
    expect(await page.getByTestId('tasks-grid').count()).toBe(0);
    await step('reports again', async () => { await ui.tab('reports').click(); await page.getByTestId('reports-grid').waitFor(); });
    expect(await page.getByTestId('reports-grid').innerText()).toContain('第 1000 次填报');
    await ui.tab('tasks').click();
    await page.getByTestId('tasks-grid').waitFor();
    expect(await page.getByTestId('task-overdue-count').innerText()).toMatch(/\d+ 项超期/);
    await shot(page, 'campaigns-tasks-large-zh');
    const report = steps.map((s) => `${s.step}: wall ${s.wall.map((d) => d.toFixed(0)).join(', ') || '—'}; cpu ${s.cpu.map((d) => d.toFixed(0)).join(', ') || '—'}`).join('\n');
    console.log(`long tasks over 50 ms by step (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores):\n${report}`);
    // The page's own work: no task costs the main thread more than 100 ms of CPU.
    expect(Math.max(0, ...steps.flatMap((s) => s.cpu)), report).toBeLessThanOrEqual(100);
    // And as the user waits: no long task over 100 ms, unless other processes held the CPUs
    // (a wall-clock long task is then mostly the wait for a CPU, which the CPU check above judges).
    if (loadavg()[0]! <= cpus().length) expect(Math.max(0, ...steps.flatMap((s) => s.wall)), report).toBeLessThanOrEqual(100);
    expect(app.errors).toEqual([]);
  });
});
