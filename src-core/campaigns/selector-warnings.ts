import { dimensionOf } from '../assess/dimensions';
import { dictSize, dictValue } from '../data/table/dict';
import type { TicketTable } from '../data/table/ticket-table';
import { canonicalCategory, type ProblemSelector } from './selector';
import { categoryUnder } from './selector-match';

/**
 * A value of a selector that no ticket of the table has (any ticket, dispatched or not): most
 * likely a typo. A warning, not an error: the selector stays valid and simply matches nothing
 * through that value (tickets of a later import may have it).
 */
export type SelectorWarning = { field: 'categories' | 'districts' | 'streets'; value: string };

/** Values of `selector` that no ticket of `table` has, in selector order. */
export function selectorWarnings(table: TicketTable, selector: ProblemSelector): SelectorWarning[] {
  const out: SelectorWarning[] = [];
  const values = (col: 'category' | 'district'): string[] => {
    const d = table.dicts[col];
    const v: string[] = [];
    for (let c = 1; c < dictSize(d); c++) v.push(dictValue(d, c));
    return v;
  };
  if (selector.categories.length > 0) {
    const paths = values('category').map(canonicalCategory);
    for (const p of selector.categories) if (!paths.some((x) => categoryUnder(x, canonicalCategory(p)))) out.push({ field: 'categories', value: p });
  }
  if (selector.districts.length > 0) {
    const have = new Set(values('district'));
    for (const d of selector.districts) if (!have.has(d)) out.push({ field: 'districts', value: d });
  }
  if (selector.streets.length > 0) {
    const sd = dimensionOf(table, 'street', 0, 0);
    const have = new Set<string>();
    for (let c = 0; c < sd.size; c++) if (sd.label(c) !== undefined) have.add(sd.label(c));
    for (const s of selector.streets) if (!have.has(s)) out.push({ field: 'streets', value: s });
  }
  return out;
}

/** One Chinese line per warning, saying what is wrong and what to check. */
export function warningText(w: SelectorWarning): string {
  switch (w.field) {
    case 'categories': return `提示：诉求分类「${w.value}」在工单中不存在（没有该分类，也没有它的下级分类），请检查拼写或分类层级`;
    case 'districts': return `提示：区「${w.value}」在工单中不存在，请检查名称是否与工单中的写法一致`;
    case 'streets': return `提示：街道「${w.value}」在工单中不存在，请按「区/街道」书写并检查名称`;
  }
}
