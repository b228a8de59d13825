/**
 * Schema v4: the 移交问责 hand-offs that 不满意工单复核 kept on db.reviews while 表彰问责 was a
 * coming page move into the records candidates, nothing lost: each review holding one becomes a
 * candidate row (source 'review', keyed by its ticket, with a copy of the whole review), and the
 * review's hand-off is marked as moved and names that candidate. Pure row functions; the literal
 * strings are those v3 stored and stay frozen here.
 */

/** The status v3 gave a 移交问责 hand-off kept on its review. */
export const V3_ACCOUNTABILITY_PENDING = '待表彰问责模块接收';
/** The status of a hand-off once its candidate is in the records module. */
export const ACCOUNTABILITY_MOVED = '已移交表彰问责';

/** The key of the candidate a review's 移交问责 becomes. */
export const reviewCandidateKey = (ticket: string): string => `review:${ticket}`;

type Row = Record<string, unknown>;

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a stored review holds a 移交问责 hand-off that has not been moved yet. */
function pendingHandoff(review: Row): Row | null {
  const actions = Array.isArray(review.actions) ? review.actions : [];
  if (!actions.includes('移交问责') || typeof review.ticket !== 'string') return null;
  const h = review.accountability;
  if (isObject(h) && h.status === ACCOUNTABILITY_MOVED) return null;
  return isObject(h) ? h : {};
}

/**
 * The candidate row (db.recordCandidates) for a stored review, or null when the review holds no
 * pending 移交问责. `movedAt` is when the move ran.
 */
export function reviewToCandidate(review: Row, movedAt: number): Row | null {
  const h = pendingHandoff(review);
  if (!h) return null;
  const ticket = review.ticket as string;
  const { unit: _u, exemptionId: _e, accountability: _a, ...item } = review;
  return {
    key: reviewCandidateKey(ticket),
    source: 'review',
    status: 'open',
    ticket,
    unit: typeof h.unit === 'string' && h.unit ? h.unit : typeof review.unit === 'string' ? review.unit : '',
    reason: typeof h.reason === 'string' ? h.reason : typeof review.reason === 'string' ? review.reason : '',
    by: typeof h.by === 'string' ? h.by : typeof review.reviewer === 'string' ? review.reviewer : '',
    handedAt: typeof h.at === 'number' ? h.at : typeof review.decidedAt === 'number' ? review.decidedAt : movedAt,
    movedAt,
    /** The review as the core knows it (ReviewItem), for reviewAccountabilityCandidates. */
    review: item,
    itemId: null,
  };
}

/** The review with its hand-off marked as moved (others unchanged). */
export function markReviewMoved(review: Row, movedAt: number): Row {
  const h = pendingHandoff(review);
  if (!h) return review;
  return { ...review, accountability: { ...h, status: ACCOUNTABILITY_MOVED, movedAt, candidate: reviewCandidateKey(review.ticket as string) } };
}
