import { useEffect, useState } from 'react';
import type { HotspotAnalysis } from '@core/hotspots/analyze';
import { getEngine } from '@renderer/engine/client';
import type { HotspotsRequest } from '@renderer/engine/computations/hotspots';
import type { ProactiveAction } from './proactive-db';

/** What happened in an action's target month: the actual count and the same month a year before (null: the month is not in the data yet). */
export type ActionOutcome = { actual: number | null; lastYear: number | null };

const keyOf = (a: ProactiveAction): string => `${a.category2}\u0000${a.district}\u0000${a.month}`;

/**
 * The outcome of each recorded action, from section 9's counting (category2 × district) of its
 * target month in the engine, one request per month. A month the data does not cover yet gives nulls.
 */
export function useActionOutcomes(actions: readonly ProactiveAction[] | undefined, dataTo: number | null, storeVersion: string): Map<string, ActionOutcome> {
  const [out, setOut] = useState(new Map<string, ActionOutcome>());
  const months = [...new Set((actions ?? []).map((a) => a.month))].sort().join(',');
  useEffect(() => {
    if (!actions || actions.length === 0) return;
    let alive = true;
    void (async () => {
      const map = new Map<string, ActionOutcome>();
      for (const month of months.split(',')) {
        let a: HotspotAnalysis | null = null;
        try {
          a = await getEngine().run<HotspotAnalysis>('hotspots', { month, by: 'category2,district', seriesMonths: 13, weeksBefore: 0 } satisfies HotspotsRequest);
        } catch { a = null; }
        const covered = a?.series.covered.at(-1) === true;
        for (const act of actions.filter((x) => x.month === month)) {
          if (!a || !covered) { map.set(keyOf(act), { actual: null, lastYear: null }); continue; }
          const g = a.parts.findIndex((p) => p[0] === act.category2 && p[1] === act.district);
          const values = g >= 0 ? a.series.values[g]! : null;
          map.set(keyOf(act), { actual: values ? values.at(-1)! : 0, lastYear: values && a.series.covered[0] ? values[0]! : null });
        }
      }
      if (alive) setOut(map);
    })();
    return () => { alive = false; };
    // `months` and `storeVersion` stand for what the effect reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [months, storeVersion, dataTo]);
  return out;
}

export { keyOf as actionKey };
