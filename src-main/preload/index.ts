/*
 * The preload: runs sandboxed, bundled into one CommonJS file that requires only 'electron'.
 * It exposes `window.duban` (typed by DubanBridge, built from the contract's channel names)
 * and never ipcRenderer itself. Main parses every payload; this only routes.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DubanBridge } from '@core/ipc/bridge';
import { EVENT_PREFIX, isEventChannel, isInvokeChannel } from '@core/ipc/channels';
import { fail } from '@core/ipc/result';

const bridge = {
  async invoke(channel: string, payload?: unknown) {
    if (!isInvokeChannel(channel)) return fail('UNKNOWN_CHANNEL', `未知的请求“${String(channel).slice(0, 80)}”`);
    try {
      return await ipcRenderer.invoke(channel, payload);
    } catch (err) {
      return fail('INTERNAL', `与主程序通信失败（${err instanceof Error ? err.message : String(err)}），请重启督办工作台后重试`);
    }
  },
  on(event: string, listener: (payload: never) => void) {
    if (!isEventChannel(event)) throw new Error(`未知的事件“${event}”`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(`${EVENT_PREFIX}${event}`, wrapped);
    return () => {
      ipcRenderer.removeListener(`${EVENT_PREFIX}${event}`, wrapped);
    };
  },
} satisfies DubanBridge;

contextBridge.exposeInMainWorld('duban', bridge);
