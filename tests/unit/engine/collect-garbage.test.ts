import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectGarbage } from '@renderer/engine/collect-garbage';
import { RENDERER_JS_FLAGS } from '../../../src-main/renderer-flags';

const g = globalThis as { gc?: unknown };
const had = Object.prototype.hasOwnProperty.call(g, 'gc');
const before = g.gc;

afterEach(() => {
  if (had) g.gc = before; else delete g.gc;
});

describe('collectGarbage', () => {
  it('runs the collection the desktop app exposes to its renderers', () => {
    expect(RENDERER_JS_FLAGS.split(' ')).toContain('--expose-gc');
    const gc = vi.fn();
    g.gc = gc;
    collectGarbage();
    expect(gc).toHaveBeenCalledTimes(1);
  });

  it('does nothing where the runtime offers none (a plain browser)', () => {
    delete g.gc;
    expect(() => collectGarbage()).not.toThrow();
    g.gc = 'not a function';
    expect(() => collectGarbage()).not.toThrow();
  });
});
