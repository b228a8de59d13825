/**
 * Every command that accepts --db prints the same JSON on PostgreSQL as on the ticket file
 * (rates to 1e-9): the demo city (200,000 tickets by default, DUBAN_PG_DEMO_TICKETS to change)
 * loaded once into a throwaway cluster, with its flow events, under the default rule sets and a
 * user's rule set with other weights, bases and thresholds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemo, runCli } from '../helpers/cli-run';
import { expectSameJson } from '../helpers/json-close';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster';

const N = Number(process.env.DUBAN_PG_DEMO_TICKETS ?? 200_000);

describe(`--db gives the same JSON as --tickets on the demo city (${N} tickets)`, () => {
  let cluster: PgCluster;
  let url = '';
  const dir = mkdtempSync(join(tmpdir(), 'duban-pg-engines-'));
  const tickets = join(dir, 'demo', 'tickets.csv'), events = join(dir, 'demo', 'events.csv');

  beforeAll(async () => {
    cluster = await startPgCluster();
    await makeDemo(join(dir, 'demo'), N, 12345);
    url = cluster.createDatabase('demo_city');
    const r = await runCli(['load', '--db', url, tickets, '--events', events]);
    if (r.code !== 0) throw new Error(`load failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ rows: N, accepted: N, inserted: N });
  }, 900_000);
  afterAll(() => { cluster?.stop(); rmSync(dir, { recursive: true, force: true }); });

  /** Runs a command on the file and on the database; both must succeed with the same JSON. */
  async function same(command: string, args: string[]): Promise<unknown> {
    const f = await runCli([command, '--tickets', tickets, '--events', events, ...args]);
    const d = await runCli([command, '--db', url, ...args]);
    expect(f.code, f.stderr).toBe(0);
    expect(d.code, d.stderr).toBe(0);
    const a = JSON.parse(f.stdout), b = JSON.parse(d.stdout);
    expectSameJson(b, a);
    return a;
  }

  it('assess by unit (ranked within unit types), street, and unit × month', async () => {
    const byUnit = await same('assess', ['--from', '2026-01-01', '--to', '2026-04-01', '--by', 'unit', '--format', 'json']) as { groups: { rank: number | null }[] };
    expect(byUnit.groups.filter((g) => g.rank !== null).length).toBeGreaterThan(10);
    await same('assess', ['--from', '2025-07-01', '--to', '2026-07-01', '--by', 'street', '--format', 'json']);
    await same('assess', ['--from', '2026-01-01', '--to', '2026-07-01', '--by', 'unit,month', '--format', 'json']);
  }, 600_000);

  it('assess under a user rule set with other weights, bases, satisfied values and thresholds', async () => {
    const rules = join(dir, 'office-rules.json');
    writeFileSync(rules, JSON.stringify({
      id: 'office-2026', version: 3,
      body: {
        name: '本区考核办法（2026 修订）',
        bases: { satisfactionRate: 'dispatched', closureRate: 'evaluated', onTimeRate: 'evaluated' },
        satisfiedValues: ['满意'],
        score: {
          scale: 10,
          terms: [
            { rate: 'resolutionRate', weight: 0.3 }, { rate: 'satisfactionRate', weight: 0.3 },
            { rate: 'onTimeRate', weight: 0.25 }, { rate: 'rejectRate', weight: 0.15, invert: true },
          ],
        },
        minEvaluated: 80,
        recurrenceDays: 14,
      },
    }));
    const a = await same('assess', ['--from', '2026-01-01', '--to', '2026-04-01', '--by', 'district', '--rules', rules, '--format', 'json']) as { ruleSet: { id: string }; total: { score: number } };
    expect(a.ruleSet.id).toBe('office-2026');
    const d = await same('assess', ['--from', '2026-01-01', '--to', '2026-04-01', '--by', 'district', '--format', 'json']) as { total: { score: number } };
    // The rule set matters: the same tickets score otherwise under the default one.
    expect(a.total.score).not.toBeCloseTo(d.total.score / 10, 3);
  }, 600_000);

  it('hotspots by category2 × district, by street and by unit', async () => {
    const a = await same('hotspots', ['--month', '2026-03', '--by', 'category2,district', '--format', 'json']) as { groups: unknown[] };
    expect(a.groups.length).toBeGreaterThan(50);
    await same('hotspots', ['--month', '2026-10', '--by', 'street', '--format', 'json']);
    await same('hotspots', ['--month', '2025-11', '--by', 'unit', '--format', 'json']);
  }, 600_000);

  it('campaign-outcome for a category campaign and for districts × kinds × keywords', async () => {
    const cat = join(dir, 'sel-category.json');
    writeFileSync(cat, JSON.stringify({ categories: ['住房/老旧小区改造/加装电梯'] }));
    const a = await same('campaign-outcome', ['--selector', cat, '--from', '2026-02-01', '--to', '2026-06-01', '--format', 'json']) as { before: number | null };
    expect(a.before).toBeGreaterThan(0);
    const mixed = join(dir, 'sel-mixed.json');
    writeFileSync(mixed, JSON.stringify({ districts: ['临河区', '北苑区'], kinds: ['投诉', '求助'], keywords: ['噪音', '停车'] }));
    await same('campaign-outcome', ['--selector', mixed, '--from', '2025-09-15', '--to', '2026-01-01', '--months', '2', '--format', 'json']);
  }, 600_000);

  it('chronic R1–R5 (and R6) as of two dates: identical cases and flags', async () => {
    const a = await same('chronic', ['--as-of', '2026-10-31', '--format', 'json']) as { cases: { rule: string }[]; flags: { rules: string[] }[] };
    const rules = new Set([...a.cases.map((c) => c.rule), ...a.flags.flatMap((f) => f.rules)]);
    for (const r of ['R1', 'R2', 'R3', 'R4', 'R5']) expect(rules.has(r), r).toBe(true);
    await same('chronic', ['--as-of', '2025-12-31', '--format', 'json']);
  }, 600_000);
});
