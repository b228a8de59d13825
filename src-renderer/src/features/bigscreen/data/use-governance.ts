import { useLiveQuery } from 'dexie-react-hooks';
import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import { formatLocalDate } from '@core/base/time/shanghai';
import { db } from '@renderer/db';
import { campaignProgress, caseStages, type CampaignProgress, type CaseStages } from './governance';

/** A live figure and performance.now() of when it was read (the wall's "data ready" is the latest of its parts). */
export type Stamped<T> = { value: T; at: number };

/** Chronic case counts by stage, live: a case update anywhere in the app (any window) redraws the board. */
export function useCaseStages(): Stamped<CaseStages> | undefined {
  return useLiveQuery(async () => ({ value: caseStages(await db.cases.toArray(), formatLocalDate(Date.now())), at: performance.now() }), []);
}

/** Campaign progress and outcome, live from the campaign tables (empty until campaigns exist). */
export function useCampaignProgress(): Stamped<CampaignProgress[]> | undefined {
  return useLiveQuery(async () => {
    const [campaigns, tasks] = await Promise.all([db.campaigns.toArray(), db.campaignTasks.toArray()]);
    return { value: campaignProgress(campaigns as unknown as Campaign[], tasks as unknown as CampaignTask[], formatLocalDate(Date.now())), at: performance.now() };
  }, []);
}
