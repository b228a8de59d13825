/**
 * The same group-by as tests/bench/assess-core.ts (all eight rates for every unit × 12 months
 * over 1,000,000 synthetic tickets) in DuckDB, run in the same process on the same data, so the
 * two figures are comparable on a busy machine. Run: npx tsx tests/bench/assess-duckdb.ts [rows]
 * Recurrence is given to DuckDB as a precomputed per-row flag, as the engine also precomputes it.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { assess } from '@core/assess/compute';
import { recurrenceFlags } from '@core/assess/recurrence';
import { rowBits } from '@core/assess/row-bits';
import { DEFAULT_RULES } from '@core/assess/rules';
import { localToEpoch } from '@core/base/time/shanghai';
import { syntheticTable } from './assess-synthetic';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1_000_000);
  const table = syntheticTable(n);
  const recur = recurrenceFlags(table, 30);
  rowBits(table, DEFAULT_RULES);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run(`CREATE TABLE t (acc DOUBLE, unit INTEGER, month INTEGER, cancelled INTEGER, exempt INTEGER, resp INTEGER, resolved INTEGER,
    sat INTEGER, closed DOUBLE, due DOUBLE, rejects INTEGER, reopens INTEGER, addr INTEGER, recur INTEGER)`);
  const d = table.dicts;
  const code = (col: 'status' | 'exempted' | 'responded' | 'resolved', v: string): number => d[col].index.get(v) ?? -1;
  const cancelled = code('status', '已撤销'), exYes = code('exempted', '是'), respYes = code('responded', '是'), resYes = code('resolved', '已解决');
  const satOk = new Set(['满意', '基本满意'].map((v) => d.satisfaction.index.get(v)));
  let t0 = performance.now();
  const app = await con.createAppender('t');
  for (let i = 0; i < n; i++) {
    const r = table.codes.responded[i]!, rs = table.codes.resolved[i]!, s = table.codes.satisfaction[i]!;
    app.appendDouble(table.time.acceptedAt[i]!);
    app.appendInteger(table.codes.unit[i]!);
    app.appendInteger(table.month[i]!);
    app.appendInteger(table.codes.status[i] === cancelled ? 1 : 0);
    app.appendInteger(table.codes.exempted[i] === exYes ? 1 : 0);
    app.appendInteger(r === 0 ? -1 : r === respYes ? 1 : 0);
    app.appendInteger(rs === 0 ? -1 : rs === resYes ? 1 : 0);
    app.appendInteger(s === 0 ? -1 : satOk.has(s) ? 1 : 0);
    const c = table.time.closedAt[i]!, du = table.time.dueAt[i]!;
    if (Number.isNaN(c)) app.appendNull(); else app.appendDouble(c);
    if (Number.isNaN(du)) app.appendNull(); else app.appendDouble(du);
    app.appendInteger(table.rejects[i]!);
    app.appendInteger(table.reopens[i]!);
    app.appendInteger(table.codes.addressKey[i]!);
    app.appendInteger(recur[i]!);
    app.endRow();
  }
  app.closeSync();
  console.log(`DuckDB load: ${(performance.now() - t0).toFixed(0)} ms`);
  const from = localToEpoch(2025, 1, 1), to = localToEpoch(2026, 1, 1);
  const sql = `SELECT unit, month, count(*) AS dispatched, sum(1 - exempt) AS evaluated,
    count(*) FILTER (WHERE exempt = 0 AND resp = 1) AS resp_n, count(*) FILTER (WHERE exempt = 0 AND resp >= 0) AS resp_d,
    count(*) FILTER (WHERE exempt = 0 AND resolved = 1) AS res_n, count(*) FILTER (WHERE exempt = 0 AND resolved >= 0) AS res_d,
    count(*) FILTER (WHERE exempt = 0 AND sat = 1) AS sat_n, count(*) FILTER (WHERE exempt = 0 AND sat >= 0) AS sat_d,
    count(closed) AS clo_n,
    count(*) FILTER (WHERE closed <= due) AS ot_n, count(*) FILTER (WHERE closed IS NOT NULL AND due IS NOT NULL) AS ot_d,
    count(*) FILTER (WHERE rejects >= 1) AS rej_n,
    count(*) FILTER (WHERE closed IS NOT NULL AND reopens >= 1) AS reo_n,
    count(*) FILTER (WHERE closed IS NOT NULL AND addr <> 0 AND recur = 1) AS rec_n, count(*) FILTER (WHERE closed IS NOT NULL AND addr <> 0) AS rec_d
    FROM t WHERE acc >= ${from} AND acc < ${to} AND unit <> 0 AND cancelled = 0 GROUP BY unit, month`;
  const duck: number[] = [], ours: number[] = [];
  let rowsDuck = 0, rowsOurs = 0;
  for (let k = 0; k < 12; k++) {
    t0 = performance.now();
    const r = await con.runAndReadAll(sql);
    duck.push(performance.now() - t0);
    rowsDuck = r.getRows().length;
    t0 = performance.now();
    const a = assess(table, { from, to, by: ['unit', 'month'], rules: DEFAULT_RULES });
    ours.push(performance.now() - t0);
    rowsOurs = a.groups.length;
  }
  const med = (xs: number[]): string => [...xs.slice(2)].sort((x, y) => x - y)[Math.floor((xs.length - 2) / 2)]!.toFixed(1);
  const best = (xs: number[]): string => Math.min(...xs.slice(2)).toFixed(1);
  console.log(`unit × month, ${n} rows — DuckDB: median ${med(duck)} ms, best ${best(duck)} ms (${rowsDuck} groups); engine: median ${med(ours)} ms, best ${best(ours)} ms (${rowsOurs} groups, with intervals, scores and sorting)`);
  con.closeSync();
}

void main();
