import { compareKeyParts } from '../assess/compare-keys';
import { monthIndexToString, parseMonth } from '../base/time/month-index';
import type { HotspotKey } from './keys';

/**
 * Hotspots of DOMAIN.md section 9 as a pure finisher over per-group monthly counts: it never sees
 * a ticket, so the TicketTable pass of count.ts and a later SQL `GROUP BY key, month` print the
 * same JSON through it.
 */

/** Dispatched tickets of one group (key parts in the order of `by`) in one month `YYYY-MM`. */
export type GroupMonthCount = { parts: readonly string[]; month: string; count: number };

export type HotspotInput = {
  /** The month M, `YYYY-MM`. */
  month: string;
  by: readonly HotspotKey[];
  /** Covered months (the file has any ticket accepted in them), at least those of M−12 … M. */
  covered: Iterable<string>;
  /** Counts per group and month (missing = 0); months outside M−12 … M are ignored. */
  cells: Iterable<GroupMonthCount>;
};

/** One group of the CLI JSON (DOMAIN.md section 9), key for key. */
export type HotspotGroup = {
  key: Record<string, string>;
  count: number;
  mean: number | null;
  sd: number | null;
  z: number | null;
  mom: number | null;
  yoy: number | null;
  hotspot: boolean;
};

/** The CLI JSON of `hotspots` (DOMAIN.md section 9). */
export type HotspotReport = { month: string; by: HotspotKey[]; groups: HotspotGroup[] };

/** Baseline months needed for mean, sd and z. */
export const MIN_BASELINE_MONTHS = 6;
/** The hotspot rule: x ≥ 20, z ≥ 3 and yoy null or ≥ 0.2 (decided on integers, see groupFigures). */
export const HOTSPOT_RULE = { minCount: 20, minZ: 3, minYoy: 0.2 } as const;
/** minYoy as the fraction 1/5, for the exact comparison. */
const YOY_NUM = 1, YOY_DEN = 5;

/**
 * Figures of one group from its counts x(M − 12) … x(M) (`series[12]` = x(M)) and which of
 * those months are covered (`covered[j]` for month M − 12 + j): mean and sample sd (n − 1) of the
 * covered baseline months M−12 … M−1 (null with fewer than 6), z = (x − μ) / √max(σ², μ, 1),
 * mom = x / x(M−1) − 1 and yoy = x / x(M−12) − 1 (null on a 0 or uncovered denominator), and the
 * hotspot flag.
 */
export function groupFigures(series: ArrayLike<number>, covered: ArrayLike<boolean>): Omit<HotspotGroup, 'key'> {
  const x = series[12]!;
  let n = 0, sum = 0, sq = 0;
  for (let j = 0; j < 12; j++) if (covered[j]) { n++; sum += series[j]!; sq += series[j]! * series[j]!; }
  let mean: number | null = null, sd: number | null = null, z: number | null = null;
  let zAtLeast3 = false;
  if (n >= MIN_BASELINE_MONTHS) {
    mean = sum / n;
    let ss = 0;
    for (let j = 0; j < 12; j++) if (covered[j]) { const d = series[j]! - mean; ss += d * d; }
    const variance = ss / (n - 1);
    sd = Math.sqrt(variance);
    z = (x - mean) / Math.sqrt(Math.max(variance, mean, 1));
    // The rule decides on exact integers, so that z = 3 exactly ((x − μ)² = 9·max(σ², μ, 1), e.g.
    // x = 28 over a flat baseline of 16) is a hotspot whatever the rounding of z:
    // (n·x − S)²·(n − 1) ≥ 9·n·max(n·Q − S², S·(n − 1), n·(n − 1)), with S, Q the baseline's sum
    // and sum of squares (exact in doubles for counts up to a few hundred thousand per group and month).
    const d = n * x - sum;
    zAtLeast3 = d >= 0 && d * d * (n - 1) >= HOTSPOT_RULE.minZ ** 2 * n * Math.max(n * sq - sum * sum, sum * (n - 1), n * (n - 1));
  }
  const ratio = (j: number): number | null => (covered[j] && series[j]! > 0 ? x / series[j]! - 1 : null);
  const mom = ratio(11);
  const yoy = ratio(0);
  // yoy ≥ 0.2 as x ≥ 1.2·x(M−12) on integers (24 over 20 is exactly 20 %, though 24 / 20 − 1 < 0.2 in floating point).
  const yoyOk = yoy === null || YOY_DEN * (x - series[0]!) >= YOY_NUM * series[0]!;
  const hotspot = x >= HOTSPOT_RULE.minCount && zAtLeast3 && yoyOk;
  return { count: x, mean, sd, z, mom, yoy, hotspot };
}

/**
 * Order of listing: hotspots first, then z descending (a null z after every number), then the
 * key parts in code-point order.
 */
export function compareHotspotGroups(a: { hotspot: boolean; z: number | null; parts: readonly string[] }, b: { hotspot: boolean; z: number | null; parts: readonly string[] }): number {
  if (a.hotspot !== b.hotspot) return a.hotspot ? -1 : 1;
  if (a.z !== b.z) {
    if (a.z === null) return 1;
    if (b.z === null) return -1;
    return b.z - a.z;
  }
  return compareKeyParts(a.parts, b.parts);
}

/** A listed group with its key parts and its counts x(M − 12) … x(M), for callers that need more than the JSON. */
export type FinishedGroup = HotspotGroup & { parts: string[]; series: number[] };

/**
 * DOMAIN.md section 9 from counts: every group with x ≥ 1 in M is listed, in the order of
 * {@link compareHotspotGroups}. Throws a Chinese message on a malformed month.
 */
export function finishHotspotGroups(input: HotspotInput): { month: string; by: HotspotKey[]; groups: FinishedGroup[] } {
  const m = parseMonth(input.month);
  if (Number.isNaN(m)) throw new Error(`月份「${input.month}」无效，请写成 YYYY-MM，例如 2026-10`);
  const m0 = m - 12;
  const covered = new Array<boolean>(13).fill(false);
  for (const s of input.covered) { const j = parseMonth(s) - m0; if (j >= 0 && j <= 12) covered[j] = true; }
  const byKey = new Map<string, { parts: string[]; series: number[] }>();
  for (const c of input.cells) {
    const j = parseMonth(c.month) - m0;
    if (!(j >= 0 && j <= 12) || c.count === 0) continue;
    const k = JSON.stringify(c.parts);
    let g = byKey.get(k);
    if (!g) byKey.set(k, (g = { parts: [...c.parts], series: new Array<number>(13).fill(0) }));
    g.series[j]! += c.count;
  }
  const groups: FinishedGroup[] = [];
  for (const g of byKey.values()) {
    if (g.series[12]! < 1) continue;
    const key: Record<string, string> = {};
    input.by.forEach((b, i) => { key[b] = g.parts[i] ?? ''; });
    groups.push({ key, ...groupFigures(g.series, covered), parts: g.parts, series: g.series });
  }
  groups.sort(compareHotspotGroups);
  return { month: monthIndexToString(m), by: [...input.by], groups };
}

/** The CLI JSON of DOMAIN.md section 9 (month, by, groups with exactly the keys of {@link HotspotGroup}). */
export function finishHotspots(input: HotspotInput): HotspotReport {
  const r = finishHotspotGroups(input);
  return { month: r.month, by: r.by, groups: r.groups.map(toJsonGroup) };
}

/** A finished group without the extra fields. */
export function toJsonGroup(g: FinishedGroup): HotspotGroup {
  return { key: g.key, count: g.count, mean: g.mean, sd: g.sd, z: g.z, mom: g.mom, yoy: g.yoy, hotspot: g.hotspot };
}
