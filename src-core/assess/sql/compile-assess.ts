/**
 * Compiles an assessment rule set (src-core/assess/rules.ts) to one SQL statement over the
 * PostgreSQL schema: DOMAIN.md section 5 per group of the period. Everything the rules say is
 * read from the rule data: the satisfied values, each rate's base (dispatched or evaluated),
 * the recurrence window, the score's terms (rate, weight, inversion) and scale, and the minimum
 * evaluated count. The statement returns per group the key parts, dispatched, evaluated, the
 * numerator and denominator and value of each rate, the score, `insufficient`, and (grouped by
 * unit alone) the unit's type; {@link assessFromRows} turns the rows into an AssessResult.
 */
import { SqlParams, sqlInstant, type SqlQuery } from '../../base/sql/query';
import type { GroupKey } from '../dimensions';
import { RATE_NAMES, type RateName } from '../rates';
import type { AssessRules } from '../rules';
import { DISPATCHED_SQL, ticketsWithFlow } from './ticket-source';

/** SQL of a grouping key's value per ticket (alias t); `month` is the month index. */
export const GROUP_KEY_SQL: Readonly<Record<GroupKey, string>> = {
  unit: 't.unit',
  district: 't.district',
  street: "t.district || '/' || t.street",
  category1: 't.category1',
  month: 't.month',
};

/** Column name stem of each rate in the result rows. */
export const RATE_COLUMN: Readonly<Record<RateName, string>> = {
  responseRate: 'response', resolutionRate: 'resolution', satisfactionRate: 'satisfaction', closureRate: 'closure',
  onTimeRate: 'on_time', rejectRate: 'reject', reopenRate: 'reopen', recurrenceRate: 'recurrence',
};

export type AssessSqlOptions = { from: number; to: number; by: GroupKey[]; useEvents: boolean };

/**
 * Numerator and denominator predicates of each rate over one dispatched ticket (DOMAIN.md
 * section 5), before the base: `rejects`/`reopens` are the flow-count expressions.
 */
function ratePredicates(rejects: string, reopens: string, satisfied: string): Record<RateName, { num: string; den: string }> {
  const closed = 't.closed_at IS NOT NULL';
  // The recurring tickets come from the CTE `recur` (see recurSql), joined on as rc.
  const recurs = 'rc.id IS NOT NULL';
  return {
    responseRate: { num: "t.responded = '是'", den: "t.responded <> ''" },
    resolutionRate: { num: "t.resolved = '已解决'", den: "t.resolved <> ''" },
    satisfactionRate: { num: `t.satisfaction = ANY(${satisfied})`, den: "t.satisfaction <> ''" },
    closureRate: { num: closed, den: 'TRUE' },
    onTimeRate: { num: `${closed} AND t.due_at IS NOT NULL AND t.closed_at <= t.due_at`, den: `${closed} AND t.due_at IS NOT NULL` },
    rejectRate: { num: `${rejects} >= 1`, den: 'TRUE' },
    reopenRate: { num: `${closed} AND ${reopens} >= 1`, den: closed },
    recurrenceRate: { num: `${closed} AND t.address_key <> '' AND ${recurs}`, den: `${closed} AND t.address_key <> ''` },
  };
}

/**
 * The tickets of the period that recur (DOMAIN.md section 5): dispatched, closed, with an address
 * key, and another ticket of the whole store with the same address key and category level 2
 * accepted in (closedAt, closedAt + window]. Written as a semi-join in WHERE, so PostgreSQL
 * plans it as one join over the index on (address_key, category2, accepted_at) rather than a
 * probe per row.
 */
function recurSql(rules: AssessRules, ps: SqlParams, from: string, to: string): string {
  const windowSecs = ps.p(rules.recurrenceDays * 86_400, 'float8');
  return `SELECT t.id FROM tickets t
  WHERE t.accepted_at >= ${from} AND t.accepted_at < ${to} AND ${DISPATCHED_SQL} AND t.closed_at IS NOT NULL AND t.address_key <> ''
    AND EXISTS (SELECT 1 FROM tickets u WHERE u.address_key = t.address_key AND u.address_key <> '' AND u.category2 = t.category2
      AND u.accepted_at > t.closed_at AND u.accepted_at <= t.closed_at + ${windowSecs} * interval '1 second' AND u.id <> t.id)`;
}

/** The score expression from the rule's terms over the rate columns r_<name>; NULL when any term's rate is. */
function scoreSql(rules: AssessRules, ps: SqlParams): string {
  // Summed left to right from 0, as scoreOf does in the engine, so both give the same doubles.
  let sum = '0::float8';
  for (const t of rules.score.terms) {
    const r = `r_${RATE_COLUMN[t.rate]}`;
    sum = `(${sum} + ${ps.p(t.weight, 'float8')} * ${t.invert ? `(1 - ${r})` : r})`;
  }
  return `${ps.p(rules.score.scale, 'float8')} * ${sum}`;
}

/**
 * The statement of an assessment under `rules`: scope from ≤ accepted_at < to, dispatched
 * tickets, one scan grouped by GROUPING SETS: the groups of `by` (columns g1, g2; kind
 * 'group'), the total (kind 'total'), and when grouped by unit alone each unit's type (the most
 * frequent non-empty one, ties to the first in code-point order; NULL when none).
 */
export function compileAssess(rules: AssessRules, opts: AssessSqlOptions): SqlQuery {
  if (opts.by.length < 1 || opts.by.length > 2) throw new Error('分组须为一个或两个键');
  const ps = new SqlParams();
  const src = ticketsWithFlow(opts.useEvents);
  const from = ps.p(sqlInstant(opts.from), 'timestamptz'), to = ps.p(sqlInstant(opts.to), 'timestamptz');
  const preds = ratePredicates(src.rejects, src.reopens, ps.p([...rules.satisfiedValues], 'text[]'));
  const recur = recurSql(rules, ps, from, to);
  const byUnit = opts.by.length === 1 && opts.by[0] === 'unit';
  const keys = opts.by.map((k, i) => `${GROUP_KEY_SQL[k]} AS g${i + 1}`);
  const flags = RATE_NAMES.flatMap((r) => [`(${preds[r].num}) AS n_${RATE_COLUMN[r]}`, `(${preds[r].den}) AS d_${RATE_COLUMN[r]}`]);
  const g = opts.by.map((_, i) => `g${i + 1}`);
  // A rate whose base is `evaluated` counts only evaluated tickets (dispatched and not exempted).
  const counts = RATE_NAMES.flatMap((r) => {
    const c = RATE_COLUMN[r];
    const ev = rules.bases[r] === 'evaluated' ? ' AND ev' : '';
    return [`count(*) FILTER (WHERE n_${c}${ev}) AS num_${c}`, `count(*) FILTER (WHERE d_${c}${ev}) AS den_${c}`];
  });
  const rates = RATE_NAMES.map((r) => `num_${RATE_COLUMN[r]}::float8 / nullif(den_${RATE_COLUMN[r]}, 0) AS r_${RATE_COLUMN[r]}`);
  const gsets = [`(${g.join(', ')})`, '()', ...(byUnit ? ['(g1, unit_type)'] : [])];
  // GROUPING(...) is a bit mask of the columns a row is not grouped by (the last column is bit 0).
  const all = byUnit ? 'g1, unit_type' : g.join(', ');
  const kind = byUnit
    ? `CASE GROUPING(${all}) WHEN 1 THEN 'group' WHEN 0 THEN 'type' ELSE 'total' END`
    : `CASE GROUPING(${all}) WHEN 0 THEN 'group' ELSE 'total' END`;
  const types = byUnit
    ? `, types AS (
  SELECT g1, unit_type FROM (
    SELECT g1, unit_type, row_number() OVER (PARTITION BY g1 ORDER BY dispatched DESC, unit_type COLLATE "C") AS k
    FROM grouped WHERE kind = 'type' AND unit_type <> '') x
  WHERE k = 1
)`
    : '';
  const text = `
WITH recur AS (
  ${recur}
), base AS (
  SELECT ${[...keys, ...(byUnit ? ['t.unit_type'] : []), "(t.exempted <> '是') AS ev", ...flags].join(',\n    ')}
  FROM ${src.from} LEFT JOIN recur rc ON rc.id = t.id
  WHERE t.accepted_at >= ${from} AND t.accepted_at < ${to} AND ${DISPATCHED_SQL}
), grouped AS (
  SELECT ${[...g, ...(byUnit ? ['unit_type'] : []), `${kind} AS kind`, 'count(*) AS dispatched', 'count(*) FILTER (WHERE ev) AS evaluated', ...counts].join(',\n    ')}
  FROM base
  GROUP BY GROUPING SETS (${gsets.join(', ')})
)${types}, rated AS (
  SELECT ${[...g, 'kind', 'dispatched', 'evaluated', ...RATE_NAMES.flatMap((r) => [`num_${RATE_COLUMN[r]}`, `den_${RATE_COLUMN[r]}`]), ...rates].join(', ')}
  FROM grouped WHERE kind <> 'type'
), scored AS (
  SELECT rated.*, ${scoreSql(rules, ps)} AS score FROM rated
)
SELECT scored.*, (scored.evaluated < ${ps.p(rules.minEvaluated, 'int')} OR scored.score IS NULL) AS insufficient${byUnit ? ', types.unit_type' : ''}
FROM scored${byUnit ? ' LEFT JOIN types ON types.g1 = scored.g1' : ''}`;
  return { text, params: ps.values };
}
