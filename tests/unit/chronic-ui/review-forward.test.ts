import { describe, expect, it } from 'vitest';
import { requestExemption, type Exemption } from '@core/assess/exemptions';
import type { ReviewItem } from '@core/cases/review';
import { ACCOUNTABILITY_MOVED, planReview, type CaseRef } from '@renderer/features/chronic/review-forward';

const NOW = Date.UTC(2026, 10, 20, 2, 0, 0);
const TICKET = { ticket: 'GD202611200001', unit: '滨江街道办事处' };

function review(p: Partial<ReviewItem>): ReviewItem {
  return { ticket: TICKET.ticket, trigger: '不满意', decision: '不属实', actions: [], reviewer: '李复核', reason: '来电人诉求已按政策答复', decidedAt: NOW, caseId: null, ...p };
}

describe('planReview: what a 复核 decision sends on', () => {
  it('核减申请 becomes a pending 核减 request carrying ticket, unit of the ticket, reviewer and reason', () => {
    const plan = planReview(review({ actions: ['核减申请'] }), TICKET, [], [], NOW);
    expect(plan.newExemption).toMatchObject({
      ticket: TICKET.ticket, unit: '滨江街道办事处', reason: '来电人诉求已按政策答复', status: 'pending', requestedBy: '李复核', requestedAt: NOW,
    });
    expect(plan.newExemption!.steps).toEqual([{ at: NOW, by: '李复核', action: 'request', note: '来电人诉求已按政策答复' }]);
    expect(plan.review.unit).toBe('滨江街道办事处');
    expect(plan.notes.join()).toContain('核减');
  });

  it('joins an open 核减 request of the same ticket instead of refusing or duplicating it', () => {
    const open: Exemption = { ...requestExemption([], { ticket: TICKET.ticket, unit: TICKET.unit, reason: '重复来电已合并', by: TICKET.unit }, NOW - 1000), id: 7 };
    const plan = planReview(review({ actions: ['核减申请'] }), TICKET, [open], [], NOW);
    expect(plan.newExemption).toBeNull();
    expect(plan.review.exemptionId).toBe(7);
    expect(plan.notes.join()).toContain('已有待审核的核减申请');
  });

  it('a rejected earlier request does not block a new one', () => {
    const rejected: Exemption = { ...requestExemption([], { ticket: TICKET.ticket, unit: TICKET.unit, reason: '重复来电已合并', by: TICKET.unit }, NOW - 1000), id: 3, status: 'rejected' };
    expect(planReview(review({ actions: ['核减申请'] }), TICKET, [rejected], [], NOW).newExemption?.status).toBe('pending');
  });

  it('refuses (nothing to save) a 属实 review asking for 核减, a short reason, or a ticket without unit', () => {
    expect(() => planReview(review({ decision: '属实', actions: ['核减申请'] }), TICKET, [], [], NOW)).toThrow('结论为属实的工单不能申请核减');
    expect(() => planReview(review({ actions: ['核减申请'], reason: '重复' }), TICKET, [], [], NOW)).toThrow('至少 4 个字');
    expect(() => planReview(review({ actions: ['核减申请'] }), { ticket: TICKET.ticket, unit: ' ' }, [], [], NOW)).toThrow('没有承办单位');
  });

  it('转为疑难件 links an open case holding the ticket, else asks for 立案; closed cases do not count', () => {
    const cases: CaseRef[] = [
      { id: 'YN20261101001', status: '销号', tickets: [TICKET.ticket], openedAt: NOW - 9e8 },
      { id: 'YN20261105002', status: '整改', tickets: ['X1', TICKET.ticket], openedAt: NOW - 5e8 },
    ];
    const linked = planReview(review({ decision: '属实', actions: ['转为疑难件'] }), TICKET, [], cases, NOW);
    expect(linked.linkedCaseId).toBe('YN20261105002');
    expect(linked.review.caseId).toBe('YN20261105002');
    expect(linked.needsCase).toBe(false);
    const fresh = planReview(review({ decision: '属实', actions: ['转为疑难件'] }), TICKET, [], cases.slice(0, 1), NOW);
    expect(fresh.needsCase).toBe(true);
    expect(fresh.review.caseId).toBeNull();
  });

  it('移交问责 becomes a 表彰问责 candidate naming the ticket; the review says where it went', () => {
    const plan = planReview(review({ decision: '部分属实', actions: ['移交问责', '核减申请'] }), TICKET, [], [], NOW);
    expect(plan.review.accountability).toEqual({ status: ACCOUNTABILITY_MOVED, at: NOW, by: '李复核', unit: '滨江街道办事处', reason: '来电人诉求已按政策答复', movedAt: NOW, candidate: `review:${TICKET.ticket}` });
    expect(ACCOUNTABILITY_MOVED).toBe('已移交表彰问责');
    expect(plan.newCandidate).toMatchObject({ key: `review:${TICKET.ticket}`, source: 'review', status: 'open', ticket: TICKET.ticket, unit: '滨江街道办事处', reason: '来电人诉求已按政策答复', itemId: null });
    expect((plan.newCandidate!.review as { decision: string }).decision).toBe('部分属实');
    expect(plan.newExemption).not.toBeNull();
    const none = planReview(review({ actions: [] }), TICKET, [], [], NOW);
    expect(none.review.accountability).toBeNull();
    expect(none.newCandidate).toBeNull();
  });
});
