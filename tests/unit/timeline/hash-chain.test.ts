import { describe, expect, it } from 'vitest';
import { appendChained, verifyChain, GENESIS_HASH } from '@core/base/timeline/hash-chain';
import { appendEvent, verifyTimeline } from '@core/cases/timeline';
import { appendCampaignEvent, verifyCampaignTimeline } from '@core/campaigns/timeline';

describe('shared hash chain', () => {
  it('gives case timelines the hashes they had before the chain was shared', () => {
    // Hashes computed with the case-only implementation before it moved to base/timeline.
    let tl = appendEvent('C1', [], { at: 1000, by: '王', kind: 'opened', summary: '立案', data: { tickets: ['T1'] } });
    tl = appendEvent('C1', tl, { at: 2000, by: '李', kind: 'comment', summary: '评论', data: {} });
    expect(tl.map((e) => e.hash)).toEqual([
      '26883c47101f0ec1cb90f7b24faf01c24e48ba963ce3a0c9c9e64f1fdfeccae7',
      '31f9c0c5846ae37c10cd58c8387d1c23d29ece5a029c1c489047b754a0d5982a',
    ]);
    expect(tl[0]!.prevHash).toBe(GENESIS_HASH);
    expect(verifyTimeline(tl)).toBeNull();
  });

  it('chains campaign timelines under campaignId, detects edits and refuses going back in time', () => {
    let tl = appendCampaignEvent('P1', [], { at: 1000, by: '王', kind: 'created', summary: '创建', data: {} });
    tl = appendCampaignEvent('P1', tl, { at: 1000, by: '王', kind: 'comment', summary: '同一时刻', data: {} });
    tl = appendCampaignEvent('P1', tl, { at: 3000, by: '李', kind: 'transition', summary: '启动', data: { to: '实施' } });
    expect(tl.map((e) => [e.campaignId, e.seq])).toEqual([['P1', 1], ['P1', 2], ['P1', 3]]);
    expect(verifyCampaignTimeline(tl)).toBeNull();
    expect(verifyCampaignTimeline([tl[0]!, { ...tl[1]!, summary: '改过' }, tl[2]!])).toMatchObject({ brokenAt: 1 });
    expect(verifyCampaignTimeline([tl[0]!, tl[2]!])?.reason).toMatch(/序号不连续/);
    expect(verifyCampaignTimeline([{ ...tl[0]!, campaignId: 'P2' }])?.reason).toMatch(/校验值不符/);
    expect(() => appendCampaignEvent('P1', tl, { at: 2999, by: '李', kind: 'comment', summary: '倒流', data: {} })).toThrow(/早于/);
  });

  it('hashes the owner field by name: the same draft under another owner field hashes differently', () => {
    type E = { a: string; b?: string; seq: number; at: number; prevHash: string; hash: string };
    const x = appendChained<E, 'a'>('a', 'X', [], { at: 1 } as Omit<E, 'seq' | 'prevHash' | 'hash' | 'a'>);
    const y = appendChained<E, 'b'>('b', 'X', [], { at: 1, a: '' } as Omit<E, 'seq' | 'prevHash' | 'hash' | 'b'>);
    expect(x[0]!.hash).not.toBe(y[0]!.hash);
    expect(verifyChain(x)).toBeNull();
  });
});
