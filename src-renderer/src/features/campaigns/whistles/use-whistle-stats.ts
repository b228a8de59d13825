import { useEffect, useState } from 'react';
import type { Whistle } from '@core/campaigns/whistle';
import type { WhistleBand } from '@core/campaigns/whistle-stats';
import { getEngine } from '@renderer/engine/client';
import type { CampaignRequest, WhistleStatsResponse } from '@renderer/engine/computations/campaign';

export type WhistleStatsRun = { data: WhistleStatsResponse | undefined; loading: boolean; error: string | null };

/** 吹哨率 per street, on-time rates per unit and the street × month table over [from, to), from the engine worker. */
export function useWhistleStats(whistles: readonly Whistle[] | undefined, from: number | null, to: number | null, band: WhistleBand, storeVersion: string): WhistleStatsRun {
  const [state, setState] = useState<WhistleStatsRun>({ data: undefined, loading: false, error: null });
  useEffect(() => {
    if (!whistles || from === null || to === null) { setState({ data: undefined, loading: false, error: null }); return; }
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    const req: CampaignRequest = { op: 'whistleStats', whistles: [...whistles], from, to, band };
    getEngine().run<WhistleStatsResponse>('campaign', req).then(
      (data) => { if (alive) setState({ data, loading: false, error: null }); },
      (e: unknown) => { if (alive) setState({ data: undefined, loading: false, error: e instanceof Error ? e.message : String(e) }); },
    );
    return () => { alive = false; };
  }, [whistles, from, to, band, storeVersion]);
  return state;
}
