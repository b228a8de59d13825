/**
 * Importing ticket files through the import page (#/import): UTF-8 with BOM, GB18030 and TSV
 * files with bad rows and duplicates give exactly the counts of the CLI `validate` command,
 * the store holds the accepted tickets, and importing the same file again inserts and updates
 * nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, waitUntil, type LaunchedApp } from './harness';

const ROOT = resolve(__dirname, '../..');
const HEADER = ['工单编号', '受理时间', '诉求类型', '诉求分类', '诉求内容', '区', '街道', '地址', '承办单位', '办理状态', '满意度', '退单次数'];

/**
 * Rows of a ticket file: `good` valid rows with ids `<prefix>-<n>`, then four bad rows (empty
 * id, impossible date, unknown kind, negative count) and two duplicates of earlier ids.
 */
function ticketRows(prefix: string, good: number): string[][] {
  const rows: string[][] = [];
  for (let i = 1; i <= good; i++) {
    rows.push([`${prefix}-${i}`, `2024-03-${String((i % 28) + 1).padStart(2, '0')} 09:${String(i % 60).padStart(2, '0')}:00`, '投诉',
      '城乡建设/物业管理/停车管理', i % 3 === 0 ? '夜间施工扰民，"多次"反映\n仍未解决' : `小区噪音扰民，已转办城管局 ${i}`, '东城区', '和平里街道',
      `和平里北街${i}号`, '东城区城管局', i % 2 ? '已办结' : '办理中', i % 4 ? '满意' : '不满意', String(i % 3)]);
  }
  rows.push(['', '2024-03-01 10:00:00', '投诉', '城乡建设', '缺编号', '东城区', '', '', '', '', '', '0']);
  rows.push([`${prefix}-bad-date`, '2024-13-45 10:00', '投诉', '城乡建设', '日期错误', '东城区', '', '', '', '', '', '0']);
  rows.push([`${prefix}-bad-kind`, '2024-03-02 10:00', '吐槽', '城乡建设', '类型错误', '东城区', '', '', '', '', '', '0']);
  rows.push([`${prefix}-bad-count`, '2024-03-02 10:00', '投诉', '城乡建设', '次数错误', '东城区', '', '', '', '', '', '-1']);
  rows.push([`${prefix}-1`, '2024-03-05 10:00', '咨询', '城乡建设', '重复行', '东城区', '', '', '', '', '', '0']);
  rows.push([`${prefix}-2`, '2024-03-05 10:00', '咨询', '城乡建设', '重复行', '东城区', '', '', '', '', '', '0']);
  return rows;
}

function toCsv(rows: string[][], delimiter: string): string {
  const q = (s: string): string => (/[",\n\t\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [HEADER, ...rows].map((r) => r.map(q).join(delimiter)).join('\r\n') + '\r\n';
}

type CliReport = { rows: number; accepted: number; rejected: unknown[]; duplicates: unknown[]; encoding: string };

function cliValidate(file: string): CliReport {
  let out: string;
  try {
    out = execFileSync('npx', ['tsx', 'cli/index.ts', 'validate', file, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(out) as CliReport;
}

/** Page object of #/import. */
class ImportPageObject {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => { (globalThis as unknown as { location: { hash: string } }).location.hash = '#/welcome'; });
    await this.page.evaluate(() => { (globalThis as unknown as { location: { hash: string } }).location.hash = '#/import'; });
    await this.page.getByTestId('import-page').waitFor();
  }

  /** Chooses `file` as the ticket file, starts the import and waits for the report. */
  async importTickets(file: string): Promise<Record<string, number>> {
    await this.page.getByTestId('import-tickets-input').setInputFiles(file);
    const start = this.page.getByTestId('import-start');
    await waitUntil(this.page, `!document.querySelector('[data-testid="import-start"]')?.disabled`, 30_000);
    await start.click();
    await this.page.getByTestId('import-report').waitFor({ timeout: 120_000 });
    const read = async (name: string): Promise<number> => Number((await this.page.getByTestId(`report-${name}`).first().textContent())?.trim());
    const out: Record<string, number> = {};
    for (const k of ['rows', 'accepted', 'rejected', 'duplicates', 'inserted', 'updated', 'unchanged']) out[k] = await read(k);
    return out;
  }
}

describe('import through the UI', () => {
  let app: LaunchedApp;
  let dir: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-import-'));
    files.bom = join(dir, '工单-utf8bom.csv');
    writeFileSync(files.bom, '\uFEFF' + toCsv(ticketRows('U', 40), ','), 'utf8');
    files.gb = join(dir, '工单-gb18030.csv');
    writeFileSync(files.gb, iconv.encode(toCsv(ticketRows('G', 30), ','), 'gb18030'));
    files.tsv = join(dir, '工单.tsv');
    writeFileSync(files.tsv, toCsv(ticketRows('T', 25), '\t'), 'utf8');
    app = await launchApp({ hash: '#/import' });
  });
  afterAll(async () => { await app?.close(); });

  it.each([
    ['bom', 'utf-8'],
    ['gb', 'gb18030'],
    ['tsv', 'utf-8'],
  ])('imports the %s file with the counts of cli validate, then again with nothing new', async (key, encoding) => {
    const file = files[key]!;
    const cli = cliValidate(file);
    expect(cli.encoding).toBe(encoding);
    expect(cli.rejected.length).toBe(4);
    expect(cli.duplicates.length).toBe(2);
    const before = await app.page.evaluate(async () => (await (globalThis as unknown as { __dubanEngine: { stats(): Promise<{ tickets: number }> } }).__dubanEngine.stats()).tickets);

    const ui = new ImportPageObject(app.page);
    await ui.open();
    const first = await ui.importTickets(file);
    expect(first).toEqual({
      rows: cli.rows, accepted: cli.accepted, rejected: cli.rejected.length, duplicates: cli.duplicates.length,
      inserted: cli.accepted, updated: 0, unchanged: 0,
    });
    const after = await app.page.evaluate(async () => (await (globalThis as unknown as { __dubanEngine: { stats(): Promise<{ tickets: number }> } }).__dubanEngine.stats()).tickets);
    expect(after - before).toBe(cli.accepted);

    await ui.open();
    const again = await ui.importTickets(file);
    expect(again).toMatchObject({ rows: cli.rows, accepted: cli.accepted, inserted: 0, updated: 0, unchanged: cli.accepted });
    const still = await app.page.evaluate(async () => (await (globalThis as unknown as { __dubanEngine: { stats(): Promise<{ tickets: number }> } }).__dubanEngine.stats()).tickets);
    expect(still).toBe(after);
  });

  it('keeps the quoted multi-line content and finds it by quick search', async () => {
    const r = await app.page.evaluate(async () => {
      const e = (globalThis as unknown as { __dubanEngine: { query(q: unknown, w: unknown): Promise<{ total: number; rows: { id: string; content: string }[] }> } }).__dubanEngine;
      return e.query({ filters: [{ kind: 'ids', ids: ['U-3'] }], search: '扰民' }, { start: 0, end: 5 });
    });
    expect(r.total).toBe(1);
    expect(r.rows[0]!.content).toBe('夜间施工扰民，"多次"反映\n仍未解决');
  });

  it('records an update with the previous values in the ticket history', async () => {
    const changed = ticketRows('U', 40).map((r) => (r[0] === 'U-2' ? r.map((c, i) => (i === 9 ? '已办结' : i === 10 ? '不满意' : c)) : r));
    const file = join(dir, '工单-utf8bom-改.csv');
    writeFileSync(file, '\uFEFF' + toCsv(changed, ','), 'utf8');
    const ui = new ImportPageObject(app.page);
    await ui.open();
    const res = await ui.importTickets(file);
    expect(res).toMatchObject({ inserted: 0, updated: 1 });
    const detail = await app.page.evaluate(async () => {
      const e = (globalThis as unknown as { __dubanEngine: { ticket(id: string): Promise<{ ticket: { status: string }; history: { previous: Record<string, string> }[] } | null> } }).__dubanEngine;
      return e.ticket('U-2');
    });
    expect(detail!.ticket.status).toBe('已办结');
    expect(detail!.history.at(-1)!.previous).toMatchObject({ status: '办理中', satisfaction: '满意' });
  });
});
