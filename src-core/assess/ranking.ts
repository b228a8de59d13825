import { compareKeyParts } from './compare-keys';
import type { GroupResult } from './compute';
import type { AssessRules } from './rules';

/** Red list (best N, best first) and black list (worst N, worst first) of one ranking; each at most half the ranked groups. */
export type RankingList = { ranking: string; ranked: number; red: string[][]; black: string[][] };

/** Name of the single ranking of district and street groupings. */
export const ALL_RANKING = '全部';

/** DOMAIN.md order: score descending, then evaluated descending, then key in code-point order. */
export function compareForRank(x: GroupResult, y: GroupResult): number {
  return (y.score! - x.score!) || (y.evaluated - x.evaluated) || compareKeyParts(x.parts, y.parts);
}

/**
 * Ranks groups in place of a copy: units within their tier (rules.unitTiers), other rankable
 * groupings in one ranking. Insufficient groups (evaluated < minEvaluated or null score) get
 * rank null and follow the ranked ones of their ranking, by key. Assigns rank bands: walking
 * down a ranking, a group joins the current band while its score interval overlaps the interval
 * of the band's first group; otherwise it starts the next band. Returns the groups ordered by
 * ranking (tier order), rank, then key, and the red/black lists.
 */
export function rankGroups(groups: GroupResult[], rules: AssessRules, byUnit: boolean): { groups: GroupResult[]; lists: RankingList[] } {
  const tierOfType = new Map<string, string>();
  for (const t of rules.unitTiers) for (const ty of t.types) tierOfType.set(ty, t.name);
  const names = byUnit ? rules.unitTiers.map((t) => t.name) : [ALL_RANKING];
  const buckets = new Map<string, GroupResult[]>(names.map((n) => [n, []]));
  for (const g of groups) {
    const name = byUnit ? (tierOfType.get(g.unitType ?? '其他') ?? names[names.length - 1]!) : ALL_RANKING;
    g.ranking = name;
    buckets.get(name)!.push(g);
  }
  const out: GroupResult[] = [];
  const lists: RankingList[] = [];
  for (const name of names) {
    const list = buckets.get(name)!;
    const ok = list.filter((g) => !g.insufficient).sort(compareForRank);
    const rest = list.filter((g) => g.insufficient).sort((x, y) => compareKeyParts(x.parts, y.parts));
    let band = 0;
    let head: [number, number] | null = null;
    ok.forEach((g, i) => {
      g.rank = i + 1;
      const ci = g.scoreCi!;
      if (head === null || ci[1] < head[0] || ci[0] > head[1]) { band++; head = ci; }
      g.band = band;
    });
    for (const g of rest) { g.rank = null; g.band = null; }
    out.push(...ok, ...rest);
    if (list.length === 0) continue;
    // Each list takes at most half of the ranking so that no group is on both.
    const nRed = Math.min(rules.listSize, Math.floor(ok.length / 2));
    const nBlack = nRed;
    lists.push({
      ranking: name,
      ranked: ok.length,
      red: ok.slice(0, nRed).map((g) => g.parts),
      black: ok.slice(ok.length - nBlack).reverse().map((g) => g.parts),
    });
  }
  return { groups: out, lists };
}

