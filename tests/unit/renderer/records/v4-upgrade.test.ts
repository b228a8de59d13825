/**
 * Schema v4 from a v3 database (fake-indexeddb): every 移交问责 kept on db.reviews becomes a
 * record candidate naming its ticket, with the whole review copied; the reviews stay, marked as
 * moved; reviews without 移交问责 are left alone. The pure row functions are checked too.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DubanDb } from '@renderer/db';
import { SCHEMA_VERSIONS } from '@renderer/db/schema';
import { ACCOUNTABILITY_MOVED, markReviewMoved, reviewToCandidate, V3_ACCOUNTABILITY_PENDING } from '@renderer/db/migrations/v4-accountability';

const handed = {
  ticket: 'GD001', trigger: '不满意', decision: '属实', actions: ['重办', '移交问责'], reviewer: '钱复核', reason: '承办单位未到现场即答复',
  decidedAt: 1_790_000_000_000, caseId: null, unit: '东城区城管委', exemptionId: null,
  accountability: { status: V3_ACCOUNTABILITY_PENDING, at: 1_790_000_000_000, by: '钱复核', unit: '东城区城管委', reason: '承办单位未到现场即答复' },
};
const partly = { ...handed, ticket: 'GD002', decision: '部分属实', actions: ['移交问责'], caseId: 'YN-3', accountability: { ...handed.accountability, reason: '推诿' } };
const plain = { ticket: 'GD003', trigger: '未解决', decision: '不属实', actions: ['核减申请'], reviewer: '钱复核', reason: '已解决', decidedAt: 1, caseId: null, unit: '西城区', exemptionId: 4, accountability: null };

async function v3Database(name: string): Promise<void> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= 3)) old.version(v.version).stores(v.stores);
  await old.open();
  await old.table('reviews').bulkPut([handed, partly, plain]);
  await old.table('cases').put({ id: 'YN-3', status: '办理中' });
  old.close();
}

describe('upgrade v3 → v4', () => {
  it('moves each 移交问责 review into the record candidates, nothing lost', async () => {
    await v3Database('duban-v4-upgrade');
    const db = new DubanDb('duban-v4-upgrade');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const candidates = await db.recordCandidates.orderBy('key').toArray();
    expect(candidates.map((c) => [c.key, c.ticket, c.unit, c.status, c.source])).toEqual([
      ['review:GD001', 'GD001', '东城区城管委', 'open', 'review'],
      ['review:GD002', 'GD002', '东城区城管委', 'open', 'review'],
    ]);
    expect(candidates[1]).toMatchObject({ reason: '推诿', by: '钱复核', handedAt: 1_790_000_000_000, itemId: null });
    // the core's ReviewItem, as reviewAccountabilityCandidates reads it
    expect(candidates[1]!.review).toEqual({ ticket: 'GD002', trigger: '不满意', decision: '部分属实', actions: ['移交问责'], reviewer: '钱复核', reason: '承办单位未到现场即答复', decidedAt: 1_790_000_000_000, caseId: 'YN-3' });
    const reviews = await db.reviews.orderBy('ticket').toArray();
    expect(reviews).toHaveLength(3);
    expect(reviews[0]!.accountability).toMatchObject({ status: ACCOUNTABILITY_MOVED, candidate: 'review:GD001', by: '钱复核', reason: '承办单位未到现场即答复' });
    expect(reviews[0]!.accountability).toHaveProperty('movedAt', candidates[0]!.movedAt);
    expect(reviews[2]).toEqual(plain);
    expect(await db.cases.count()).toBe(1);
    for (const t of ['recordItems', 'registerEntries', 'recordUsers', 'recordAppeals', 'recordReports', 'recordAudit', 'signingKeys'] as const) expect(await db[t].count()).toBe(0);
    db.close();
  });

  it('row functions: only pending hand-offs move, and moving twice changes nothing', () => {
    expect(reviewToCandidate(plain, 5)).toBeNull();
    const moved = markReviewMoved(handed, 5);
    expect(markReviewMoved(moved, 9)).toBe(moved);
    expect(reviewToCandidate(moved, 9)).toBeNull();
    expect(markReviewMoved(plain, 5)).toBe(plain);
    // a hand-off with no accountability object (written before it had one) still moves, unit from the review
    const bare = { ...handed, ticket: 'GD9', accountability: undefined };
    expect(reviewToCandidate(bare, 7)).toMatchObject({ key: 'review:GD9', unit: '东城区城管委', reason: '承办单位未到现场即答复', handedAt: handed.decidedAt });
  });
});
