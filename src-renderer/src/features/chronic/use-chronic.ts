import { useCallback, useEffect, useMemo, useState } from 'react';
import { CHRONIC_V1, type ChronicRuleSet } from '@core/chronic/rule-set';
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkCalendar } from '@core/base/calendar/working-days';
import { localDay } from '@core/base/calendar/working-days';
import type { RunProgress } from '@renderer/engine/api';
import { getEngine } from '@renderer/engine/client';
import type { ChronicRequest } from '@renderer/engine/computations/chronic';
import { db } from '@renderer/db';
import { listChronicRuleSets, loadWorkCalendar } from './case-repo';
import { useChronicStore } from './chronic-store';

/** Every detection threshold version (chronic-v1 first); undefined while loading. */
export function useChronicRuleSets(): ChronicRuleSet[] | undefined {
  return useLiveQuery(listChronicRuleSets, []);
}

/** The threshold version detections use: the one chosen, chronic-v1 when none or not found. */
export function useActiveChronicRuleSet(): ChronicRuleSet {
  const sets = useChronicRuleSets();
  const ref = useChronicStore((s) => s.ruleRef);
  return useMemo(() => (ref && sets?.find((r) => r.id === ref.id && r.version === ref.version)) || CHRONIC_V1, [sets, ref]);
}

/** The working-day calendar (built-in years plus the office's edits), live. */
export function useWorkCalendar(): WorkCalendar | undefined {
  return useLiveQuery(loadWorkCalendar, []);
}

/** Today as a local day `YYYY-MM-DD`. */
export function today(): string {
  return localDay(Date.now());
}

export type ChronicRunState<T> = {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  /** When the running computation started (epoch ms), null when idle. */
  startedAt: number | null;
  /** The engine's latest progress report for the running computation, null when none yet. */
  progress: RunProgress | null;
  /** Tickets in the store the computation runs over, null until known. */
  tickets: number | null;
  /** Runs the computation again (after an error). */
  retry: () => void;
};

/** Runs a chronic computation in the engine; re-runs when `deps` change or the store changes. */
export function useChronicRun<T>(req: ChronicRequest | null, deps: readonly unknown[]): ChronicRunState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: string | null; loading: boolean; startedAt: number | null }>({ data: undefined, error: null, loading: false, startedAt: null });
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [attempt, setAttempt] = useState(0);
  const storeMeta = useLiveQuery(() => db.meta.get('store'), []);
  const version = storeMeta ? `${String(storeMeta.tickets)}:${String(storeMeta.lastImportAt)}` : '';
  useEffect(() => {
    if (!req) return;
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null, startedAt: Date.now() }));
    setProgress(null);
    // The engine throttles reports to about 10 a second, so each one may re-render.
    const onProgress = (p: RunProgress): void => { if (alive) setProgress(p); };
    getEngine().ready()
      .then(() => getEngine().run<T>('chronic', req, { onProgress }))
      .then((data) => { if (alive) setState({ data, error: null, loading: false, startedAt: null }); })
      .catch((e: unknown) => { if (alive) setState({ data: undefined, error: e instanceof Error ? e.message : String(e), loading: false, startedAt: null }); });
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version, attempt]);
  const tickets = typeof storeMeta?.tickets === 'number' ? storeMeta.tickets : null;
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, progress: state.loading ? progress : null, tickets, retry };
}
