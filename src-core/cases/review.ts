/** 不满意工单复核: the review queue of tickets rated 不满意 or 未解决. */
export const REVIEW_DECISIONS = ['属实', '不属实', '部分属实'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_ACTIONS = ['重办', '核减申请', '转为疑难件', '移交问责'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** One review (stored in the `reviews` table keyed by ticket). */
export type ReviewItem = {
  ticket: string;
  /** Why it is in the queue: the rating it got. */
  trigger: '不满意' | '未解决';
  decision: ReviewDecision | null;
  actions: ReviewAction[];
  reviewer: string;
  reason: string;
  decidedAt: number | null;
  /** Case id when the review turned the ticket into a case. */
  caseId: string | null;
};

/**
 * Checks a review decision; returns Chinese problems (empty when valid). 核减 is asked for only
 * when the complaint is not (fully) founded; 重办 and 移交问责 need it founded at least in part.
 */
export function validateReview(r: Pick<ReviewItem, 'decision' | 'actions' | 'reviewer' | 'reason'>): string[] {
  const out: string[] = [];
  if (!r.decision) out.push('请选择复核结论：属实、不属实或部分属实');
  if (!r.reviewer.trim()) out.push('请填写复核人');
  if (!r.reason.trim()) out.push('请填写复核理由');
  if (new Set(r.actions).size !== r.actions.length) out.push('处理方式有重复');
  if (r.decision === '属实' && r.actions.includes('核减申请')) out.push('结论为属实的工单不能申请核减');
  if (r.decision === '不属实') {
    for (const a of ['重办', '移交问责', '转为疑难件'] as const) if (r.actions.includes(a)) out.push(`结论为不属实的工单不能${a}`);
  }
  return out;
}

/** Which tickets enter the queue: rated 不满意 or resolved = 未解决, and not yet reviewed. */
export function needsReview(t: { satisfaction: string; resolved: string }): '不满意' | '未解决' | null {
  if (t.satisfaction === '不满意') return '不满意';
  if (t.resolved === '未解决') return '未解决';
  return null;
}
