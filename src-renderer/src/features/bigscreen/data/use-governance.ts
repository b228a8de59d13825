import { useLiveQuery } from 'dexie-react-hooks';
import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import { formatLocalDate } from '@core/base/time/shanghai';
import { db } from '@renderer/db';
import { campaignProgress, caseStages, type CampaignProgress, type CaseStages } from './governance';

/** Chronic case counts by stage, live: a case update anywhere in the app redraws the board. */
export function useCaseStages(): CaseStages | undefined {
  return useLiveQuery(async () => caseStages(await db.cases.toArray(), formatLocalDate(Date.now())), []);
}

/** Campaign progress and outcome, live from the campaign tables (empty until campaigns exist). */
export function useCampaignProgress(): CampaignProgress[] | undefined {
  return useLiveQuery(async () => {
    const [campaigns, tasks] = await Promise.all([db.campaigns.toArray(), db.campaignTasks.toArray()]);
    return campaignProgress(campaigns as unknown as Campaign[], tasks as unknown as CampaignTask[], formatLocalDate(Date.now()));
  }, []);
}
