import { describe, expect, it } from 'vitest';
import { needsReview, validateReview } from '@core/cases/review';

describe('unsatisfied review', () => {
  it('queues 不满意 and 未解决 tickets only', () => {
    expect(needsReview({ satisfaction: '不满意', resolved: '已解决' })).toBe('不满意');
    expect(needsReview({ satisfaction: '满意', resolved: '未解决' })).toBe('未解决');
    expect(needsReview({ satisfaction: '基本满意', resolved: '' })).toBeNull();
  });
  it('requires decision, reviewer and reason, and consistent actions', () => {
    expect(validateReview({ decision: null, actions: [], reviewer: '', reason: '' })).toHaveLength(3);
    expect(validateReview({ decision: '属实', actions: ['核减申请'], reviewer: '王', reason: '经核实' })).toEqual(['结论为属实的工单不能申请核减']);
    expect(validateReview({ decision: '不属实', actions: ['重办'], reviewer: '王', reason: '经核实' })).toEqual(['结论为不属实的工单不能重办']);
    expect(validateReview({ decision: '部分属实', actions: ['重办', '核减申请'], reviewer: '王', reason: '部分诉求超出职责' })).toEqual([]);
    expect(validateReview({ decision: '属实', actions: ['转为疑难件', '移交问责'], reviewer: '王', reason: '多次推诿' })).toEqual([]);
  });
});
