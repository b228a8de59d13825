import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IpcFailure, createIpcDispatcher, type IpcDispatcher } from '../../../src-main/handlers';
import { evidencePath } from '../../../src-main/handlers/evidence';
import { fakeDialog, fakePrinter } from './fake-ports';

let dir: string;
let dispatch: IpcDispatcher;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duban-ipc-'));
  dispatch = createIpcDispatcher({ dataDir: join(dir, 'data') });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const enc = (s: string) => new TextEncoder().encode(s);

function expectOk(r: Awaited<ReturnType<IpcDispatcher>>): unknown {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('createIpcDispatcher', () => {
  it('answers app:info without electron', async () => {
    const info = expectOk(await dispatch('app:info', undefined)) as Record<string, string>;
    expect(info.dataDir).toBe(join(dir, 'data'));
    expect(info.platform).toBe(process.platform);
    expect(info.electron).toBe('');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses unknown channels and bad payloads as data', async () => {
    const u = await dispatch('fs:readFile', { path: '/etc/passwd' });
    expect(u).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const b = await dispatch('evidence:put', { caseId: '', fileName: 'a.txt', bytes: 'abc' });
    expect(b).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!b.ok) expect(b.error.message).toMatch(/案件编号不能为空/);
  });

  it('file:save writes the bytes where the dialog points, null when cancelled', async () => {
    const target = join(dir, '导出.csv');
    const dialog = fakeDialog(target);
    const d = createIpcDispatcher({ dataDir: dir, dialogs: dialog });
    const bytes = enc('工单编号,受理时间\n1,2024-01-01\n');
    expect(expectOk(await d('file:save', { suggestedName: '导出.csv', bytes, filters: [{ name: 'CSV', extensions: ['csv'] }] }))).toBe(target);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(dialog.requests[0]).toMatchObject({ suggestedName: '导出.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([]);

    const cancelled = createIpcDispatcher({ dataDir: dir, dialogs: fakeDialog(null) });
    expect(expectOk(await cancelled('file:save', { suggestedName: 'x.csv', bytes }))).toBeNull();
  });

  it('file:save without a dialog port, or into a missing folder, fails with a Chinese message', async () => {
    const r = await dispatch('file:save', { suggestedName: 'x.csv', bytes: enc('x') });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const d = createIpcDispatcher({ dataDir: dir, dialogs: fakeDialog(join(dir, 'no', 'such', 'x.csv')) });
    const m = await d('file:save', { suggestedName: 'x.csv', bytes: enc('x') });
    expect(m).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!m.ok) expect(m.error.message).toMatch(/保存文件失败/);
  });

  it('file:save repairs a report title into a file name the dialog can propose', async () => {
    const dialog = fakeDialog(null);
    const d = createIpcDispatcher({ dataDir: dir, dialogs: dialog });
    expect(expectOk(await d('file:save', { suggestedName: '2024/03 考核:通报.csv', bytes: enc('x') }))).toBeNull();
    expect(dialog.requests[0]!.suggestedName).toBe('2024_03 考核_通报.csv');
  });

  it('per-call ports override the defaults', async () => {
    const target = join(dir, 'call.csv');
    const r = await dispatch('file:save', { suggestedName: 'x.csv', bytes: enc('x') }, { dialogs: fakeDialog(target) });
    expect(expectOk(r)).toBe(target);
  });

  it('evidence:put stores content-addressed, get returns the bytes, verify confirms', async () => {
    const bytes = enc('现场照片 bytes');
    const put = expectOk(await dispatch('evidence:put', { caseId: 'C-1', fileName: '照片.jpg', bytes })) as { sha256: string; size: number; ref: string };
    expect(put.sha256).toBe(sha(bytes));
    expect(put.size).toBe(bytes.byteLength);
    expect(put.ref).toBe(`evidence/${put.sha256.slice(0, 2)}/${put.sha256}`);
    const onDisk = await readFile(join(dir, 'data', put.ref));
    expect(new Uint8Array(onDisk)).toEqual(bytes);

    const got = expectOk(await dispatch('evidence:get', { ref: put.ref }));
    expect(got).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(got)).toBe(false);
    expect(got).toEqual(bytes);
    expect(expectOk(await dispatch('evidence:verify', { ref: put.ref }))).toEqual({
      intact: true, expected: put.sha256, actual: put.sha256, size: bytes.byteLength,
    });

    // Same bytes again: same ref, one file, two log lines.
    const again = expectOk(await dispatch('evidence:put', { caseId: 'C-2', fileName: 'copy.jpg', bytes })) as { ref: string };
    expect(again.ref).toBe(put.ref);
    const log = (await readFile(join(dir, 'data', 'evidence', 'index.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(log.map((l: { caseId: string }) => l.caseId)).toEqual(['C-1', 'C-2']);
    expect(log[0]).toMatchObject({ fileName: '照片.jpg', sha256: put.sha256, size: bytes.byteLength });
  });

  it('evidence tampered on disk: verify says not intact, get refuses, put repairs', async () => {
    const bytes = enc('原始证据');
    const { ref, sha256 } = expectOk(await dispatch('evidence:put', { caseId: 'C', fileName: 'a.txt', bytes })) as { ref: string; sha256: string };
    await writeFile(join(dir, 'data', ref), enc('被篡改'));
    const v = expectOk(await dispatch('evidence:verify', { ref })) as { intact: boolean; actual: string };
    expect(v.intact).toBe(false);
    expect(v.actual).toBe(sha(enc('被篡改')));
    expect(await dispatch('evidence:get', { ref })).toMatchObject({ ok: false, error: { code: 'INTEGRITY' } });
    expectOk(await dispatch('evidence:put', { caseId: 'C', fileName: 'a.txt', bytes }));
    expect(expectOk(await dispatch('evidence:verify', { ref }))).toMatchObject({ intact: true, actual: sha256 });
  });

  it('missing evidence: verify reports it, get says NOT_FOUND', async () => {
    const ref = `evidence/00/${'0'.repeat(64)}`;
    expect(expectOk(await dispatch('evidence:verify', { ref }))).toEqual({ intact: false, expected: '0'.repeat(64), actual: null, size: null });
    const g = await dispatch('evidence:get', { ref });
    expect(g).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses evidence refs that try to leave the evidence folder', async () => {
    await writeFile(join(dir, 'secret.txt'), 'secret');
    for (const ref of ['../secret.txt', 'evidence/../../secret.txt', `evidence/aa/../../../secret.txt`, join(dir, 'secret.txt')]) {
      const r = await dispatch('evidence:get', { ref });
      expect(r, ref).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('evidencePath resolves only canonical references inside <dataDir>/evidence', () => {
    const sha = 'cd'.padEnd(64, '1');
    expect(evidencePath(dir, `evidence/cd/${sha}`)).toBe(join(dir, 'evidence', 'cd', sha));
    for (const ref of [`evidence/cd/../${sha}`, `evidence/ab/${sha}`, '../x', `${dir}/evidence/cd/${sha}`]) {
      expect(() => evidencePath(dir, ref), ref).toThrow(IpcFailure);
    }
  });

  it('print:pdf renders through the printer port and saves where the dialog points', async () => {
    const target = join(dir, '通报.pdf');
    const calls: unknown[] = [];
    const dialog = fakeDialog(target);
    const d = createIpcDispatcher({ dataDir: dir, dialogs: dialog, printer: fakePrinter(calls) });
    expect(expectOk(await d('print:pdf', { suggestedName: '通报', landscape: true }))).toBe(target);
    expect(calls).toEqual([{ landscape: true, pageSize: 'A4' }]);
    expect(dialog.requests[0]!.suggestedName).toBe('通报.pdf');
    expect((await readFile(target, 'utf8')).startsWith('%PDF-')).toBe(true);
    const none = await dispatch('print:pdf', { suggestedName: 'x' });
    expect(none).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('turns an unexpected exception into INTERNAL with the cause', async () => {
    const d = createIpcDispatcher({
      dataDir: dir,
      dialogs: { showSaveDialog: async () => { throw new Error('对话框崩溃'); } },
    });
    const r = await d('file:save', { suggestedName: 'x.csv', bytes: enc('x') });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!r.ok) expect(r.error.message).toContain('对话框崩溃');
  });

  it('window:state uses the window port', async () => {
    expect(await dispatch('window:state', undefined)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const d = createIpcDispatcher({ dataDir: dir, window: { getState: () => ({ maximized: true, fullScreen: false }) } });
    expect(expectOk(await d('window:state', undefined))).toEqual({ maximized: true, fullScreen: false });
  });
});
