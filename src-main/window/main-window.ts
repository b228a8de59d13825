import { BrowserWindow, screen } from 'electron';
import { sendEvent } from '../ipc';
import { saveWindowState } from './window-state-file';
import { MIN_SIZE, clampWindowState, type WindowState } from './window-state';

export type MainWindowOptions = {
  /** Absolute path of out/preload/index.cjs. */
  preload: string;
  /** Where the page is loaded from: app://duban/index.html, or the dev server. */
  url: string;
  /** Window icon (Linux task bars; Windows takes the exe's icon). */
  icon?: string;
  /** userData folder, where window-state.json lives. */
  stateDir: string;
  saved: WindowState | null;
};

/**
 * Creates the one app window, hardened: context isolation, sandbox, no Node in the page, web
 * security on, no webviews, spell checker off (nothing leaves the machine). It opens where it
 * was last time (clamped to the screens present now) and remembers bounds and maximized state.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const state = clampWindowState(options.saved, displays, screen.getPrimaryDisplay().workArea);
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: '督办工作台',
    icon: options.icon,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let timer: NodeJS.Timeout | undefined;
  const snapshot = (): WindowState => ({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveWindowState(options.stateDir, snapshot()), 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    void saveWindowState(options.stateDir, snapshot());
  });

  const notify = () => sendEvent(win, 'window:state', { maximized: win.isMaximized(), fullScreen: win.isFullScreen() });
  for (const e of ['maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) win.on(e as 'maximize', notify);

  void win.loadURL(options.url);
  return win;
}
