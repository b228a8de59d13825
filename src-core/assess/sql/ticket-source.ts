/**
 * The ticket rows rule-set SQL reads from the PostgreSQL schema (resources/sql/migrations):
 * `tickets` with the flow counts of DOMAIN.md section 3 joined on. When the database holds flow
 * events, rejects and reopens are the numbers of 退单 and 重办 events of each ticket (0 for a
 * ticket without events) and the dispatch return (A → B → A) comes from their order; otherwise
 * the file's rejectCount and reopenCount (empty = 0) and no return, exactly as the in-memory
 * engine builds them (src-core/data/table/ticket-table.ts).
 */

/**
 * A FROM clause giving `t.*` and the flow counts (alias t): with events, joined from ticket_flow
 * (a ticket without events has none: 0, no return); without, the file's counts.
 */
export function ticketsWithFlow(useEvents: boolean): { from: string; rejects: string; reopens: string; pingPong: string } {
  if (!useEvents) {
    return { from: 'tickets t', rejects: 'coalesce(t.reject_count, 0)', reopens: 'coalesce(t.reopen_count, 0)', pingPong: 'FALSE' };
  }
  return {
    from: 'tickets t LEFT JOIN ticket_flow f ON f.ticket = t.id',
    rejects: 'coalesce(f.rejects, 0)',
    reopens: 'coalesce(f.reopens, 0)',
    pingPong: 'coalesce(f.ping_pong, FALSE)',
  };
}

/**
 * Recomputes ticket_flow for the tickets named in `tickets` (a table or subquery with a column
 * `ticket`) from all their stored events: 退单 and 重办 counts, and the A → B → A return — a
 * 派单 / 改派 target that differs from the target before it and was a target earlier — over
 * the events ordered by time, then file order (load, row).
 */
export function refreshFlowSql(tickets: string): string {
  return `
WITH touched AS (SELECT DISTINCT ticket FROM ${tickets}),
ev AS (SELECT e.* FROM flow_events e JOIN touched USING (ticket)),
counts AS (
  SELECT ticket, count(*) FILTER (WHERE action = '退单') AS rejects, count(*) FILTER (WHERE action = '重办') AS reopens
  FROM ev GROUP BY ticket
),
seqs AS (
  SELECT ticket, target, pos, lag(target) OVER (PARTITION BY ticket ORDER BY pos) AS prev,
         min(pos) OVER (PARTITION BY ticket, target) AS first_pos
  FROM (SELECT ticket, target, row_number() OVER (PARTITION BY ticket ORDER BY at, load_id, seq) AS pos
        FROM ev WHERE action IN ('派单', '改派')) d
),
returns AS (SELECT DISTINCT ticket FROM seqs WHERE prev IS NOT NULL AND target <> prev AND first_pos < pos)
INSERT INTO ticket_flow (ticket, rejects, reopens, ping_pong)
SELECT c.ticket, c.rejects, c.reopens, r.ticket IS NOT NULL FROM counts c LEFT JOIN returns r USING (ticket)
ON CONFLICT (ticket) DO UPDATE SET rejects = EXCLUDED.rejects, reopens = EXCLUDED.reopens, ping_pong = EXCLUDED.ping_pong`;
}

/** DOMAIN.md section 5 "dispatched": unit non-empty and status ≠ 已撤销. */
export const DISPATCHED_SQL = "t.unit <> '' AND t.status <> '已撤销'";
