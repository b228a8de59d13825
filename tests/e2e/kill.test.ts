/**
 * A crash during an import never leaves a torn store: Chromium is killed with SIGKILL while a
 * big ticket file is being parsed, and again while its chunks are being written; after a
 * relaunch on the same profile the store equals exactly the state before the import or the
 * state after it (ticket count and a checksum of all ids), and no orphaned chunks remain.
 * Cancelling the import at the same points leaves the store exactly as it was. Into an empty
 * store, chunks are written while the file is read: killed or cancelled then, the store stays
 * empty with no chunk left behind.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPid, processTree } from '../bench/browser';
import { writeDemoCsv } from '../bench/demo-csv';
import { launchApp, waitUntil, type LaunchedApp } from './harness';

const BIG_ROWS = 200_000;

type Snapshot = { tickets: number; ids: number; checksum: string; generations: number[] };

/**
 * Starts importing `file` (chosen on a hidden file input) without waiting; the progress phase
 * goes to window.__phase, the outcome to window.__outcome, and window.__abort cancels it.
 */
async function startImport(page: Page, file: string): Promise<void> {
  await page.evaluate(`(() => {
    const input = document.createElement('input');
    input.type = 'file'; input.id = 'kill-file'; input.style.display = 'none';
    document.body.appendChild(input);
  })()`);
  await page.setInputFiles('#kill-file', file);
  await page.evaluate(`(() => {
    window.__phase = 'start'; window.__rows = 0; window.__outcome = null;
    const ac = new AbortController();
    window.__abort = () => ac.abort();
    window.__imp = window.__dubanEngine.importFiles({
      tickets: document.getElementById('kill-file').files[0],
      signal: ac.signal,
      onProgress: (p) => { window.__phase = p.phase; window.__rows = p.rows; },
    }).then((o) => { window.__outcome = o; window.__phase = 'finished'; return o; });
  })()`);
}

/** Number of ticket chunk records in IndexedDB, read beside the engine (it may be writing). */
async function chunkRecords(page: Page): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('duban');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('ticketChunks').objectStore('ticketChunks').count();
      req.onsuccess = () => { db.close(); resolve(req.result); };
      req.onerror = () => reject(req.error);
    };
  })`);
}

/** Ticket count, id checksum and the chunk generations present in IndexedDB. */
async function snapshot(page: Page): Promise<Snapshot> {
  const r = await page.evaluate<{ tickets: number; ids: string[]; generations: number[] }>(`(async () => {
    const e = window.__dubanEngine;
    const stats = await e.ready();
    const ids = await e.ids({ filters: [] });
    const generations = await new Promise((resolve, reject) => {
      const open = indexedDB.open('duban');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const gens = [];
        const req = db.transaction('ticketChunks').objectStore('ticketChunks').index('gen').openKeyCursor(null, 'nextunique');
        req.onsuccess = () => { const c = req.result; if (c) { gens.push(c.key); c.continue(); } else { db.close(); resolve(gens); } };
        req.onerror = () => reject(req.error);
      };
    });
    return { tickets: stats.tickets, ids, generations };
  })()`);
  const checksum = createHash('sha256').update([...r.ids].sort().join('\n')).digest('hex');
  return { tickets: r.tickets, ids: r.ids.length, checksum, generations: r.generations };
}

function killBrowser(userDataDir: string): void {
  const pid = browserPid(userDataDir);
  if (pid === null) throw new Error('找不到 Chromium 进程');
  for (const p of processTree(pid).reverse()) {
    try { process.kill(p, 'SIGKILL'); } catch { /* already gone */ }
  }
}

describe('SIGKILL during import', () => {
  let dir: string;
  let small: string;
  let big: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'duban-kill-'));
    small = join(dir, 'small.csv');
    big = join(dir, 'big.csv');
    writeDemoCsv(small, 2_000, 7);
    writeDemoCsv(big, BIG_ROWS, 8);
  }, 300_000);
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

  it.each(['parsing', 'writing'])('leaves the old or the new store when killed while %s', async (phase) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'duban-kill-profile-'));
    let app: LaunchedApp | null = await launchApp({ profileDir, hash: '#/home' });
    try {
      await startImport(app.page, small);
      await waitUntil(app.page, `window.__phase === 'finished'`, 120_000);
      const old = await snapshot(app.page);
      expect(old.tickets).toBe(2_000);

      await startImport(app.page, big);
      await waitUntil(app.page, `window.__phase === ${JSON.stringify(phase)} || window.__phase === 'finished'`, 300_000);
      killBrowser(join(profileDir, 'chromium'));
      await app.browser.close().catch(() => undefined);

      app = await launchApp({ profileDir, hash: '#/home' });
      const after = await snapshot(app.page);
      expect(after.ids).toBe(after.tickets);
      expect(after.generations).toHaveLength(1);

      // The new state: the same import run to the end (a no-op if the killed one had committed).
      await startImport(app.page, big);
      await waitUntil(app.page, `window.__phase === 'finished'`, 300_000);
      const next = await snapshot(app.page);
      expect(next.tickets).toBeGreaterThan(old.tickets);
      console.info(`killed while ${phase}: store after relaunch = ${after.checksum === old.checksum ? 'old' : 'new'} state (${after.tickets} tickets)`);
      expect([old, next].map((s) => `${s.tickets}:${s.checksum}`)).toContain(`${after.tickets}:${after.checksum}`);
    } finally {
      await app?.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, 900_000);

  // Into an empty store the chunks are written while the file is still read: a kill or a cancel
  // then finds chunks of a generation that never became current.
  it.each(['killed', 'cancelled'])('leaves an empty store empty, with no chunk left, when %s after chunks were written ahead', async (how) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'duban-ahead-profile-'));
    let app: LaunchedApp | null = await launchApp({ profileDir, hash: '#/home' });
    try {
      expect((await snapshot(app.page)).tickets).toBe(0);
      await startImport(app.page, big);
      await waitUntil(app.page, `window.__phase === 'parsing' && window.__rows >= 60000`, 300_000);
      expect(await chunkRecords(app.page)).toBeGreaterThan(0);
      if (how === 'killed') {
        killBrowser(join(profileDir, 'chromium'));
        await app.browser.close().catch(() => undefined);
        app = await launchApp({ profileDir, hash: '#/home' });
      } else {
        await app.page.evaluate('window.__abort()');
        await waitUntil(app.page, `window.__phase === 'finished'`, 120_000);
        expect(await app.page.evaluate<boolean>('window.__outcome.cancelled')).toBe(true);
      }
      const after = await snapshot(app.page);
      if (after.tickets === 0) {
        expect(after.generations).toEqual([]);
        expect(await chunkRecords(app.page)).toBe(0);
      } else {
        // The import got to its final transaction before the kill: the whole new state.
        expect(how).toBe('killed');
        expect(after.tickets).toBe(BIG_ROWS);
        expect(after.generations).toHaveLength(1);
      }
    } finally {
      await app?.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, 900_000);

  it.each(['parsing', 'writing'])('leaves the store exactly as before when cancelled while %s', async (phase) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'duban-cancel-profile-'));
    const app = await launchApp({ profileDir, hash: '#/home' });
    try {
      await startImport(app.page, small);
      await waitUntil(app.page, `window.__phase === 'finished'`, 120_000);
      const old = await snapshot(app.page);

      await startImport(app.page, big);
      await waitUntil(app.page, `window.__phase === ${JSON.stringify(phase)}`, 300_000);
      await app.page.evaluate('window.__abort()');
      await waitUntil(app.page, `window.__phase === 'finished'`, 120_000);
      const outcome = await app.page.evaluate<{ cancelled: boolean; stats: { tickets: number } }>('window.__outcome');
      expect(outcome.cancelled).toBe(true);
      expect(outcome.stats.tickets).toBe(old.tickets);
      expect(await snapshot(app.page)).toEqual(old);
    } finally {
      await app.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, 900_000);
});
