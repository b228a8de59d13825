import { message } from 'antd';
import type { HotspotKey } from '@core/hotspots/keys';
import { openTickets } from '@renderer/app/navigation';
import { getEngine } from '@renderer/engine/client';
import type { HotspotsRequest } from '@renderer/engine/computations/hotspots';
import { t } from '@renderer/i18n';

/**
 * Drill-down from a hotspot figure, as the 考核 page drills (features/assessment/drill.ts): asks
 * the engine for the ids of the group's dispatched tickets in the month (or in the week starting
 * on Monday `week`) and opens the ticket grid with them; `period` and `group` label the filter.
 */
export async function drillHotspot(req: { month: string; by: readonly HotspotKey[]; parts: string[]; week?: string }, labels: { period: string; group: string }): Promise<void> {
  try {
    const ids = await getEngine().run<string[]>('hotspots', { op: 'ids', month: req.month, by: [...req.by], parts: req.parts, ...(req.week ? { week: req.week } : {}) } satisfies HotspotsRequest);
    if (ids.length === 0) { void message.info(t('hotspots.drill.none')); return; }
    openTickets({ filters: [{ kind: 'ids', ids }], label: t('hotspots.drill.label', { period: labels.period, group: labels.group, count: ids.length }) });
  } catch (err) {
    void message.error(t('hotspots.drill.failed', { error: err instanceof Error ? err.message : String(err) }));
  }
}
