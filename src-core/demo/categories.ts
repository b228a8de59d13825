import type { Kind } from '../data/tickets/ticket';
import { CATEGORY_DATA, type AddrKind } from './category-data';
import { cumulative } from './prng';

export type Nature = 'p' | 's' | 'n' | 'v';

/** One leaf of the category tree, ready for sampling. */
export type Leaf = {
  index: number;
  /** Full path `L1/L2/L3`. */
  path: string;
  l1: string;
  l2: string;
  name: string;
  nature: Nature;
  weight: number;
  season: string;
  phrases: readonly string[];
  addr: AddrKind;
  /** Route targets: 'S' = street of the address, 'D' = its district, else a unit name. */
  routeTargets: readonly string[];
  routeCum: Float64Array;
};

/**
 * Monthly multipliers (January first) of seasonal leaves. heat: the heating season runs from
 * mid-November to mid-March; rain: the summer flood season; school: enrolment in spring and
 * summer; night: construction and neighbour noise peaks on summer nights.
 */
export const SEASONS: Readonly<Record<string, readonly number[]>> = {
  '': [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  heat: [3.6, 3, 2, 0.35, 0.08, 0.05, 0.05, 0.05, 0.1, 0.6, 3, 3.8],
  rain: [0.1, 0.1, 0.2, 0.4, 0.8, 2, 4.2, 3.6, 1, 0.4, 0.2, 0.1],
  school: [0.4, 0.5, 1.3, 2.5, 3, 2.6, 2.6, 3, 1.4, 0.5, 0.4, 0.4],
  night: [0.4, 0.4, 0.6, 0.9, 1.5, 2, 2.5, 2.5, 1.6, 0.9, 0.5, 0.4],
  summer: [0.6, 0.6, 0.8, 1, 1.2, 1.5, 1.7, 1.6, 1.2, 0.9, 0.7, 0.6],
  winter: [1.6, 1.5, 1.2, 0.9, 0.7, 0.6, 0.6, 0.6, 0.8, 1, 1.3, 1.6],
  spring: [0.5, 0.6, 1.5, 3, 2, 0.8, 0.6, 0.6, 0.6, 0.6, 0.6, 0.5],
  autumn: [0.6, 0.6, 0.8, 0.8, 0.8, 1, 1, 1, 1.5, 2, 1.6, 0.8],
  holiday: [1.5, 1.5, 0.8, 1, 1.5, 1, 1.6, 1.6, 0.9, 2, 0.8, 0.8],
};

/** Probability that a `night` leaf's call comes at night (21:00–02:59), by month. */
export const NIGHT_SHARE: readonly number[] = [0.15, 0.15, 0.2, 0.3, 0.45, 0.6, 0.7, 0.7, 0.5, 0.3, 0.2, 0.15];

/**
 * Shares of 诉求类型 close to those published by large hotlines: about half consultations, a
 * third requests for help, then complaints, reports, suggestions; praise and other are small.
 */
export const KIND_SHARES: readonly { kind: Kind; share: number }[] = [
  { kind: '咨询', share: 0.5 }, { kind: '求助', share: 0.33 }, { kind: '投诉', share: 0.1 },
  { kind: '举报', share: 0.03 }, { kind: '建议', share: 0.02 }, { kind: '表扬', share: 0.012 },
  { kind: '其他', share: 0.008 },
];

/** How likely each kind speaks about a leaf of each nature (rows: KIND_SHARES order). */
const AFFINITY: readonly Readonly<Record<Nature, number>>[] = [
  { p: 1, s: 0.15, n: 0.05, v: 0.03 },
  { p: 0.15, s: 1, n: 0.5, v: 0.15 },
  { p: 0.03, s: 0.35, n: 1, v: 0.4 },
  { p: 0.01, s: 0.02, n: 0.25, v: 1 },
  { p: 0.6, s: 0.6, n: 0.3, v: 0.1 },
  { p: 0.4, s: 1, n: 0.5, v: 0.3 },
  { p: 1, s: 1, n: 1, v: 1 },
];

/**
 * Level-1 volume multipliers so the big categories lead in the order large hotlines publish:
 * 市场管理 and 住房 first, then 公共服务, 城乡建设, 医疗卫生, 交通管理, 社会秩序, 劳动和社会保障, 教育.
 */
const L1_VOLUME: Readonly<Record<string, number>> = {
  市场管理: 1.9, 医疗卫生: 1.15, 交通管理: 1.3, 社会秩序: 1.4, 教育: 0.75, 政务服务: 0.55, 民政: 0.55, 住房: 0.95,
  公共服务: 0.95, 城乡建设: 0.95,
};

function parseRoute(route: string): { targets: string[]; cum: Float64Array } {
  const targets: string[] = [];
  const weights: number[] = [];
  for (const part of route.split(',')) {
    const i = part.lastIndexOf(':');
    targets.push(part.slice(0, i));
    weights.push(+part.slice(i + 1));
  }
  return { targets, cum: cumulative(weights) };
}

/** All leaves of the tree in tree order. */
export function buildLeaves(): Leaf[] {
  const out: Leaf[] = [];
  for (const l1 of CATEGORY_DATA) {
    for (const l2 of l1.children) {
      const r = parseRoute(l2.route);
      for (const spec of l2.leaves) {
        const [name, nature, weight, season, phrases] = spec.split('|') as [string, Nature, string, string, string];
        out.push({
          index: out.length, path: `${l1.name}/${l2.name}/${name}`, l1: l1.name, l2: l2.name, name, nature,
          weight: +weight * (L1_VOLUME[l1.name] ?? 1), season, phrases: phrases.split(';'), addr: l2.addr, routeTargets: r.targets, routeCum: r.cum,
        });
      }
    }
  }
  return out;
}

/**
 * Cumulative leaf weights for each (kind index, month 0–11): base weight × season × affinity
 * of the kind to the leaf's nature. Sampling the kind first keeps the kind shares exact.
 */
export function buildLeafTables(leaves: readonly Leaf[]): Float64Array[][] {
  return AFFINITY.map((aff) => {
    const perMonth: Float64Array[] = [];
    for (let m = 0; m < 12; m++) {
      perMonth.push(cumulative(leaves.map((l) => l.weight * SEASONS[l.season]![m]! * aff[l.nature])));
    }
    return perMonth;
  });
}

/** The tree for UI pickers: L1 → L2 → leaf names. */
export type CategoryNode = { name: string; children?: CategoryNode[] };

export function categoryTree(): CategoryNode[] {
  return CATEGORY_DATA.map((l1) => ({
    name: l1.name,
    children: l1.children.map((l2) => ({ name: l2.name, children: l2.leaves.map((s) => ({ name: s.slice(0, s.indexOf('|')) })) })),
  }));
}
