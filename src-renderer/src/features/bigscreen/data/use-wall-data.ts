import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessResult } from '@core/assess/compute';
import { DEFAULT_RULE_SET } from '@core/assess/rules';
import type { HotspotAnalysis } from '@core/hotspots/analyze';
import { db } from '@renderer/db';
import type { StoreStats } from '@renderer/engine/api';
import { getEngine } from '@renderer/engine/client';
import type { AssessBase } from '@renderer/engine/computations/assess';
import type { ForecastRequest, SurgesResponse } from '@renderer/engine/computations/forecast';
import type { HotspotsRequest } from '@renderer/engine/computations/hotspots';
import { approvedIds, listExemptions } from '@renderer/features/assessment/assessment-db';
import { categoriesOf, trendOf, type WallData } from './wall-data';
import { wallPeriod } from './wall-period';

export type WallState = {
  data: WallData | null; loading: boolean; error: string | null; empty: boolean;
  /** performance.now() when the current data arrived, and how long its engine round took (ms): read by the tests and the bench. */
  dataAt?: number; computeMs?: number;
};

async function computeWall(stats: StoreStats, exemptIds: string[]): Promise<WallData> {
  const engine = getEngine();
  const p = wallPeriod(Date.now(), stats.to);
  const base = (from: number, to: number, by: AssessBase['by']): AssessBase & { op: 'assess' } =>
    ({ op: 'assess', from, to, by, ruleSet: DEFAULT_RULE_SET, exemptIds });
  const assess = (from: number, to: number, by: AssessBase['by']) => engine.run<AssessResult>('assess', base(from, to, by));
  // The worker answers one request at a time; sending them together only saves the round trips.
  const [day, month, prev, units, byMonth, hotspots, cats, forecast] = await Promise.all([
    assess(p.dayFrom, p.dayTo, ['district']),
    assess(p.monthFrom, p.monthTo, ['district']),
    assess(p.prevFrom, p.prevTo, ['district']),
    assess(p.monthFrom, p.monthTo, ['unit']),
    assess(p.trendFrom, p.monthTo, ['month']),
    engine.run<HotspotAnalysis>('hotspots', { month: p.month, by: 'category2,district', seriesMonths: 13, weeksBefore: 0 } satisfies HotspotsRequest),
    engine.run<HotspotAnalysis>('hotspots', { month: p.month, by: 'category1,category2', seriesMonths: 13, weeksBefore: 0 } satisfies HotspotsRequest),
    engine.run<SurgesResponse>('forecast', { op: 'surges' } satisfies ForecastRequest),
  ]);
  return {
    period: p, dayDispatched: day.total.dispatched, month: month.total, prevMonth: prev.total, districts: month.groups,
    units, trend: trendOf(byMonth, p.trendMonths), hotspots, categories: categoriesOf(cats), forecast, computedAt: Date.now(),
  };
}

/**
 * Waits until the engine holds the table that `meta` describes: the worker rewrites db.meta
 * 'store' just before it swaps in the imported table, so a computation started by the live
 * query alone could still read the old one.
 */
export async function engineCaughtUp(meta: StoreStats, timeoutMs = 30_000): Promise<void> {
  const engine = getEngine();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await engine.stats();
    if (s.tickets === meta.tickets && s.lastImportAt === meta.lastImportAt) return;
    if (Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The wall's ticket figures, recomputed in the engine worker whenever the store changes (an
 * import or a clear rewrites db.meta 'store', which this follows live) or an exemption is
 * decided; the previous figures stay on the wall while the next round runs.
 */
export function useWallData(): WallState {
  const stats = useLiveQuery(() => db.meta.get('store'), []) as unknown as StoreStats | undefined;
  const exemptions = useLiveQuery(listExemptions, []);
  const [state, setState] = useState<WallState>({ data: null, loading: true, error: null, empty: false });
  const round = useRef(0);
  const version = stats ? `${stats.tickets}|${stats.events}|${stats.lastImportAt}|${stats.to}` : '';
  const exemptKey = exemptions ? approvedIds(exemptions).join(',') : null;
  useEffect(() => {
    if (stats === undefined || exemptKey === null) return;
    if (!stats || !stats.tickets) { setState({ data: null, loading: false, error: null, empty: true }); return; }
    const id = ++round.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    const t0 = performance.now();
    void getEngine().ready()
      .then(() => engineCaughtUp(stats))
      .then(() => computeWall(stats, exemptKey ? exemptKey.split(',') : []))
      .then(
        (data) => {
          const now = performance.now();
          if (id === round.current) setState({ data, loading: false, error: null, empty: false, dataAt: now, computeMs: now - t0 });
        },
        (e: unknown) => { if (id === round.current) setState((s) => ({ ...s, loading: false, error: e instanceof Error ? e.message : String(e) })); },
      );
    // `version` stands for the stats that matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, exemptKey]);
  return state;
}
