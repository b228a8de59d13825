import type { InvokeChannel } from '@core/ipc/channels';
import type { IpcInput, IpcOutput } from '@core/ipc/contract';
import type { DubanBridge } from './bridge';
import { PlatformError, type Platform } from './types';

/** A save-dialog filter for a file name: its extension, named for the user. */
function filtersFor(name: string, mime: string): { name: string; extensions: string[] }[] | undefined {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase();
  if (!ext) return undefined;
  const names: Record<string, string> = {
    csv: 'CSV 表格', xlsx: 'Excel 工作簿', pdf: 'PDF 文档', json: 'JSON 数据', zip: '压缩包', png: 'PNG 图片', txt: '文本文件',
  };
  return [{ name: names[ext] ?? (mime || ext.toUpperCase()), extensions: [ext] }];
}

/** The platform of the desktop app: every call goes through the preload to the main process. */
export function createElectronPlatform(bridge: DubanBridge): Platform {
  async function call<C extends InvokeChannel>(channel: C, payload: IpcInput<C>): Promise<IpcOutput<C>> {
    let result;
    try {
      result = await (bridge.invoke as (c: C, p: IpcInput<C>) => ReturnType<DubanBridge['invoke']>)(channel, payload);
    } catch (error) {
      throw new PlatformError('IPC', `与主程序通信失败（${channel}）：${error instanceof Error ? error.message : String(error)}。请重新启动督办工作台后再试。`);
    }
    if (!result.ok) throw new PlatformError(result.error.code, result.error.message);
    return result.value as IpcOutput<C>;
  }

  return {
    kind: 'electron',
    async saveFile(name, bytes, mime) {
      const filters = filtersFor(name, mime);
      const path = await call('file:save', { suggestedName: name, bytes: bytes as Uint8Array<ArrayBuffer>, ...(filters ? { filters } : {}) });
      return { saved: path !== null, path };
    },
    async print() {
      // Electron shows the system print dialog for window.print().
      window.print();
    },
    async printPdf(name) {
      const suggestedName = /\.pdf$/i.test(name) ? name : `${name}.pdf`;
      const path = await call('print:pdf', { suggestedName });
      return { saved: path !== null, path };
    },
    async appInfo() {
      const i = await call('app:info', undefined);
      return {
        name: i.name, version: i.version, kind: 'electron', dataDir: i.dataDir,
        ...(i.electron ? { electron: i.electron } : {}), ...(i.chrome ? { chrome: i.chrome } : {}),
      };
    },
    putEvidence: (caseId, fileName, bytes) => call('evidence:put', { caseId, fileName, bytes: bytes as Uint8Array<ArrayBuffer> }),
    async getEvidence(ref) {
      return toBytes(await call('evidence:get', { ref }));
    },
    bigScreenDisplays: () => call('bigscreen:displays', undefined),
    openBigScreen: (displayId, preset) => call('bigscreen:open', { displayId, ...(preset ? { preset } : {}) }),
    server: {
      available: true,
      settings: () => call('server:settings', undefined),
      saveSettings: (input) => call('server:save-settings', input),
      test: () => call('server:test', undefined),
      assess: (input) => call('server:assess', input),
      hotspots: (input) => call('server:hotspots', input),
    },
  };
}

/** Bytes as they arrive over a bridge: a Uint8Array, an ArrayBuffer or (JSON bridges) numbers. */
function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (Array.isArray(value)) return Uint8Array.from(value as number[]);
  throw new PlatformError('INTERNAL', '主程序返回的证据数据格式不对，请重新启动督办工作台后再试。');
}
