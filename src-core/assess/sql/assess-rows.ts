/**
 * The rows of {@link compileAssess}'s statement as an AssessResult: the same shape the
 * in-memory engine gives, so one report (toReport), one ranking (rankGroups) and one order
 * serve both. Values computed by the SQL (counts, rates, score, insufficient) are taken as they
 * come; the Wilson intervals are added with the engine's own function.
 */
import { monthIndexToString } from '../../base/time/shanghai';
import { compareKeyParts } from '../compare-keys';
import { scoreOf, type AssessResult, type GroupResult, type RateValue } from '../compute';
import type { GroupKey } from '../dimensions';
import { rankGroups } from '../ranking';
import { RATE_NAMES, type RateName } from '../rates';
import type { AssessRules } from '../rules';
import { wilson } from '../wilson';
import { RATE_COLUMN } from './compile-assess';

/** One result row as `pg` returns it (counts may come as strings: bigint). */
export type AssessSqlRow = Record<string, unknown>;

const int = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const real = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function keyLabel(key: GroupKey, v: unknown): string {
  if (key === 'month') return monthIndexToString(int(v));
  return String(v ?? '');
}

function groupOf(row: AssessSqlRow, by: GroupKey[], rules: AssessRules): GroupResult {
  const parts = row.kind === 'total' ? [] : by.map((k, i) => keyLabel(k, row[`g${i + 1}`]));
  const key: Record<string, string> = {};
  parts.forEach((p, i) => { key[by[i]!] = p; });
  const rates = {} as Record<RateName, RateValue>;
  for (const r of RATE_NAMES) {
    const c = RATE_COLUMN[r];
    const num = int(row[`num_${c}`]), den = int(row[`den_${c}`]);
    rates[r] = { num, den, value: real(row[`r_${c}`]), ci: wilson(num, den) };
  }
  const score = real(row.score);
  const g: GroupResult = {
    key, parts, dispatched: int(row.dispatched), evaluated: int(row.evaluated), rates, score,
    // The score interval only places rank bands; it is the engine's function of the rates.
    scoreCi: score === null ? null : scoreOf(rates, rules).ci,
    rank: null, insufficient: row.insufficient === true, ranking: null, band: null,
  };
  if (by.length === 1 && by[0] === 'unit' && row.kind !== 'total') g.unitType = row.unit_type == null ? '其他' : String(row.unit_type);
  return g;
}

/**
 * Builds the result of an assessment over [from, to) from the statement's rows: the total, the
 * groups in key order, ranked (units within their tiers, district or street in one ranking) when
 * the rules rank that grouping, with the red and black lists.
 */
export function assessFromRows(rows: readonly AssessSqlRow[], p: { from: number; to: number; by: GroupKey[]; rules: AssessRules }): AssessResult {
  const totalRow = rows.find((r) => r.kind === 'total');
  if (!totalRow) throw new Error('考核查询没有返回合计行');
  const total = groupOf(totalRow, p.by, p.rules);
  const groups = rows.filter((r) => r.kind === 'group' && int(r.dispatched) > 0).map((r) => groupOf(r, p.by, p.rules));
  groups.sort((x, y) => compareKeyParts(x.parts, y.parts));
  const byUnit = p.by.length === 1 && p.by[0] === 'unit';
  const ranked = p.by.length === 1 && (p.rules.rankedGroupings as string[]).includes(p.by[0]!);
  if (!ranked) return { from: p.from, to: p.to, by: [...p.by], total, groups, lists: [] };
  const r = rankGroups(groups, p.rules, byUnit);
  return { from: p.from, to: p.to, by: [...p.by], total, groups: r.groups, lists: r.lists };
}
