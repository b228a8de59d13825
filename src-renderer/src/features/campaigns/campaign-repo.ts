/**
 * All storage of the 专项行动 feature on the schema v3 tables (db/schema.ts): campaigns, their
 * tasks, progress reports and append-only, hash-chained timelines. Nothing is written here that
 * did not come out of a campaign operation (src-core/campaigns/campaign-ops.ts): every save takes
 * a CampaignChange, stores its value and appends its events in ONE Dexie transaction, so a record
 * never exists without the timeline entry that explains it. Evidence bytes go to the platform's
 * evidence store (content-addressed, as the 疑难件 follow-ups do) before the change is made.
 */
import type { EvidenceRef } from '@core/cases/case-record';
import type { Campaign, CampaignTask, ProgressReport } from '@core/campaigns/campaign';
import type { CampaignChange } from '@core/campaigns/campaign-ops';
import { appendCampaignEvent, type CampaignEvent, type CampaignEventDraft } from '@core/campaigns/timeline';
import { db } from '@renderer/db';
import type { Platform } from '@renderer/platform/types';

type Row = Record<string, unknown>;
const row = <T>(v: T): Row => v as unknown as Row;

export async function listCampaigns(): Promise<Campaign[]> {
  const rows = (await db.campaigns.toArray()) as unknown as Campaign[];
  return rows.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : b.createdAt - a.createdAt));
}

export async function getCampaign(id: string): Promise<Campaign | undefined> {
  return (await db.campaigns.get(id)) as unknown as Campaign | undefined;
}

/** The campaign's tasks by deadline, then unit and id. */
export async function campaignTasks(campaignId: string): Promise<CampaignTask[]> {
  const rows = (await db.campaignTasks.where('campaignId').equals(campaignId).toArray()) as unknown as CampaignTask[];
  return rows.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.id < b.id ? -1 : 1));
}

/** Open tasks of every campaign (for the list's overdue counts). */
export async function openTasks(): Promise<CampaignTask[]> {
  return (await db.campaignTasks.where('state').equals('open').toArray()) as unknown as CampaignTask[];
}

/** The campaign's progress reports, newest first. */
export async function campaignReports(campaignId: string): Promise<ProgressReport[]> {
  const rows = (await db.campaignReports.where('campaignId').equals(campaignId).toArray()) as unknown as ProgressReport[];
  return rows.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
}

/** The campaign's timeline in order (seq 1 first). */
export async function campaignTimeline(campaignId: string): Promise<CampaignEvent[]> {
  const rows = (await db.campaignEvents.where('campaignId').equals(campaignId).toArray()) as unknown as (CampaignEvent & { id: number })[];
  return rows.sort((a, b) => a.seq - b.seq).map(({ id: _id, ...e }) => e);
}

/**
 * Appends entries inside the caller's transaction. Only the tail is read (the highest seq), so a
 * campaign with thousands of entries appends as fast as a new one; the chain still links to it.
 */
async function appendAll(campaignId: string, drafts: readonly CampaignEventDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  // Index entries of one campaign are ordered by the auto-increment key, i.e. in append order.
  const tail = (await db.campaignEvents.where('campaignId').equals(campaignId).last()) as unknown as (CampaignEvent & { id?: number }) | undefined;
  let last: CampaignEvent | undefined;
  if (tail) { const { id: _id, ...e } = tail; last = e; }
  let tl: CampaignEvent[] = last ? [last] : [];
  for (const d of drafts) tl = appendCampaignEvent(campaignId, tl, d);
  await db.campaignEvents.bulkAdd(tl.slice(last ? 1 : 0).map(row));
}

function accepted<T>(change: CampaignChange<T>): { value: T; events: CampaignEventDraft[] } {
  if (!change.ok) throw new Error(change.reason);
  return change;
}

const TABLES = () => [db.campaigns, db.campaignTasks, db.campaignReports, db.campaignEvents];

/**
 * One accepted change of any kind: the campaign record, a task or a progress report, or only
 * timeline entries (a comment). A refused change throws its Chinese reason; nothing is saved.
 */
export type CampaignWrite =
  | { kind: 'campaign'; change: CampaignChange }
  | { kind: 'task'; change: CampaignChange<CampaignTask> }
  | { kind: 'report'; change: CampaignChange<ProgressReport> }
  | { kind: 'events'; change: CampaignChange<unknown> };

/**
 * Saves changes of one campaign in one transaction, in order (records, then their entries on the
 * chain). A task or report change also stamps the campaign's `updatedAt`. Throws (and saves
 * nothing) when any change was refused.
 */
export async function saveCampaignWrites(campaignId: string, writes: readonly CampaignWrite[]): Promise<void> {
  const ok = writes.map((w) => ({ kind: w.kind, ...accepted(w.change as CampaignChange<unknown>) }));
  await db.transaction('rw', TABLES(), async () => {
    const drafts: CampaignEventDraft[] = [];
    const tasks: Row[] = [], reports: Row[] = [];
    let campaign: Campaign | null = null;
    let touched = 0;
    for (const w of ok) {
      if (w.kind === 'campaign') {
        const c = w.value as Campaign;
        if (c.id !== campaignId) throw new Error(`专项行动编号不一致（${c.id} ≠ ${campaignId}）`);
        campaign = c;
      } else if (w.kind === 'task' || w.kind === 'report') {
        const v = w.value as CampaignTask | ProgressReport;
        if (v.campaignId !== campaignId) throw new Error(`记录不属于专项行动 ${campaignId}`);
        (w.kind === 'task' ? tasks : reports).push(row(v));
      }
      for (const e of w.events) touched = Math.max(touched, e.at);
      drafts.push(...w.events);
    }
    if (!campaign && (tasks.length || reports.length)) {
      const c = await getCampaign(campaignId);
      if (!c) throw new Error(`找不到专项行动 ${campaignId}`);
      campaign = { ...c, updatedAt: Math.max(c.updatedAt, touched) };
    }
    if (campaign) await db.campaigns.put(row(campaign));
    if (tasks.length) await db.campaignTasks.bulkPut(tasks);
    if (reports.length) await db.campaignReports.bulkPut(reports);
    await appendAll(campaignId, drafts);
  });
}

/** Saves a change of the campaign record (create, edit, problems, milestones, policies, transitions, evaluation). */
export async function saveCampaignChange(change: CampaignChange): Promise<Campaign> {
  const { value } = accepted(change);
  await saveCampaignWrites(value.id, [{ kind: 'campaign', change }]);
  return value;
}

export async function saveTaskChange(change: CampaignChange<CampaignTask>): Promise<CampaignTask> {
  const { value } = accepted(change);
  await saveCampaignWrites(value.campaignId, [{ kind: 'task', change }]);
  return value;
}

export async function saveReportChange(change: CampaignChange<ProgressReport>): Promise<ProgressReport> {
  const { value } = accepted(change);
  await saveCampaignWrites(value.campaignId, [{ kind: 'report', change }]);
  return value;
}

/** Appends entries that change no record (a comment). */
export async function appendCampaignEvents(campaignId: string, change: CampaignChange<unknown>): Promise<void> {
  await saveCampaignWrites(campaignId, [{ kind: 'events', change }]);
}

/**
 * A new campaign id `ZX-YYYY-NNN`: the year of its start and one more than the highest number of
 * that year. Three digits, where the demo city's campaigns have two (`ZX-2026-01`), so loading
 * the demo again never replaces a campaign the office created.
 */
export async function nextCampaignId(from: string): Promise<string> {
  const year = /^\d{4}/.test(from) ? from.slice(0, 4) : String(new Date().getFullYear());
  const prefix = `ZX-${year}-`;
  const ids = (await db.campaigns.where('id').startsWith(prefix).primaryKeys()) as string[];
  const max = ids.reduce((m, id) => Math.max(m, parseInt(id.slice(prefix.length), 10) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

/** Where evidence bytes go (the platform's store; a test may pass its own). */
export type EvidenceStore = Pick<Platform, 'putEvidence'>;

export type EvidenceFile = { name: string; type: string; bytes: Uint8Array };

/**
 * Stores files in the evidence store under the campaign's id and returns their references (name,
 * SHA-256, size, type) for a report or policy. Call before making the change that names them.
 */
export async function storeEvidence(campaignId: string, files: readonly EvidenceFile[], store: EvidenceStore): Promise<EvidenceRef[]> {
  const out: EvidenceRef[] = [];
  for (const f of files) {
    const receipt = await store.putEvidence(campaignId, f.name, f.bytes);
    out.push({ name: f.name, sha256: receipt.sha256, size: receipt.size, type: f.type || 'application/octet-stream' });
  }
  return out;
}
