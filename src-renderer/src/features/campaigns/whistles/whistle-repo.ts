/**
 * Storage of the 吹哨报到 ledger (db.whistles). Every change goes through the core's validated
 * operations (createWhistle, reportIn, closeWhistle) and leaves an audit entry in db.audit in the
 * same transaction — action `whistle.create`, `whistle.reportIn`, `whistle.close` or
 * `whistle.seedDemo`, target the whistle id (or `whistles`), detail what changed. A refused change
 * throws its Chinese reason so the page can show it.
 */
import { closeWhistle, createWhistle, reportIn, validateWhistle, type NewWhistle, type Whistle, type WhistleChange } from '@core/campaigns/whistle';
import { formatLocalDate } from '@core/base/time/shanghai';
import { db } from '@renderer/db';
import { appendAudit, type AuditEntry } from '@renderer/db/audit';

export const WHISTLE_AUDIT_ACTIONS = ['whistle.create', 'whistle.reportIn', 'whistle.close', 'whistle.seedDemo'] as const;
/** db.settings row listing the ids the demo city put in the ledger (so a reload never overwrites a whistle someone entered). */
const DEMO_IDS_KEY = 'whistles.demoIds';

type Row = Record<string, unknown>;

/** Every whistle, newest first. */
export async function listWhistles(): Promise<Whistle[]> {
  const rows = (await db.whistles.toArray()) as unknown as Whistle[];
  return rows.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export async function getWhistle(id: string): Promise<Whistle | undefined> {
  return (await db.whistles.get(id)) as unknown as Whistle | undefined;
}

/** A new id `CS-YYYYMMDD-NNN`: the local day of the whistle and the next number of that day. */
export async function nextWhistleId(at: number): Promise<string> {
  const prefix = `CS-${formatLocalDate(at).replace(/-/g, '')}-`;
  const same = (await db.whistles.where('id').startsWith(prefix).primaryKeys()) as string[];
  const max = same.reduce((m, id) => Math.max(m, Number(id.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

async function save(change: WhistleChange, action: (typeof WHISTLE_AUDIT_ACTIONS)[number], detail: (w: Whistle) => unknown, isNew = false): Promise<Whistle> {
  if (!change.ok) throw new Error(change.reason);
  const w = change.value;
  await db.transaction('rw', db.whistles, db.audit, async () => {
    if (isNew && (await db.whistles.get(w.id))) throw new Error(`吹哨编号「${w.id}」已存在，请重新提交`);
    await db.whistles.put(w as unknown as Row);
    await appendAudit({ action, target: w.id, detail: detail(w) });
  });
  return w;
}

/** Blows a new whistle (validated; the id is given by the caller, see {@link nextWhistleId}). */
export async function addWhistle(input: NewWhistle): Promise<Whistle> {
  return save(createWhistle(input), 'whistle.create', (w) => ({ whistle: w }), true);
}

async function current(id: string): Promise<Whistle> {
  const w = await getWhistle(id);
  if (!w) throw new Error(`找不到吹哨记录「${id}」，可能已被删除，请刷新后重试`);
  return w;
}

/** Records that a summoned unit reported in (报到) at `at`. */
export async function recordReportIn(id: string, unit: string, at: number, note = ''): Promise<Whistle> {
  const w = await current(id);
  return save(reportIn(w, unit, at, note), 'whistle.reportIn', () => ({ unit, at, note: note.trim() }));
}

/** Closes a whistle with its outcome (处置结果) at `at`. */
export async function closeWhistleRecord(id: string, outcome: string, at: number): Promise<Whistle> {
  const w = await current(id);
  return save(closeWhistle(w, outcome, at), 'whistle.close', (x) => ({ outcome: x.outcome, closedAt: x.closedAt }));
}

/**
 * Puts the demo city's whistles (engine op `demo`) in the ledger: demo whistles of an earlier
 * load are replaced, a whistle someone entered under the same id is kept. Each record is checked
 * with validateWhistle first; returns how many were written.
 */
export async function seedDemoWhistles(whistles: readonly Whistle[]): Promise<number> {
  for (const w of whistles) {
    const bad = validateWhistle(w);
    if (bad.length) throw new Error(`示例吹哨记录「${w.id}」无效：${bad[0]}`);
  }
  return db.transaction('rw', db.whistles, db.settings, db.audit, async () => {
    const before = new Set(((await db.settings.get(DEMO_IDS_KEY))?.ids as string[] | undefined) ?? []);
    const existing = await db.whistles.bulkGet(whistles.map((w) => w.id));
    const put = whistles.filter((w, i) => !existing[i] || before.has(w.id));
    const stale = [...before].filter((id) => !whistles.some((w) => w.id === id));
    await db.whistles.bulkDelete(stale);
    await db.whistles.bulkPut(put as unknown as Row[]);
    await db.settings.put({ key: DEMO_IDS_KEY, ids: put.map((w) => w.id) });
    await appendAudit({ action: 'whistle.seedDemo', target: 'whistles', detail: { written: put.length, kept: whistles.length - put.length, removed: stale.length } });
    return put.length;
  });
}

/** The audit trail of one whistle, oldest first. */
export async function whistleHistory(id: string): Promise<AuditEntry[]> {
  const rows = (await db.audit.where('action').anyOf([...WHISTLE_AUDIT_ACTIONS]).filter((e) => e.target === id).toArray()) as unknown as AuditEntry[];
  return rows.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}
