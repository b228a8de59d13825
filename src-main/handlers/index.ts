/**
 * The main-process side of the IPC contract, free of the electron module: it parses every
 * payload, runs the handler and answers `{ ok: true, value }` or `{ ok: false, error }`.
 * src-main/ipc.ts wires it to ipcMain (with the sender check); the e2e harness calls it through
 * page.exposeBinding in place of the preload, so these are the handlers the app really runs.
 */
import { isInvokeChannel, type InvokeChannel } from '@core/ipc/channels';
import { checkIpcOutput, parseIpcInput, type IpcInput, type IpcOutput } from '@core/ipc/contract';
import { fail, ok, type IpcResult } from '@core/ipc/result';
import { appInfo } from './app-info';
import { bigScreenDisplays, openBigScreen } from './bigscreen';
import { getEvidence, putEvidence, verifyEvidence } from './evidence';
import { IpcFailure } from './failure';
import { saveFile } from './file-save';
import type { CallContext, DispatcherContext } from './ports';
import { printPdf } from './print-pdf';
import { assessOnServer, hotspotsOnServer, saveServerSettings, serverSettings, testServer } from './server';
import { createKey, keyStatus, lockKey, sign, unlockKey } from './signing-key';

export type { BigScreenPort, CallContext, DialogPort, DisplayInfoPort, DispatcherContext, PdfOptions, PrinterPort, SaveDialogRequest, SecretPort, WindowPort } from './ports';
export { IpcFailure } from './failure';

/** Answers one call; never rejects. `call` carries ports bound to the calling window. */
export type IpcDispatcher = (channel: string, payload: unknown, call?: CallContext) => Promise<IpcResult<unknown>>;

/** One handler per channel, typed by the contract: parsed input in, contract output out. */
type Handlers = {
  [C in InvokeChannel]: (input: IpcInput<C>, call: CallContext) => Promise<IpcOutput<C>> | IpcOutput<C>;
};

function createHandlers(ctx: DispatcherContext): Handlers {
  return {
    'app:info': () => appInfo(ctx),
    'file:save': (input, call) => saveFile(input, call.dialogs ?? ctx.dialogs),
    'evidence:put': (input) => putEvidence(ctx.dataDir, input),
    'evidence:get': (input) => getEvidence(ctx.dataDir, input),
    'evidence:verify': (input) => verifyEvidence(ctx.dataDir, input),
    'print:pdf': (input, call) => printPdf(input, call.dialogs ?? ctx.dialogs, call.printer ?? ctx.printer),
    'records:key-status': () => keyStatus(ctx.dataDir, ctx.keyring ?? null),
    'records:key-create': (input) => createKey(ctx.dataDir, input, ctx.keyring ?? null),
    'records:key-unlock': (input) => unlockKey(ctx.dataDir, input, ctx.keyring ?? null),
    'records:key-lock': () => lockKey(ctx.dataDir),
    'records:sign': (input) => sign(ctx.dataDir, input),
    'window:state': (_input, call) => {
      const port = call.window ?? ctx.window;
      if (!port) throw new IpcFailure('UNAVAILABLE', '当前环境没有应用窗口，无法读取窗口状态');
      return port.getState();
    },
    'bigscreen:displays': () => bigScreenDisplays(ctx),
    'bigscreen:open': (input) => openBigScreen(ctx, input),
    'server:settings': () => serverSettings(ctx),
    'server:save-settings': (input) => saveServerSettings(ctx, input),
    'server:test': () => testServer(ctx),
    'server:assess': (input) => assessOnServer(ctx, input),
    'server:hotspots': (input) => hotspotsOnServer(ctx, input),
  };
}

/**
 * Creates the dispatcher for the data folder `ctx.dataDir`. Works under plain Node: dialogs,
 * printer and window are ports, injected here or per call. Unknown channels answer
 * UNKNOWN_CHANNEL, bad payloads INVALID_INPUT (Chinese message naming the field), handler
 * failures their own code, anything unexpected INTERNAL.
 */
export function createIpcDispatcher(ctx: DispatcherContext): IpcDispatcher {
  const handlers = createHandlers(ctx);
  return async (channel, payload, call = {}) => {
    if (!isInvokeChannel(channel)) {
      return fail('UNKNOWN_CHANNEL', `未知的请求“${String(channel).slice(0, 80)}”：界面与主程序版本不一致，请重新安装督办工作台`);
    }
    const parsed = parseIpcInput(channel, payload);
    if (!parsed.ok) return parsed;
    try {
      // The parse above checked the payload against this very channel's schema.
      const handler = handlers[channel] as (input: unknown, call: CallContext) => unknown;
      const value = await handler(parsed.value, call);
      const checked = checkIpcOutput(channel, value);
      return checked.ok ? ok(value) : checked;
    } catch (err) {
      if (err instanceof IpcFailure) return fail(err.code, err.message);
      const detail = err instanceof Error ? err.message : String(err);
      return fail('INTERNAL', `处理“${channel}”时出错：${detail}。请重试；如仍失败请联系管理员`);
    }
  };
}
