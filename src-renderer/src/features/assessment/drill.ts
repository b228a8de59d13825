import { message } from 'antd';
import type { GroupKey } from '@core/assess/dimensions';
import type { Measure } from '@core/assess/explain';
import { isRateName } from '@core/assess/rates';
import { t } from '@renderer/i18n';
import { openTickets } from '@renderer/app/navigation';
import type { AssessBase } from '@renderer/engine/computations/assess';
import { periodText, rateLabel } from './labels';
import { explainIds } from './use-assess';

function measureLabel(measure: Measure): string {
  if (measure === 'dispatched') return t('assess.dispatched');
  if (measure === 'evaluated') return t('assess.evaluated');
  return isRateName(measure) ? rateLabel(measure) : String(measure);
}

/** Label of a group for people: key values joined, or 全部 for the total. */
export function groupLabel(by: readonly GroupKey[], parts: readonly string[]): string {
  if (parts.length === 0) return t('assess.all');
  return parts.map((p) => (p === '' ? t('assess.blank') : p)).join(' · ');
}

/**
 * Drill-down: asks the engine for the tickets behind a figure and opens the ticket grid with
 * them (`side` = numerator or denominator of a rate).
 */
export async function drillDown(base: AssessBase, parts: string[], measure: Measure, side: 'numerator' | 'denominator'): Promise<void> {
  try {
    const e = await explainIds(base, parts, measure);
    const ids = side === 'numerator' ? e.numeratorIds : e.denominatorIds;
    if (ids.length === 0) { void message.info(t('assess.drill.none')); return; }
    const what = measure === 'dispatched' || measure === 'evaluated' ? measureLabel(measure)
      : t(side === 'numerator' ? 'assess.drill.numerator' : 'assess.drill.denominator', { measure: measureLabel(measure) });
    openTickets({ filters: [{ kind: 'ids', ids }], label: t('assess.drill.label', { period: periodText(base), group: groupLabel(base.by, parts), what, count: ids.length }) });
  } catch (err) {
    void message.error(t('assess.drill.failed', { error: err instanceof Error ? err.message : String(err) }));
  }
}
