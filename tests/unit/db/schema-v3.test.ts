/**
 * Upgrading a real database from schema v2 to the current DubanDb (fake-indexeddb under Node):
 * every row of the v2 tables stays as it was, and the v3 campaign tables are there and usable.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DubanDb } from '@renderer/db';
import { SCHEMA_VERSIONS } from '@renderer/db/schema';

/** A database declared with the schema versions up to `last` only, as an older app opened it. */
function olderDb(name: string, last: number): Dexie {
  const d = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= last)) d.version(v.version).stores(v.stores);
  return d;
}

const ROWS = {
  ticketChunks: [{ chunk: 0, gen: 0, index: 0, start: 0, n: 2, cols: { id: ['A1', 'A2'] } }, { chunk: 1, gen: 0, index: 1, start: 10_000, n: 1, cols: { id: ['A3'] } }],
  eventChunks: [{ chunk: 0, gen: 0, index: 0, start: 0, n: 1 }],
  meta: [{ key: 'store', tickets: 3, events: 1, gen: 0, eventGen: 0, from: 1, to: 2, lastImportAt: 9, lastImportName: 'a.csv' }],
  cases: [{ id: 'YN20260301001', status: '受理', supervisor: '王敏', deadline: '2026-03-20', unit: '湖滨街道', tickets: ['A1', 'A2'] }],
  caseEvents: [{ id: 1, caseId: 'YN20260301001', at: 5, seq: 1, kind: 'opened', prevHash: '0'.repeat(64), hash: 'a'.repeat(64) }],
  reviews: [{ ticket: 'A2', decision: '维持', reviewer: '李娜', at: 7 }],
  evidence: [{ sha256: 'b'.repeat(64), size: 3, fileName: 'x.txt', caseIds: ['YN20260301001'], at: 8, bytes: new Uint8Array([1, 2, 3]) }],
} as const;

describe('schema v2 → v3', () => {
  it('keeps every v2 row and adds the campaign tables', async () => {
    const name = 'upgrade-v2-v3';
    const old = olderDb(name, 2);
    await old.open();
    expect(old.verno).toBe(2);
    for (const [table, rows] of Object.entries(ROWS)) await old.table(table).bulkPut(rows as unknown as Record<string, unknown>[]);
    old.close();

    const current = new DubanDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    for (const [table, rows] of Object.entries(ROWS)) {
      const got = await current.table(table).toArray();
      expect(got, table).toEqual(rows);
    }
    for (const t of ['campaigns', 'campaignTasks', 'campaignReports', 'campaignEvents', 'whistles']) {
      expect(current.tables.map((x) => x.name)).toContain(t);
      expect(await current.table(t).count(), t).toBe(0);
    }
    // The new tables and their indexes work on the upgraded database.
    await current.campaigns.put({ id: 'ZX-2026-001', status: '筹备', from: '2026-03-01' });
    await current.campaignTasks.put({ id: 'T1', campaignId: 'ZX-2026-001', unit: '湖滨街道', deadline: '2026-03-10', state: 'open' });
    await current.campaignEvents.add({ campaignId: 'ZX-2026-001', at: 1, seq: 1 });
    expect(await current.campaigns.where('status').equals('筹备').count()).toBe(1);
    expect(await current.campaignTasks.where('state').equals('open').count()).toBe(1);
    expect(await current.campaignEvents.where('campaignId').equals('ZX-2026-001').count()).toBe(1);
    current.close();
  });

  it('upgrades a v1 database through v2 to v3', async () => {
    const name = 'upgrade-v1-v3';
    const old = olderDb(name, 1);
    await old.open();
    await old.table('ticketChunks').put({ chunk: 0, start: 0, n: 2 });
    await old.table('reviews').put({ ticket: 'A9', decision: '维持', reviewer: '李娜' });
    old.close();
    const current = new DubanDb(name);
    await current.open();
    expect(await current.ticketChunks.toArray()).toEqual([{ chunk: 0, start: 0, n: 2, gen: 0, index: 0 }]);
    expect(await current.reviews.get('A9')).toEqual({ ticket: 'A9', decision: '维持', reviewer: '李娜' });
    expect(await current.campaigns.count()).toBe(0);
    current.close();
  });
});
