import type { GroupResult } from '@core/assess/compute';

/** Rankings in the order the office reads them; others follow by name. */
const ORDER = ['区', '街乡镇', '市级部门', '国有企业', '其他'];

/** The unit rankings of this month, one list per ranking (unit type), in the office's reading order, at most four. */
export function rankingsOf(groups: readonly GroupResult[]): { name: string; groups: GroupResult[] }[] {
  const by = new Map<string, GroupResult[]>();
  for (const g of groups) {
    const k = g.ranking ?? g.unitType ?? '其他';
    const list = by.get(k);
    if (list) list.push(g);
    else by.set(k, [g]);
  }
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return [...by].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1)).slice(0, 4).map(([name, gs]) => ({ name, groups: gs }));
}

