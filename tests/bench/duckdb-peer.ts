/** DuckDB on the same CSV: read_csv into a table, then one group-by (unit × month), as a peer figure. */

export async function duckdbPeer(csv: string): Promise<{ importSeconds: number; groupByMs: number; rows: number }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const t0 = performance.now();
  await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${csv.replace(/'/g, "''")}', header = true, all_varchar = true)`);
  const t1 = performance.now();
  const count = await con.runAndReadAll('SELECT count(*) AS n FROM t');
  const t2 = performance.now();
  await con.runAndReadAll(`SELECT "承办单位" AS unit, substr("受理时间", 1, 7) AS month, count(*) AS n,
    avg(CASE WHEN "满意度" IN ('满意', '基本满意') THEN 1 WHEN "满意度" = '不满意' THEN 0 END) AS sat
    FROM t WHERE "承办单位" <> '' GROUP BY 1, 2`);
  const t3 = performance.now();
  return { importSeconds: (t1 - t0) / 1000, groupByMs: t3 - t2, rows: Number(count.getRows()[0]![0]) };
}
