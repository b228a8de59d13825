import { dimensionOf } from '../assess/dimensions';
import { categoryLevel } from '../base/text/normalize';
import { dictSize, dictValue } from '../data/table/dict';
import type { TicketTable } from '../data/table/ticket-table';

/**
 * Grouping keys of DOMAIN.md section 9: those of section 5 except `month` (hotspots compare a
 * month with its own past, so every group is already a month series), plus `category2`
 * (category level 2) and `category3` (level 3, for drilling below level 2). One key or two
 * distinct keys joined by a comma (`category2,district`).
 */
export const HOTSPOT_KEYS = ['unit', 'district', 'street', 'category1', 'category2', 'category3'] as const;
export type HotspotKey = (typeof HOTSPOT_KEYS)[number];

export const HOTSPOT_KEY_LABELS: Readonly<Record<HotspotKey, string>> = {
  unit: '承办单位', district: '区', street: '街道', category1: '一级分类', category2: '二级分类', category3: '三级分类',
};

const keyList = HOTSPOT_KEYS.map((k) => `${k}（${HOTSPOT_KEY_LABELS[k]}）`).join('、');

/**
 * Parses `category2,district` and the like into one or two distinct keys. Throws a one-line
 * Chinese message naming the bad key and the valid ones.
 */
export function parseHotspotBy(spec: string | readonly string[]): HotspotKey[] {
  const parts = (typeof spec === 'string' ? spec.split(',') : [...spec]).map((s) => s.trim()).filter((s) => s !== '');
  if (parts.length === 0 || parts.length > 2) throw new Error(`分组须为一个或两个键（用逗号连接），例如 category2 或 category2,district；可用：${keyList}`);
  for (const p of parts) {
    if (p === 'month') throw new Error('热点分析本身按月统计，分组键不能是 month；请改用 ' + keyList);
    if (!(HOTSPOT_KEYS as readonly string[]).includes(p)) throw new Error(`未知分组键「${p}」，可用：${keyList}（也可两两组合，如 category2,district）`);
  }
  if (parts[0] === parts[1]) throw new Error(`分组键「${parts[0]}」重复，两个分组键须不同`);
  return parts as HotspotKey[];
}

/**
 * Group codes of one key per row: group = map ? map[codes[i]] : codes[i], in [0, size); code 0 of
 * a dictionary column is the empty value (it is a group like any other, labelled '').
 */
export type HotspotDim = { key: HotspotKey; codes: Int32Array; map: Int32Array | null; size: number; label(g: number): string };

const cat3Cache = new WeakMap<TicketTable, { map: Int32Array; labels: string[] }>();

/** Category level 3 as a map over category codes (the dictionary is small; cached per table). */
function category3(table: TicketTable): { map: Int32Array; labels: string[] } {
  const hit = cat3Cache.get(table);
  if (hit) return hit;
  const d = table.dicts.category;
  const size = dictSize(d);
  const map = new Int32Array(Math.max(1, size));
  const labels: string[] = [''];
  const index = new Map<string, number>([['', 0]]);
  for (let c = 0; c < size; c++) {
    const l3 = categoryLevel(dictValue(d, c), 3);
    let g = index.get(l3);
    if (g === undefined) { g = labels.length; labels.push(l3); index.set(l3, g); }
    map[c] = g;
  }
  const out = { map, labels };
  cat3Cache.set(table, out);
  return out;
}

/** The dimension of `key` over `table`. */
export function hotspotDim(table: TicketTable, key: HotspotKey): HotspotDim {
  switch (key) {
    case 'unit':
    case 'district':
    case 'street':
    case 'category1': {
      const d = dimensionOf(table, key, 0, 0);
      return { key, codes: d.codes, map: null, size: d.size, label: (g) => d.label(g) ?? '' };
    }
    case 'category2': {
      const dict = table.dicts.category2;
      return { key, codes: table.codes.category2, map: null, size: Math.max(1, dictSize(dict)), label: (g) => dictValue(dict, g) };
    }
    case 'category3': {
      const c3 = category3(table);
      return { key, codes: table.codes.category, map: c3.map, size: c3.labels.length, label: (g) => c3.labels[g] ?? '' };
    }
  }
}
