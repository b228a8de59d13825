/**
 * Flow events on PostgreSQL (DOMAIN.md sections 3 and 6): rejects, reopens and the A → B → A
 * dispatch return derived from the stored events, also when a later event file adds to a
 * ticket's sequence; chronic --db flags the same tickets as chronic --tickets.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-run';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster';

const HEADER = '工单编号,受理时间,诉求分类,区,街道,地址,承办单位,单位类型,办理时限,办理状态,办结时间,退单次数';
const ticket = (id: string, day: number): string => `${id},2026-03-${String(day).padStart(2, '0')} 09:00:00,城乡建设/市容环境/垃圾清运,东城区,东华门街道,,东城区城管委,区,2026-03-25 09:00:00,办理中,,0`;

describe('flow events in the store', () => {
  let cluster: PgCluster;
  const dir = mkdtempSync(join(tmpdir(), 'duban-pg-flow-'));
  const tickets = join(dir, 'tickets.csv'), events1 = join(dir, 'events-1.csv'), events2 = join(dir, 'events-2.csv'), both = join(dir, 'events-all.csv');
  beforeAll(async () => {
    cluster = await startPgCluster();
    writeFileSync(tickets, `${[HEADER, ticket('P1', 1), ticket('P2', 2), ticket('P3', 3), ticket('P4', 4), ticket('P5', 5)].join('\n')}\n`);
    const ev = (id: string, t: string, action: string, unit: string, target = ''): string => `${id},2026-03-${t},${action},${unit},${target},`;
    const first = [
      ev('P1', '01 10:00', '派单', '市热线中心', 'A'), ev('P1', '02 10:00', '改派', 'A', 'B'), ev('P1', '03 10:00', '改派', 'B', 'A'), // A→B→A
      ev('P2', '02 10:00', '派单', '市热线中心', 'A'), ev('P2', '02 11:00', '改派', 'A', 'A'), ev('P2', '03 10:00', '改派', 'A', 'B'), // A→A→B: no
      ev('P3', '03 10:00', '派单', '市热线中心', 'A'), ev('P3', '04 10:00', '改派', 'A', 'B'),                                  // A→B, back to A in file 2
      ev('P4', '04 10:00', '退单', 'A'), ev('P4', '05 10:00', '退单', 'B'),                                                  // two rejects
      ev('P5', '05 10:00', '重办', '督办科'), ev('P5', '06 10:00', '重办', '督办科'),                                        // two reopens
    ];
    const second = [ev('P3', '09 10:00', '改派', 'B', 'A')];
    const h = '工单编号,时间,动作,单位,目标单位,说明';
    writeFileSync(events1, `${[h, ...first].join('\n')}\n`);
    writeFileSync(events2, `${[h, ...second].join('\n')}\n`);
    writeFileSync(both, `${[h, ...first, ...second].join('\n')}\n`);
  }, 120_000);
  afterAll(() => { cluster?.stop(); rmSync(dir, { recursive: true, force: true }); });

  it('derives rejects, reopens and the A → B → A return, across event files', async () => {
    const url = cluster.createDatabase('flow');
    expect((await runCli(['load', '--db', url, tickets, '--events', events1])).code).toBe(0);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const flow = async (): Promise<Record<string, unknown>[]> => (await c.query('SELECT ticket, rejects, reopens, ping_pong FROM ticket_flow ORDER BY ticket')).rows;
    expect(await flow()).toEqual([
      { ticket: 'P1', rejects: 0, reopens: 0, ping_pong: true },
      { ticket: 'P2', rejects: 0, reopens: 0, ping_pong: false },
      { ticket: 'P3', rejects: 0, reopens: 0, ping_pong: false },
      { ticket: 'P4', rejects: 2, reopens: 0, ping_pong: false },
      { ticket: 'P5', rejects: 0, reopens: 2, ping_pong: false },
    ]);
    const again = JSON.parse((await runCli(['load', '--db', url, tickets, '--events', events2])).stdout);
    expect(again.events).toMatchObject({ inserted: 1, unchanged: 0 });
    expect((await flow())[2]).toEqual({ ticket: 'P3', rejects: 0, reopens: 0, ping_pong: true });
    await c.end();

    const d = await runCli(['chronic', '--db', url, '--as-of', '2026-03-31', '--format', 'json']);
    const f = await runCli(['chronic', '--tickets', tickets, '--events', both, '--as-of', '2026-03-31', '--format', 'json']);
    expect(d.code, d.stderr).toBe(0);
    const out = JSON.parse(d.stdout);
    expect(out).toEqual(JSON.parse(f.stdout));
    expect(out.flags).toEqual([
      { ticket: 'P1', rules: ['R4'] }, { ticket: 'P3', rules: ['R4'] }, { ticket: 'P4', rules: ['R4'] }, { ticket: 'P5', rules: ['R3'] },
    ]);
  });

  it('--save keeps the printed result and its rule set version, and refuses a changed body under the same version', async () => {
    const url = cluster.createDatabase('saved');
    expect((await runCli(['load', '--db', url, tickets, '--events', events1])).code).toBe(0);
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ id: 'office', version: 2, body: { minEvaluated: 1 } }));
    const args = ['--db', url, '--from', '2026-03-01', '--to', '2026-04-01', '--by', 'unit', '--rules', rules, '--save'];
    const a = await runCli(['assess', ...args]);
    expect(a.code, a.stderr).toBe(0);
    expect((await runCli(['assess', ...args])).code).toBe(0);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const saved = (await c.query('SELECT command, rule_set_id, rule_set_version, output FROM results ORDER BY id')).rows;
    expect(saved).toHaveLength(2);
    expect(saved[0]).toMatchObject({ command: 'assess', rule_set_id: 'office', rule_set_version: 2 });
    expect(saved[0].output).toEqual(JSON.parse(a.stdout));
    expect((await c.query("SELECT id, version FROM rule_sets WHERE kind = 'assess'")).rows).toEqual([{ id: 'office', version: 2 }]);
    writeFileSync(rules, JSON.stringify({ id: 'office', version: 2, body: { minEvaluated: 5 } }));
    const b = await runCli(['assess', ...args]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/已有规则集 office 第 2 版，但内容不同/);
    expect((await c.query('SELECT count(*)::int AS n FROM results')).rows[0]).toEqual({ n: 2 });
    const h = await runCli(['hotspots', '--db', url, '--month', '2026-03', '--by', 'district', '--save']);
    expect(h.code, h.stderr).toBe(0);
    expect((await c.query("SELECT output FROM results WHERE command = 'hotspots'")).rows[0].output).toEqual(JSON.parse(h.stdout));
    await c.end();
  });
});
