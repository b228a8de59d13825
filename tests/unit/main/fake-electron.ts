/*
 * A recording stand-in for the 'electron' module, just wide enough for src-main/index.ts and its
 * wiring. It lets the shell's wiring be checked under Node (no Electron binary on these machines):
 * which handlers are registered, with which window options, and how they answer.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = h;
  }
  async printToPDF(): Promise<Buffer> {
    return Buffer.from('%PDF-1.7');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl = '';
  maximized = false;
  constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  static fromWebContents(wc: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((w) => w.webContents === wc) ?? null;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  maximize(): void { this.maximized = true; }
  isMaximized(): boolean { return this.maximized; }
  isFullScreen(): boolean { return false; }
  isMinimized(): boolean { return false; }
  isDestroyed(): boolean { return false; }
  restore(): void {}
  show(): void {}
  focus(): void {}
  getNormalBounds() {
    const { x, y, width, height } = this.options as unknown as { x: number; y: number; width: number; height: number };
    return { x, y, width, height };
  }
}

export function createFakeElectron(appData: string) {
  const paths: Record<string, string> = { appData, documents: appData };
  const appEvents = new EventEmitter();
  const record = {
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Handler>(),
    permissionRequest: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void),
    permissionCheck: null as null | ((wc: unknown, p: string, origin: string) => boolean),
    openedExternal: [] as string[],
    quit: 0,
    /** Command-line switches appended before the app is ready: [name, value]. */
    switches: [] as [string, string | undefined][],
  };
  const session = {
    protocol: { handle: (scheme: string, h: (req: Request) => Promise<Response>) => record.protocolHandlers.set(scheme, h) },
    setPermissionRequestHandler: (h: typeof record.permissionRequest) => { record.permissionRequest = h; },
    setPermissionCheckHandler: (h: typeof record.permissionCheck) => { record.permissionCheck = h; },
    webRequest: { onHeadersReceived: () => undefined },
  };
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  const electron = {
    app: {
      isPackaged: true,
      getPath: (name: string) => paths[name] ?? appData,
      setPath: (name: string, value: string) => { paths[name] = value; },
      requestSingleInstanceLock: () => true,
      on: (event: string, h: Handler) => appEvents.on(event, h as never),
      whenReady: () => Promise.resolve(),
      quit: () => { record.quit++; },
      exit: () => undefined,
      commandLine: { appendSwitch: (name: string, value?: string) => { record.switches.push([name, value]); } },
    },
    protocol: { registerSchemesAsPrivileged: (s: unknown[]) => record.privileged.push(...s) },
    session: { defaultSession: session },
    BrowserWindow: FakeBrowserWindow,
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    ipcMain: { handle: (channel: string, h: Handler) => record.ipcHandlers.set(channel, h) },
    dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) },
    shell: { openExternal: async (url: string) => { record.openedExternal.push(url); } },
  };
  return { electron, record, appEvents, paths };
}
