import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from '@core/data/masking';
import { findPersonalData } from '@renderer/features/bigscreen/privacy/personal-data-scan';
import { formatCount, isSuppressed } from '@renderer/features/bigscreen/privacy/suppress';
import { chartPixelRatio, containFit, STAGE_HEIGHT, STAGE_WIDTH } from '@renderer/features/bigscreen/stage/fit';

describe('stage fit', () => {
  it('scales the 1920×1080 stage to fit, letterboxed and centred', () => {
    expect(containFit(1920, 1080)).toEqual({ scale: 1, left: 0, top: 0 });
    expect(containFit(3840, 2160)).toEqual({ scale: 2, left: 0, top: 0 });
    // A 16:10 window: full width, bars above and below.
    const f = containFit(1920, 1200);
    expect(f.scale).toBe(1);
    expect(f.top).toBe(60);
    // A wall of two screens side by side (32:9): full height, bars left and right.
    const w = containFit(7680, 2160);
    expect(w.scale).toBe(2);
    expect(w.left).toBe((7680 - STAGE_WIDTH * 2) / 2);
    expect(STAGE_HEIGHT * w.scale).toBe(2160);
    expect(containFit(0, 0)).toEqual({ scale: 1, left: 0, top: 0 });
  });

  it('gives charts one canvas pixel per device pixel of the wall', () => {
    expect(chartPixelRatio(1, 1)).toBe(1);
    expect(chartPixelRatio(2, 1)).toBe(2);
    expect(chartPixelRatio(1, 2)).toBe(2);
    expect(chartPixelRatio(0.5, 1)).toBe(1);
    expect(chartPixelRatio(4, 2)).toBe(4);
  });
});

describe('small-count suppression', () => {
  it('shows 1 … min − 1 as "<min", 0 and larger counts as they are', () => {
    expect(formatCount(0, 5)).toBe('0');
    expect(formatCount(1, 5)).toBe('<5');
    expect(formatCount(4, 5)).toBe('<5');
    expect(formatCount(5, 5)).toBe('5');
    expect(formatCount(12345, 5)).toBe('12,345');
    expect(isSuppressed(3, 1)).toBe(false);
  });
});

describe('personal-data scan', () => {
  it('finds phone and ID numbers, their masked forms and citizen names', () => {
    const kinds = (t: string, names: string[] = []) => findPersonalData(t, names).map((h) => h.kind);
    expect(kinds('来电 13812345678 反映')).toEqual(['phone-or-id']);
    expect(kinds('号码 138-1234-5678')).toEqual(['phone-or-id']);
    expect(kinds('证件 11010519491231002X')).toEqual(['phone-or-id']);
    expect(kinds(`手机 ${maskPhone('13812345678')}`)).toEqual(['masked-phone']);
    expect(kinds(`证件 ${maskIdNumber('11010519491231002X')}`)).toEqual(['masked-id']);
    expect(kinds(`来电人 ${maskName('张三丰')} 反映`)).toEqual(['masked-name']);
    expect(kinds(`来电人${maskName('张三')}`)).toEqual(['masked-name']);
    expect(kinds('来电人 王小明 反映', ['王小明'])).toEqual(['name']);
  });

  it('leaves the wall\'s own figures alone: dates, times, rates, counts, suppressed counts', () => {
    const wall = '统计期 2026-10 数据截至 2026-10-31 2026-12-03 18:48:32 响应率 97.2% 环比 −0.8 个百分点 本月派单 12,345 <5 z 13.5 市自来水集团 第 1 档 样本不足';
    expect(findPersonalData(wall, ['王小明', '李'])).toEqual([]);
  });
});
