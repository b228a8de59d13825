import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { EVENT_PREFIX, INVOKE_CHANNELS, type EventChannel } from '@core/ipc/channels';
import type { IpcEventPayload } from '@core/ipc/contract';
import { fail } from '@core/ipc/result';
import { createIpcDispatcher, type BigScreenPort, type SecretPort } from './handlers';
import { isTrustedSender } from './security/sender-check';
import { osKeyring } from './window/os-keyring';
import { electronDialogs, electronPrinter, electronWindowPort } from './window/electron-ports';

export type IpcWiring = {
  dataDir: string;
  /** The system key store for the office server's password (safeStorage). */
  secrets?: SecretPort;
  /** Where the PostgreSQL migration files are. */
  migrationsDir?: string;
  /** The origin the app page is served from (app://duban, or the dev server in development). */
  appOrigin: string;
  /** True when `contents` belongs to one of the app's own windows. */
  isOwnWindow: (contents: Electron.WebContents) => boolean;
  /** Opens the big-screen window on a display (src-main/window/bigscreen-window.ts). */
  bigScreen?: BigScreenPort;
};

/**
 * Registers one ipcMain handler per contract channel. Each call is checked for its sender
 * (main frame of an app window on the app origin) before the dispatcher parses and serves it;
 * dialogs, PDF printing and window state are bound to the calling window.
 */
export function registerIpc(wiring: IpcWiring): void {
  const dispatch = createIpcDispatcher({
    dataDir: wiring.dataDir,
    bigScreen: wiring.bigScreen,
    keyring: osKeyring(),
    ...(wiring.secrets ? { secrets: wiring.secrets } : {}),
    ...(wiring.migrationsDir ? { migrationsDir: wiring.migrationsDir } : {}),
  });
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender({
        frameUrl: frame?.url ?? null,
        isMainFrame: frame !== null && frame.parent === null,
        isOwnWindow: wiring.isOwnWindow(event.sender),
      }, wiring.appOrigin);
      if (!trusted) return fail('FORBIDDEN_SENDER', '请求来自不受信任的页面，已拒绝。请只在督办工作台主窗口中操作');
      const win = BrowserWindow.fromWebContents(event.sender);
      return dispatch(channel, payload, {
        dialogs: electronDialogs(win),
        printer: electronPrinter(event.sender),
        window: electronWindowPort(win),
      });
    });
  }
}

/** Sends event `event` to the page in `win`. */
export function sendEvent<E extends EventChannel>(win: BrowserWindow, event: E, payload: IpcEventPayload<E>): void {
  if (!win.isDestroyed()) win.webContents.send(`${EVENT_PREFIX}${event}`, payload);
}
