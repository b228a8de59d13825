import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHUNK_ROWS } from '@core/data/table/chunk-rows';
import { StringColumn } from '@core/data/table/string-column';
import { unpackStrings } from '@core/data/store/string-codec';

const all = (c: StringColumn): string[] => Array.from({ length: c.length }, (_, i) => c.get(i));

describe('StringColumn', () => {
  it('reads back what was pushed, across packed segments, the tail and a partial last segment', () => {
    const n = CHUNK_ROWS * 2 + 7;
    const values = Array.from({ length: n }, (_, i) => (i % 5 === 0 ? '' : `第${i}行·噪音扰民`));
    const c = new StringColumn();
    values.forEach((v) => c.push(v));
    expect(c.packFull()).toBe(2);
    expect(c.packedRows).toBe(CHUNK_ROWS * 2);
    expect(all(c)).toEqual(values);
    expect(c.get(n)).toBe('');
    expect(unpackStrings(c.segment(2))).toEqual(values.slice(CHUNK_ROWS * 2));
    // A column rebuilt from its stored segments (as a cold start does) reads the same and grows.
    const back = StringColumn.sized(n);
    for (let k = 2; k >= 0; k--) back.putSegment(k, c.segment(k));
    expect(all(back)).toEqual(values);
    back.push('新的一行');
    expect(back.get(n)).toBe('新的一行');
    expect(back.get(n - 1)).toBe(values[n - 1]);
    expect(back.length).toBe(n + 1);
  });

  it('keeps edits of packed rows, repacks the edited segment, and leaves clones independent', () => {
    const c = StringColumn.from(Array.from({ length: CHUNK_ROWS + 2 }, (_, i) => `v${i}`));
    const before = c.segment(0);
    const copy = c.clone();
    copy.set(3, '改');
    copy.set(CHUNK_ROWS + 1, '尾');
    expect(copy.get(3)).toBe('改');
    expect(c.get(3)).toBe('v3');
    expect(c.get(CHUNK_ROWS + 1)).toBe(`v${CHUNK_ROWS + 1}`);
    expect(copy.samePrefix(c, 3)).toBe(true);
    expect(copy.samePrefix(c, 4)).toBe(false);
    const repacked = copy.segment(0);
    expect(repacked).not.toBe(before);
    expect(unpackStrings(repacked)[3]).toBe('改');
    expect(c.segment(0)).toBe(before);
    expect(() => copy.set(CHUNK_ROWS + 2, 'x')).toThrow(/超出/);
  });

  it('keeps an edit of a tail row already packed with its neighbours through the segment it ends up in', () => {
    const c = new StringColumn();
    for (let i = 0; i < CHUNK_ROWS + 700; i++) c.push(`r${i}`);
    c.set(10, '十');
    c.set(CHUNK_ROWS + 3, '尾三');
    c.set(CHUNK_ROWS + 650, '尾六五零');
    expect(c.packFull()).toBe(1);
    expect(unpackStrings(c.segment(0))[10]).toBe('十');
    expect(c.get(CHUNK_ROWS + 3)).toBe('尾三');
    expect(c.get(CHUNK_ROWS + 650)).toBe('尾六五零');
    expect(c.get(CHUNK_ROWS + 651)).toBe(`r${CHUNK_ROWS + 651}`);
    expect(unpackStrings(c.segment(1))[3]).toBe('尾三');
  });

  it('matches a plain array under any sequence of pushes, sets and packs', () => {
    type Op = { kind: 'push'; s: string } | { kind: 'set'; at: number; s: string } | { kind: 'pack' } | { kind: 'bulk'; count: number };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), s: fc.string({ maxLength: 6 }) }),
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), s: fc.string({ maxLength: 6 }) }),
      fc.record({ kind: fc.constant('pack' as const) }),
      fc.record({ kind: fc.constant('bulk' as const), count: fc.integer({ min: 1, max: CHUNK_ROWS + 50 }) }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 12 }), (ops: Op[]) => {
      const c = new StringColumn();
      const ref: string[] = [];
      for (const o of ops) {
        if (o.kind === 'push') { c.push(o.s); ref.push(o.s); }
        else if (o.kind === 'bulk') for (let i = 0; i < o.count; i++) { const s = `b${ref.length}`; c.push(s); ref.push(s); }
        else if (o.kind === 'pack') c.packFull();
        else if (ref.length > 0) { const at = o.at % ref.length; c.set(at, o.s); ref[at] = o.s; }
      }
      expect(c.length).toBe(ref.length);
      expect(all(c)).toEqual(ref);
      const k = Math.ceil(ref.length / CHUNK_ROWS);
      const stored = Array.from({ length: k }, (_, i) => unpackStrings(c.segment(i))).flat();
      expect(stored).toEqual(ref);
      expect(all(c)).toEqual(ref);
    }), { numRuns: 60 });
  });
});
