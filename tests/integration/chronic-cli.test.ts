import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatLocal } from '@core/base/time/shanghai';
import type { Ticket } from '@core/data/tickets/ticket';
import { rng, ticket, at } from '../unit/chronic/factory';
import { reference } from '../unit/chronic/reference';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'chronic-cli-'));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec('npx', ['tsx', 'cli/index.ts', 'chronic', ...args], { cwd: process.cwd(), maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const dt = (t: number | null) => (t === null ? '' : formatLocal(t));

function writeTickets(name: string, list: Ticket[]): string {
  const head = '工单编号,受理时间,诉求分类,诉求内容,区,街道,地址,联系电话,办理时限,办理状态,办结时间,退单次数,重办次数';
  const rows = list.map((t) => [t.id, dt(t.acceptedAt), t.category, t.content, t.district, t.street, t.address, t.callerPhone,
    dt(t.dueAt), t.status, dt(t.closedAt), t.rejectCount ?? '', t.reopenCount ?? ''].map((v) => q(String(v))).join(','));
  const p = join(dir, name);
  writeFileSync(p, `\uFEFF${head}\n${rows.join('\n')}\n`);
  return p;
}

describe('npm run cli -- chronic', () => {
  it('prints only the JSON result, agreeing with the brute-force reference on R1–R5', async () => {
    const r = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const list: Ticket[] = [];
    for (let i = 0; i < 300; i++) {
      const acceptedAt = at('2025-01-01') + Math.floor(r() * 200) * 86_400_000 + Math.floor(r() * 86_400) * 1000;
      list.push(ticket({
        id: `C${String(i).padStart(4, '0')}`, acceptedAt,
        category: pick(['城乡建设/物业管理/停车', '城乡建设/市容', '交通管理/公交']), content: pick(['油烟扰民问题严重', '噪音', '路灯不亮影响出行']),
        street: pick(['', '和平里街道']), address: pick(['', '和平里1号院', '安定门2号', '东四3号']),
        callerPhone: pick(['', '13800000001', '13900000002']), dueAt: r() < 0.5 ? null : acceptedAt + 15 * 86_400_000,
        status: pick(['办理中', '已撤销']), reopenCount: Math.floor(r() * 3), rejectCount: Math.floor(r() * 3),
      }));
    }
    const file = writeTickets('random.csv', list);
    const res = await cli('--tickets', file, '--as-of', '2025-05-31', '--format', 'json');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { asOf: string; ruleSet: { id: string }; cases: { rule: string; tickets: string[]; firstAt: string; lastAt: string; key: string }[]; flags: { ticket: string; rules: string[] }[] };
    expect(out.asOf).toBe('2025-05-31');
    expect(out.ruleSet.id).toBe('chronic-v1');
    const ref = reference(list, '2025-05-31');
    const key = (c: { rule: string; tickets: string[] }) => `${c.rule}:${c.tickets.join(',')}`;
    expect(out.cases.filter((c) => c.rule !== 'R6').map(key).sort()).toEqual(ref.cases.filter((c) => c.rule !== 'R6').map(key).sort());
    expect(out.cases.length).toBeGreaterThan(0);
    expect(out.flags.map((f) => [f.ticket, f.rules])).toEqual([...ref.flags.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    for (const c of out.cases) {
      expect(c.firstAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(c.firstAt <= c.lastAt).toBe(true);
      expect([...c.tickets].sort()).toEqual(c.tickets);
    }
  });

  it('reads an event file for rejects, reopens and A → B → A', async () => {
    const file = writeTickets('ev-tickets.csv', [ticket({ id: 'E1', acceptedAt: '2025-01-02' }), ticket({ id: 'E2', acceptedAt: '2025-01-02', reopenCount: 5 })]);
    const ev = join(dir, 'events.csv');
    writeFileSync(ev, '工单编号,时间,动作,单位,目标单位,说明\nE1,2025-01-02 10:00,派单,市热线,甲街道,\nE1,2025-01-02 11:00,改派,市热线,乙局,\nE1,2025-01-02 12:00,改派,市热线,甲街道,\nE2,2025-01-03 10:00,重办,市热线,,\n');
    const res = await cli('--tickets', file, '--events', ev, '--as-of', '2025-01-31', '--format', 'json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).flags).toEqual([{ ticket: 'E1', rules: ['R4'] }]);
  });

  it('refuses a bad date and a missing file with a Chinese message', async () => {
    const file = writeTickets('one.csv', [ticket({ id: 'X1' })]);
    const bad = await cli('--tickets', file, '--as-of', '2025/01/01', '--format', 'json');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('YYYY-MM-DD');
    const missing = await cli('--tickets', join(dir, 'nope.csv'), '--as-of', '2025-01-01', '--format', 'json');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('找不到文件');
    expect(missing.stdout).toBe('');
  });
});
