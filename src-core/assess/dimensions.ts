import type { TicketTable } from '../data/table/ticket-table';
import { monthIndexOf, monthIndexToString } from '../base/time/shanghai';

/** Grouping keys of DOMAIN.md section 5. `street` groups by the pair district/street. */
export const GROUP_KEYS = ['unit', 'district', 'street', 'category1', 'month'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export const GROUP_KEY_LABELS: Readonly<Record<GroupKey, string>> = {
  unit: '承办单位', district: '区', street: '街道', category1: '一级分类', month: '月份',
};

export function isGroupKey(s: string): s is GroupKey {
  return (GROUP_KEYS as readonly string[]).includes(s);
}

/**
 * Parses `unit`, `unit,month`, … into one or two distinct grouping keys.
 * Throws a Chinese message naming the bad key and the valid ones.
 */
export function parseGroupBy(spec: string): GroupKey[] {
  const parts = spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parts.length === 0 || parts.length > 2) throw new Error(`分组须为一个或两个键（用逗号连接），例如 unit 或 unit,month；可用：${GROUP_KEYS.join('、')}`);
  for (const p of parts) if (!isGroupKey(p)) throw new Error(`未知分组键「${p}」，可用：${GROUP_KEYS.join('、')}（也可两两组合，如 unit,month）`);
  if (parts[0] === parts[1]) throw new Error(`分组键「${parts[0]}」重复，两个分组键须不同`);
  return parts as GroupKey[];
}

/** Integer codes of one grouping key per row: group = codes[i] − offset, in [0, size). */
export type Dimension = { key: GroupKey; codes: Int32Array; offset: number; size: number; label(code: number): string };

const streetCache = new WeakMap<TicketTable, { codes: Int32Array; labels: string[] }>();

/** Dense codes of the (district, street) pair per row, labelled `district/street`; cached per table. */
function streetCodes(table: TicketTable): { codes: Int32Array; labels: string[] } {
  const hit = streetCache.get(table);
  if (hit) return hit;
  const d = table.codes.district, s = table.codes.street;
  const nS = table.dicts.street.values.length;
  const seen = new Map<number, number>();
  const labels: string[] = [];
  const codes = new Int32Array(table.n);
  for (let i = 0; i < table.n; i++) {
    const k = d[i]! * nS + s[i]!;
    let c = seen.get(k);
    if (c === undefined) {
      c = labels.length;
      seen.set(k, c);
      labels.push(`${table.dicts.district.values[d[i]!]}/${table.dicts.street.values[s[i]!]}`);
    }
    codes[i] = c;
  }
  const out = { codes, labels };
  streetCache.set(table, out);
  return out;
}

const monthCache = new WeakMap<TicketTable, [number, number]>();

/** Smallest and largest month index of the table (cached; [0, 0] when empty). */
function monthRange(table: TicketTable): [number, number] {
  let r = monthCache.get(table);
  if (!r) {
    let lo = Infinity, hi = -Infinity;
    const m = table.month;
    for (let i = 0; i < table.n; i++) {
      const v = m[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    r = table.n === 0 ? [0, 0] : [lo, hi];
    monthCache.set(table, r);
  }
  return r;
}

/** The dimension of `key` over `table` for a period [from, to) (months are limited to the period). */
export function dimensionOf(table: TicketTable, key: GroupKey, from: number, to: number): Dimension {
  switch (key) {
    case 'unit':
    case 'district':
    case 'category1': {
      const values = table.dicts[key].values;
      return { key, codes: table.codes[key], offset: 0, size: values.length, label: (c) => values[c]! };
    }
    case 'street': {
      const s = streetCodes(table);
      return { key, codes: s.codes, offset: 0, size: Math.max(1, s.labels.length), label: (c) => s.labels[c]! };
    }
    case 'month': {
      // The period's months, narrowed to the months the table has, so a wide period
      // (e.g. 2000–2100) does not make empty group slots.
      const [lo, hi] = monthRange(table);
      const m0 = Math.max(monthIndexOf(from), lo);
      const m1 = Math.max(m0, Math.min(to > from ? monthIndexOf(to - 1) : m0, hi));
      return { key, codes: table.month, offset: m0, size: m1 - m0 + 1, label: (c) => monthIndexToString(m0 + c) };
    }
  }
}

/** Code of a label in a dimension, or -1 when no row has it. */
export function codeOfLabel(dim: Dimension, label: string): number {
  for (let c = 0; c < dim.size; c++) if (dim.label(c) === label) return c;
  return -1;
}
