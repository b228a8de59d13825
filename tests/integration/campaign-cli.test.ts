/**
 * `npm run cli -- campaign-outcome` and `... hotspots` run for real: JSON only on stdout with
 * exactly the keys of DOMAIN.md sections 8 and 9, agreeing with the independent reference and
 * with the engine computations the pages use; invalid selector files give one line and exit 2.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatLocal } from '@core/base/time/shanghai';
import { buildTicketTable } from '@core/data/table/ticket-table';
import type { Ticket } from '@core/data/tickets/ticket';
import { campaignComputation, type OutcomeResponse } from '@renderer/engine/computations/campaign';
import { hotspotsComputation, type HotspotsResponse } from '@renderer/engine/computations/hotspots';
import { monthTickets, randomTickets } from '../unit/campaigns/factory';
import { refHotspots, refOutcome } from '../unit/campaigns/reference';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'campaign-cli-'));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec('npx', ['tsx', 'cli/index.ts', ...args], { cwd: process.cwd(), maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
function writeTickets(name: string, list: Ticket[]): string {
  const head = '工单编号,受理时间,诉求类型,诉求分类,诉求内容,区,街道,承办单位,办理状态';
  const rows = list.map((t) => [t.id, formatLocal(t.acceptedAt), t.kind, t.category, t.content, t.district, t.street, t.unit, t.status].map((v) => q(String(v))).join(','));
  const p = join(dir, name);
  writeFileSync(p, `\uFEFF${head}\n${rows.join('\n')}\n`);
  return p;
}
function writeFile(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const tickets = [...randomTickets(21, 2500, { gaps: ['2024-03'] }), ...monthTickets('2025-05', 30, { category: '住房/物业管理/停车管理', district: '南湖区', street: '湖滨街道', unit: '湖滨街道' })];
const file = writeTickets('tickets.csv', tickets);
const table = buildTicketTable(tickets);

describe('npm run cli -- campaign-outcome', () => {
  const selector = { categories: ['住房/物业管理'], keywords: ['停车'], districts: ['东城区', '南湖区'] };
  const sel = writeFile('selector.json', JSON.stringify(selector));

  it('prints only the section 8 JSON, equal to the reference and to the engine computation of the pages', async () => {
    const r = await cli('campaign-outcome', '--tickets', file, '--selector', sel, '--from', '2025-01-01', '--to', '2025-03-15', '--months', '2', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as OutcomeResponse['outcome'];
    expect(Object.keys(out)).toEqual(['selector', 'period', 'months', 'before', 'after', 'beforeLastYear', 'afterLastYear', 'change', 'effect', 'effectCi', 'nullReasons']);
    expect(out.selector).toEqual({ ...selector, streets: [], kinds: [] });
    expect(out.period).toEqual({ from: '2025-01-01', to: '2025-03-15', windowMonths: 2 });
    const ref = refOutcome(tickets, out.selector, '2025-01-01', '2025-03-15', 2);
    expect(out.months).toEqual(ref.months);
    expect([out.before, out.after, out.beforeLastYear, out.afterLastYear]).toEqual([ref.before, ref.after, ref.beforeLastYear, ref.afterLastYear]);
    // 2024-03 has no ticket at all: beforeLastYear (2023-11, 2023-12) is fine, but the series skips it.
    expect(out.months.some((m) => m.month === '2024-03')).toBe(false);
    const engine = campaignComputation(table, { op: 'outcome', selector, from: '2025-01-01', to: '2025-03-15', windowMonths: 2 }) as OutcomeResponse;
    expect(out).toEqual(JSON.parse(JSON.stringify(engine.outcome)));
  });

  it('names the months that are not covered in nullReasons', async () => {
    const r = await cli('campaign-outcome', '--tickets', file, '--selector', sel, '--from', '2024-06-01', '--to', '2024-09-01');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as OutcomeResponse['outcome'];
    expect(out.before).toBeNull();
    expect(out.nullReasons.before).toBe('数据未覆盖 2024-03（这些月份没有任何工单），无法计算整治前');
    expect(out.nullReasons.change).toBe('整治前为空，因此无法计算变化率');
  });

  it('warns on stderr about a category no ticket has, and still answers', async () => {
    const s = writeFile('unknown.json', JSON.stringify({ categories: ['住房/物业', '火星/移民'] }));
    const r = await cli('campaign-outcome', '--tickets', file, '--selector', s, '--from', '2025-01-01', '--to', '2025-02-01');
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual(['提示：诉求分类「火星/移民」在工单中不存在（没有该分类，也没有它的下级分类），请检查拼写或分类层级']);
    expect(JSON.parse(r.stdout).selector.categories).toEqual(['住房/物业', '火星/移民']);
  });

  it.each([
    ['a missing file', null, /^找不到选择器文件：.*nope\.json$/],
    ['a folder', 'DIR', /^选择器路径是文件夹，不是文件：/],
    ['text that is not JSON', '{"categories": [住房]}', /^选择器文件 .* 无效：问题选择器不是有效的 JSON（.*），请检查括号、引号和逗号$/],
    ['a list', '["住房"]', /无效：问题选择器须为 JSON 对象/],
    ['a wrong type', '{"districts": "东城区"}', /无效：「districts」（区）须为文字列表/],
    ['an unknown kind', '{"kinds": ["咨讯"]}', /无效：「kinds」（诉求类型）的第 1 项「咨讯」不是诉求类型/],
    ['an empty string', '{"keywords": [""]}', /无效：「keywords」（关键词）的第 1 项为空/],
    ['an unknown field', '{"category": ["住房"]}', /无效：问题选择器有未知字段「category」/],
  ])('an invalid selector file (%s): one line of Chinese on stderr, nothing on stdout, exit 2', async (_what, content, re) => {
    let path = join(dir, 'nope.json');
    if (content === 'DIR') { path = join(dir, 'a-folder'); mkdirSync(path, { recursive: true }); }
    else if (content !== null) path = writeFile(`bad-${Math.random().toString(36).slice(2)}.json`, content);
    const r = await cli('campaign-outcome', '--tickets', file, '--selector', path, '--from', '2025-01-01', '--to', '2025-02-01');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(re);
  });

  it('bad arguments exit 2 with the usage; an unreadable ticket file exits 1', async () => {
    const a = await cli('campaign-outcome', '--tickets', file, '--selector', sel, '--from', '2025-01-01', '--to', '2024-12-01');
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/须晚于开始日期[\s\S]*用法/);
    const b = await cli('campaign-outcome', '--tickets', file, '--selector', sel, '--from', '2025-01-01', '--to', '2025-02-01', '--months', '13');
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/1 到 12/);
    const c = await cli('campaign-outcome', '--tickets', join(dir, 'missing.csv'), '--selector', sel, '--from', '2025-01-01', '--to', '2025-02-01');
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/找不到文件/);
    const d = await cli('campaign-outcome', '--tickets', file, '--selector', sel, '--from', '2025-01-01', '--to', '2025-02-01', '--format', 'csv');
    expect(d.code).toBe(2);
  });
});

describe('npm run cli -- hotspots', () => {
  it('prints only the section 9 JSON, equal to the reference and to the engine computation', async () => {
    const r = await cli('hotspots', '--tickets', file, '--month', '2025-05', '--by', 'category2,district', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as HotspotsResponse['report'];
    expect(Object.keys(out)).toEqual(['month', 'by', 'groups']);
    expect(out.by).toEqual(['category2', 'district']);
    for (const g of out.groups) expect(Object.keys(g)).toEqual(['key', 'count', 'mean', 'sd', 'z', 'mom', 'yoy', 'hotspot']);
    const ref = refHotspots(tickets, '2025-05', ['category2', 'district']);
    expect(out.groups.map((g) => [g.key, g.count, g.hotspot])).toEqual(ref.map((g) => [g.key, g.count, g.hotspot]));
    expect(out.groups[0]).toMatchObject({ key: { category2: '住房/物业管理', district: '南湖区' }, hotspot: true });
    const engine = hotspotsComputation(table, { month: '2025-05', by: 'category2,district' }) as HotspotsResponse;
    expect(out).toEqual(JSON.parse(JSON.stringify(engine.report)));
  });

  it('groups by category3 too, notes thin baselines and empty months on stderr, and refuses bad arguments with exit 2', async () => {
    const c3 = await cli('hotspots', '--tickets', file, '--month', '2025-05', '--by', 'category3');
    expect(c3.code).toBe(0);
    expect(JSON.parse(c3.stdout).groups[0].key).toEqual({ category3: '住房/物业管理/停车管理' });
    const early = await cli('hotspots', '--tickets', file, '--month', '2024-02', '--by', 'district');
    expect(early.code).toBe(0);
    expect(early.stderr).toMatch(/只有 2 个月有工单（少于 6 个月），各分组的均值、标准差和 z 值为空/);
    expect(JSON.parse(early.stdout).groups.every((g: { z: unknown }) => g.z === null)).toBe(true);
    const none = await cli('hotspots', '--tickets', file, '--month', '2030-01', '--by', 'district');
    expect(JSON.parse(none.stdout).groups).toEqual([]);
    expect(none.stderr).toMatch(/2030-01 没有任何工单/);
    for (const args of [['--month', '2025-5', '--by', 'district'], ['--month', '2025-05', '--by', 'month'], ['--month', '2025-05', '--by', 'colour'], ['--month', '2025-05']]) {
      const r = await cli('hotspots', '--tickets', file, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
});
