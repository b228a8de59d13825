/**
 * The importer's fast paths against the general code they shortcut: the sorted-id duplicate
 * set against a plain Set, cell trimming against String.prototype.trim, enum reading of exact
 * values against the normalizing path, and whole files whose ids come sorted, reversed or
 * shuffled against a reference that keeps the first row of each id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, EnumReader, restorePhone } from '@core/import/cell-values';
import { SeenIds } from '@core/import/seen-ids';
import { csv, enc, rng, run } from './helpers';

/** Feeds ids to a SeenIds and a Set side by side; every answer and the size must agree. */
function agree(ids: readonly string[]): void {
  const fast = new SeenIds(), ref = new Set<string>();
  ids.forEach((id, i) => {
    const isNew = !ref.has(id);
    ref.add(id);
    expect(fast.add(id), `id ${JSON.stringify(id)} at ${i}`).toBe(isNew);
  });
  expect(fast.size).toBe(ref.size);
}

describe('SeenIds', () => {
  it('agrees with a Set on sorted, reversed, shuffled and partly sorted ids, with repeats', () => {
    const r = rng(7);
    const base = Array.from({ length: 3000 }, (_, i) => `GD2024${String(i * 7).padStart(8, '0')}`);
    const shuffled = base.map((x) => ({ x, k: r() })).sort((a, b) => a.k - b.k).map((o) => o.x);
    const withRepeats = (xs: string[]): string[] => xs.flatMap((x) => (r() < 0.05 ? [x, xs[Math.floor(r() * xs.length)]!] : [x]));
    agree(base);
    agree([...base].reverse());
    agree(withRepeats(base));
    agree(withRepeats([...base].reverse()));
    // Shuffled: more than 1024 out-of-order ids, so it moves everything into one hash set midway.
    agree(withRepeats(shuffled));
    // Sorted with a few ids out of place and every id given twice at the end.
    const nearly = base.map((x, i) => (i % 97 === 0 ? base[(i * 31) % base.length]! : x));
    agree([...nearly, ...base]);
  });

  it('agrees with a Set on arbitrary strings (property)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 300 }), (ids) => {
      agree(ids);
      agree([...ids].sort());
      agree([...ids].sort().reverse());
    }), { numRuns: 300 });
  });

  it('treats a first repeated id as a duplicate before the order is known', () => {
    const s = new SeenIds();
    expect([s.add('B'), s.add('B'), s.add('A'), s.add('B'), s.add('C'), s.add('A')]).toEqual([true, false, true, false, true, false]);
  });
});

describe('cell fast paths', () => {
  it('cellText trims exactly as String.prototype.trim for every UTF-16 code unit at either end', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `${ch}中x`, `中x${ch}`, `${ch}中${ch}`]) {
        if (cellText(s) !== s.trim()) expect(`U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe('trimmed as trim() does');
      }
    }
    expect(cellText('')).toBe('');
    expect(cellText(12.5)).toBe('12.5');
  });

  it('EnumReader gives the same value on its exact-match path and its normalizing path', () => {
    const values = ['已办结', '办理中', 'Ａ', ' x'];
    const e = new EnumReader(values, { 完成: '已办结' });
    // 'Ａ' and ' x' are not NFKC- and trim-stable, so they never match as written.
    const raw = ['已办结', ' 已办结', '已办结\u3000', '办理中', 'Ａ', 'A', ' x', 'x', '完成', ' 完成 ', '已办结 ', '其他'];
    const want = ['已办结', '已办结', '已办结', '办理中', null, null, null, null, '已办结', '已办结', '已办结', null];
    expect(raw.map((v) => e.read(v))).toEqual(want);
    // Read again (memoized now): same answers.
    expect(raw.map((v) => e.read(v))).toEqual(want);
  });

  it('restorePhone skips the scientific-notation regex only for text without e or E', () => {
    expect(restorePhone('1.3800138123e10')).toEqual({ text: '13800138123', exact: true });
    expect(restorePhone('+1.3800138123E+10')).toEqual({ text: '13800138123', exact: true });
    expect(restorePhone('13800138123')).toBeNull();
    expect(restorePhone('1.38E')).toBeNull();
  });
});

describe('duplicate ids in whole files', () => {
  const H = ['工单编号', '受理时间', '办理状态'];
  /** The report a file must give: the first row of each id is accepted, later ones are duplicates. */
  function expected(ids: readonly string[]): { accepted: number; duplicates: { row: number; id: string }[] } {
    const seen = new Set<string>();
    const duplicates: { row: number; id: string }[] = [];
    ids.forEach((id, i) => {
      if (seen.has(id)) duplicates.push({ row: i + 2, id });
      seen.add(id);
    });
    return { accepted: seen.size, duplicates };
  }

  it('finds the same duplicates whether ids come sorted, reversed or shuffled', () => {
    const r = rng(11);
    const ids = Array.from({ length: 2500 }, (_, i) => `A${String(i).padStart(6, '0')}`);
    const orders = {
      sorted: ids,
      reversed: [...ids].reverse(),
      shuffled: ids.map((x) => ({ x, k: r() })).sort((a, b) => a.k - b.k).map((o) => o.x),
    };
    for (const [name, order] of Object.entries(orders)) {
      const rows = order.flatMap((id) => (r() < 0.1 ? [id, order[Math.floor(r() * order.length)]!] : [id]));
      const res = run(enc.encode(csv([H, ...rows.map((id) => [id, '2024-11-01 08:00:00', '已办结'])])), {}, [4096]);
      const want = expected(rows);
      expect(res.report.duplicates, name).toEqual(want.duplicates);
      expect(res.report.accepted, name).toBe(want.accepted);
      expect(res.tickets.map((t) => t.id), name).toEqual([...new Set(rows)]);
    }
  });
});
