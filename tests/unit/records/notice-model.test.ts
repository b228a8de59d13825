import { describe, expect, it } from 'vitest';
import { buildNotice, bundleFingerprint, chineseDate, itemOrdinal, liveRecords, type NoticeContent, type NoticeMeta } from '@core/records/notice-model';
import { fingerprintOf, noticeFixtureDrafts, recordBody, signBundle, testKey } from '../../helpers/register-bundle';

const META: NoticeMeta = { issuer: '某市12345热线办公室', docNo: '热督〔2026〕12号', recipients: '各区人民政府，市政府各委办局' };
const bundle = signBundle(noticeFixtureDrafts());

/** Every text of a notice, joined: what a reader of the document could see. */
function allText(n: NoticeContent): string {
  return JSON.stringify(n);
}

describe('liveRecords', () => {
  it('applies corrections field by field and leaves retracted records out', () => {
    const { records, problems } = liveRecords(bundle.entries);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.seq)).toEqual([1, 3, 4]);
    const r3 = records.find((r) => r.seq === 3)!;
    expect(r3.corrections).toEqual([6]);
    expect(r3.fields.measure).toBe('责令整改');
    expect(r3.fields.rectification).toEqual({ requirement: '逐件回访并重新办理，建立首接负责制', deadline: '2026-11-17', workingDays: 10 });
    // fields the correction does not name stay as published, and its own sign-off is not copied over
    expect(r3.fields.subject).toBe('西城区住房和城乡建设局');
    expect(r3.fields.reason).toMatch(/^市民李建国反映/);
    expect(r3.fields.drafter).toBe('王录入');
  });

  it('lays the changes of each correction over the record, in seq order (register-view.ts)', () => {
    const b = signBundle([
      { type: 'record', at: '2026-11-02T09:00:00+08:00', body: recordBody() },
      { type: 'correction', at: '2026-11-03T09:00:00+08:00', body: { amends: 1, reason: '措施有误', by: '赵签发', changes: { measure: '授予先进集体' } } },
      { type: 'correction', at: '2026-11-04T09:00:00+08:00', body: { amends: 1, reason: '名称有误', by: '赵签发', changes: { subject: '东城区和平街道' } } },
    ]);
    const [r] = liveRecords(b.entries).records;
    expect(r).toMatchObject({ seq: 1, corrections: [2, 3], at: '2026-11-04T09:00:00+08:00' });
    expect(r!.fields).toMatchObject({ measure: '授予先进集体', subject: '东城区和平街道' });
  });

  it('leaves out, and reports, what is not a record body instead of guessing', () => {
    const b = signBundle([
      { type: 'record', at: '2026-11-02T09:00:00+08:00', body: recordBody() },
      { type: 'correction', at: '2026-11-02T11:00:00+08:00', body: { amends: 1, reason: '改', by: '赵签发', changes: { reason: 7 } } },
      { type: 'record', at: '2026-11-02T13:00:00+08:00', body: { kind: '问责' } },
      { type: 'record', at: '2026-11-02T14:00:00+08:00', body: recordBody({ basis: { type: 'other' } }) },
    ]);
    const { records, problems } = liveRecords(b.entries);
    expect(records).toEqual([]);
    expect(problems).toEqual([
      '第 1 条更正后记录缺少措施、对象或事由，未列入通报',
      '第 3 条记录缺少措施、对象或事由，未列入通报',
      '第 4 条记录的依据格式不对，未列入通报',
    ]);
  });
});

describe('buildNotice', () => {
  const internal = buildNotice(bundle, META, 'internal');
  const pub = buildNotice(bundle, META, 'public');

  it('lists the live records of its 文号 in a 表彰 and a 问责 section', () => {
    expect(pub.sections.map((s) => [s.heading, s.items.map((i) => i.seq)])).toEqual([['一、表彰情况', [1]], ['二、问责情况', [3, 4]]]);
    expect(pub.sections[0]!.items[0]).toMatchObject({ subject: '东城区和平街道办事处', measure: '通报表扬', rectification: null });
    expect(pub.sections[1]!.items[0]).toMatchObject({
      subject: '西城区住房和城乡建设局', measure: '责令整改', corrections: [6],
      rectification: { requirement: '逐件回访并重新办理，建立首接负责制', deadline: '2026年11月17日', workingDays: 10 },
    });
    expect(pub).toMatchObject({ mark: '某市12345热线办公室文件', docNo: '热督〔2026〕12号', title: '关于诉求办理表彰和问责情况的通报', signature: '某市12345热线办公室', date: '2026年11月5日' });
  });

  it('prints the register size, head hash and key fingerprint at the foot', () => {
    expect(pub.foot).toEqual({ size: 6, head: bundle.checkpoint.head, fingerprint: fingerprintOf(bundle.publicKey) });
    expect(pub.foot.head).toMatch(/^[0-9a-f]{64}$/);
    expect(pub.foot.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(internal.foot).toEqual(pub.foot);
    // another key, another fingerprint
    expect(buildNotice(signBundle(noticeFixtureDrafts(), testKey('other')), META, 'public').foot.fingerprint).not.toBe(pub.foot.fingerprint);
  });

  it('public: no phone, landline, ID number or citizen name planted in a reason survives', () => {
    const text = allText(pub);
    for (const leak of ['13812345678', '88886666', '110101199003071234', '110101900307123', '李建国', '张先生', '138****']) expect(text).not.toContain(leak);
    expect(text).not.toMatch(/1[3-9]\d{9}|\d{17}[\dXx]|\d{15}|0\d{2,3}-\d{7,8}/);
    expect(pub.sections[1]!.items[0]!.reason).toBe(
      '市民某某反映的漏水诉求被推诿 3 次，某先生来电（号码已隐去）、座机（号码已隐去）反映无人处理，身份证号（身份证号已隐去）、旧号（号码已隐去）。',
    );
  });

  it('public leaves out evidence and sign-off names; internal keeps them, masked as section 7', () => {
    expect(pub.sections.flatMap((s) => s.items).every((i) => i.evidence === null && i.signoff === null)).toBe(true);
    const i3 = internal.sections[1]!.items[0]!;
    expect(i3.evidence).toBe('工单 GD20261003007、GD20261003011；疑难件 YN-2026-031');
    expect(i3.signoff).toEqual({ drafter: '王录入', approver: '赵签发' });
    expect(i3.reason).toContain('市民李*国反映');
    expect(i3.reason).toContain('138****5678');
    expect(i3.reason).toContain('11*************234');
    expect(i3.reason).not.toContain('13812345678');
  });

  it('public redacts the office-written metadata too', () => {
    const n = buildNotice(bundle, { ...META, intro: ['市民张三来电13900001111反映后，我办开展了核查。'] }, 'public');
    expect(n.intro).toEqual(['市民某某来电（号码已隐去）反映后，我办开展了核查。']);
  });

  it('covers the seqs it is given, and says which of them are not live records', () => {
    const n = buildNotice(bundle, { ...META, seqs: [4, 2, 5] }, 'public');
    expect(n.sections.map((s) => s.items.map((i) => i.seq))).toEqual([[4]]);
    expect(n.title).toBe('关于诉求办理问责情况的通报');
    expect(n.problems).toEqual([
      '通报要列出的第 2 条不是登记簿中的有效记录（不存在、不是记录或已撤销），未列入',
      '通报要列出的第 5 条不是登记簿中的有效记录（不存在、不是记录或已撤销），未列入',
    ]);
  });

  it('lists nothing of another 文号', () => {
    expect(buildNotice(bundle, { ...META, docNo: '热督〔2026〕13号' }, 'public').sections).toEqual([]);
  });

  it('uses the metadata it is given', () => {
    const n = buildNotice(bundle, { ...META, mark: '某市热线办文件', title: '关于十月诉求办理情况的通报', signature: '某市热线办', date: '2026-11-20', attachments: ['问责记录明细'], closing: ['特此通报。'] }, 'public');
    expect(n).toMatchObject({ mark: '某市热线办文件', title: '关于十月诉求办理情况的通报', signature: '某市热线办', date: '2026年11月20日', attachments: ['问责记录明细'], closing: ['特此通报。'] });
  });
});

describe('helpers', () => {
  it('bundleFingerprint is keys.ts keyFingerprint of the decoded key, and refuses a key that is not 32 bytes of base64', () => {
    expect(bundleFingerprint(bundle.publicKey)).toBe(fingerprintOf(bundle.publicKey));
    expect(() => bundleFingerprint('AAAA')).toThrow(/32 字节/);
    expect(() => bundleFingerprint('not base64!')).toThrow(/32 字节/);
  });

  it('writes dates and item numbers as a 公文 does', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(chineseDate('2026-11-03T23:30:00+08:00')).toBe('2026年11月3日');
    expect([0, 9, 10, 19, 20, 34].map(itemOrdinal)).toEqual(['（一）', '（十）', '（十一）', '（二十）', '（二十一）', '（三十五）']);
  });
});
