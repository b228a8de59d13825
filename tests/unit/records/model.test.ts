import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { draftProblems, MEASURES, rectification, subjectLabel, type RecordDraft } from '@core/records/model';
import { accountabilityDraft } from './helpers';

const cal = workCalendar(BUILTIN_CALENDAR);

describe('record drafts', () => {
  it('lists the measures of each kind', () => {
    expect(MEASURES.表彰).toEqual(['通报表扬', '授予先进集体']);
    expect(MEASURES.问责).toEqual(['通报批评', '约谈', '诫勉谈话', '责令整改']);
  });

  it('counts the rectification deadline in working days over the National Day holiday', () => {
    // From 2026-09-28 (Mon): 29, 30 Sep; 1–7 Oct off; 8, 9 Oct; 10 Oct (调休 Saturday); 12–16 Oct.
    expect(rectification(cal, 'x', '2026-09-28', 10).deadline).toBe('2026-10-16');
    expect(rectification(cal, 'x', '2026-03-16', 5).deadline).toBe('2026-03-23');
  });

  it('accepts a complete draft and names what is missing otherwise', () => {
    expect(draftProblems(accountabilityDraft())).toEqual([]);
    expect(draftProblems(accountabilityDraft({ measure: '通报表扬' }))).toEqual(['请选择问责措施：通报批评、约谈、诫勉谈话、责令整改']);
    expect(draftProblems(accountabilityDraft({ rectification: null }))).toEqual(['问责记录必须写明整改要求']);
    expect(draftProblems(accountabilityDraft({ reason: ' ', basis: null }))).toEqual(['请填写事由', '请选择依据：考核结果、疑难件、推诿或敷衍办结信号、移交问责的复核']);
    expect(draftProblems(accountabilityDraft({ evidence: { tickets: [], cases: [], campaignTasks: [] } }))).toEqual(['请至少关联一件工单、疑难件或专项任务作为证据']);
    expect(draftProblems(accountabilityDraft({ subject: { type: 'staff', name: '刘某', unit: '' } }))).toEqual(['请填写对象人员所在单位']);
  });

  it('requires the 文号 at sign-off, in 〔〕 form', () => {
    expect(draftProblems(accountabilityDraft({ docNo: '' }))).toEqual([]);
    expect(draftProblems(accountabilityDraft({ docNo: '' }), true)).toEqual(['签发前请填写文号，如 督通〔2026〕3号']);
    expect(draftProblems(accountabilityDraft({ docNo: '督通[2026]3号' }))[0]).toMatch(/文号「督通\[2026\]3号」格式不对/);
  });

  it('refuses citizen phone and ID numbers in published fields', () => {
    const p = draftProblems(accountabilityDraft({ reason: '来电人电话 13912345678，多次催办' }));
    expect(p).toEqual(['「事由」含有疑似电话号码或身份证号：记录将公开发布，不得含有群众个人信息，请删去']);
    // Ticket ids in the evidence are not personal data.
    expect(draftProblems(accountabilityDraft({ evidence: { tickets: ['202609281234567'], cases: [], campaignTasks: [] } }))).toEqual([]);
  });

  it('a 表彰 needs no rectification and may rest on an assessment alone', () => {
    const d: RecordDraft = {
      kind: '表彰', measure: '通报表扬', subject: { type: 'staff', name: '陈明', unit: '西城区住建委' }, reason: '办理群众诉求认真负责',
      basis: { type: 'assessment', ruleSetId: 'default-v1', version: 1, snapshotHash: 'a'.repeat(64), snapshotTitle: '2026年9月考核', ranking: '区级部门', rank: 1, score: 96.5 },
      evidence: { tickets: [], cases: [], campaignTasks: [] }, rectification: null, docNo: '',
    };
    expect(draftProblems(d)).toEqual([]);
    expect(subjectLabel(d.subject)).toBe('西城区住建委 陈明');
  });
});
