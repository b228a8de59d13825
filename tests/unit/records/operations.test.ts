/** The role rules at the module that writes: operations called directly, no UI. */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { localToEpoch } from '@core/base/time/shanghai';
import { verifyAudit } from '@core/records/audit';
import { verifyBundle } from '@core/records/verify';
import { keyFingerprint } from '@core/records/keys';
import { currentRecord } from '@core/records/register-view';
import { approveReview, correctRecord, createDraft, editDraft, exportRegister, retractRecord, returnDraft, signOff, submitDraft } from '@core/records/ops-records';
import { addRectificationReport, changePassword, createUser, decideAppeal, exportAudit, recordAppeal, recordKeyCreated, setActive, setRoles, signIn, unmask } from '@core/records/ops-people';
import type { OpResult } from '@core/records/ops-common';
import { emptyRecordsState, overdueRectifications, rectificationStanding, type RecordsState } from '@core/records/workflow';
import { accountabilityDraft, signer } from './helpers';

const cal = workCalendar(BUILTIN_CALENDAR);
const N = 2 ** 10; // scrypt cost for tests
const PW = 'Duban-2026!';
const t0 = localToEpoch(2026, 9, 28, 9);
const at = (min: number): number => t0 + min * 60_000;

function ok<X>(r: OpResult<X>): RecordsState & { r: X } {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return Object.assign(r.state, { r: r as unknown as X });
}
function refused<X>(r: OpResult<X>): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

/** An office with an admin, a drafter, a reviewer, a signer and a big-screen account. */
async function office(): Promise<RecordsState> {
  let s = emptyRecordsState();
  s = ok(await createUser(s, null, { id: 'admin', name: '管理员', roles: ['管理'], password: PW }, at(0), N));
  s = ok(await createUser(s, 'admin', { id: 'wang', name: '王录入', roles: ['录入'], password: PW }, at(1), N));
  s = ok(await createUser(s, 'admin', { id: 'li', name: '李审核', roles: ['审核'], password: PW }, at(2), N));
  s = ok(await createUser(s, 'admin', { id: 'zhao', name: '赵签发', roles: ['签发'], password: PW }, at(3), N));
  s = ok(await createUser(s, 'admin', { id: 'both', name: '钱全能', roles: ['录入', '审核', '签发'], password: PW }, at(4), N));
  s = ok(await createUser(s, 'admin', { id: 'screen', name: '大屏', roles: ['大屏只读'], password: PW }, at(5), N));
  return s;
}

let base: RecordsState;
beforeAll(async () => { base = await office(); });

describe('record workflow operations', () => {
  it('drafts, reviews and signs off with two people; the drafter is refused at every gate', async () => {
    let s = ok(createDraft(base, 'wang', accountabilityDraft(), at(10)));
    const id = s.items[0]!.id;
    expect(s.items[0]).toMatchObject({ id: 'REC-1', state: '起草', drafter: { id: 'wang', name: '王录入' } });
    expect(refused(createDraft(base, 'li', accountabilityDraft(), at(10)))).toMatch(/没有「起草记录」的权限/);
    expect(refused(submitDraft(s, 'both', id, at(11)))).toBe('只有起草人可以提交审核');
    s = ok(submitDraft(s, 'wang', id, at(11)));
    expect(s.items[0]!.state).toBe('审核');
    expect(refused(editDraft(s, 'wang', id, accountabilityDraft(), at(12)))).toMatch(/当前处于「审核」状态/);

    // A drafter who also holds 审核 and 签发 still cannot pass their own record.
    let own = ok(createDraft(s, 'both', accountabilityDraft(), at(12)));
    own = ok(submitDraft(own, 'both', 'REC-2', at(12)));
    expect(refused(approveReview(own, 'both', 'REC-2', '', at(13)))).toMatch(/起草人不能对自己起草的记录审核通过/);

    s = ok(approveReview(s, 'li', id, '依据充分', at(13)));
    expect(s.items[0]).toMatchObject({ state: '签发', reviewer: { id: 'li' } });
    expect(refused(await signOff(s, 'wang', id, at(14), signer))).toMatch(/没有「签发发布」的权限/);
    expect(refused(await signOff(s, 'li', id, at(14), signer))).toMatch(/没有「签发发布」的权限/);
    expect(refused(await signOff(s, 'screen', id, at(14), signer))).toMatch(/没有「签发发布」的权限/);
    expect(refused(await signOff(s, 'nobody', id, at(14), signer))).toBe('请先登录：找不到当前用户');
    expect(s.register).toHaveLength(0);

    s = ok(await signOff(s, 'zhao', id, at(15), signer));
    expect(s.items[0]).toMatchObject({ state: '已发布', seq: 1, approver: { id: 'zhao' } });
    expect(s.register[0]!.body).toMatchObject({ kind: '问责', subject: '东城区城管委', drafter: '王录入', reviewer: '李审核', approver: '赵签发', docNo: '督通〔2026〕3号' });
    expect(s.register[0]!.at).toBe('2026-09-28T09:15:00+08:00');
    expect(s.audit.at(-1)).toMatchObject({ action: 'publish', actorName: '赵签发', target: '第 1 条' });
    expect(refused(await signOff(s, 'zhao', id, at(16), signer))).toMatch(/当前处于「已发布」状态/);
  });

  it('returns a draft with a reason, and refuses one without', async () => {
    let s = ok(createDraft(base, 'wang', accountabilityDraft(), at(10)));
    s = ok(submitDraft(s, 'wang', 'REC-1', at(11)));
    expect(refused(returnDraft(s, 'li', 'REC-1', ' ', at(12)))).toBe('请写明退回理由，方便起草人修改');
    expect(refused(returnDraft(s, 'zhao', 'REC-1', '证据不足', at(12)))).toBe('待审核的记录只能由「审核」角色退回');
    s = ok(returnDraft(s, 'li', 'REC-1', '证据不足', at(12)));
    expect(s.items[0]).toMatchObject({ state: '起草', returned: '证据不足' });
    s = ok(editDraft(s, 'wang', 'REC-1', accountabilityDraft({ evidence: { tickets: ['GD0001', 'GD0002', 'GD0003'], cases: [], campaignTasks: [] } }), at(13)));
    s = ok(submitDraft(s, 'wang', 'REC-1', at(14)));
    expect(s.items[0]!.returned).toBeNull();
    expect(s.items[0]!.history.map((h) => h.action)).toEqual(['create', 'submit', 'return', 'edit', 'submit']);
  });

  it('refuses to submit or sign off incomplete drafts', async () => {
    let s = ok(createDraft(base, 'wang', accountabilityDraft({ rectification: null, docNo: '' }), at(10)));
    expect(refused(submitDraft(s, 'wang', 'REC-1', at(11)))).toBe('草稿还不能提交：问责记录必须写明整改要求');
    s = ok(editDraft(s, 'wang', 'REC-1', accountabilityDraft({ docNo: '' }), at(11)));
    s = ok(submitDraft(s, 'wang', 'REC-1', at(12)));
    s = ok(approveReview(s, 'li', 'REC-1', '', at(13)));
    expect(refused(await signOff(s, 'zhao', 'REC-1', at(14), signer))).toBe('还不能签发：签发前请填写文号，如 督通〔2026〕3号');
  });
});

async function published(): Promise<RecordsState> {
  let s = ok(createDraft(base, 'wang', accountabilityDraft(), at(10)));
  s = ok(submitDraft(s, 'wang', 'REC-1', at(11)));
  s = ok(approveReview(s, 'li', 'REC-1', '', at(12)));
  return ok(await signOff(s, 'zhao', 'REC-1', at(13), signer));
}

describe('after publication', () => {
  it('corrects and retracts with new entries, never editing the published one', async () => {
    let s = await published();
    const first = JSON.stringify(s.register[0]);
    expect(refused(await correctRecord(s, 'wang', 1, { docNo: '督通〔2026〕4号' }, '文号写错', at(20), signer))).toMatch(/没有「发布更正」的权限/);
    expect(refused(await correctRecord(s, 'zhao', 1, {}, '文号写错', at(20), signer))).toBe('更正至少要改动一项内容');
    expect(refused(await correctRecord(s, 'zhao', 1, { kind: '表彰' } as never, '改类别', at(20), signer))).toMatch(/「kind」不能更正/);
    expect(refused(await correctRecord(s, 'zhao', 2, { docNo: '督通〔2026〕4号' }, 'x', at(20), signer))).toBe('登记册中没有第 2 条表彰问责记录');
    s = ok(await correctRecord(s, 'zhao', 1, { docNo: '督通〔2026〕4号' }, '文号写错', at(20), signer));
    expect(s.register[1]).toMatchObject({ seq: 2, type: 'correction', body: { amends: 1, changes: { docNo: '督通〔2026〕4号' }, by: '赵签发' } });
    expect(JSON.stringify(s.register[0])).toBe(first);
    expect(currentRecord(s.register, 1)!.body.docNo).toBe('督通〔2026〕4号');
    s = ok(await retractRecord(s, 'zhao', 1, '经复核撤销', at(21), signer));
    expect(currentRecord(s.register, 1)!.retractedBy).toBe(3);
    expect(refused(await retractRecord(s, 'zhao', 1, '再撤一次', at(22), signer))).toBe('第 1 条记录已由第 3 条撤销，不能再撤销');
    expect(s.audit.slice(-2).map((e) => e.action)).toEqual(['correct', 'retract']);
    const out = ok(await exportRegister(s, 'zhao', at(23), signer));
    expect(await verifyBundle(out.r.text, { key: keyFingerprint(signer.publicKey) })).toMatchObject({ ok: true, size: 3 });
  });

  it('records and decides appeals against a published seq', async () => {
    let s = await published();
    expect(refused(recordAppeal(s, 'screen', 1, '东城区城管委', '情况不属实', at(20)))).toMatch(/没有「登记申诉」的权限/);
    expect(refused(recordAppeal(s, 'wang', 9, '东城区城管委', '情况不属实', at(20)))).toMatch(/没有第 9 条/);
    s = ok(recordAppeal(s, 'wang', 1, '东城区城管委', '部分工单已办结', at(20)));
    expect(s.appeals[0]).toMatchObject({ id: 'APL-1', seq: 1, state: '待处理' });
    expect(refused(decideAppeal(s, 'wang', 'APL-1', '维持原决定', '理由不成立', null, at(21)))).toMatch(/没有「处理申诉」的权限/);
    expect(refused(decideAppeal(s, 'li', 'APL-1', '已撤销', '撤销', null, at(21)))).toBe('请先对第 1 条发布撤销，再选择它作为处理结果');
    s = ok(await retractRecord(s, 'zhao', 1, '申诉成立', at(22), signer));
    s = ok(decideAppeal(s, 'li', 'APL-1', '已撤销', '申诉成立，撤销通报', 2, at(23)));
    expect(s.appeals[0]).toMatchObject({ state: '已撤销', entrySeq: 2, decidedBy: { id: 'li' } });
    expect(refused(decideAppeal(s, 'li', 'APL-1', '维持原决定', 'x', null, at(24)))).toBe('该申诉已处理（已撤销）');
  });

  it('follows the rectification and flags it overdue by the working-day calendar', async () => {
    let s = await published(); // deadline 2026-10-16
    const standing = (today: string) => rectificationStanding(cal, s.register, s.reports, 1, today);
    expect(standing('2026-10-09')).toMatchObject({ deadline: '2026-10-16', standing: 'open', workingDaysLeft: 6 });
    expect(standing('2026-10-16')).toMatchObject({ standing: 'open', workingDaysLeft: 0 });
    expect(standing('2026-10-19')).toMatchObject({ standing: 'overdue', workingDaysLeft: -1 });
    expect(overdueRectifications(cal, s, '2026-10-19').map((x) => x.seq)).toEqual([1]);
    expect(refused(addRectificationReport(s, 'zhao', 1, '已整改', [], true, at(30)))).toMatch(/没有「登记整改反馈」的权限/);
    s = ok(addRectificationReport(s, 'wang', 1, '已约谈责任科室，完成 2 件工单重办', ['GD0001'], false, localToEpoch(2026, 10, 12, 10)));
    expect(standing('2026-10-19')).toMatchObject({ standing: 'overdue', reports: 1 });
    s = ok(addRectificationReport(s, 'wang', 1, '整改完成，报告已提交', [], true, localToEpoch(2026, 10, 20, 10)));
    expect(standing('2026-10-21')).toMatchObject({ standing: 'late', completedOn: '2026-10-20', workingDaysLeft: null });
    expect(overdueRectifications(cal, s, '2026-10-21')).toEqual([]);
  });
});

describe('users, roles and sensitive actions', () => {
  it('signs in by password without telling which part was wrong', async () => {
    expect(await signIn(base, 'wang', PW)).toMatchObject({ ok: true, actor: { id: 'wang', roles: ['录入'] } });
    expect(await signIn(base, 'wang', 'wrong-pass')).toEqual({ ok: false, reason: '登录名或密码不正确' });
    expect(await signIn(base, 'ghost', PW)).toEqual({ ok: false, reason: '登录名或密码不正确' });
    const off = ok(setActive(base, 'admin', 'wang', false, at(9)));
    expect(await signIn(off, 'wang', PW)).toEqual({ ok: false, reason: '该账号已停用，请联系管理员' });
    expect(refused(createDraft(off, 'wang', accountabilityDraft(), at(10)))).toBe('该账号已停用，请联系管理员');
  });

  it('lets only 管理 change roles, keeps one 管理, and audits it', async () => {
    expect(refused(setRoles(base, 'zhao', 'wang', ['签发'], at(9)))).toMatch(/没有「管理用户和角色」的权限/);
    expect(refused(setRoles(base, 'admin', 'admin', ['录入'], at(9)))).toBe('至少要保留一位可用的「管理」用户');
    expect(refused(setActive(base, 'admin', 'admin', false, at(9)))).toBe('至少要保留一位可用的「管理」用户');
    expect(refused(setRoles(base, 'admin', 'wang', ['主任' as never], at(9)))).toMatch(/角色「主任」不存在/);
    const s = ok(setRoles(base, 'admin', 'wang', ['录入', '审核'], at(9)));
    expect(s.audit.at(-1)).toMatchObject({ action: 'role-change', actorName: '管理员', target: '王录入（wang）', detail: '录入 → 录入、审核' });
    // The stored roles count, not what a caller claims: wang can now review.
    let t = ok(createDraft(s, 'both', accountabilityDraft(), at(10)));
    t = ok(submitDraft(t, 'both', 'REC-1', at(11)));
    expect(ok(approveReview(t, 'wang', 'REC-1', '', at(12))).items[0]!.state).toBe('签发');
  });

  it('creates the first user as 管理 only, and unique names', async () => {
    expect(refused(await createUser(emptyRecordsState(), null, { id: 'x', name: '某人', roles: ['录入'], password: PW }, 0, N))).toMatch(/第一个用户必须具有「管理」角色/);
    expect(refused(await createUser(base, 'wang', { id: 'x', name: '某人', roles: ['录入'], password: PW }, at(9), N))).toMatch(/没有「管理用户和角色」的权限/);
    expect(refused(await createUser(base, 'admin', { id: 'x', name: '王录入', roles: ['录入'], password: PW }, at(9), N))).toMatch(/已有名为「王录入」的用户/);
    expect(refused(await createUser(base, 'admin', { id: 'wang', name: '某人', roles: ['录入'], password: PW }, at(9), N))).toBe('登录名「wang」已被使用');
    expect(refused(await createUser(base, 'admin', { id: 'x', name: '某人', roles: ['录入'], password: 'short' }, at(9), N))).toMatch(/密码至少 8 个字符/);
  });

  it("changes passwords: one's own with the current one, others only as 管理", async () => {
    expect(refused(await changePassword(base, 'wang', 'wang', 'nope', 'New-pass-1', at(9), N))).toBe('当前密码不正确');
    const s = ok(await changePassword(base, 'wang', 'wang', PW, 'New-pass-1', at(9), N));
    expect((await signIn(s, 'wang', 'New-pass-1')).ok).toBe(true);
    expect(refused(await changePassword(base, 'li', 'wang', null, 'New-pass-1', at(9), N))).toMatch(/没有「管理用户和角色」的权限/);
    expect(ok(await changePassword(base, 'admin', 'wang', null, 'New-pass-2', at(9), N)).audit.at(-1)).toMatchObject({ action: 'password-change' });
  });

  it('unmask, export and key creation need their roles and are audited', async () => {
    expect(refused(unmask(base, 'wang', '工单 GD0001 来电人电话', '核实', at(9)))).toMatch(/没有「查看未脱敏的个人信息」的权限/);
    expect(refused(unmask(base, 'screen', '工单 GD0001', '核实', at(9)))).toMatch(/没有/);
    const s = ok(unmask(base, 'li', '工单 GD0001 来电人电话', '回访核实', at(9)));
    expect(s.audit.at(-1)).toMatchObject({ action: 'unmask', actorId: 'li', target: '工单 GD0001 来电人电话', detail: '回访核实' });
    expect(refused(await exportRegister(base, 'li', at(9), signer))).toMatch(/没有「导出登记册」的权限/);
    expect(refused(recordKeyCreated(base, 'zhao', signer.publicKey, '桌面版', at(9)))).toMatch(/没有「创建签名密钥」的权限/);
    const k = ok(recordKeyCreated(base, 'admin', signer.publicKey, '桌面版（口令加密）', at(9)));
    expect(k.audit.at(-1)).toMatchObject({ action: 'key-create', target: keyFingerprint(signer.publicKey) });
    expect(refused(exportAudit(base, 'zhao', at(9)))).toMatch(/没有「导出审计日志」的权限/);
    const a = ok(exportAudit(k, 'admin', at(10)));
    expect(a.r.csv.split('\r\n')[0]).toBe('序号,时间,操作人,操作,对象,说明,前一哈希,哈希');
    expect(a.r.csv).toContain('创建签名密钥');
    expect(verifyAudit(a.audit)).toBeNull();
  });
});
