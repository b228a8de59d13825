/**
 * The main process's office-server channels on a throwaway cluster: settings kept by main with
 * the password encrypted by the key store (never shown to the page), a connection test, and
 * assessment and hotspots answered as the same reports `assess --db` and `hotspots --db` print;
 * an unreachable or unset server is an UNAVAILABLE failure that says what to do.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '@core/ipc/result';
import { createIpcDispatcher, type IpcDispatcher, type SecretPort } from '../../src-main/handlers';
import { makeDemo, runCli } from '../helpers/cli-run';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster';

/** A stand-in key store: reversible, and never the clear text. */
const fakeSecrets = (available = true): SecretPort => ({
  available: () => available,
  encrypt: (t) => new TextEncoder().encode(`enc:${[...t].reverse().join('')}`),
  decrypt: (b) => [...new TextDecoder().decode(b).slice(4)].reverse().join(''),
});

const value = <T = unknown>(r: IpcResult<unknown>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};

describe('server:* channels', () => {
  let cluster: PgCluster;
  let url = '';
  const dir = mkdtempSync(join(tmpdir(), 'duban-pg-main-'));
  const dataDir = join(dir, 'userData');
  let dispatch: IpcDispatcher;

  beforeAll(async () => {
    cluster = await startPgCluster();
    await makeDemo(join(dir, 'demo'), 4000, 4242);
    url = cluster.createDatabase('office');
    const r = await runCli(['load', '--db', url, join(dir, 'demo', 'tickets.csv'), '--events', join(dir, 'demo', 'events.csv')]);
    if (r.code !== 0) throw new Error(r.stderr);
    dispatch = createIpcDispatcher({ dataDir, secrets: fakeSecrets() });
  }, 300_000);
  afterAll(() => { cluster?.stop(); rmSync(dir, { recursive: true, force: true }); });

  it('says a server must be set up first', async () => {
    expect(value(await dispatch('server:settings', undefined))).toEqual({ url: '', tls: 'require', hasPassword: false });
    const r = await dispatch('server:test', undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(JSON.stringify(r)).toMatch(/还没有设置单位的数据库服务器/);
  });

  it('keeps the password in main, encrypted, and never hands it to the page', async () => {
    const withPassword = url.replace('postgresql://postgres@', 'postgresql://postgres:s3cret-口令@');
    const saved = value<{ url: string; hasPassword: boolean }>(await dispatch('server:save-settings', { url: `${withPassword}&sslmode=require`, tls: 'off' }));
    expect(saved.hasPassword).toBe(true);
    expect(saved.url).not.toMatch(/s3cret|sslmode/);
    const file = readFileSync(join(dataDir, 'server-connection.json'), 'utf8');
    expect(file).not.toMatch(/s3cret|口令/);
    expect(JSON.stringify(value(await dispatch('server:settings', undefined)))).not.toMatch(/s3cret/);
    // Keeping the stored password when none is given, removing it with ''.
    expect(value<{ hasPassword: boolean }>(await dispatch('server:save-settings', { url: saved.url, tls: 'off' })).hasPassword).toBe(true);
    expect(value<{ hasPassword: boolean }>(await dispatch('server:save-settings', { url: saved.url, tls: 'off', password: '' })).hasPassword).toBe(false);
    const noKeys = createIpcDispatcher({ dataDir: join(dir, 'other'), secrets: fakeSecrets(false) });
    expect(await noKeys('server:save-settings', { url: saved.url, tls: 'off', password: 'x' })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('tests the connection and answers assess and hotspots exactly as the CLI --db commands print them', async () => {
    value(await dispatch('server:save-settings', { url, tls: 'off' }));
    const t = value<{ tickets: number; database: string; months: number }>(await dispatch('server:test', undefined));
    expect(t).toMatchObject({ tickets: 4000, database: 'office' });
    expect(t.months).toBeGreaterThan(6);

    const a = value(await dispatch('server:assess', { from: '2025-01-01', to: '2025-07-01', by: ['unit'] }));
    const cliA = await runCli(['assess', '--db', url, '--from', '2025-01-01', '--to', '2025-07-01', '--by', 'unit', '--format', 'json']);
    expect(a).toEqual(JSON.parse(cliA.stdout));
    const rules = { id: 'office', version: 1, body: { minEvaluated: 5, score: { scale: 100, terms: [{ rate: 'closureRate', weight: 1 }] } } };
    const custom = value<{ ruleSet: { id: string } }>(await dispatch('server:assess', { from: '2025-01-01', to: '2025-07-01', by: ['district', 'month'], rules }));
    expect(custom.ruleSet.id).toBe('office');
    const h = value(await dispatch('server:hotspots', { month: '2025-06', by: ['category2', 'district'] }));
    const cliH = await runCli(['hotspots', '--db', url, '--month', '2025-06', '--by', 'category2,district']);
    expect(h).toEqual(JSON.parse(cliH.stdout));
    expect(await dispatch('server:assess', { from: '2025-01-01', to: '2025-07-01', by: ['unit'], rules: { score: { terms: [] } } }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('an unreachable server is UNAVAILABLE with a reason, and the local data stays usable', async () => {
    value(await dispatch('server:save-settings', { url: `postgresql://postgres@localhost:1/office?host=${encodeURIComponent(join(dir, 'nowhere'))}`, tls: 'off' }));
    const r = await dispatch('server:assess', { from: '2025-01-01', to: '2025-02-01', by: ['unit'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(JSON.stringify(r)).toMatch(/本机的工单和考核不受影响/);
  });
});
