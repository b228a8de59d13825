/**
 * The 工单 page and the import wizard, end to end in Chromium on a small demo city: grid rows,
 * sort, a unit choice filter, the quick search, the drawer with its timeline, masking, audited
 * unmasking, CSV export with BOM, and an import with its report. Screenshots go to
 * tests/e2e/.artifacts/ (tickets-page, tickets-drawer, import-preview, import-report).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, ShellPage, WelcomePageObject, type LaunchedApp } from './harness';

const DEMO_TICKETS = 2000;

/** Page object of #/tickets: hides the grid's selectors from the tests. */
class TicketsPageObject {
  constructor(readonly page: Page) {}

  grid() {
    return this.page.getByTestId('tickets-grid');
  }

  /** Waits until the grid shows rows with data (not loading placeholders). */
  async waitRows(timeout = 30_000): Promise<void> {
    // A plain loop (not expect.poll): this also runs in beforeAll, outside a test.
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if ((await this.column('id')).some((x) => x !== '')) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`工单表格 ${timeout} ms 内没有显示数据`);
  }

  /** Texts of the rendered cells of a column, in row order. */
  async column(colId: string): Promise<string[]> {
    const pairs = await this.grid().locator(`.ag-row .ag-cell[col-id="${colId}"]`).evaluateAll((els) =>
      els.map((e) => [Number(e.closest('.ag-row')?.getAttribute('row-index') ?? -1), e.textContent ?? ''] as [number, string]));
    return pairs.sort((a, b) => a[0] - b[0]).map((p) => p[1]);
  }

  /** The number of matching rows in the status bar. */
  async matched(): Promise<number> {
    const t = await this.page.getByTestId('status-matched').innerText();
    return Number(t.replace(/[^\d]/g, ''));
  }

  async clickHeader(colId: string, shift = false): Promise<void> {
    await this.page.getByTestId(`header-${colId}`).click({ modifiers: shift ? ['Shift'] : [] });
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('tickets-search').fill(text);
  }

  async openFilter(colId: string): Promise<void> {
    await this.page.getByTestId(`filter-${colId}`).click();
  }

  /** Shows columns through the column chooser (opens it, ticks the headers, closes it). */
  async showColumns(...headers: string[]): Promise<void> {
    const button = this.page.getByTestId('column-chooser-button');
    await button.click();
    const chooser = this.page.getByTestId('column-chooser');
    await chooser.waitFor();
    for (const header of headers) {
      const box = chooser.getByRole('checkbox', { name: header, exact: true });
      if (!(await box.isChecked())) await box.check();
    }
    await button.click();
    await chooser.waitFor({ state: 'hidden' });
  }

  drawer() {
    return this.page.getByTestId('ticket-drawer');
  }
}

/** A minimal RFC 4180 reader for the exported file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; } else f += c;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  return rows;
}

/** Count of audit entries with `action`, read from IndexedDB in the page. */
async function auditCount(page: Page, action: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open('duban');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('audit', 'readonly');
      const all = tx.objectStore('audit').getAll();
      all.onsuccess = () => { resolve(all.result.filter((e) => e.action === ${JSON.stringify(action)}).length); req.result.close(); };
      all.onerror = () => reject(all.error);
    };
  })`) as Promise<number>;
}

let app: LaunchedApp;
let shell: ShellPage;
let tickets: TicketsPageObject;

beforeAll(async () => {
  app = await launchApp({ hash: `#/welcome?demo=${DEMO_TICKETS}` });
  shell = new ShellPage(app.page);
  tickets = new TicketsPageObject(app.page);
  const welcome = new WelcomePageObject(app.page);
  await welcome.waitVisible();
  await welcome.loadDemo();
  await shell.navigate('tickets');
  await tickets.waitRows();
});

afterAll(async () => {
  await app?.close();
});

describe('工单 grid', () => {
  it('shows the demo tickets with personal data masked', async () => {
    expect(await tickets.matched()).toBe(DEMO_TICKETS);
    const phones = (await tickets.column('callerPhone')).filter((p) => p !== '');
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) expect(p).toContain('****');
    const names = (await tickets.column('callerName')).filter((n) => n !== '');
    for (const n of names) expect(n).toMatch(/\*/);
    // No plain mobile number anywhere in the grid.
    expect(await tickets.grid().innerText()).not.toMatch(/1[3-9]\d{9}/);
    await screenshot(app.page, 'tickets-page');
  });

  it('sorts by 受理时间 ascending, then descending', async () => {
    await tickets.clickHeader('acceptedAt');
    await expect.poll(async () => {
      const v = (await tickets.column('acceptedAt')).filter((x) => x);
      return v.length > 5 && v.every((x, i) => i === 0 || v[i - 1]! <= x);
    }, { timeout: 15_000 }).toBe(true);
    const ascFirst = (await tickets.column('acceptedAt'))[0]!;
    await tickets.clickHeader('acceptedAt');
    await expect.poll(async () => {
      const v = (await tickets.column('acceptedAt')).filter((x) => x);
      return v.length > 5 && v.every((x, i) => i === 0 || v[i - 1]! >= x) && v[0]! > ascFirst;
    }, { timeout: 15_000 }).toBe(true);
    await tickets.clickHeader('acceptedAt'); // back to unsorted
  });

  it('filters by a 承办单位 choice with its count', async () => {
    await tickets.openFilter('unit');
    const list = app.page.getByTestId('choice-list-unit');
    await list.locator('.ant-checkbox-wrapper').first().waitFor();
    const row = list.locator('> div').nth(1);
    const unit = (await row.locator('.ant-checkbox-wrapper').innerText()).trim();
    const count = Number((await row.locator('> span, > .ant-typography').last().innerText()).replace(/[^\d]/g, ''));
    expect(count).toBeGreaterThan(0);
    await row.locator('.ant-checkbox-wrapper').click();
    await app.page.getByTestId('filter-apply').click();
    await expect.poll(() => tickets.matched(), { timeout: 15_000 }).toBe(count);
    await expect.poll(async () => {
      const units = (await tickets.column('unit')).filter((u) => u !== '');
      return units.length > 0 && units.every((u) => u === unit);
    }, { timeout: 15_000 }).toBe(true);
    await expect(app.page.getByTestId('filter-tags').innerText()).resolves.toContain(unit);
    await app.page.getByTestId('filter-tags').getByText('清除全部').click();
    await expect.poll(() => tickets.matched(), { timeout: 15_000 }).toBe(DEMO_TICKETS);
  });

  it('quick search for a 2-character word finds rows containing it', async () => {
    await tickets.showColumns('地址', '办理结果');
    await expect.poll(async () => (await tickets.column('reply')).length).toBeGreaterThan(0);
    const contents = await tickets.column('content');
    const word = contents.map((c) => /\p{Script=Han}{2}/u.exec(c.slice(4))?.[0]).find((w) => w !== undefined);
    expect(word).toBeDefined();
    await tickets.search(word!);
    await expect.poll(() => tickets.matched(), { timeout: 15_000 }).toBeLessThan(DEMO_TICKETS);
    expect(await tickets.matched()).toBeGreaterThan(0);
    await expect.poll(async () => {
      const c = await tickets.column('content');
      const a = await tickets.column('address');
      const r = await tickets.column('reply');
      return c.length > 0 && c.every((x, i) => `${x}${a[i] ?? ''}${r[i] ?? ''}`.includes(word!));
    }, { timeout: 15_000 }).toBe(true);
    await tickets.search('');
    await expect.poll(() => tickets.matched(), { timeout: 15_000 }).toBe(DEMO_TICKETS);
  });

  it('Ctrl+F focuses the search box', async () => {
    await tickets.grid().locator('.ag-row .ag-cell[col-id="unit"]').first().click();
    await app.page.keyboard.press('Control+f');
    await expect.poll(() => app.page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('tickets-search');
  });

  it('opens the drawer with Enter and double-click: fields masked, flow timeline with durations', async () => {
    const phones = await tickets.column('callerPhone');
    const at = phones.findIndex((p) => p.includes('****'));
    expect(at).toBeGreaterThanOrEqual(0);
    const cell = tickets.grid().locator(`.ag-row[row-index="${at}"] .ag-cell[col-id="unit"]`);
    await cell.click();
    await app.page.keyboard.press('Enter');
    const drawer = tickets.drawer();
    await drawer.waitFor();
    await expect.poll(() => drawer.getByTestId('field-callerPhone').innerText(), { timeout: 15_000 }).toContain('****');
    const items = drawer.getByTestId('flow-timeline').locator('.ant-timeline-item');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    if ((await items.count()) > 1) await expect(drawer.getByTestId('flow-timeline').innerText()).resolves.toContain('距上一步');
    await screenshot(app.page, 'tickets-drawer');

    // 查看明文: the admin role may; it shows digits and writes the audit log.
    const before = await auditCount(app.page, 'unmask');
    await drawer.getByTestId('unmask-button').click();
    await expect.poll(() => drawer.getByTestId('field-callerPhone').innerText()).not.toContain('*');
    expect(await auditCount(app.page, 'unmask')).toBe(before + 1);

    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await tickets.grid().locator(`.ag-row[row-index="${at}"] .ag-cell[col-id="unit"]`).dblclick();
    await drawer.waitFor();
    // A new opening is masked again.
    await expect.poll(() => drawer.getByTestId('field-callerPhone').innerText(), { timeout: 15_000 }).toContain('****');
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('sorts by several columns with shift-click', async () => {
    await tickets.clickHeader('kind');
    await tickets.clickHeader('acceptedAt', true);
    await expect.poll(async () => {
      const k = await tickets.column('kind');
      const t = await tickets.column('acceptedAt');
      if (k.length < 10 || k.some((x) => x === '')) return false;
      // Kinds come in contiguous groups; within a kind, 受理时间 ascends.
      const seen = new Set<string>();
      for (let i = 0; i < k.length; i++) {
        if (i > 0 && k[i] !== k[i - 1]) { if (seen.has(k[i]!)) return false; }
        seen.add(k[i]!);
        if (i > 0 && k[i] === k[i - 1] && t[i - 1]! > t[i]!) return false;
      }
      return true;
    }, { timeout: 15_000 }).toBe(true);
    expect(await app.page.getByTestId('header-acceptedAt').innerText()).toContain('2');
    // Back to unsorted: a plain click on 诉求类型 cycles it and drops the second key.
    await tickets.clickHeader('kind');
    await tickets.clickHeader('kind');
  });

  it('counts the selection in the status bar', async () => {
    await tickets.grid().locator('.ag-row[row-index="0"] .ag-selection-checkbox input').first().click();
    await tickets.grid().locator('.ag-row[row-index="1"] .ag-selection-checkbox input').first().click();
    await expect.poll(() => app.page.getByTestId('status-selected').innerText()).toBe('2');
    await tickets.grid().locator('.ag-row[row-index="1"] .ag-selection-checkbox input').first().click();
    await expect.poll(() => app.page.getByTestId('status-selected').innerText()).toBe('1');
  });

  it('saves a view and applies it again', async () => {
    await tickets.openFilter('kind');
    const list = app.page.getByTestId('choice-list-kind');
    await list.locator('.ant-checkbox-wrapper').first().waitFor();
    const row = list.locator('> div').first();
    const kind = (await row.locator('.ant-checkbox-wrapper').innerText()).trim();
    const count = Number((await row.locator('> span, > .ant-typography').last().innerText()).replace(/[^\d]/g, ''));
    await row.locator('.ant-checkbox-wrapper').click();
    await app.page.getByTestId('filter-apply').click();
    await expect.poll(() => tickets.matched(), { timeout: 15_000 }).toBe(count);

    await app.page.getByRole('button', { name: /保存视图/ }).click();
    const modal = app.page.locator('.ant-modal').filter({ hasText: '保存视图' });
    await modal.getByRole('textbox').fill('只看' + kind);
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await modal.waitFor({ state: 'hidden' });

    await app.page.getByTestId('filter-tags').getByText('清除全部').click();
    await expect.poll(() => tickets.matched(), { timeout: 15_000 }).toBeGreaterThan(count);

    await app.page.getByTestId('saved-views').click();
    await app.page.locator('.ant-select-item-option').filter({ hasText: '只看' + kind }).click();
    await expect.poll(() => tickets.matched(), { timeout: 15_000 }).toBe(count);
    expect(await app.page.getByTestId('filter-tags').innerText()).toContain(kind);
    await app.page.getByTestId('filter-tags').getByText('清除全部').click();
    await expect.poll(() => tickets.matched(), { timeout: 15_000 }).toBe(DEMO_TICKETS);
  });

  it('links the drawer to the chronic case that holds the ticket', async () => {
    const id = (await tickets.column('id'))[0]!;
    await app.page.evaluate(`new Promise((resolve, reject) => {
      const req = indexedDB.open('duban');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const tx = req.result.transaction('cases', 'readwrite');
        tx.objectStore('cases').put({ id: 'C-E2E-1', title: '测试疑难件', status: '跟踪中', tickets: [${JSON.stringify(id)}] });
        tx.oncomplete = () => { req.result.close(); resolve(null); };
        tx.onerror = () => reject(tx.error);
      };
    })`);
    await tickets.grid().locator('.ag-row[row-index="0"] .ag-cell[col-id="unit"]').dblclick();
    const link = tickets.drawer().getByTestId('case-link');
    await link.waitFor({ timeout: 15_000 });
    expect(await link.innerText()).toContain('测试疑难件');
    expect(await link.getAttribute('href')).toBe('#/chronic?case=C-E2E-1');
    await app.page.keyboard.press('Escape');
    await tickets.drawer().waitFor({ state: 'hidden' });
  });

  it('follows the dark theme', async () => {
    const bg = () => app.page.evaluate(
      'getComputedStyle(document.querySelector(\'[data-testid="tickets-grid"] .ag-root-wrapper\')).backgroundColor',
    ) as Promise<string>;
    const light = await bg();
    await shell.toggleThemeByButton();
    await expect.poll(() => shell.themeMode()).toBe('dark');
    await expect.poll(bg).not.toBe(light);
    const [r, g, b] = (await bg()).match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 100);
    await screenshot(app.page, 'tickets-dark');
    await shell.toggleThemeByButton();
    await expect.poll(() => shell.themeMode()).toBe('light');
  });

  it('an operator (督办员) cannot unmask or export plain personal data', async () => {
    const setRole = async (label: string) => {
      await app.page.getByTestId('role-menu').hover();
      await app.page.locator('.ant-dropdown-menu-item').filter({ hasText: label }).click();
      await expect.poll(() => app.page.getByTestId('role-menu').innerText()).toContain(label);
    };
    await setRole('督办员');
    await tickets.grid().locator('.ag-row[row-index="0"] .ag-cell[col-id="unit"]').dblclick();
    await tickets.drawer().waitFor();
    expect(await tickets.drawer().getByTestId('unmask-button').isDisabled()).toBe(true);
    await app.page.keyboard.press('Escape');
    await tickets.drawer().waitFor({ state: 'hidden' });
    await app.page.getByTestId('export-button').click();
    await app.page.getByText('导出 CSV（个人信息脱敏）').waitFor();
    expect(await app.page.getByText('含明文').count()).toBe(0);
    await app.page.keyboard.press('Escape');
    await setRole('系统管理员');
  });

  it('exports the view to CSV with BOM, masked, one record per ticket', async () => {
    await app.page.getByTestId('export-button').click();
    await app.page.getByText('导出 CSV（个人信息脱敏）').click();
    const dir = join(app.dataDir, 'saved');
    await expect.poll(() => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.csv')), { timeout: 30_000 }).toBe(true);
    const name = readdirSync(dir).find((f) => f.endsWith('.csv'))!;
    const bytes = readFileSync(join(dir, name));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    const header = rows[0]!;
    expect(header[0]).toBe('工单编号');
    expect(rows.length - 1).toBe(DEMO_TICKETS);
    const phone = header.indexOf('联系电话');
    expect(phone).toBeGreaterThan(0);
    for (const r of rows.slice(1)) if (r[phone]) expect(r[phone]).toContain('****');
    for (const r of rows.slice(1)) for (const c of r) expect(c).not.toMatch(/^[=+@\t\r]/);
  });

  it('exports the view to Excel: one sheet, a row per ticket, phones masked', async () => {
    await app.page.getByTestId('export-button').click();
    await app.page.getByText('导出 Excel（个人信息脱敏）').click();
    const dir = join(app.dataDir, 'saved');
    await expect.poll(() => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.xlsx')), { timeout: 30_000 }).toBe(true);
    const zip = unzipSync(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.xlsx'))!)));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)?.length).toBe(DEMO_TICKETS + 1);
    // Text may sit in the sheet (inline strings) or in a shared-string table, depending on the writer.
    const strings = sheet + (zip['xl/sharedStrings.xml'] ? strFromU8(zip['xl/sharedStrings.xml']) : '');
    expect(strings).toContain('工单编号');
    expect(strings).toMatch(/\d{3}\*{4}\d{4}/);
    expect(strings).not.toMatch(/>1[3-9]\d{9}</);
  });
});

describe('import wizard', () => {
  const CSV = [
    '工单编号,受理时间,诉求内容,来电人,联系电话,承办单位,办理状态,网格员',
    'E2E-0001,2025-03-01 09:00,小区噪音扰民,张三,13812345678,测试街道,办理中,王五',
    'E2E-0002,2025-03-02 10:30,路灯不亮,李四,13912345678,测试街道,已办结,王五',
    'E2E-0003,2025/3/3 8:05,占道经营,赵六丰,13700001111,测试街道,,王五',
    'E2E-0004,不是日期,无效时间,钱七,13600001111,测试街道,,王五',
    'E2E-0002,2025-03-05 10:30,重复一行,李四,13912345678,测试街道,,王五',
  ].join('\r\n');
  const file = (text: string, name = 'e2e-tickets.csv') => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

  async function readReport(page: Page): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const k of ['rows', 'accepted', 'rejected', 'duplicates', 'inserted', 'updated', 'unchanged']) {
      out[k] = Number(await page.getByTestId(`report-${k}`).innerText());
    }
    return out;
  }

  it('blocks a file without the required columns', async () => {
    // 导入数据 is not in the left menu (it opens from 工作台, the welcome page and the palette).
    await app.page.evaluate('location.hash = "#/import"');
    await shell.waitForPage('import');
    await app.page.getByTestId('import-tickets-input').setInputFiles(file('编号,内容\r\nA1,噪音\r\n', 'no-time.csv'));
    await app.page.getByTestId('preview-tickets-missing').waitFor({ timeout: 15_000 });
    expect(await app.page.getByTestId('preview-tickets-missing').innerText()).toContain('受理时间');
    expect(await app.page.getByTestId('import-start').isDisabled()).toBe(true);
  });

  it('previews, imports and reports rows = accepted + rejected + duplicates; a second import changes nothing', async () => {
    await app.page.getByTestId('import-tickets-input').setInputFiles(file(CSV));
    const preview = app.page.getByTestId('preview-tickets');
    await preview.getByText('E2E-0001').waitFor({ timeout: 15_000 });
    expect(await app.page.getByTestId('preview-tickets-encoding').innerText()).toBe('UTF-8');
    expect(await app.page.getByTestId('preview-tickets-delimiter').innerText()).toBe('逗号');
    const text = await preview.innerText();
    expect(text).not.toContain('13812345678');
    expect(text).toContain('138****5678');
    expect(text).toContain('额外字段');
    expect(await app.page.getByTestId('import-start').isEnabled()).toBe(true);
    await screenshot(app.page, 'import-preview');

    await app.page.getByTestId('import-start').click();
    await app.page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    const r = await readReport(app.page);
    expect(r).toEqual({ rows: 5, accepted: 3, rejected: 1, duplicates: 1, inserted: 3, updated: 0, unchanged: 0 });
    expect(await app.page.getByTestId('report-rejected-table').innerText()).toContain('不是日期');
    await screenshot(app.page, 'import-report');

    await app.page.getByText('继续导入其他文件').click();
    await app.page.getByTestId('import-tickets-input').setInputFiles(file(CSV));
    await preview.getByText('E2E-0001').waitFor({ timeout: 15_000 });
    await app.page.getByTestId('import-start').click();
    await app.page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    expect(await readReport(app.page)).toEqual({ rows: 5, accepted: 3, rejected: 1, duplicates: 1, inserted: 0, updated: 0, unchanged: 3 });

    await app.page.getByTestId('open-tickets').click();
    await shell.waitForPage('tickets');
    await tickets.waitRows();
    expect(await tickets.matched()).toBe(DEMO_TICKETS + 3);
  });

  it('取消 during a large import leaves the store exactly as before', async () => {
    await app.page.evaluate('location.hash = "#/import"');
    await shell.waitForPage('import');
    const lines = ['工单编号,受理时间,诉求内容,承办单位'];
    for (let i = 0; i < 400_000; i++) lines.push(`BIG-${i},2025-01-01 08:00,排水管道堵塞第${i}次,测试单位`);
    await app.page.getByTestId('import-tickets-input').setInputFiles(file(lines.join('\r\n'), 'big.csv'));
    await app.page.getByTestId('preview-tickets').getByText('BIG-0').waitFor({ timeout: 30_000 });
    await app.page.getByTestId('import-start').click();
    await app.page.getByTestId('import-cancel').click();
    await app.page.getByTestId('import-cancelled').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('open-tickets').count()).toBe(0);
    await app.page.evaluate('location.hash = "#/tickets"');
    await shell.waitForPage('tickets');
    await tickets.waitRows();
    expect(await tickets.matched()).toBe(DEMO_TICKETS + 3);
  });

  it('had no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('工单 page without data', () => {
  it('says there are no tickets yet and links to import and the demo', async () => {
    const fresh = await launchApp({ hash: '#/tickets' });
    try {
      const empty = fresh.page.getByTestId('tickets-empty');
      await empty.waitFor({ timeout: 30_000 });
      expect(await empty.innerText()).toContain('还没有工单');
      await screenshot(fresh.page, 'tickets-empty');
      await empty.getByRole('button', { name: /导入工单/ }).click();
      await new ShellPage(fresh.page).waitForPage('import');
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
