import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { DubanBridge } from '@core/ipc/bridge';

const exposed = new Map<string, unknown>();
const renderer = Object.assign(new EventEmitter(), {
  invoked: [] as [string, unknown][],
  async invoke(channel: string, payload: unknown) {
    renderer.invoked.push([channel, payload]);
    if (channel === 'print:pdf') throw new Error('Error invoking remote method');
    return { ok: true, value: `answer to ${channel}` };
  },
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: renderer,
}));

await import('../../../src-main/preload/index');
const bridge = exposed.get('duban') as DubanBridge;

describe('preload bridge (electron stood in)', () => {
  it('exposes exactly invoke and on as window.duban, not ipcRenderer', () => {
    expect([...exposed.keys()]).toEqual(['duban']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('routes contract channels to main and refuses others without sending them', async () => {
    expect(await bridge.invoke('app:info')).toEqual({ ok: true, value: 'answer to app:info' });
    const r = await (bridge.invoke as (c: string, p?: unknown) => Promise<unknown>)('fs:readFile', '/etc/passwd');
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(renderer.invoked.map(([c]) => c)).toEqual(['app:info']);
  });

  it('turns a failed IPC round trip into an error result instead of a rejection', async () => {
    const r = await bridge.invoke('print:pdf', { suggestedName: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!r.ok) expect(r.error.message).toMatch(/重启督办工作台/);
  });

  it('subscribes to events on their own prefixed channel and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = bridge.on('window:state', (s) => seen.push(s));
    renderer.emit('event:window:state', {}, { maximized: true, fullScreen: false });
    renderer.emit('window:state', {}, { maximized: false, fullScreen: false });
    off();
    renderer.emit('event:window:state', {}, { maximized: false, fullScreen: true });
    expect(seen).toEqual([{ maximized: true, fullScreen: false }]);
    expect(() => (bridge.on as (e: string, l: () => void) => void)('app:quit', () => undefined)).toThrow();
  });
});
