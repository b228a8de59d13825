import { useEffect, useState } from 'react';
import type { HotspotKey } from '@core/hotspots/keys';
import { getEngine } from '@renderer/engine/client';
import type { HotspotsRequest, HotspotsResponse } from '@renderer/engine/computations/hotspots';

/** Months of each row's sparkline and weeks before the month in the weekly view. */
export const SERIES_MONTHS = 24;
export const WEEKS_BEFORE = 4;

export type HotspotsRun = { data: HotspotsResponse | undefined; loading: boolean; error: string | null };

/** Runs the `hotspots` computation for a month and grouping in the engine worker; re-runs when the store changes. */
export function useHotspots(month: string | null, by: readonly HotspotKey[], storeVersion: string): HotspotsRun {
  const [state, setState] = useState<HotspotsRun>({ data: undefined, loading: false, error: null });
  const byKey = by.join(',');
  useEffect(() => {
    if (!month) { setState({ data: undefined, loading: false, error: null }); return; }
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    const req: HotspotsRequest = { month, by: byKey, seriesMonths: SERIES_MONTHS, weeksBefore: WEEKS_BEFORE };
    getEngine().run<HotspotsResponse>('hotspots', req).then(
      (data) => { if (alive) setState({ data, loading: false, error: null }); },
      (e: unknown) => { if (alive) setState({ data: undefined, loading: false, error: e instanceof Error ? e.message : String(e) }); },
    );
    return () => { alive = false; };
  }, [month, byKey, storeVersion]);
  return state;
}
