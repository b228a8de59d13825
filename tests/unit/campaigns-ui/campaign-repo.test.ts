/**
 * The 专项行动 repository on the real DubanDb (fake-indexeddb under Node): every change through a
 * campaign operation, the record and its hash-chained entries in one transaction, refusals that
 * save nothing, evidence through an evidence store, the demo's campaigns seeded.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { sha256Hex } from '@core/base/rules/versioned';
import type { Campaign } from '@core/campaigns/campaign';
import {
  addProblem, addTask, completeTask, createCampaign, fileReport, transitionCampaign, commentOnCampaign, type Actor,
} from '@core/campaigns/campaign-ops';
import { verifyCampaignTimeline } from '@core/campaigns/timeline';
import { demoCampaigns } from '@core/demo/campaigns';
import { db } from '@renderer/db';
import {
  appendCampaignEvents, campaignReports, campaignTasks, campaignTimeline, getCampaign, listCampaigns, nextCampaignId,
  openTasks, saveCampaignChange, saveCampaignWrites, saveReportChange, saveTaskChange, storeEvidence, type EvidenceStore,
} from '@renderer/features/campaigns/campaign-repo';
import { storeDemoCampaigns } from '@renderer/features/campaigns/demo-campaign-store';

const cal = workCalendar(BUILTIN_CALENDAR);
const T0 = Date.UTC(2026, 2, 2, 2); // 2026-03-02 10:00 Shanghai
const actor = (min: number): Actor => ({ by: '督办处 王敏', now: T0 + min * 60_000 });

/** An in-memory evidence store that records what it was given. */
function memoryStore(): EvidenceStore & { files: Map<string, { owner: string; name: string; bytes: Uint8Array }> } {
  const files = new Map<string, { owner: string; name: string; bytes: Uint8Array }>();
  return {
    files,
    async putEvidence(owner, name, bytes) {
      const sha256 = sha256Hex(bytes);
      files.set(sha256, { owner, name, bytes });
      return { sha256, size: bytes.byteLength, ref: `evidence/${sha256.slice(0, 2)}/${sha256}` };
    },
  };
}

async function newCampaign(): Promise<Campaign> {
  const id = await nextCampaignId('2026-03-01');
  return saveCampaignChange(createCampaign({ id, theme: '供水保障', type: '专项行动', from: '2026-03-01', to: '2026-06-01', leadUnit: '市水务局' }, actor(0)));
}

beforeEach(async () => {
  await Promise.all([db.campaigns.clear(), db.campaignTasks.clear(), db.campaignReports.clear(), db.campaignEvents.clear(), db.evidence.clear()]);
});

describe('campaign repository', () => {
  it('saves each change with its timeline entries, chained and verifiable', async () => {
    let c = await newCampaign();
    expect(c.id).toBe('ZX-2026-001');
    expect(await nextCampaignId('2026-05-01')).toBe('ZX-2026-002');
    expect(await nextCampaignId('2027-01-01')).toBe('ZX-2027-001');
    c = await saveCampaignChange(addProblem(c, { id: 'P1', title: '南湖区停水', selector: { categories: ['公共服务/供水'], districts: ['南湖区'] }, leadUnit: '南湖区人民政府', coUnits: [{ unit: '市供水集团', role: '主责' }] }, actor(1)));
    c = await saveCampaignChange(addProblem(c, { id: 'P2', title: '水压不足', selector: { keywords: ['水压'] }, leadUnit: '市供水集团' }, actor(2)));
    const t1 = await saveTaskChange(addTask(c, { id: 'T1', problemId: 'P1', unit: '市供水集团', title: '管网排查', workingDays: 5, assignedOn: '2026-03-02' }, cal, actor(3)));
    await saveTaskChange(addTask(c, { id: 'T2', problemId: 'P2', unit: '南湖区人民政府', title: '入户走访', workingDays: 10, assignedOn: '2026-03-02' }, cal, actor(4)));
    c = await saveCampaignChange(transitionCampaign(c, '实施', { today: '2026-03-02', tasks: await campaignTasks(c.id), reports: 0 }, actor(5)));

    const store = memoryStore();
    const bytes = new TextEncoder().encode('序号,点位\n1,湖滨路\n');
    const evidence = await storeEvidence(c.id, [{ name: '排查台账.csv', type: 'text/csv', bytes }], store);
    expect(evidence[0]).toEqual({ name: '排查台账.csv', type: 'text/csv', size: bytes.length, sha256: sha256Hex(bytes) });
    expect(store.files.get(evidence[0]!.sha256)?.owner).toBe(c.id);
    await saveReportChange(fileReport(c, { id: 'R1', unit: '市供水集团', problemId: 'P1', taskId: 'T1', text: '已完成管网排查', evidence }, await campaignTasks(c.id), actor(6)));
    await saveTaskChange(completeTask(c, t1, actor(7)));
    await appendCampaignEvents(c.id, commentOnCampaign('周例会通报', actor(8)));

    const stored = await getCampaign(c.id);
    expect(stored?.status).toBe('实施');
    expect(stored?.problems.map((p) => p.id)).toEqual(['P1', 'P2']);
    // A task or report change stamps the campaign's updatedAt.
    expect(stored?.updatedAt).toBe(actor(7).now);
    expect((await campaignTasks(c.id)).map((t) => [t.id, t.state])).toEqual([['T1', 'done'], ['T2', 'open']]);
    expect((await openTasks()).map((t) => t.id)).toEqual(['T2']);
    expect((await campaignReports(c.id))[0]?.evidence).toEqual(evidence);
    const tl = await campaignTimeline(c.id);
    expect(tl.map((e) => e.kind)).toEqual(['created', 'problemAdded', 'problemAdded', 'taskAdded', 'taskAdded', 'transition', 'reported', 'taskDone', 'comment']);
    expect(tl.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(verifyCampaignTimeline(tl)).toBeNull();
    expect(await listCampaigns()).toHaveLength(1);
  });

  it('saves nothing when a change is refused, and throws its Chinese reason', async () => {
    const c = await newCampaign();
    await expect(saveCampaignChange(transitionCampaign(c, '实施', { today: '2026-03-02', tasks: [], reports: 0 }, actor(1)))).rejects.toThrow(/须有 2–3 个问题/);
    await expect(saveTaskChange(addTask(c, { id: 'T1', problemId: null, unit: '不相干单位', title: 'x', workingDays: 3 }, cal, actor(2)))).rejects.toThrow(/不是本专项行动的牵头或参与单位/);
    expect((await getCampaign(c.id))?.status).toBe('筹备');
    expect(await campaignTasks(c.id)).toEqual([]);
    expect((await campaignTimeline(c.id)).map((e) => e.kind)).toEqual(['created']);
  });

  it('writes a batch in one transaction: a record of another campaign rolls back all of it', async () => {
    const a = await newCampaign();
    const b = await saveCampaignChange(createCampaign({ id: 'ZX-2026-09', theme: '其他', type: '每月一题', from: '2026-03-01', to: '2026-04-01', leadUnit: '市水务局' }, actor(1)));
    const good = addTask(a, { id: 'TA', problemId: null, unit: '市水务局', title: '方案', workingDays: 3 }, cal, actor(2));
    const foreign = addTask(b, { id: 'TB', problemId: null, unit: '市水务局', title: '方案', workingDays: 3 }, cal, actor(3));
    await expect(saveCampaignWrites(a.id, [{ kind: 'task', change: good }, { kind: 'task', change: foreign }])).rejects.toThrow(/不属于专项行动/);
    expect(await campaignTasks(a.id)).toEqual([]);
    expect(await campaignTimeline(a.id)).toHaveLength(1);
    // The same batch without the foreign task goes through whole.
    await saveCampaignWrites(a.id, [{ kind: 'task', change: good }, { kind: 'events', change: commentOnCampaign('已布置', actor(4)) }]);
    expect((await campaignTimeline(a.id)).map((e) => e.kind)).toEqual(['created', 'taskAdded', 'comment']);
  });

  it('seeds the demo campaigns with their evidence and replaces them on a second load, keeping the user\'s own', async () => {
    const mine = await newCampaign();
    const data = demoCampaigns({}, { countsOf: () => [], inputSha256: '0'.repeat(64) });
    const store = memoryStore();
    await storeDemoCampaigns(data, store);
    await storeDemoCampaigns(data, store);
    const all = await listCampaigns();
    expect(all.map((c) => c.id).sort()).toEqual([mine.id, ...data.campaigns.map((c) => c.id)].sort());
    expect(await db.campaignTasks.count()).toBe(data.tasks.length);
    expect(await db.campaignReports.count()).toBe(data.reports.length);
    expect(await db.campaignEvents.count()).toBe(data.events.length + 1);
    expect(store.files.size).toBe(new Set(data.evidence.map((e) => e.ref.sha256)).size);
    for (const c of data.campaigns) {
      const tl = await campaignTimeline(c.id);
      expect(tl.length).toBeGreaterThan(0);
      expect(verifyCampaignTimeline(tl)).toBeNull();
    }
    // Appending to a seeded timeline links to its last entry.
    const open = data.campaigns.find((c) => c.status === '实施')!;
    const later = { by: 'x', now: Math.max(...data.events.filter((e) => e.campaignId === open.id).map((e) => e.at)) + 1 };
    await appendCampaignEvents(open.id, commentOnCampaign('继续推进', later));
    expect(verifyCampaignTimeline(await campaignTimeline(open.id))).toBeNull();
    expect(await db.whistles.count()).toBe(0);
  });
});
