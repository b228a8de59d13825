import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '@core/ipc/channels';
import { FakeBrowserWindow, FakeWebContents, createFakeElectron } from './fake-electron';

const appData = mkdtempSync(join(tmpdir(), 'duban-shell-'));
const fake = createFakeElectron(appData);
vi.mock('electron', () => fake.electron);
// Electron sets this for a packaged app; the icon path is built from it.
Object.assign(process, { resourcesPath: join(appData, 'resources') });

// Importing the entry runs it against the stand-in, as Electron would run it.
await import('../../../src-main/index');
await new Promise((r) => setTimeout(r, 0));

const win = FakeBrowserWindow.all[0]!;

function event(sender: FakeWebContents, url: string | null, isMainFrame = true) {
  return { sender, senderFrame: url === null ? null : { url, parent: isMainFrame ? null : {} } };
}

describe('main process wiring (electron stood in)', () => {
  it('starts renderers with the V8 flags the engine relies on (an explicit collection after imports)', () => {
    expect(fake.record.switches).toContainEqual(['js-flags', '--expose-gc']);
  });

  it('declares app:// privileged and pins the data folder', () => {
    expect(fake.record.privileged).toEqual([{
      scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
    }]);
    expect(fake.paths['userData']).toBe(join(appData, 'duban'));
  });

  it('opens one hardened window on app://duban with the bundled preload', () => {
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(win.loadedUrl).toBe('app://duban/index.html');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false,
    });
    expect(String(win.options.webPreferences['preload'])).toMatch(/preload[/\\]index\.cjs$/);
    expect(win.options['icon']).toBe(join(appData, 'resources', 'resources', 'icons', 'icon.png'));
    expect(win.options).toMatchObject({ width: 1440, height: 900, minWidth: 1024, minHeight: 640 });
  });

  it('serves the renderer with the CSP header and refuses traversal', async () => {
    const handler = fake.record.protocolHandlers.get('app')!;
    const res = await handler(new Request('app://duban/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js'));
    expect(res.status).toBe(403);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const missing = await handler(new Request('app://duban/no-such-file.js'));
    expect(missing.status).toBe(404);
  });

  it('registers every contract channel and serves the app window', async () => {
    expect([...fake.record.ipcHandlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const info = await fake.record.ipcHandlers.get('app:info')!(event(win.webContents, 'app://duban/index.html#/') as never);
    expect(info).toMatchObject({ ok: true, value: { dataDir: join(appData, 'duban') } });
    const state = await fake.record.ipcHandlers.get('window:state')!(event(win.webContents, 'app://duban/index.html') as never);
    expect(state).toEqual({ ok: true, value: { maximized: false, fullScreen: false } });
  });

  it('refuses sub-frames, foreign origins and foreign web contents', async () => {
    const h = fake.record.ipcHandlers.get('app:info')!;
    for (const e of [
      event(win.webContents, 'app://duban/index.html', false),
      event(win.webContents, 'https://evil.example/'),
      event(win.webContents, null),
      event(new FakeWebContents(), 'app://duban/index.html'),
    ]) expect(await h(e as never)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('denies permissions by default', () => {
    const answers: boolean[] = [];
    fake.record.permissionRequest!(win.webContents, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://duban/' });
    fake.record.permissionRequest!(win.webContents, 'fullscreen', (ok) => answers.push(ok), { requestingUrl: 'app://duban/' });
    expect(answers).toEqual([false, true]);
    expect(fake.record.permissionCheck!(win.webContents, 'geolocation', 'app://duban')).toBe(false);
  });

  it('locks navigation and new windows of every web contents', () => {
    const contents = new FakeWebContents();
    fake.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.record.openedExternal).toEqual(['https://www.gov.cn/']);

    const prevented: string[] = [];
    for (const url of ['app://duban/index.html#/x', 'https://evil.example/', 'file:///C:/x']) {
      contents.emit('will-navigate', { preventDefault: () => prevented.push(url) }, url);
    }
    expect(prevented).toEqual(['https://evil.example/', 'file:///C:/x']);
  });

  it('sends window state changes to the page as events', () => {
    win.maximized = true;
    win.emit('maximize');
    expect(win.webContents.sent).toContainEqual(['event:window:state', { maximized: true, fullScreen: false }]);
  });

  it('remembers bounds and maximized state in userData when the window closes', async () => {
    win.emit('close');
    await vi.waitFor(() => {
      const saved = JSON.parse(readFileSync(join(appData, 'duban', 'window-state.json'), 'utf8'));
      expect(saved).toEqual({ bounds: win.getNormalBounds(), maximized: true });
    });
  });

  it('brings the window forward when a second instance starts', () => {
    const focus = vi.spyOn(win, 'focus');
    fake.appEvents.emit('second-instance');
    expect(focus).toHaveBeenCalled();
  });
});
