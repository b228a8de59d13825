import { leaf } from '../boards/format';
import { formatCount, isSuppressed } from '../privacy/suppress';
import type { WallData } from './wall-data';

export type TreeNode = { name: string; value: number; label?: string; children?: TreeNode[] };

/**
 * The treemap's tree: category1 → category2 with this month's counts. Leaves under the minimum
 * are pooled into one 其他 leaf per category1 (its own count shown suppressed when still small).
 */
export function categoryTree(cells: WallData['categories'], min: number, other: string): TreeNode[] {
  const by = new Map<string, TreeNode>();
  for (const c of cells) {
    const top = by.get(c.category1) ?? { name: c.category1 || '—', value: 0, children: [] };
    by.set(c.category1, top);
    top.value += c.count;
    if (isSuppressed(c.count, min)) {
      let o = top.children!.find((x) => x.name === other);
      if (!o) top.children!.push(o = { name: other, value: 0 });
      o.value += c.count;
    } else top.children!.push({ name: leaf(c.category2) || '—', value: c.count });
  }
  const roots = [...by.values()].filter((n) => !isSuppressed(n.value, min)).sort((a, b) => b.value - a.value);
  for (const r of roots) for (const ch of r.children!) ch.label = formatCount(ch.value, min);
  return roots;
}

