import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SIZE, MIN_SIZE, clampWindowState, parseWindowState, serializeWindowState, type Rect, type WindowState,
} from '../../../src-main/window/window-state';

const FHD: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('round-trips a saved state', () => {
    const s: WindowState = { bounds: { x: 10, y: 20, width: 1300, height: 800 }, maximized: true };
    expect(parseWindowState(serializeWindowState(s))).toEqual(s);
  });

  it('returns null for missing, broken or ill-shaped files', () => {
    for (const t of [null, undefined, '', '{', 'null', '[]', '{"bounds":{"x":0,"y":0,"width":0,"height":10}}',
      '{"bounds":{"x":"0","y":0,"width":100,"height":100}}', '{"bounds":{"x":1e300,"y":0,"width":100,"height":100}}']) {
      expect(parseWindowState(t), String(t)).toBeNull();
    }
    expect(parseWindowState('{"bounds":{"x":0.4,"y":0,"width":1200.6,"height":700},"maximized":"yes"}'))
      .toEqual({ bounds: { x: 0, y: 0, width: 1201, height: 700 }, maximized: false });
  });
});

describe('clampWindowState', () => {
  it('opens a first window at the default size, centered on the primary screen', () => {
    expect(clampWindowState(null, [FHD], FHD)).toEqual({
      bounds: { x: (1920 - DEFAULT_SIZE.width) / 2, y: (1040 - DEFAULT_SIZE.height) / 2, ...DEFAULT_SIZE }, maximized: false,
    });
  });

  it('keeps a window that fits where it was', () => {
    const s = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(clampWindowState(s, [FHD, RIGHT], FHD)).toEqual(s);
  });

  it('recentres a window whose screen was unplugged', () => {
    const s = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: false };
    expect(clampWindowState(s, [FHD], FHD).bounds).toEqual({ x: 160, y: 20, width: 1600, height: 1000 });
  });

  it('shrinks an oversized window and pulls it inside the screen', () => {
    const s = { bounds: { x: -50, y: -30, width: 4000, height: 3000 }, maximized: false };
    expect(clampWindowState(s, [FHD], FHD).bounds).toEqual(FHD);
    const tooSmall = { bounds: { x: 100, y: 100, width: 200, height: 100 }, maximized: false };
    expect(clampWindowState(tooSmall, [FHD], FHD).bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('property: the result always lies fully on one screen, at least the minimum size when it fits', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 6000 }), height: fc.integer({ min: 1, max: 6000 }),
    });
    fc.assert(fc.property(rect, fc.boolean(), (bounds, maximized) => {
      const out = clampWindowState({ bounds, maximized }, [FHD, RIGHT], FHD);
      const b = out.bounds;
      const on = [FHD, RIGHT].some((d) => b.x >= d.x && b.y >= d.y && b.x + b.width <= d.x + d.width && b.y + b.height <= d.y + d.height);
      expect(on).toBe(true);
      expect(b.width).toBeGreaterThanOrEqual(MIN_SIZE.width);
      expect(b.height).toBeGreaterThanOrEqual(MIN_SIZE.height);
      expect(out.maximized).toBe(maximized);
    }), { numRuns: 1000 });
  });
});
