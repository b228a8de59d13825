import { describe, expect, it } from 'vitest';
import { TableBuilder, type StoreTable } from '@core/data/store/store-table';
import type { Ticket } from '@core/data/tickets/ticket';
import { chronicComputation, tableExtends, type DetectResponse } from '@renderer/engine/computations/chronic';
import { at, rng, ticket } from '../chronic/factory';

const CATS = ['城乡建设/物业管理/停车', '城乡建设/物业管理/电梯', '城乡建设/市容', '交通管理/停车', '环境保护'];
const BASES = [
  '小区门口的垃圾桶已经好几天没人清理了，气味很大',
  '楼上住户装修噪音很大，周末早上七点就开始施工',
  '路边共享单车乱停乱放，堵住了盲道和出入口',
];

/** Tickets over small pools so that R1, R2, R6 and the flags all fire. */
function tickets(seed: number, n: number, prefix: string): Ticket[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const t0 = at('2024-01-01');
  return Array.from({ length: n }, (_, i) => {
    const acceptedAt = t0 + Math.floor(r() * 400) * 86_400_000 + Math.floor(r() * 86_400) * 1000;
    const base = pick(BASES);
    return ticket({
      id: `${prefix}${String(i).padStart(4, '0')}`, acceptedAt,
      address: pick(['和平里1号院', '安定门2号', '东四3号楼', '东直门4号', `新地址${i % 37}号`]),
      category: pick(CATS),
      callerPhone: pick(['13800000001', '13900000002', '13700000003', `136${String(i % 53).padStart(8, '0')}`]),
      district: pick(['东城区', '西城区']), street: pick(['和平里街道', '安定门街道', '东四街道']),
      content: r() < 0.5 ? base : base + String(Math.floor(r() * 10)),
      reopenCount: Math.floor(r() * 4), rejectCount: Math.floor(r() * 4),
      dueAt: acceptedAt + Math.floor(r() * 60) * 86_400_000,
      closedAt: r() < 0.5 ? null : acceptedAt + 86_400_000,
      status: r() < 0.5 ? '办理中' : '已办结',
    });
  });
}

/** A table the way the engine's import builds it: a copy of `base` (if any) with `add` appended. */
function build(add: readonly Ticket[], base?: StoreTable): StoreTable {
  const b = new TableBuilder(base);
  for (const t of add) b.append(t);
  return b.finish();
}

const detect = (t: StoreTable, asOf: string, progress?: (phase: string, done: number, total: number) => void): DetectResponse =>
  chronicComputation(t, { op: 'detect', asOf }, progress) as DetectResponse;

const LINK = /^ {2}(\S+) ↔ (\S+)：相似度 (\d\.\d\d)$/;

/**
 * The response without how it was reached, and with the R6 link lines taken out of the evidence:
 * the index records the similar pairs that joined a group as it met them, so a full build and an
 * incremental one may cite different (equally valid) pairs for the same group of tickets.
 */
const comparable = ({ path: _path, ...rest }: DetectResponse): Omit<DetectResponse, 'path'> => ({
  ...rest, cases: rest.cases.map((c) => ({ ...c, explain: c.explain.filter((l) => !LINK.test(l)) })),
});

/** Every cited R6 link joins two tickets of its case with a similarity at or above the threshold. */
function expectValidLinks(r: DetectResponse): void {
  for (const c of r.cases.filter((x) => x.rule === 'R6')) {
    const lines = c.explain.map((l) => LINK.exec(l)).filter((m): m is RegExpExecArray => !!m);
    expect(lines.length).toBeGreaterThanOrEqual(c.tickets.length - 1);
    for (const m of lines) {
      expect(c.tickets).toContain(m[1]);
      expect(c.tickets).toContain(m[2]);
      expect(Number(m[3])).toBeGreaterThanOrEqual(0.6);
    }
  }
}

describe('chronic computation after an import', () => {
  const stored = tickets(1, 800, 'A');
  const added = tickets(2, 120, 'B');

  it('checks only the appended tickets and gives the same result as a fresh full detection', () => {
    const fresh = detect(build([...stored, ...added]), '2025-01-31');
    expect(fresh.path).toBe('full');
    expect(fresh.cases.some((c) => c.rule === 'R1') && fresh.cases.some((c) => c.rule === 'R2') && fresh.cases.some((c) => c.rule === 'R6')).toBe(true);
    expect(fresh.flags.length).toBeGreaterThan(0);

    const base = build(stored);
    expect(detect(base, '2024-12-31').path).toBe('full');
    const extended = build(added, base);
    const phases: { phase: string; total: number }[] = [];
    const got = detect(extended, '2025-01-31', (phase, _done, total) => phases.push({ phase, total }));
    expect(got.path).toBe('incremental');
    // The index only sorted the newly visible tickets, not the whole store.
    const order = phases.find((p) => p.phase === 'order');
    expect(order).toBeDefined();
    expect(order!.total).toBeLessThan(stored.length);
    expect(comparable(got)).toEqual(comparable(fresh));
    expectValidLinks(got);
    // New tickets joined cases with stored ones (the check is against the store, not among themselves).
    expect(got.cases.some((c) => c.tickets.some((id) => id.startsWith('A')) && c.tickets.some((id) => id.startsWith('B')))).toBe(true);
  });

  it('rebuilds when the import changed a stored ticket the index read', () => {
    const base = build(stored);
    expect(detect(base, '2024-12-31').path).toBe('full');
    const b = new TableBuilder(base);
    for (const t of added) b.append(t);
    // An update of a stored ticket (as mergeBatch does): a new address for row 0.
    b.set(0, { ...stored[0]!, address: '和平里1号院' === stored[0]!.address ? '安定门2号' : '和平里1号院' });
    const changed = b.finish();
    expect(tableExtends(base, changed)).toBe(false);
    const got = detect(changed, '2025-01-31');
    expect(got.path).toBe('full');
    const all = [...stored, ...added];
    all[0] = { ...all[0]!, address: changed.text.address.get(0) };
    expect(comparable(got)).toEqual(comparable(detect(build(all), '2025-01-31')));
  });

  it('rebuilds for an earlier date and reuses the index for a later one on the same table', () => {
    const t = build(stored);
    expect(detect(t, '2024-12-31').path).toBe('full');
    expect(detect(t, '2025-01-31').path).toBe('cached');
    expect(detect(t, '2024-06-30').path).toBe('full');
  });

  it('reports progress through every phase of a full detection', () => {
    const seen: { phase: string; done: number; total: number }[] = [];
    const t = build(tickets(3, 500, 'C'));
    expect(detect(t, '2025-01-31', (phase, done, total) => seen.push({ phase, done, total })).path).toBe('full');
    expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(['order', 'R1', 'R2', 'R6', 'flags']));
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total);
    const lastFlags = seen.filter((p) => p.phase === 'flags').at(-1)!;
    expect(lastFlags.done).toBe(lastFlags.total);
  });
});

describe('tableExtends', () => {
  const stored = tickets(4, 50, 'D');
  it('accepts an appended table and refuses a shorter or reordered one', () => {
    const base = build(stored);
    expect(tableExtends(base, build(tickets(5, 10, 'E'), base))).toBe(true);
    expect(tableExtends(base, base)).toBe(true);
    expect(tableExtends(build([...stored, ...tickets(5, 10, 'E')]), base)).toBe(false);
    expect(tableExtends(base, build([...stored].reverse()))).toBe(false);
  });

  it('refuses a table where a stored ticket moved to another unit (cases show the most frequent unit)', () => {
    const base = build(stored);
    const b = new TableBuilder(base);
    b.set(3, { ...stored[3]!, unit: '西城区城管委' });
    expect(tableExtends(base, b.finish())).toBe(false);
  });
});
