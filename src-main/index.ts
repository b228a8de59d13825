/*
 * Electron main entry: a thin shell. Security decisions, paths and IPC handlers live in small
 * modules beside it that are tested under plain Node; this file only wires them to Electron.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, session } from 'electron';
import { registerIpc } from './ipc';
import { APP_ENTRY_URL, APP_ORIGIN, originOf } from './protocol/app-origin';
import { RENDERER_JS_FLAGS } from './renderer-flags';
import { registerAppSchemePrivileges, serveAppProtocol } from './protocol/register-protocol';
import { buildCsp } from './security/csp';
import { addCspHeader, denyPermissions, lockNavigation } from './security/harden-session';
import { bigScreenPort } from './window/bigscreen-window';
import { osSecrets } from './window/os-keyring';
import { createMainWindow } from './window/main-window';
import { loadWindowStateSync } from './window/window-state-file';

const here = dirname(fileURLToPath(import.meta.url));
/** Set by `electron-vite dev`; never in a packaged app. */
const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const appOrigin = devUrl ? (originOf(devUrl) ?? APP_ORIGIN) : APP_ORIGIN;

// One data folder for every release, whatever productName becomes: IndexedDB, evidence and the
// window state live there, and renaming the product must not orphan them.
app.setPath('userData', join(app.getPath('appData'), 'duban'));

// Before the first renderer starts: V8 flags of every renderer and its workers.
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS);

registerAppSchemePrivileges();
// Windows groups the task bar button and names notifications by this id (= appId of the installer).
if (process.platform === 'win32') app.setAppUserModelId('cn.gov.duban.workbench');

let mainWindow: BrowserWindow | null = null;
/** The big-screen windows opened so far (at most one lives at a time). */
const bigScreenWindows = new Set<BrowserWindow>();

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** resources/ ships as an extra resource beside app.asar; in development it is the repo folder. */
function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(here, '../../resources');
}

function iconPath(): string {
  return join(resourcesDir(), 'icons', 'icon.png');
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  const csp = buildCsp(devUrl ? { devServerOrigin: appOrigin } : {});
  denyPermissions(ses, appOrigin);
  if (devUrl) addCspHeader(ses, appOrigin, csp);
  else serveAppProtocol(ses, join(here, '../renderer'), csp);

  const userData = app.getPath('userData');
  const preload = join(here, '../preload/index.cjs');
  registerIpc({
    dataDir: userData,
    migrationsDir: join(resourcesDir(), 'sql', 'migrations'),
    // The office server's password is encrypted by the operating system's key store.
    secrets: osSecrets(),
    appOrigin,
    isOwnWindow: (contents) => (mainWindow !== null && !mainWindow.isDestroyed() && contents === mainWindow.webContents)
      || [...bigScreenWindows].some((w) => !w.isDestroyed() && w.webContents === contents),
    bigScreen: bigScreenPort({
      preload,
      url: devUrl ?? APP_ENTRY_URL,
      onCreated: (win) => { bigScreenWindows.add(win); win.on('closed', () => bigScreenWindows.delete(win)); },
    }),
  });

  mainWindow = createMainWindow({
    preload,
    url: devUrl ?? APP_ENTRY_URL,
    icon: iconPath(),
    stateDir: userData,
    saved: loadWindowStateSync(userData),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another instance holds the data folder; it is told to come to the front and this one leaves.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => lockNavigation(contents, appOrigin));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((err: unknown) => {
    console.error('[duban] 启动失败：', err);
    app.exit(1);
  });
}
