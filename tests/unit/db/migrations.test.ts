import { describe, expect, it } from 'vitest';
import { CHUNK_KEY_SPAN, upgradeV2 } from '@renderer/db/migrations/v2-generations';
import { SCHEMA_VERSIONS } from '@renderer/db/schema';

/** Rows as schema v1 stored them (before generations existed). */
const V1_FIXTURE = {
  ticketChunks: [{ chunk: 0, start: 0, n: 2 }, { chunk: 1, start: 10_000, n: 1 }],
  eventChunks: [{ chunk: 0, start: 0, n: 5 }],
  meta: [{ key: 'store', tickets: 3, events: 5, from: 1, to: 2, lastImportAt: 9, lastImportName: 'a.csv' }, { key: 'other', x: 1 }],
  ticketHistory: [{ id: 1, ticket: 'A', at: 5, previous: { status: '办理中' } }],
};

describe('schema versions', () => {
  it('are append-only and ascending, v1 untouched', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
    expect(SCHEMA_VERSIONS[0]!.stores.ticketChunks).toBe('&chunk');
    expect(SCHEMA_VERSIONS[0]!.upgrade).toBeUndefined();
  });
});

describe('upgrade to v2', () => {
  it('puts v1 chunks in generation 0 without changing their keys', () => {
    const out = V1_FIXTURE.ticketChunks.map((r) => upgradeV2.ticketChunks!(r));
    expect(out).toEqual([
      { chunk: 0, start: 0, n: 2, gen: 0, index: 0 },
      { chunk: 1, start: 10_000, n: 1, gen: 0, index: 1 },
    ]);
    for (const r of out) expect(r.chunk).toBe((r.gen as number) * CHUNK_KEY_SPAN + (r.index as number));
    expect(upgradeV2.eventChunks!(V1_FIXTURE.eventChunks[0]!)).toMatchObject({ gen: 0, index: 0 });
  });
  it('points the store row at generation 0 and leaves other meta rows alone', () => {
    const [store, other] = V1_FIXTURE.meta.map((r) => upgradeV2.meta!(r));
    expect(store).toEqual({ ...V1_FIXTURE.meta[0], gen: 0, eventGen: 0 });
    expect(other).toEqual(V1_FIXTURE.meta[1]);
  });
  it('is idempotent and names unknown imports in history', () => {
    const h = upgradeV2.ticketHistory!(V1_FIXTURE.ticketHistory[0]!);
    expect(h.importName).toBe('');
    expect(upgradeV2.ticketHistory!(h)).toEqual(h);
    const c = upgradeV2.ticketChunks!({ chunk: 3_000_002, gen: 3, index: 2 });
    expect(c).toEqual({ chunk: 3_000_002, gen: 3, index: 2 });
  });
});
