import { message } from 'antd';
import type { GroupKey } from '@core/assess/dimensions';
import type { Measure } from '@core/assess/explain';
import { periodLabel } from '@core/assess/period';
import { RATE_LABELS } from '@core/assess/rates';
import { openTickets } from '@renderer/app/navigation';
import type { AssessBase } from '@renderer/engine/computations/assess';
import { explainIds } from './use-assess';

const MEASURE_LABELS: Record<string, string> = { ...RATE_LABELS, dispatched: '派单量', evaluated: '参评量' };

/** Label of a group for people: key values joined, or 全部 for the total. */
export function groupLabel(by: readonly GroupKey[], parts: readonly string[]): string {
  if (parts.length === 0) return '全部';
  return parts.map((p) => (p === '' ? '（空）' : p)).join(' · ');
}

/**
 * Drill-down: asks the engine for the tickets behind a figure and opens the ticket grid with
 * them (`side` = numerator or denominator of a rate).
 */
export async function drillDown(base: AssessBase, parts: string[], measure: Measure, side: 'numerator' | 'denominator'): Promise<void> {
  try {
    const e = await explainIds(base, parts, measure);
    const ids = side === 'numerator' ? e.numeratorIds : e.denominatorIds;
    if (ids.length === 0) { void message.info('没有对应的工单'); return; }
    const what = measure === 'dispatched' || measure === 'evaluated' ? MEASURE_LABELS[measure] : `${MEASURE_LABELS[measure]}${side === 'numerator' ? '分子' : '分母'}`;
    openTickets({ filters: [{ kind: 'ids', ids }], label: `考核 ${periodLabel(base)} · ${groupLabel(base.by, parts)} · ${what}（${ids.length} 张）` });
  } catch (err) {
    void message.error(`无法打开工单明细：${err instanceof Error ? err.message : String(err)}`);
  }
}
