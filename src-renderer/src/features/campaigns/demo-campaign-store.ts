/**
 * Storing the demo city's campaigns (the engine's `campaign` op `demo` result) in the campaign
 * tables; see seed-demo-campaigns.ts for when. The whistles of the same result belong to the
 * 吹哨报到 ledger and are not written here.
 */
import type { DemoResponse } from '@renderer/engine/computations/campaign';
import { db } from '@renderer/db';
import type { EvidenceStore } from './campaign-repo';

type Row = Record<string, unknown>;

/**
 * Stores a demo result: evidence bytes first (content-addressed; stored under the campaign whose
 * report or policy names them), then in one transaction replaces the demo's campaigns with their
 * tasks, reports and timelines. Campaigns the user created (other ids) are left alone.
 */
export async function storeDemoCampaigns(data: Pick<DemoResponse, 'campaigns' | 'tasks' | 'reports' | 'events' | 'evidence'>, store: EvidenceStore): Promise<void> {
  const owner = new Map<string, string>();
  for (const r of data.reports) for (const e of r.evidence) owner.set(e.sha256, r.campaignId);
  for (const c of data.campaigns) for (const p of c.policies) for (const e of p.evidence) owner.set(e.sha256, c.id);
  for (const e of data.evidence) await store.putEvidence(owner.get(e.ref.sha256) ?? 'demo', e.ref.name, e.bytes);
  const ids = data.campaigns.map((c) => c.id);
  await db.transaction('rw', [db.campaigns, db.campaignTasks, db.campaignReports, db.campaignEvents], async () => {
    await db.campaignTasks.where('campaignId').anyOf(ids).delete();
    await db.campaignReports.where('campaignId').anyOf(ids).delete();
    await db.campaignEvents.where('campaignId').anyOf(ids).delete();
    await db.campaigns.bulkPut(data.campaigns as unknown as Row[]);
    await db.campaignTasks.bulkPut(data.tasks as unknown as Row[]);
    await db.campaignReports.bulkPut(data.reports as unknown as Row[]);
    // In campaign then seq order, so each campaign's entries get ascending keys (the append order).
    await db.campaignEvents.bulkAdd(data.events.map((e) => ({ ...e })) as unknown as Row[]);
  });
}

