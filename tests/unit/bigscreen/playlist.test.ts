import { describe, expect, it } from 'vitest';
import { layoutDistricts } from '@renderer/features/bigscreen/playlist/district-layout';
import { DEFAULT_PRESET, normalizePreset, stepIndex } from '@renderer/features/bigscreen/playlist/playlist';
import { presetOf, readSettings } from '@renderer/features/bigscreen/settings/presets-db';

describe('playlist', () => {
  it('steps forward and back with wrap-around', () => {
    expect(stepIndex(0, 4, 1)).toBe(1);
    expect(stepIndex(3, 4, 1)).toBe(0);
    expect(stepIndex(0, 4, -1)).toBe(3);
    expect(stepIndex(2, 0, 1)).toBe(0);
  });

  it('repairs a stored preset: unknown screens dropped, seconds and minimum clamped, defaults filled', () => {
    const p = normalizePreset({ name: ' 会议室 ', items: [{ screen: 'ranking', seconds: 2 }, { screen: 'nosuch', seconds: 10 }, { screen: 'overview', seconds: 99999 }], minCount: 0, theme: 'light' });
    expect(p).toEqual({ name: '会议室', items: [{ screen: 'ranking', seconds: 5 }, { screen: 'overview', seconds: 3600 }], minCount: 1, theme: 'light', districtLayout: '' });
    expect(normalizePreset(null)).toEqual(DEFAULT_PRESET);
    expect(normalizePreset({ items: [] }).items).toEqual(DEFAULT_PRESET.items);
  });

  it('reads the settings row: the default preset when none, duplicates dropped, a missing active name falls back', () => {
    expect(readSettings(undefined)).toEqual({ presets: [DEFAULT_PRESET], active: DEFAULT_PRESET.name });
    const s = readSettings({ presets: [{ name: 'A' }, { name: 'A', minCount: 9 }, { name: 'B' }], active: 'C' });
    expect(s.presets.map((p) => p.name)).toEqual(['A', 'B']);
    expect(s.active).toBe('A');
    expect(presetOf(s, 'B').name).toBe('B');
    expect(presetOf(s, 'nosuch').name).toBe('A');
  });
});

describe('district tile layout', () => {
  it('follows the configuration, keeps empty tiles and appends districts it does not name', () => {
    const g = layoutDistricts(['东城区', '西城区', '南湖区', '北山区'], '东城区 . 西城区\n南湖区');
    expect(g.tiles).toEqual([
      { district: '东城区', row: 0, col: 0 },
      { district: '西城区', row: 0, col: 2 },
      { district: '南湖区', row: 1, col: 0 },
      { district: '北山区', row: 2, col: 0 },
    ]);
    expect(g.cols).toBe(3);
    expect(g.rows).toBe(3);
  });

  it('names in the configuration without data still get a tile; commas work as separators', () => {
    const g = layoutDistricts([], '甲区，乙区');
    expect(g.tiles.map((t) => t.district)).toEqual(['甲区', '乙区']);
  });

  it('without configuration lays districts out wider than tall, in code-point order', () => {
    const names = Array.from({ length: 16 }, (_, i) => `区${String.fromCharCode(0x4e00 + 15 - i)}`);
    const g = layoutDistricts(names);
    expect(g.cols).toBeGreaterThan(g.rows);
    expect(g.tiles.length).toBe(16);
    expect(g.tiles[0]!.district < g.tiles[1]!.district).toBe(true);
    expect(new Set(g.tiles.map((t) => `${t.row},${t.col}`)).size).toBe(16);
  });
});
