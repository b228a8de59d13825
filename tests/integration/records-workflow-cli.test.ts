/**
 * Issue 14's flow at the module that writes, with no UI: a 问责 record drafted from a buck-passing
 * signal and a 表彰 record from a published assessment, sign-off refused to the drafter and done by
 * a second user, one record corrected, the register exported, and the real `cli verify` accepting
 * the bundle with the key's fingerprint.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { canonicalJson, sha256Hex } from '@core/base/rules/versioned';
import { localToEpoch } from '@core/base/time/shanghai';
import type { AssessSnapshot, SnapshotRow } from '@core/assess/snapshot';
import type { UnitSignals } from '@core/chronic/unit-signals';
import { commendationCandidates, signalAccountabilityCandidates } from '@core/records/candidates';
import { keyFingerprint, newWebCryptoKey } from '@core/records/keys';
import type { OpResult } from '@core/records/ops-common';
import { createUser, recordKeyCreated } from '@core/records/ops-people';
import { approveReview, correctRecord, createDraft, exportRegister, signOff, submitDraft } from '@core/records/ops-records';
import { currentRecords } from '@core/records/register-view';
import { emptyRecordsState, type RecordsState } from '@core/records/workflow';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const cli = (...args: string[]): Promise<{ code: number; stdout: string }> => new Promise((done) => {
  execFile(TSX, ['cli/index.ts', ...args], { cwd: ROOT }, (err, stdout) => done({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout }));
});

function ok<X>(r: OpResult<X>): RecordsState & X {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return Object.assign(r.state, r);
}

const row = (unit: string, rank: number, score: number): SnapshotRow => ({ parts: [unit], dispatched: 120, evaluated: 100, rates: {}, score, rank, insufficient: false, ranking: '区级部门' });

describe('records workflow to a verified bundle', () => {
  it('drafts, refuses the drafter, signs off, corrects, exports and verifies', async () => {
    const cal = workCalendar(BUILTIN_CALENDAR);
    const t = (min: number) => localToEpoch(2026, 10, 9, 9) + min * 60_000;
    const key = await newWebCryptoKey();
    let s = emptyRecordsState();
    s = ok(await createUser(s, null, { id: 'admin', name: '管理员', roles: ['管理'], password: 'Qx7-duban-26' }, t(0), 1024));
    s = ok(await createUser(s, 'admin', { id: 'wang', name: '王录入', roles: ['录入', '签发'], password: 'Pv3-duban-26' }, t(1), 1024));
    s = ok(await createUser(s, 'admin', { id: 'li', name: '李审核', roles: ['审核'], password: 'Rk9-duban-26' }, t(2), 1024));
    s = ok(await createUser(s, 'admin', { id: 'zhao', name: '赵签发', roles: ['签发'], password: 'Tm5-duban-26' }, t(3), 1024));
    s = ok(recordKeyCreated(s, 'admin', key.publicKey, '浏览器版（不可导出的 WebCrypto 密钥）', t(4)));

    const signal: UnitSignals = {
      unit: '东城区城管委', dispatched: 80, received: 90, rejects: 12, rejectRate: 12 / 90, pingPongTickets: ['GD1001', 'GD1002'], acceptHoursMedian: 5, acceptSamples: 40,
      overturnedRejects: ['GD1003', 'GD1004'], closedUnresolved: [], recurredAfterClose: [], boilerplateReplies: [],
    };
    const [acc] = signalAccountabilityCandidates([signal], { cal, today: '2026-10-09' });
    const body = { title: '2026年9月考核', at: 0, by: '李审核', period: { from: 0, to: 1 }, groupBy: ['unit' as const], ruleSetId: 'default-v1', ruleSetVersion: 1, ruleSetSha256: 'r'.repeat(64), inputSha256: 'i'.repeat(64), exemptions: [], total: { ...row('', 0, 0), parts: [], rank: null, ranking: null }, rows: [row('西城区住建委', 1, 96), row('南湖区水务局', 2, 91), row('北城区交通委', 3, 80), row('东湖区园林局', 4, 72)] };
    const snapshot: AssessSnapshot = { ...body, sha256: sha256Hex(canonicalJson(body)) };
    const [com] = commendationCandidates(snapshot, 10);

    s = ok(createDraft(s, 'wang', { ...acc!.draft, docNo: '督通〔2026〕7号' }, t(10)));
    s = ok(createDraft(s, 'wang', { ...com!.draft, docNo: '督通〔2026〕8号' }, t(11)));
    for (const id of ['REC-1', 'REC-2']) {
      s = ok(submitDraft(s, 'wang', id, t(12)));
      s = ok(approveReview(s, 'li', id, '依据充分', t(13)));
    }
    // The drafter holds 签发 but may not sign off their own record.
    const refused = await signOff(s, 'wang', 'REC-1', t(14), key.signer);
    expect(refused).toEqual({ ok: false, reason: '起草人不能对自己起草的记录签发发布，须由另一位同事办理' });
    s = ok(await signOff(s, 'zhao', 'REC-1', t(15), key.signer));
    s = ok(await signOff(s, 'zhao', 'REC-2', t(16), key.signer));
    s = ok(await correctRecord(s, 'zhao', 1, { docNo: '督通〔2026〕9号' }, '文号有误', t(20), key.signer));
    expect(currentRecords(s.register).map((r) => [r.seq, r.body.kind, r.body.docNo, r.corrections])).toEqual([[1, '问责', '督通〔2026〕9号', [3]], [2, '表彰', '督通〔2026〕8号', []]]);

    const out = ok(await exportRegister(s, 'zhao', t(30), key.signer));
    expect(out.audit.map((e) => e.action)).toEqual(['user-create', 'user-create', 'user-create', 'user-create', 'key-create', 'publish', 'publish', 'correct', 'export']);
    const file = join(mkdtempSync(join(tmpdir(), 'duban-records-')), 'register.json');
    writeFileSync(file, out.text);
    const fp = keyFingerprint(key.publicKey);
    const v = await cli('verify', file, '--key', fp);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(`size: 3\nhead: ${out.bundle.checkpoint.head}\nfingerprint: ${fp}\n`);
  });
});
