/**
 * The records service: the ONLY writer of the 表彰问责 tables (db.recordItems, registerEntries,
 * recordUsers, recordAppeals, recordReports, recordAudit, signingKeys, recordCandidates). Every
 * change runs a register-core operation (src-core/records/ops-*.ts) as the user signed in HERE —
 * the service keeps the session itself, the page cannot name another actor — so the role rules
 * (drafter ≠ approver, who may publish, export, manage users) hold whatever the UI shows.
 * Operations run one at a time; each loads the state, runs the operation (signing outside any
 * IndexedDB transaction, which WebCrypto would end), and writes only what changed, checking that
 * nothing was appended meanwhile.
 *
 * In the browser build this module runs in the page: anyone with the page's storage could edit
 * it, which is why the UI calls the browser build single-user mode. Several local users still
 * sign in separately, so the two-person rule is kept between them.
 */
import { create } from 'zustand';
import { localDay } from '@core/base/calendar/working-days';
import { authorize, isRefusal, type OpResult } from '@core/records/ops-common';
import {
  approveReview, correctRecord, createDraft, editDraft, exportRegister, retractRecord, returnDraft, signOff, submitDraft, type RecordChanges,
} from '@core/records/ops-records';
import {
  addRectificationReport, changePassword, createUser, decideAppeal, exportAudit, recordAppeal, recordKeyCreated, setActive, setRoles, signIn as coreSignIn,
} from '@core/records/ops-people';
import type { RecordDraft } from '@core/records/model';
import type { Actor, Role } from '@core/records/roles';
import { emptyRecordsState, type AppealOutcome, type RecordsState } from '@core/records/workflow';
import type { RegisterEntry } from '@core/records/entry';
import { db } from '@renderer/db';
import { createSigningKey, currentSigner, keyStatus, lockSigningKey, unlockSigningKey } from './signing';

export type Outcome<X = object> = ({ ok: true } & X) | { ok: false; reason: string };

const TABLES = () => [db.recordItems, db.registerEntries, db.recordUsers, db.recordAppeals, db.recordReports, db.recordAudit] as const;

/** The signed-in user (a copy of the stored account, no password) and the idle lock. */
type SessionState = { user: Actor | null; lockedId: string | null; lastActivity: number };
export const useRecordsSession = create<SessionState>()(() => ({ user: null, lockedId: null, lastActivity: Date.now() }));

/** Test hook: the scrypt cost for new passwords (default: the core's). */
let scryptN: number | undefined;
export function setScryptCostForTests(n: number | undefined): void { scryptN = n; }

/** Everything the records module stores, as the core's RecordsState. */
export async function loadRecordsState(): Promise<RecordsState> {
  return db.transaction('r', TABLES(), async () => {
    const [items, register, users, appeals, reports, audit] = await Promise.all([
      db.recordItems.toArray(), db.registerEntries.orderBy('seq').toArray(), db.recordUsers.toArray(),
      db.recordAppeals.toArray(), db.recordReports.toArray(), db.recordAudit.orderBy('seq').toArray(),
    ]);
    const byNum = (a: { id: string }, b: { id: string }) => Number(a.id.split('-')[1]) - Number(b.id.split('-')[1]);
    return {
      ...emptyRecordsState(),
      items: (items as unknown as RecordsState['items']).sort(byNum),
      register: register as unknown as RegisterEntry[],
      users: (users as unknown as RecordsState['users']).sort((a, b) => a.createdAt - b.createdAt),
      appeals: (appeals as unknown as RecordsState['appeals']).sort(byNum),
      reports: (reports as unknown as RecordsState['reports']).sort(byNum),
      audit: audit as unknown as RecordsState['audit'],
    };
  });
}

/** Rows of `after` that are not (by identity) rows of `before`: what an operation changed or added. */
function changed<T extends object>(before: readonly T[], after: readonly T[]): T[] {
  const old = new Set(before);
  return after.filter((x) => !old.has(x));
}

async function save(before: RecordsState, after: RecordsState): Promise<void> {
  await db.transaction('rw', TABLES(), async () => {
    const [n, a] = await Promise.all([db.registerEntries.count(), db.recordAudit.count()]);
    if (n !== before.register.length || a !== before.audit.length) throw new Error('登记册或审计日志已在另一窗口更新，本次操作未保存，请重试');
    const put = <T extends object>(table: typeof db.recordItems, b: readonly T[], x: readonly T[]) => {
      const rows = changed(b, x);
      return rows.length ? table.bulkPut(rows as unknown as Record<string, unknown>[]) : Promise.resolve();
    };
    await put(db.recordItems, before.items, after.items);
    await put(db.recordUsers, before.users, after.users);
    await put(db.recordAppeals, before.appeals, after.appeals);
    await put(db.recordReports, before.reports, after.reports);
    const entries = after.register.slice(before.register.length);
    if (entries.length) await db.registerEntries.bulkAdd(entries as unknown as Record<string, unknown>[]);
    const audit = after.audit.slice(before.audit.length);
    if (audit.length) await db.recordAudit.bulkAdd(audit as unknown as Record<string, unknown>[]);
  });
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs `fn` after every operation before it has finished. */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const p = queue.then(fn, fn);
  queue = p.catch(() => undefined);
  return p;
}

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Marks activity for the idle lock. */
export function touch(): void {
  useRecordsSession.setState({ lastActivity: Date.now() });
}

type Op<X> = (s: RecordsState, me: string, now: number) => OpResult<X> | Promise<OpResult<X>>;

/** Runs a core operation as the signed-in user and stores its result (not queued: see act). */
async function run<X extends object>(op: Op<X>): Promise<Outcome<Omit<X, 'state'>>> {
  const me = useRecordsSession.getState().user?.id;
  if (!me) return refuse('请先登录（或解锁）再操作');
  touch();
  try {
    const before = await loadRecordsState();
    const r = await op(before, me, Date.now());
    if (!r.ok) return r;
    await save(before, r.state);
    const { state: _s, ...rest } = r as { ok: true; state: RecordsState } & X;
    return rest as unknown as Outcome<Omit<X, 'state'>>;
  } catch (e) {
    return refuse(errorText(e));
  }
}

/** Runs a core operation as the signed-in user, after the operations before it. */
function act<X extends object>(op: Op<X>): Promise<Outcome<Omit<X, 'state'>>> {
  return serial(() => run(op));
}

/** An operation that signs: the signer first (no key, locked: refused before anything runs). */
function actSigned<X extends object>(op: (s: RecordsState, me: string, now: number, signer: Exclude<Awaited<ReturnType<typeof currentSigner>>, string>) => Promise<OpResult<X>>) {
  return act<X>(async (s, me, now) => {
    const signer = await currentSigner();
    if (typeof signer === 'string') return refuse(signer);
    return op(s, me, now, signer);
  });
}

// ——— users and sessions ———

/** Signs in with login name and password; the session is this service's. */
export async function signIn(id: string, password: string): Promise<Outcome> {
  const state = await loadRecordsState();
  const r = await coreSignIn(state, id.trim(), password);
  if (!r.ok) return r;
  useRecordsSession.setState({ user: r.actor, lockedId: null, lastActivity: Date.now() });
  return { ok: true };
}

export async function signOut(): Promise<void> {
  useRecordsSession.setState({ user: null, lockedId: null });
  await lockSigningKey().catch(() => undefined);
}

/** Idle lock: the user stays named on the lock screen but must give the password again; the desktop key locks too. */
export async function lock(): Promise<void> {
  const u = useRecordsSession.getState().user;
  useRecordsSession.setState({ user: null, lockedId: u?.id ?? null });
  await lockSigningKey().catch(() => undefined);
}

/** A new user; the first user of an empty store sets the office up (管理) and is signed in. */
export function addUser(input: { id: string; name: string; roles: Role[]; password: string }): Promise<Outcome> {
  return serial(async () => {
    try {
      const before = await loadRecordsState();
      const first = before.users.length === 0;
      const me = useRecordsSession.getState().user?.id ?? null;
      if (!first && !me) return refuse('请先以「管理」角色登录再添加用户');
      const r = await createUser(before, me, input, Date.now(), scryptN);
      if (!r.ok) return r;
      await save(before, r.state);
      if (first) useRecordsSession.setState({ user: { id: r.user.id, name: r.user.name, roles: r.user.roles, active: true }, lockedId: null, lastActivity: Date.now() });
      touch();
      return { ok: true };
    } catch (e) {
      return refuse(errorText(e));
    }
  });
}

export const changeRoles = (userId: string, roles: Role[]) => act((s, me, now) => setRoles(s, me, userId, roles, now));
export const setUserActive = (userId: string, active: boolean) => act((s, me, now) => setActive(s, me, userId, active, now));
export const setPassword = (userId: string, current: string | null, next: string) => act((s, me, now) => changePassword(s, me, userId, current, next, now, scryptN));

// ——— the signing key ———

/** Creates the register's signing key (管理 only), audited with its fingerprint. */
export function createKey(passphrase: string): Promise<Outcome<{ fingerprint: string }>> {
  return act(async (s, me, now) => {
    const u = authorize(s, me, 'key.create');
    if (isRefusal(u)) return u;
    const publicKey = await createSigningKey(passphrase);
    const where = (await keyStatus()).where === 'desktop' ? '桌面版主进程（口令加密）' : '浏览器（不可导出的 WebCrypto 密钥）';
    return recordKeyCreated(s, me, publicKey, where, now);
  });
}

export async function unlockKey(passphrase: string): Promise<Outcome> {
  if (!useRecordsSession.getState().user) return refuse('请先登录');
  try {
    await unlockSigningKey(passphrase);
    touch();
    return { ok: true };
  } catch (e) {
    return refuse(errorText(e));
  }
}

// ——— records ———

/** A new draft; `candidates` are the keys of the candidates it was drafted from (marked drafted). */
export function newDraft(draft: RecordDraft, candidates: { key: string; source: string }[] = []): Promise<Outcome<{ item: RecordsState['items'][number] }>> {
  return serial(async () => {
    const r = await run((s, me, now) => createDraft(s, me, draft, now));
    if (r.ok && candidates.length) {
      await db.transaction('rw', db.recordCandidates, async () => {
        for (const c of candidates) {
          const old = await db.recordCandidates.get(c.key);
          await db.recordCandidates.put({ ...(old ?? { key: c.key, source: c.source }), status: 'drafted', itemId: r.item.id, draftedAt: Date.now() });
        }
      });
    }
    return r;
  });
}
export const saveDraft = (itemId: string, draft: RecordDraft) => act((s, me, now) => editDraft(s, me, itemId, draft, now));
export const submit = (itemId: string) => act((s, me, now) => submitDraft(s, me, itemId, now));
export const approve = (itemId: string, note: string) => act((s, me, now) => approveReview(s, me, itemId, note, now));
export const sendBack = (itemId: string, reason: string) => act((s, me, now) => returnDraft(s, me, itemId, reason, now));
export const signOffAndPublish = (itemId: string) => actSigned((s, me, now, signer) => signOff(s, me, itemId, now, signer));
export const correct = (seq: number, changes: RecordChanges, reason: string) => actSigned((s, me, now, signer) => correctRecord(s, me, seq, changes, reason, now, signer));
export const retract = (seq: number, reason: string) => actSigned((s, me, now, signer) => retractRecord(s, me, seq, reason, now, signer));
export const exportBundle = () => actSigned((s, me, now, signer) => exportRegister(s, me, now, signer));
export const exportAuditCsv = () => act((s, me, now) => exportAudit(s, me, now));
export const addAppeal = (seq: number, appellant: string, reason: string) => act((s, me, now) => recordAppeal(s, me, seq, appellant, reason, now));
export const decide = (appealId: string, outcome: AppealOutcome, decision: string, entrySeq: number | null) => act((s, me, now) => decideAppeal(s, me, appealId, outcome, decision, entrySeq, now));
export const addReport = (seq: number, text: string, tickets: string[], completed: boolean) => act((s, me, now) => addRectificationReport(s, me, seq, text, tickets, completed, now));

// ——— candidates ———

/**
 * Stores a 移交问责 candidate made by 不满意工单复核 (review-forward.ts, the row the v4 upgrade
 * makes too). Call inside the caller's transaction, which must include db.recordCandidates.
 */
export async function putReviewCandidate(row: Record<string, unknown>): Promise<void> {
  const old = await db.recordCandidates.get(row.key as string);
  if (old && old.status === 'drafted') return;
  await db.recordCandidates.put(row);
}

/** Sets a candidate aside (e.g. already handled elsewhere), with the reason; it stays stored. */
export function dismissCandidate(key: string, source: string, reason: string): Promise<Outcome> {
  return serial(async () => {
    const u = useRecordsSession.getState().user;
    if (!u) return refuse('请先登录');
    if (!u.roles.includes('录入')) return refuse(`${u.name} 没有「起草记录」的权限，不能处理候选`);
    if (!reason.trim()) return refuse('请写明不起草的理由');
    const old = await db.recordCandidates.get(key);
    await db.recordCandidates.put({ ...(old ?? { key, source }), status: 'dismissed', dismissedBy: u.name, dismissedAt: Date.now(), dismissReason: reason.trim() });
    return { ok: true };
  });
}

// ——— settings ———

export const IDLE_KEY = 'records.idleLockMinutes';
export const DEFAULT_IDLE_MINUTES = 10;

export async function idleMinutes(): Promise<number> {
  const row = await db.settings.get(IDLE_KEY);
  const n = Number(row?.minutes);
  return Number.isInteger(n) && n >= 1 && n <= 240 ? n : DEFAULT_IDLE_MINUTES;
}

/** Sets the idle lock (管理 only), 1 to 240 minutes. */
export function setIdleMinutes(minutes: number): Promise<Outcome> {
  return serial(async () => {
    const me = useRecordsSession.getState().user?.id;
    if (!me) return refuse('请先登录');
    const u = authorize(await loadRecordsState(), me, 'users.manage');
    if (isRefusal(u)) return u;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) return refuse('自动锁定时间应为 1 到 240 分钟');
    await db.settings.put({ key: IDLE_KEY, minutes });
    return { ok: true };
  });
}

/** Today in Beijing, for rectification deadlines and the overdue flag. */
export const today = (): string => localDay(Date.now());
