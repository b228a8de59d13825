/**
 * 表彰问责 end to end on the demo city (issue 14), with the real main-process handlers behind the
 * bridge (the signing key is created and unlocked in src-main/handlers/signing-key.ts): a snapshot
 * is published on the 考核 page; users are created with roles; a 问责 record is drafted from a
 * buck-passing signal and a 表彰 record from the published assessment; the drafter (who also holds
 * 签发) is refused sign-off with the reason; a second user signs off; one record is corrected;
 * the bundle is exported and `npm run --silent cli -- verify` accepts it (exit 0); the verify tab
 * names the failing seq and a Chinese reason for a tampered copy; the public notice is printed to
 * PDF and rendered to PNG. Screenshots of every tab in /work/shots/records-ui/.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, ShellPage, WelcomePageObject, type LaunchedApp } from './harness';

const exec = promisify(execFile);
const DEMO_TICKETS = 20_000;
const SHOTS = '/work/shots/records-ui';
const PW = 'duban-E2E-2026';
const PASSPHRASE = '督办登记册口令-e2e';

let app: LaunchedApp;
let shell: ShellPage;

async function shot(name: string): Promise<void> {
  await app.page.mouse.move(1430, 890);
  const p = await screenshot(app.page, `records-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(p, join(SHOTS, `records-${name}.png`));
}

const page = () => app.page;
const tab = async (k: string) => {
  await page().getByTestId(`records-tab-${k}`).click();
  await expect.poll(() => page().evaluate('location.hash')).toContain(`tab=${k}`);
};
async function clearMessages(): Promise<void> {
  await page().evaluate("document.querySelectorAll('.ant-message-notice').forEach((n) => n.remove())");
}
async function expectMessage(text: string | RegExp): Promise<void> {
  await expect.poll(async () => (await page().locator('.ant-message-notice').allInnerTexts()).join('\n'), { timeout: 60_000 }).toMatch(text);
  await clearMessages();
}

async function signInAs(id: string): Promise<void> {
  if (await page().getByTestId('records-switch').count()) await page().getByTestId('records-switch').first().click();
  const login = page().getByTestId('records-login').first();
  await login.waitFor();
  await login.getByTestId('login-id').fill(id);
  await login.getByTestId('login-password').fill(PW);
  await login.getByTestId('login-ok').click();
  await expect.poll(() => page().getByTestId('records-user').first().innerText().catch(() => ''), { timeout: 30_000 }).not.toBe('');
  await clearMessages();
}

async function unlockKey(): Promise<void> {
  await tab('users');
  const card = page().getByTestId('records-key');
  await card.getByTestId('key-fingerprint').waitFor();
  if (await card.getByTestId('key-unlock').count()) {
    await card.getByTestId('key-passphrase').fill(PASSPHRASE);
    await card.getByTestId('key-unlock').click();
    await expectMessage('签名密钥已解锁');
  }
}

/** The workflow row of record `id` (REC-n). */
const wfRow = (id: string) => page().getByTestId('workflow-table').locator('tr', { has: page().locator(`td:text-is("${id}")`) });

beforeAll(async () => {
  app = await launchApp({ hash: `#/welcome?demo=${DEMO_TICKETS}` });
  shell = new ShellPage(app.page);
  const welcome = new WelcomePageObject(app.page);
  await welcome.waitVisible();
  await welcome.loadDemo();
});

afterEach(async (ctx) => {
  // a failed step leaves a picture of the page (tests/e2e/.artifacts/records-failed-*.png)
  if (ctx.task.result?.state === 'fail') await screenshot(app.page, `records-failed-${ctx.task.name.slice(0, 30)}`).catch(() => undefined);
});

afterAll(async () => {
  await app?.close();
});

describe('表彰问责', () => {
  it('publishes an assessment snapshot by unit on the 考核 page', async () => {
    await shell.navigate('assessment');
    await page().getByTestId('ranking-grid').locator('.ag-row').first().waitFor({ timeout: 120_000 });
    await page().getByTestId('assess-period').getByText('年度').click();
    await page().getByRole('tab', { name: '发布' }).click();
    const panel = page().getByTestId('snapshots-panel');
    await panel.getByTestId('publish').click();
    await panel.getByTestId('recompute').first().waitFor({ timeout: 120_000 });
  });

  it('sets up users with roles and the signing key in the main process', async () => {
    await shell.navigate('records');
    expect(await page().getByTestId('records-browser-mode').count()).toBe(0); // the desktop bridge is there
    await tab('users');
    const setup = page().getByTestId('records-setup');
    await setup.getByTestId('setup-id').fill('admin');
    await setup.getByTestId('setup-name').fill('钱管理');
    await setup.getByTestId('setup-password').fill(PW);
    await setup.getByTestId('setup-ok').click();
    await page().getByTestId('users-table').waitFor({ timeout: 30_000 });
    await clearMessages();
    for (const [id, name, roles] of [['wang', '王录入', ['录入', '签发']], ['li', '李审核', ['审核']], ['zhao', '赵签发', ['签发']]] as const) {
      await page().getByTestId('user-add').click();
      const modal = page().locator('.ant-modal:visible');
      await modal.getByTestId('user-id').fill(id);
      await modal.getByTestId('user-name').fill(name);
      for (const r of roles) await modal.getByRole('checkbox', { name: r, exact: true }).check();
      await modal.getByTestId('user-password').fill(PW);
      await page().getByTestId('user-add-ok').click();
      await expectMessage('用户已添加');
    }
    await expect.poll(() => page().getByTestId('users-table').locator('tbody tr').count()).toBe(4);
    const key = page().getByTestId('records-key');
    await key.getByTestId('key-passphrase').fill('short');
    await key.getByTestId('key-create').click();
    await expectMessage('密钥口令至少 10 个字符');
    await key.getByTestId('key-passphrase').fill(PASSPHRASE);
    await key.getByTestId('key-create').click();
    await expectMessage('签名密钥已创建');
    await expect.poll(() => key.getByTestId('key-fingerprint').innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/^[0-9a-f]{16}$/);
    expect(existsSync(join(app.dataDir, 'records', 'signing-key.json'))).toBe(true);
    expect(readFileSync(join(app.dataDir, 'records', 'signing-key.json'), 'utf8')).not.toContain(PASSPHRASE);
    await shot('users');
  });

  it('drafts a 问责 record from a buck-passing signal and a 表彰 record from the published assessment', { timeout: 300_000 }, async () => {
    await signInAs('wang');
    await tab('candidates');
    const table = page().getByTestId('candidates-table');
    // the demo city has few bounced tickets per unit: the office lowers the threshold to one
    await page().locator('[data-testid=threshold-buck] input, input[data-testid=threshold-buck]').fill('1');
    await page().locator('[data-testid=threshold-perfunctory] input, input[data-testid=threshold-perfunctory]').fill('500');
    const buck = table.locator('tr', { hasText: '推诿扯皮信号' }).first();
    await buck.waitFor({ timeout: 180_000 });
    await shot('candidates');
    const red = table.locator('tr', { hasText: '考核红榜' }).first();

    for (const [row, kind, docNo] of [[buck, '问责', '督通〔2026〕7号'], [red, '表彰', '督通〔2026〕7号']] as const) {
      await page().getByTestId('candidates-kind').getByText(kind, { exact: true }).click();
      await row.waitFor({ timeout: 60_000 });
      await row.getByTestId('candidate-draft').click();
      const editor = page().getByTestId('draft-editor');
      await editor.waitFor();
      await editor.getByTestId('draft-docno').fill(docNo);
      if (row === buck) await shot('draft-editor');
      await page().getByTestId('draft-save').click();
      await expectMessage('已起草');
      await editor.waitFor({ state: 'hidden' });
    }
    // drafted candidates leave the list
    await expect.poll(() => page().getByTestId('draft-editor').count()).toBe(0);
  });

  it('goes through review; the drafter is refused sign-off with the reason, a second user signs off', async () => {
    await tab('workflow');
    for (const id of ['REC-1', 'REC-2']) {
      await wfRow(id).getByTestId('wf-submit').click();
      await expectMessage('已提交审核');
    }
    await signInAs('li');
    await tab('workflow');
    for (const id of ['REC-1', 'REC-2']) {
      await wfRow(id).getByTestId('wf-approve').click();
      await page().getByTestId('wf-note').fill('证据充分');
      await page().getByTestId('wf-ask-ok').click();
      await expectMessage('审核通过，待签发');
    }
    // 王录入 also holds 签发, but drafted REC-1: refused where the data is written (before the key is even asked)
    await signInAs('wang');
    await tab('workflow');
    await wfRow('REC-1').getByTestId('wf-signoff').click();
    await expectMessage('起草人不能对自己起草的记录签发发布，须由另一位同事办理');
    expect(await wfRow('REC-1').getByTestId('record-state').innerText()).toBe('待签发');
    await shot('workflow');

    await signInAs('zhao');
    await tab('workflow');
    await wfRow('REC-1').getByTestId('wf-signoff').click();
    await expectMessage('签名密钥已锁定');
    await unlockKey();
    await tab('workflow');
    for (const id of ['REC-1', 'REC-2']) {
      await wfRow(id).getByTestId('wf-signoff').click();
      await expectMessage('已签发并写入登记册');
    }
    await expect.poll(() => wfRow('REC-2').getByTestId('wf-seq').innerText()).toBe('登记册第 2 条');
  });

  let bundlePath = '';
  it('corrects one record, exports the bundle, and the CLI verifies it', async () => {
    await tab('register');
    const table = page().getByTestId('register-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await table.locator('tr', { has: page().locator('td:text-is("1")') }).getByTestId('register-correct').click();
    await page().getByTestId('correct-measure').click();
    await page().locator('.ant-select-dropdown:visible').getByTitle('约谈', { exact: true }).click();
    await page().getByTestId('register-why').fill('经复核，措施调整为约谈');
    await page().getByTestId('register-ask-ok').click();
    await expectMessage('更正已签名并追加到登记册');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    expect(await table.innerText()).toContain('经第 3 条更正');
    await shot('register');

    await page().getByTestId('register-export').click();
    await expectMessage('已导出登记册');
    const saved = join(app.dataDir, 'saved');
    await expect.poll(() => (existsSync(saved) ? readdirSync(saved).filter((f) => f.endsWith('.json')) : []).length, { timeout: 30_000 }).toBe(1);
    bundlePath = join(saved, readdirSync(saved).find((f) => f.endsWith('.json'))!);
    const fp = await page().evaluate("window.__dubanPlatform && document.querySelector('[data-testid=key-fingerprint]')?.textContent") as string | null;
    const r = await exec('npm', ['run', '--silent', 'cli', '--', 'verify', bundlePath], { cwd: process.cwd() });
    expect(r.stdout).toContain('校验通过：登记册共 3 条记录');
    expect(r.stdout).toMatch(/fingerprint: [0-9a-f]{16}/);
    if (fp) expect(r.stdout).toContain(fp);
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as { entries: { type: string; body: Record<string, unknown> }[] };
    expect(bundle.entries.map((e) => e.type)).toEqual(['record', 'record', 'correction']);
    expect(bundle.entries[0]!.body).toMatchObject({ kind: '问责', drafter: '王录入', reviewer: '李审核', approver: '赵签发', basis: { type: 'signal', signal: 'buck-passing' } });
    expect(bundle.entries[1]!.body).toMatchObject({ kind: '表彰', basis: { type: 'assessment' } });
  });

  it('the verify tab accepts the bundle and names the failing seq and a Chinese reason for a tampered copy', async () => {
    await tab('verify');
    const v = page().getByTestId('records-verify');
    await v.getByTestId('verify-file').setInputFiles(bundlePath);
    await v.getByTestId('verify-ok').waitFor({ timeout: 30_000 });
    expect(await v.getByTestId('verify-ok').innerText()).toContain('校验通过：共 3 条');
    const b = JSON.parse(readFileSync(bundlePath, 'utf8')) as { entries: { body: Record<string, unknown> }[] };
    b.entries[1]!.body.subject = '别的单位';
    const tampered = bundlePath.replace(/\.json$/, '-tampered.json');
    writeFileSync(tampered, JSON.stringify(b));
    await v.getByTestId('verify-file').setInputFiles(tampered);
    await v.getByTestId('verify-fail').waitFor({ timeout: 30_000 });
    const text = await v.getByTestId('verify-fail').innerText();
    expect(text).toContain('校验未通过：第 2 条');
    expect(await v.getByTestId('verify-reason').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/at \w+ \(|Error:|\.ts:\d+/);
    await shot('verify');
    let code = 0;
    try { await exec('npm', ['run', '--silent', 'cli', '--', 'verify', tampered], { cwd: process.cwd() }); } catch (e) { code = (e as { code: number }).code; }
    expect(code).toBe(1);
  });

  it('records an appeal and a rectification report; the follow-up shows the deadline', async () => {
    await tab('register');
    await page().getByTestId('register-table').locator('tr', { has: page().locator('td:text-is("1")') }).getByTestId('register-appeal').click();
    await page().getByTestId('appeal-appellant').fill('东城区某单位');
    await page().getByTestId('appeal-reason').fill('认为推诿情形认定有误');
    await page().getByTestId('register-ask-ok').click();
    await expectMessage('申诉已登记');
    await tab('followup');
    await page().getByTestId('followup-table').locator('tbody tr').first().waitFor();
    expect(await page().getByTestId('standing').first().innerText()).toMatch(/整改中|已逾期/);
    expect(await page().getByTestId('appeals-table').innerText()).toContain('待处理');
    await shot('followup');
  });

  it('prints the public notice to PDF; its PNG shows the notice', async () => {
    await tab('notice');
    const frame = page().getByTestId('notice-frame');
    await frame.waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await page().frameLocator('[data-testid=notice-frame]').locator('body').innerText()).replace(/\s+/g, ''), { timeout: 30_000 }).toContain('督通〔2026〕7号');
    await shot('notice');
    await page().getByTestId('notice-print').click();
    await page().getByTestId('notice-saved').waitFor({ timeout: 60_000 });
    const saved = join(app.dataDir, 'saved');
    const pdf = join(saved, readdirSync(saved).find((f) => f.endsWith('.pdf'))!);
    const text = (await exec('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, '');
    expect(text).toContain('督通〔2026〕7号');
    expect(text).toContain('通报');
    expect(text).not.toContain('起草：'); // the public version has no sign-off names
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    await exec('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(SHOTS, 'records-notice-pdf')]);
    expect(readdirSync(SHOTS).some((f) => f.startsWith('records-notice-pdf') && f.endsWith('.png'))).toBe(true);
  });

  it('reads in English too', async () => {
    const setLang = async (label: string) => {
      await page().getByTestId('language-menu').hover();
      await page().locator('.ant-dropdown:visible').getByText(label, { exact: true }).click();
    };
    await setLang('English');
    await tab('register');
    await expect.poll(() => page().getByTestId('records-register').innerText(), { timeout: 15_000 }).toContain('Export the register (JSON)');
    await shot('register-en');
    await tab('verify');
    expect(await page().getByTestId('records-verify').innerText()).toContain('Verify a register bundle someone hands you');
    await shot('verify-en');
    await setLang('简体中文');
    await expect.poll(() => page().getByTestId('records-tab-audit').innerText()).toBe('审计日志');
  });

  it('shows the audit log of sensitive actions, intact', async () => {
    await tab('audit');
    await page().getByTestId('audit-intact').waitFor({ timeout: 30_000 });
    // The chain check and the rows arrive separately: wait for the rows.
    const table = page().getByTestId('audit-table');
    await expect.poll(() => table.innerText(), { timeout: 15_000 }).toContain('签发发布');
    const text = await table.innerText();
    for (const a of ['签发发布', '发布更正', '导出登记册', '创建签名密钥']) expect(text).toContain(a);
    await shot('audit');
    const errors = app.errors.filter((e) => !/Warning: \[antd/.test(e));
    expect(errors).toEqual([]);
  });
});

describe('表彰问责 in the browser build as users get it', () => {
  it('says it is single-user mode and keeps a non-extractable WebCrypto key in IndexedDB', async () => {
    const b = await launchApp({ hash: '#/records?tab=users', exposeBridge: false });
    try {
      await b.page.getByTestId('records-browser-mode').waitFor({ timeout: 60_000 });
      expect(await b.page.getByTestId('records-browser-mode').innerText()).toContain('浏览器版为单用户模式');
      const setup = b.page.getByTestId('records-setup');
      await setup.getByTestId('setup-id').fill('admin');
      await setup.getByTestId('setup-name').fill('钱管理');
      await setup.getByTestId('setup-password').fill(PW);
      await setup.getByTestId('setup-ok').click();
      const key = b.page.getByTestId('records-key');
      await key.getByTestId('key-create').click();
      await expect.poll(() => key.getByTestId('key-fingerprint').innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/^[0-9a-f]{16}$/);
      const stored = await b.page.evaluate(`new Promise((resolve) => {
        const open = indexedDB.open('duban');
        open.onsuccess = () => {
          const get = open.result.transaction('signingKeys').objectStore('signingKeys').get('register');
          get.onsuccess = () => { const k = get.result.privateKey; resolve({ type: k.type, extractable: k.extractable, algorithm: k.algorithm.name }); open.result.close(); };
        };
      })`);
      expect(stored).toEqual({ type: 'private', extractable: false, algorithm: 'Ed25519' });
      await b.page.mouse.move(1430, 890);
      const p = await screenshot(b.page, 'records-browser-mode');
      copyFileSync(p, join(SHOTS, 'records-browser-mode.png'));
    } finally {
      await b.close();
    }
  });
});
