/**
 * The ticket rows rule-set SQL reads from the PostgreSQL schema (resources/sql/migrations):
 * `tickets` with the flow counts of DOMAIN.md section 3 joined on. When the database holds flow
 * events, rejects and reopens are the numbers of 退单 and 重办 events of each ticket (0 for a
 * ticket without events); otherwise the file's rejectCount and reopenCount (empty = 0), exactly
 * as the in-memory engine builds them (src-core/data/table/ticket-table.ts).
 */

/** A FROM clause giving `t.*`, `t_rejects` and `t_reopens`; alias `t`. */
export function ticketsWithFlow(useEvents: boolean): { from: string; rejects: string; reopens: string } {
  if (!useEvents) {
    return { from: 'tickets t', rejects: 'coalesce(t.reject_count, 0)', reopens: 'coalesce(t.reopen_count, 0)' };
  }
  return {
    from: `tickets t LEFT JOIN (
      SELECT ticket, count(*) FILTER (WHERE action = '退单') AS rejects, count(*) FILTER (WHERE action = '重办') AS reopens
      FROM flow_events GROUP BY ticket) f ON f.ticket = t.id`,
    rejects: 'coalesce(f.rejects, 0)',
    reopens: 'coalesce(f.reopens, 0)',
  };
}

/** DOMAIN.md section 5 "dispatched": unit non-empty and status ≠ 已撤销. */
export const DISPATCHED_SQL = "t.unit <> '' AND t.status <> '已撤销'";
