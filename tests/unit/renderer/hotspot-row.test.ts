import { describe, expect, it } from 'vitest';
import { localToEpoch } from '@core/base/time/shanghai';
import { parseHash } from '@renderer/app/router';
import { campaignDraftHash, readCampaignDraft } from '@renderer/features/campaigns/draft-link';
import { heatBackground, heatLevel, shareLevel } from '@renderer/features/hotspots/heat';
import { latestFullMonth, monthChoices } from '@renderer/features/hotspots/hotspot-month';
import { groupText, hotspotDraft, hotspotSelector } from '@renderer/features/hotspots/hotspot-selector';
import { signedPct, zText } from '@renderer/features/hotspots/labels';

describe('hotspotSelector: a hotspot row as a campaign problem selector', () => {
  it('category2 × district gives the category prefix and the district', () => {
    expect(hotspotSelector(['category2', 'district'], ['公共服务/供水', '南湖区'])).toEqual({
      ok: true, dropped: [], selector: { categories: ['公共服务/供水'], districts: ['南湖区'], streets: [], kinds: [], keywords: [] },
    });
  });
  it('every category level is a prefix; a street keeps its district/street form', () => {
    for (const key of ['category1', 'category2', 'category3'] as const) {
      const s = hotspotSelector([key], ['住房/物业管理/电梯']);
      expect(s.ok && s.selector.categories).toEqual(['住房/物业管理/电梯']);
    }
    const s = hotspotSelector(['street', 'category1'], ['南湖区/湖滨街道', '公共服务']);
    expect(s.ok && s.selector).toEqual({ categories: ['公共服务'], districts: [], streets: ['南湖区/湖滨街道'], kinds: [], keywords: [] });
  });
  it('a unit has no place in a selector: dropped beside another key, refused alone', () => {
    const s = hotspotSelector(['unit', 'category2'], ['市自来水集团', '公共服务/供水']);
    expect(s).toEqual({ ok: true, dropped: ['unit'], selector: { categories: ['公共服务/供水'], districts: [], streets: [], kinds: [], keywords: [] } });
    expect(hotspotSelector(['unit'], ['市自来水集团'])).toEqual({ ok: false, gap: 'unitOnly' });
  });
  it('a blank key (tickets without a district) cannot be selected', () => {
    expect(hotspotSelector(['category2', 'district'], ['公共服务/供水', ''])).toEqual({ ok: false, gap: 'blank' });
    expect(hotspotSelector(['district'], ['  '])).toEqual({ ok: false, gap: 'blank' });
  });
  it('the draft travels through the campaign link and comes back with the same selector', () => {
    const d = hotspotDraft(['category2', 'district'], ['公共服务/供水', '南湖区'], '2026-10', { theme: '公共服务/供水 × 南湖区专项整治', source: '热点：公共服务/供水 × 南湖区，2026年10月' });
    expect(d?.problem.name).toBe('公共服务/供水 × 南湖区');
    const loc = parseHash(campaignDraftHash(d!));
    expect(loc.route).toBe('campaigns');
    expect(loc.params.tab).toBe('campaigns');
    expect(readCampaignDraft(loc.params)).toEqual(d);
    expect(hotspotDraft(['unit'], ['市水务局'], '2026-10', { theme: 'x', source: 'y' })).toBeNull();
  });
  it('groupText joins parts and names blanks', () => {
    expect(groupText(['公共服务/供水', ''], '（空）')).toBe('公共服务/供水 × （空）');
  });
});

describe('latestFullMonth and monthChoices', () => {
  it('data ending on a month’s last day is a full month; mid-month falls back a month', () => {
    expect(latestFullMonth(localToEpoch(2026, 10, 31, 23, 59))).toBe('2026-10');
    expect(latestFullMonth(localToEpoch(2026, 10, 31, 0, 0))).toBe('2026-10');
    expect(latestFullMonth(localToEpoch(2026, 10, 30, 23, 59))).toBe('2026-09');
    expect(latestFullMonth(localToEpoch(2026, 1, 15))).toBe('2025-12');
    // 29 February of a leap year is the month's last day.
    expect(latestFullMonth(localToEpoch(2028, 2, 29, 8))).toBe('2028-02');
    expect(latestFullMonth(null)).toBeNull();
  });
  it('lists the data’s months newest first', () => {
    expect(monthChoices(localToEpoch(2025, 11, 20), localToEpoch(2026, 2, 1))).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
    expect(monthChoices(null, null)).toEqual([]);
  });
});

describe('heat colours and number formats', () => {
  it('z below 0 is no heat; it grows linearly to full at z = 6', () => {
    expect(heatLevel(null)).toBe(0);
    expect(heatLevel(-2)).toBe(0);
    expect(heatLevel(3)).toBe(0.5);
    expect(heatLevel(12)).toBe(1);
    expect(heatBackground(0, '#c62828')).toBe('');
    expect(heatBackground(6, '#c62828', 0.5)).toBe('rgba(198, 40, 40, 0.500)');
    expect(shareLevel(5, 10)).toBe(0.5);
    expect(shareLevel(0, 0)).toBe(0);
  });
  it('signed percentages and z', () => {
    expect(signedPct(0.352)).toBe('+35.2%');
    expect(signedPct(-0.04)).toBe('−4.0%');
    expect(signedPct(0)).toBe('0.0%');
    expect(signedPct(null)).toBe('—');
    expect(zText(3.14159)).toBe('3.14');
    expect(zText(-0.5)).toBe('−0.50');
    expect(zText(null)).toBe('—');
  });
});
