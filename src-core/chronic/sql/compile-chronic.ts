/**
 * Chronic-ticket rules R1–R5 (DOMAIN.md section 6) compiled from a chronic rule set's body to
 * SQL over the PostgreSQL schema, as of the end of a day (tickets accepted before it only).
 *
 * - R1 / R2: gap chains per (address key, category level 2) / (phone key, category level 1) with
 *   window functions: a chain breaks where acceptedAt is more than gapDays after the previous
 *   ticket's (ordered by acceptedAt, then id in code-point order); chains of ≥ minTickets.
 * - R3–R5: per ticket, from the flow counts (DOMAIN.md section 3) and the dates; the A → B → A
 *   dispatch return of R4 as the loader derived it into ticket_flow from the order of each
 *   ticket's 派单 / 改派 targets (ticket-source.ts).
 * R6 (near-duplicate content) is not SQL here: the CLI runs the engine's own candidate search on
 * the rows {@link compileR6Rows} reads.
 */
import { SqlParams, sqlInstant, type SqlQuery } from '../../base/sql/query';
import { ticketsWithFlow } from '../../assess/sql/ticket-source';
import type { ChronicRuleBody } from '../rule-set';

/**
 * Rows (k, s, ids, first_at, last_at) of the R1 (address) or R2 (phone) chains: `ids` in chain
 * order (acceptedAt, then id), `first_at` / `last_at` the chain's first and last acceptedAt.
 */
export function compileKeyedChains(rule: 'R1' | 'R2', body: ChronicRuleBody, asOfEnd: number): SqlQuery {
  const ps = new SqlParams();
  const cfg = rule === 'R1' ? body.r1 : body.r2;
  const [key, sub] = rule === 'R1' ? ['address_key', 'category2'] : ['phone_key', 'category1'];
  const end = ps.p(sqlInstant(asOfEnd), 'timestamptz');
  const gap = ps.p(cfg.gapDays * 86_400, 'float8');
  const text = `
WITH v AS (
  SELECT t.${key} AS k, t.${sub} AS s, t.id, t.accepted_at
  FROM tickets t
  WHERE t.accepted_at < ${end} AND t.${key} <> '' AND t.${sub} <> ''
), keyed AS (
  -- Only keys with enough tickets can make a chain.
  SELECT v.* FROM v JOIN (SELECT k, s FROM v GROUP BY k, s HAVING count(*) >= ${ps.p(cfg.minTickets, 'int')}) big USING (k, s)
), breaks AS (
  SELECT keyed.*, CASE WHEN lag(accepted_at) OVER w IS NOT NULL
      AND accepted_at <= lag(accepted_at) OVER w + ${gap} * interval '1 second' THEN 0 ELSE 1 END AS brk
  FROM keyed WINDOW w AS (PARTITION BY k, s ORDER BY accepted_at, id COLLATE "C")
), chains AS (
  SELECT breaks.*, sum(brk) OVER (PARTITION BY k, s ORDER BY accepted_at, id COLLATE "C" ROWS UNBOUNDED PRECEDING) AS chain
  FROM breaks
)
SELECT k, s, array_agg(id ORDER BY accepted_at, id COLLATE "C") AS ids, min(accepted_at) AS first_at, max(accepted_at) AS last_at
FROM chains
GROUP BY k, s, chain
HAVING count(*) >= ${ps.p(cfg.minTickets, 'int')}`;
  return { text, params: ps.values };
}

/**
 * Rows (id, r3, r4, r5) of the visible tickets flagged by R3, R4 or R5 (enabled rules only).
 * `useEvents`: the store holds flow events, so counts and dispatch sequences come from them.
 */
export function compileFlags(body: ChronicRuleBody, asOfEnd: number, useEvents: boolean): SqlQuery {
  const ps = new SqlParams();
  const src = ticketsWithFlow(useEvents);
  const end = ps.p(sqlInstant(asOfEnd), 'timestamptz');
  const r3 = body.r3.enabled ? `${src.reopens} >= ${ps.p(body.r3.minReopens, 'int')}` : 'FALSE';
  const pingPong = body.r4.pingPong ? ` OR ${src.pingPong}` : '';
  const r4 = body.r4.enabled ? `(${src.rejects} >= ${ps.p(body.r4.minRejects, 'int')}${pingPong})` : 'FALSE';
  const r5 = body.r5.enabled
    ? `(t.closed_at IS NULL AND t.status <> '已撤销' AND t.due_at IS NOT NULL AND t.due_at < ${end} - ${ps.p(body.r5.overdueDays * 86_400, 'float8')} * interval '1 second')`
    : 'FALSE';
  const text = `
SELECT * FROM (
  SELECT t.id, ${r3} AS r3, ${r4} AS r4, ${r5} AS r5
  FROM ${src.from}
  WHERE t.accepted_at < ${end}
) f WHERE r3 OR r4 OR r5`;
  return { text, params: ps.values };
}

/** Rows (id, accepted_at, district, street, content) that R6 looks at: visible tickets with a street. */
export function compileR6Rows(asOfEnd: number): SqlQuery {
  const ps = new SqlParams();
  return {
    text: `SELECT t.id, t.accepted_at, t.district, t.street, t.content FROM tickets t WHERE t.accepted_at < ${ps.p(sqlInstant(asOfEnd), 'timestamptz')} AND t.street <> ''`,
    params: ps.values,
  };
}
