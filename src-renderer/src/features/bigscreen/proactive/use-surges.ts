import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@renderer/db';
import type { StoreStats } from '@renderer/engine/api';
import { getEngine } from '@renderer/engine/client';
import type { ForecastRequest, SurgesResponse } from '@renderer/engine/computations/forecast';

export type SurgesState = { data: SurgesResponse | null; loading: boolean; error: string | null; stats: StoreStats | null | undefined; ms: number | null };

/** The 未诉先办 surges from the engine worker, recomputed after every import. */
export function useSurges(): SurgesState {
  const stats = useLiveQuery(() => db.meta.get('store'), []) as unknown as StoreStats | null | undefined;
  const [state, setState] = useState<Omit<SurgesState, 'stats'>>({ data: null, loading: true, error: null, ms: null });
  const version = stats ? `${stats.tickets}|${stats.lastImportAt}|${stats.to}` : String(stats);
  useEffect(() => {
    if (stats === undefined) return;
    if (!stats || !stats.tickets) { setState({ data: null, loading: false, error: null, ms: null }); return; }
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    const t0 = performance.now();
    getEngine().run<SurgesResponse>('forecast', { op: 'surges' } satisfies ForecastRequest).then(
      (data) => { if (alive) setState({ data, loading: false, error: null, ms: performance.now() - t0 }); },
      (e: unknown) => { if (alive) setState({ data: null, loading: false, error: e instanceof Error ? e.message : String(e), ms: null }); },
    );
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  return { ...state, stats };
}
