/**
 * Runs the real CLI (`npm run --silent cli -- assess …`, i.e. tsx cli/index.ts) on a generated
 * CSV and compares its JSON with the independent reference implementation.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '@core/assess/rules';
import { TICKET_COLUMNS } from '@core/data/tickets/columns';
import { formatLocal } from '@core/base/time/shanghai';
import type { Ticket } from '@core/data/tickets/ticket';
import { expectSameReport } from '../unit/assess/compare-helpers';
import { FROM, randomTickets, TO } from '../unit/assess/factory';
import { referenceAssess, type RefKey } from '../unit/assess/reference';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function cell(t: Ticket, key: (typeof TICKET_COLUMNS)[number]['key']): string {
  const v = t[key];
  if (v === null || v === undefined) return '';
  if (['acceptedAt', 'dispatchedAt', 'dueAt', 'closedAt', 'surveyedAt'].includes(key)) return formatLocal(v as number);
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Times to whole seconds: the CSV carries `YYYY-MM-DD HH:mm:ss`. */
const toSeconds = (t: Ticket): Ticket => {
  const s = (x: number | null): number | null => (x === null ? null : Math.floor(x / 1000) * 1000);
  return { ...t, acceptedAt: s(t.acceptedAt)!, dueAt: s(t.dueAt), closedAt: s(t.closedAt), dispatchedAt: s(t.dispatchedAt), surveyedAt: s(t.surveyedAt) };
};

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(TSX, ['cli/index.ts', 'assess', ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('assess CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duban-assess-'));
  const file = join(dir, 'tickets.csv');
  const tickets = randomTickets(21, 2500).map(toSeconds);
  beforeAll(() => {
    const lines = [TICKET_COLUMNS.map((c) => c.header).join(',')];
    for (const t of tickets) lines.push(TICKET_COLUMNS.map((c) => cell(t, c.key)).join(','));
    writeFileSync(file, `\uFEFF${lines.join('\n')}\n`);
  });

  for (const by of [['unit'], ['street'], ['unit', 'month'], ['category1', 'district']] as RefKey[][]) {
    it(`--by ${by.join(',')} equals the reference`, async () => {
      const r = await cli(['--tickets', file, '--from', '2025-01-01', '--to', '2025-04-01', '--by', by.join(','), '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.ruleSet).toEqual({ id: 'default-v1', version: 1, sha256: DEFAULT_RULE_SET.sha256 });
      expect(out.input).toEqual({ tickets: tickets.length, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') });
      expect(out.period).toEqual({ from: '2025-01-01', to: '2025-04-01' });
      expect(out.by).toEqual(by);
      expectSameReport(out, referenceAssess(tickets, FROM, TO, by));
    });
  }

  it('--events: rejects and reopens come from the flow events, as DOMAIN.md section 3 says', async () => {
    const events = join(dir, 'events.csv');
    const lines = ['工单编号,时间,动作,单位,目标单位,说明'];
    const rejects = new Map<string, number>(), reopens = new Map<string, number>();
    tickets.forEach((t, i) => {
      if (i % 7 === 0) { lines.push(`${t.id},${formatLocal(t.acceptedAt)},退单,${t.unit},,非本单位职责`); rejects.set(t.id, 1); }
      if (i % 11 === 0 && t.closedAt !== null) { lines.push(`${t.id},${formatLocal(t.closedAt)},重办,督办科,,群众不满意`); reopens.set(t.id, 1); }
    });
    writeFileSync(events, `${lines.join('\n')}\n`);
    const r = await cli(['--tickets', file, '--events', events, '--from', '2025-01-01', '--to', '2025-04-01', '--by', 'unit']);
    expect(r.code).toBe(0);
    const fromEvents = tickets.map((t) => ({ ...t, rejectCount: rejects.get(t.id) ?? 0, reopenCount: reopens.get(t.id) ?? 0 }));
    expectSameReport(JSON.parse(r.stdout), referenceAssess(fromEvents, FROM, TO, ['unit']));
  });

  it('writes CSV with one row per group', async () => {
    const r = await cli(['--tickets', file, '--from', '2025-01-01', '--to', '2025-04-01', '--by', 'unit', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['unit', 'dispatched', 'evaluated', 'responseRate']);
    expect(lines.length - 1).toBe(referenceAssess(tickets, FROM, TO, ['unit']).groups.length);
  });

  it('applies a rules file', async () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ minEvaluated: 100000 }));
    const r = await cli(['--tickets', file, '--from', '2025-01-01', '--to', '2025-04-01', '--by', 'unit', '--rules', rules]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ruleSet.id).toBe('rules');
    expect(out.groups.every((g: { rank: number | null }) => g.rank === null)).toBe(true);
  });

  it('refuses bad arguments with a Chinese message and exit code 2', async () => {
    const bad = [
      [['--from', '2025-01-01', '--to', '2025-04-01', '--by', 'unit'], '缺少参数 --tickets'],
      [['--tickets', file, '--from', '2025-13-01', '--to', '2025-04-01', '--by', 'unit'], '开始日期「2025-13-01」无效'],
      [['--tickets', file, '--from', '2025-01-01', '--to', '2025-04-01', '--by', 'colour'], '未知分组键「colour」'],
      [['--tickets', file, '--from', '2025-01-01', '--to', '2025-04-01', '--by', 'unit', '--format', 'xml'], '不支持的输出格式'],
    ] as const;
    for (const [args, msg] of bad) {
      const r = await cli([...args]);
      expect(r.code, msg).toBe(2);
      expect(r.stderr).toContain(msg);
      expect(r.stdout).toBe('');
    }
    const rules = join(dir, 'bad-rules.json');
    writeFileSync(rules, JSON.stringify({ score: { terms: [{ rate: 'responseRate', weight: 0.3 }] } }));
    const r = await cli(['--tickets', file, '--from', '2025-01-01', '--to', '2025-04-01', '--by', 'unit', '--rules', rules]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('权重之和须为 1');
  });
});
