import type { AssessResult, GroupResult } from './compute';
import { RATE_NAMES, type RateName } from './rates';

/** A group's figures beside the same group in an earlier result (null when it was absent). */
export type GroupChange = {
  parts: string[];
  prevScore: number | null;
  prevRank: number | null;
  /** score − previous score; null when either is null. */
  scoreDelta: number | null;
  /** previous rank − rank (positive = moved up); null when either is unranked. */
  rankDelta: number | null;
  rateDelta: Record<RateName, number | null>;
};

const keyOf = (parts: readonly string[]): string => parts.join('\u0000');

/** Changes of every group of `current` against `previous` (环比 or 同比), in `current`'s order. */
export function compareResults(current: AssessResult, previous: AssessResult): GroupChange[] {
  const prev = new Map<string, GroupResult>(previous.groups.map((g) => [keyOf(g.parts), g]));
  return current.groups.map((g) => changeOf(g, prev.get(keyOf(g.parts)) ?? null));
}

/** Change of one group (or total) against its earlier figures. */
export function changeOf(g: GroupResult, p: GroupResult | null): GroupChange {
  const rateDelta = {} as Record<RateName, number | null>;
  for (const r of RATE_NAMES) {
    const a = g.rates[r].value, b = p?.rates[r].value ?? null;
    rateDelta[r] = a === null || b === null ? null : a - b;
  }
  const prevScore = p?.score ?? null;
  const prevRank = p?.rank ?? null;
  return {
    parts: g.parts,
    prevScore,
    prevRank,
    scoreDelta: g.score === null || prevScore === null ? null : g.score - prevScore,
    rankDelta: g.rank === null || prevRank === null ? null : prevRank - g.rank,
    rateDelta,
  };
}
