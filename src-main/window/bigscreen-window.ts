import { BrowserWindow, screen } from 'electron';
import type { BigScreenPort, DisplayInfoPort } from '../handlers';

export type BigScreenWindowOptions = {
  preload: string;
  /** The app's entry URL (app://duban/index.html or the dev server); the hash is appended. */
  url: string;
  /** Called with each big-screen window created, so IPC accepts its calls as an own window's. */
  onCreated(win: BrowserWindow): void;
};

function displays(): DisplayInfoPort[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d, i) => ({
    id: d.id, label: d.label || `显示器 ${i + 1}`, bounds: { ...d.bounds }, scaleFactor: d.scaleFactor, primary: d.id === primary,
  }));
}

/**
 * The big screen's window: one at a time, frameless, full screen and kiosk-like on the chosen
 * display (no menu, no task-bar button, stays out of the way of the desk's window), hardened as
 * the main window is. Opening again moves it to the display asked for and reloads the preset.
 */
export function bigScreenPort(options: BigScreenWindowOptions): BigScreenPort {
  let win: BrowserWindow | null = null;
  return {
    listDisplays: displays,
    open(display, hash) {
      if (win && !win.isDestroyed()) {
        win.setFullScreen(false);
        win.setBounds(display.bounds);
        win.setFullScreen(true);
        void win.loadURL(options.url + hash);
        win.focus();
        return;
      }
      win = new BrowserWindow({
        ...display.bounds, show: false, frame: false, fullscreen: true, kiosk: true, autoHideMenuBar: true, skipTaskbar: true,
        backgroundColor: '#070d18', title: '督办工作台 · 大屏',
        webPreferences: {
          preload: options.preload, contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, spellcheck: false,
          navigateOnDragDrop: false,
          // A wall is never in the background: keep timers (rotation, clock) at full rate.
          backgroundThrottling: false,
        },
      });
      options.onCreated(win);
      win.once('ready-to-show', () => win?.show());
      win.on('closed', () => { win = null; });
      void win.loadURL(options.url + hash);
    },
  };
}
