/**
 * Step (a) of hotspots (DOMAIN.md section 9) as SQL over the PostgreSQL schema: dispatched
 * tickets per group and month for the months M − 12 … M, for the groups that have a ticket in M
 * (no other group is ever listed). The pure finisher (../finish.ts) turns the rows into the same
 * JSON as the in-memory pass of ../count.ts.
 */
import { SqlParams, sqlInstant, type SqlQuery } from '../../base/sql/query';
import { monthStart } from '../../base/time/month-index';
import { DISPATCHED_SQL } from '../../assess/sql/ticket-source';
import type { HotspotKey } from '../keys';

/** SQL of a hotspot grouping key per ticket (alias t); empty values are a group labelled ''. */
export const HOTSPOT_KEY_SQL: Readonly<Record<HotspotKey, string>> = {
  unit: 't.unit',
  district: 't.district',
  street: "t.district || '/' || t.street",
  category1: 't.category1',
  category2: 't.category2',
  category3: 't.category3',
};

/** Rows (g1[, g2], month, n) for month index `m` grouped by `by`. */
export function compileHotspotCounts(by: readonly HotspotKey[], m: number): SqlQuery {
  if (by.length < 1 || by.length > 2) throw new Error('分组须为一个或两个键');
  const ps = new SqlParams();
  const keys = by.map((k, i) => `${HOTSPOT_KEY_SQL[k]} AS g${i + 1}`);
  const g = by.map((_, i) => `g${i + 1}`);
  // The accepted_at range lets PostgreSQL read only the 13 months' partitions.
  const text = `
WITH cells AS (
  SELECT ${keys.join(', ')}, t.month, count(*) AS n
  FROM tickets t
  WHERE t.accepted_at >= ${ps.p(sqlInstant(monthStart(m - 12)), 'timestamptz')} AND t.accepted_at < ${ps.p(sqlInstant(monthStart(m + 1)), 'timestamptz')}
    AND ${DISPATCHED_SQL}
  GROUP BY ${g.join(', ')}, t.month
)
SELECT c.* FROM cells c
WHERE EXISTS (SELECT 1 FROM cells x WHERE ${g.map((k) => `x.${k} = c.${k}`).join(' AND ')} AND x.month = ${ps.p(m, 'int')})`;
  return { text, params: ps.values };
}
