import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '@core/base/calendar/working-days';
import type { Campaign, CampaignTask, ProgressReport } from '@core/campaigns/campaign';
import type { CampaignEvent } from '@core/campaigns/timeline';
import { db } from '@renderer/db';
import { getEngine } from '@renderer/engine/client';
import type { CampaignRequest } from '@renderer/engine/computations/campaign';
import { campaignReports, campaignTasks, campaignTimeline, getCampaign } from './campaign-repo';

/** Today as a local day `YYYY-MM-DD` (deadlines and the lifecycle are judged on it). */
export function today(): string {
  return localDay(Date.now());
}

export type CampaignData = {
  campaign: Campaign | null | undefined;
  tasks: CampaignTask[] | undefined;
  reports: ProgressReport[] | undefined;
  /** Entries on the timeline (the entries themselves are read by the timeline tab only). */
  eventCount: number | undefined;
};

/** A campaign with its tasks and reports, live (null when there is no such campaign). */
export function useCampaignData(id: string): CampaignData {
  const campaign = useLiveQuery(async () => (await getCampaign(id)) ?? null, [id]);
  const tasks = useLiveQuery(() => campaignTasks(id), [id]);
  const reports = useLiveQuery(() => campaignReports(id), [id]);
  const eventCount = useLiveQuery(() => db.campaignEvents.where('campaignId').equals(id).count(), [id]);
  return { campaign, tasks, reports, eventCount };
}

/** The campaign's timeline, live. */
export function useCampaignEvents(id: string): CampaignEvent[] | undefined {
  return useLiveQuery(() => campaignTimeline(id), [id]);
}

/** `value`, once it has stayed the same for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

export type RunState<T> = { data: T | undefined; error: string | null; loading: boolean };

/**
 * Runs the engine's `campaign` computation for `req` (null: nothing to run), again when `key`
 * changes or new tickets are loaded. A result that arrives after a newer request is dropped.
 */
export function useCampaignRun<T>(req: CampaignRequest | null, key: string): RunState<T> {
  const [state, setState] = useState<RunState<T>>({ data: undefined, error: null, loading: false });
  const storeMeta = useLiveQuery(() => db.meta.get('store'), []);
  const version = storeMeta ? `${String(storeMeta.tickets)}:${String(storeMeta.lastImportAt)}` : '';
  useEffect(() => {
    if (!req) return;
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    getEngine().ready()
      .then(() => getEngine().run<T>('campaign', req))
      .then((data) => { if (alive) setState({ data, error: null, loading: false }); })
      .catch((e: unknown) => { if (alive) setState({ data: undefined, error: e instanceof Error ? e.message : String(e), loading: false }); });
    return () => { alive = false; };
    // The request is rebuilt each render; `key` says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  return state;
}

/** Distinct values of a coded ticket column with counts (units, districts, categories), for pickers. */
export function useDistinct(column: 'unit' | 'district' | 'category' | 'street'): string[] {
  const [values, setValues] = useState<string[]>([]);
  const storeMeta = useLiveQuery(() => db.meta.get('store'), []);
  const version = storeMeta ? `${String(storeMeta.tickets)}:${String(storeMeta.lastImportAt)}` : '';
  useEffect(() => {
    let alive = true;
    getEngine().ready().then(() => getEngine().distinct(column))
      .then((r) => { if (alive) setValues(r.map((x) => x.value).filter(Boolean).sort((a, b) => a.localeCompare(b, 'zh-CN'))); })
      .catch(() => { if (alive) setValues([]); });
    return () => { alive = false; };
  }, [column, version]);
  return values;
}
