import type { MeetingSnapshot } from './model';

export type KpiDelta = { key: string; before: number | null; after: number | null; delta: number | null };
export type RankMove = { unit: string; before: number | null; after: number | null; move: 'up' | 'down' | 'same' | 'new' | 'gone'; by: number };
export type StageChange = { id: string; title: string; before: string | null; after: string | null };
export type CampaignChange = {
  id: string;
  title: string;
  doneBefore: number | null;
  doneAfter: number | null;
  overdueBefore: number | null;
  overdueAfter: number | null;
};
export type OverdueItem = { kind: 'case' | 'campaign-task'; id: string; label: string };

/** "Since the last meeting": what moved between two frozen snapshots. */
export type SnapshotDiff = {
  kpis: KpiDelta[];
  ranks: RankMove[];
  /** Whether both rankings used the same rule-set hash (otherwise ranks are not comparable). */
  sameRules: boolean;
  stages: StageChange[];
  campaigns: CampaignChange[];
  overdueNew: OverdueItem[];
  overdueCleared: OverdueItem[];
};

function overdueOf(s: MeetingSnapshot): Map<string, OverdueItem> {
  const m = new Map<string, OverdueItem>();
  for (const c of s.cases) if (c.overdue) m.set(`case:${c.id}`, { kind: 'case', id: c.id, label: c.title });
  for (const c of s.campaigns) {
    for (const t of c.overdueTaskIds) m.set(`task:${t}`, { kind: 'campaign-task', id: t, label: c.title });
  }
  return m;
}

/**
 * Differences from `prev` to `cur`. KPIs and units present in either appear; a rank going from
 * 5 to 2 is a move "up" by 3. Only cases whose stage changed and campaigns whose done or overdue
 * counts changed are listed.
 */
export function diffSnapshots(prev: MeetingSnapshot, cur: MeetingSnapshot): SnapshotDiff {
  const keys = [...new Set([...Object.keys(prev.kpis), ...Object.keys(cur.kpis)])].sort();
  const kpis = keys.map((key) => {
    const before = prev.kpis[key] ?? null;
    const after = cur.kpis[key] ?? null;
    return { key, before, after, delta: before !== null && after !== null ? after - before : null };
  });

  const pr = new Map((prev.ranking?.rows ?? []).map((r) => [r.unit, r.rank]));
  const cr = new Map((cur.ranking?.rows ?? []).map((r) => [r.unit, r.rank]));
  const units = [...new Set([...cr.keys(), ...pr.keys()])];
  const ranks: RankMove[] = units.map((unit) => {
    const before = pr.get(unit) ?? null;
    const after = cr.get(unit) ?? null;
    if (before === null) return { unit, before, after, move: 'new', by: 0 };
    if (after === null) return { unit, before, after, move: 'gone', by: 0 };
    const by = before - after;
    return { unit, before, after, move: by > 0 ? 'up' : by < 0 ? 'down' : 'same', by: Math.abs(by) };
  });
  ranks.sort((a, b) => (a.after ?? Infinity) - (b.after ?? Infinity) || (a.unit < b.unit ? -1 : 1));

  const pc = new Map(prev.cases.map((c) => [c.id, c]));
  const cc = new Map(cur.cases.map((c) => [c.id, c]));
  const stages: StageChange[] = [];
  for (const id of new Set([...pc.keys(), ...cc.keys()])) {
    const b = pc.get(id);
    const a = cc.get(id);
    if (b?.stage !== a?.stage) stages.push({ id, title: (a ?? b)!.title, before: b?.stage ?? null, after: a?.stage ?? null });
  }

  const pg = new Map(prev.campaigns.map((c) => [c.id, c]));
  const cg = new Map(cur.campaigns.map((c) => [c.id, c]));
  const campaigns: CampaignChange[] = [];
  for (const id of new Set([...pg.keys(), ...cg.keys()])) {
    const b = pg.get(id);
    const a = cg.get(id);
    if (b?.tasksDone === a?.tasksDone && b?.tasksOverdue === a?.tasksOverdue) continue;
    campaigns.push({
      id,
      title: (a ?? b)!.title,
      doneBefore: b?.tasksDone ?? null,
      doneAfter: a?.tasksDone ?? null,
      overdueBefore: b?.tasksOverdue ?? null,
      overdueAfter: a?.tasksOverdue ?? null,
    });
  }

  const po = overdueOf(prev);
  const co = overdueOf(cur);
  return {
    kpis,
    ranks,
    sameRules: !!prev.ranking && !!cur.ranking && prev.ranking.ruleSetHash === cur.ranking.ruleSetHash,
    stages,
    campaigns,
    overdueNew: [...co].filter(([k]) => !po.has(k)).map(([, v]) => v),
    overdueCleared: [...po].filter(([k]) => !co.has(k)).map(([, v]) => v),
  };
}
