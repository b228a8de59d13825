import { describe, expect, it } from 'vitest';
import { findBrowser, noBrowserMessage, requireBrowser } from '../../../cli/find-browser';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, and refuses one that names no file', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/x/chrome' }, 'linux', only('/x/chrome', '/usr/bin/chromium'))).toEqual({ path: '/x/chrome', source: 'CHROMIUM_PATH' });
    expect(() => findBrowser({ CHROMIUM_PATH: '/nope' }, 'linux', only('/usr/bin/chromium'))).toThrow(/CHROMIUM_PATH.*\/nope/);
  });

  it("prefers Debian's Chromium on Linux, then the system's Chrome", () => {
    expect(findBrowser({}, 'linux', only('/usr/bin/chromium', '/usr/bin/google-chrome'))?.source).toBe('debian');
    expect(findBrowser({}, 'linux', only('/usr/bin/google-chrome'))).toEqual({ path: '/usr/bin/google-chrome', source: 'system' });
  });

  it('finds Edge on a Windows office PC', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', PLAYWRIGHT_BROWSERS_PATH: '/nonexistent-pw' };
    const found = findBrowser(env, 'win32', (p) => p.replace(/\//g, '\\') === edge);
    expect(found?.source).toBe('system');
    expect(found?.path.replace(/\//g, '\\')).toBe(edge);
  });

  it('returns null when nothing is installed, and requireBrowser says how to install one', () => {
    expect(findBrowser({ PLAYWRIGHT_BROWSERS_PATH: '/nonexistent-pw' }, 'darwin', () => false)).toBeNull();
    expect(noBrowserMessage('linux')).toMatch(/apt-get install -y chromium/);
    expect(noBrowserMessage('win32')).toMatch(/Edge/);
    expect(() => requireBrowser({ CHROMIUM_PATH: '' , PLAYWRIGHT_BROWSERS_PATH: '/nonexistent-pw' }, 'aix')).toThrow(/找不到 Chromium/);
  });
});
