/**
 * A problem selector (DOMAIN.md section 8) compiled to SQL over the PostgreSQL schema: the
 * matching dispatched tickets per month index, the step (a) count the outcome finisher
 * (../outcome.ts) needs. Each non-empty list is one condition with the list as a bind parameter;
 * categories and keywords compare the normalized forms the loader derived with the engine's own
 * functions (category_path, content_norm), and the selector's side is normalized here the same way.
 */
import { SqlParams, type SqlQuery } from '../../base/sql/query';
import { normText } from '../../base/text/normalize';
import { DISPATCHED_SQL } from '../../assess/sql/ticket-source';
import { canonicalCategory, type ProblemSelector } from '../selector';

/** The WHERE condition of "ticket t matches the selector" (dispatched included). */
export function selectorCondition(selector: ProblemSelector, ps: SqlParams): string {
  const conds = [DISPATCHED_SQL];
  if (selector.categories.length > 0) {
    const paths = ps.p(selector.categories.map(canonicalCategory), 'text[]');
    // Equal to a listed path, or under it: the path followed by '/'.
    conds.push(`t.category_path <> '' AND EXISTS (SELECT 1 FROM unnest(${paths}) p WHERE t.category_path = p OR starts_with(t.category_path, p || '/'))`);
  }
  if (selector.districts.length > 0) conds.push(`t.district <> '' AND t.district = ANY(${ps.p(selector.districts, 'text[]')})`);
  if (selector.streets.length > 0) conds.push(`(t.district || '/' || t.street) = ANY(${ps.p(selector.streets, 'text[]')})`);
  if (selector.kinds.length > 0) conds.push(`t.kind <> '' AND t.kind = ANY(${ps.p(selector.kinds, 'text[]')})`);
  if (selector.keywords.length > 0) {
    const kws = ps.p(selector.keywords.map(normText).filter((k) => k !== ''), 'text[]');
    conds.push(`EXISTS (SELECT 1 FROM unnest(${kws}) k WHERE strpos(t.content_norm, k) > 0)`);
  }
  return conds.join('\n  AND ');
}

/** Rows (month, n): matching tickets per month index, months with none left out. */
export function compileProblemMonths(selector: ProblemSelector): SqlQuery {
  const ps = new SqlParams();
  const text = `SELECT t.month, count(*) AS n FROM tickets t\nWHERE ${selectorCondition(selector, ps)}\nGROUP BY t.month`;
  return { text, params: ps.values };
}
