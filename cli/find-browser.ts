/**
 * Finds a Chromium-family browser for the headless work of the CLI (notices to PDF), the
 * end-to-end tests and the benchmark, the way an office PC has one: `CHROMIUM_PATH` when set,
 * then Debian's Chromium, then a Chromium that Playwright installed, then the system's Chrome or
 * Edge (Edge is on every Windows office PC). No download is ever attempted.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type BrowserFound = { path: string; source: 'CHROMIUM_PATH' | 'debian' | 'playwright' | 'system' };

type Env = Record<string, string | undefined>;

/** Where Playwright keeps the browsers it installed (PLAYWRIGHT_BROWSERS_PATH, else its per-OS cache). */
function playwrightCache(env: Env, platform: NodeJS.Platform): string {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') return env.PLAYWRIGHT_BROWSERS_PATH;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'ms-playwright');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'ms-playwright');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ms-playwright');
}

/** Executables of Playwright-installed Chromium builds, newest revision first. */
function playwrightBrowsers(env: Env, platform: NodeJS.Platform): string[] {
  const root = playwrightCache(env, platform);
  let dirs: string[];
  try {
    dirs = readdirSync(root).filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d));
  } catch {
    return [];
  }
  const rev = (d: string) => Number(/-(\d+)$/.exec(d)![1]);
  dirs.sort((a, b) => rev(b) - rev(a) || (a.includes('headless') ? 1 : -1));
  const inner = platform === 'win32'
    ? [['chrome-win64', 'chrome.exe'], ['chrome-win', 'chrome.exe'], ['chrome-headless-shell-win64', 'chrome-headless-shell.exe']]
    : platform === 'darwin'
      ? [['chrome-mac-arm64', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'], ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
        ['chrome-headless-shell-mac-arm64', 'chrome-headless-shell'], ['chrome-headless-shell-mac-x64', 'chrome-headless-shell']]
      : [['chrome-linux64', 'chrome'], ['chrome-linux', 'chrome'], ['chrome-headless-shell-linux64', 'chrome-headless-shell']];
  return dirs.flatMap((d) => inner.map((parts) => join(root, d, ...parts)));
}

/** The system's Chrome and Edge installations for the platform, in order of preference. */
function systemBrowsers(env: Env, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...roots.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  return [
    '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge-stable', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge',
  ];
}

/** The message shown when no browser is found: what to install, per platform. */
export function noBrowserMessage(platform: NodeJS.Platform = process.platform): string {
  const how = platform === 'win32'
    ? '安装 Microsoft Edge 或 Google Chrome'
    : platform === 'darwin'
      ? '安装 Google Chrome'
      : 'sudo apt-get install -y chromium fonts-noto-cjk（Debian/UOS/麒麟），或安装 Google Chrome';
  return `找不到 Chromium 内核的浏览器。请${how}，或把浏览器可执行文件的路径写入环境变量 CHROMIUM_PATH 后重试。`;
}

/**
 * The browser to drive, or null when none is installed. A `CHROMIUM_PATH` that names no file is
 * an error (the user asked for that one), not a reason to pick another.
 */
export function findBrowser(env: Env = process.env, platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = existsSync): BrowserFound | null {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) {
    if (!exists(given)) throw new Error(`环境变量 CHROMIUM_PATH 指向的文件不存在：${given}。请改为浏览器可执行文件的完整路径，或删除该变量。`);
    return { path: given, source: 'CHROMIUM_PATH' };
  }
  if (platform === 'linux' && exists('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'debian' };
  for (const p of playwrightBrowsers(env, platform)) if (exists(p)) return { path: p, source: 'playwright' };
  for (const p of systemBrowsers(env, platform)) if (exists(p)) return { path: p, source: 'system' };
  return null;
}

/** {@link findBrowser}'s path, or an Error carrying {@link noBrowserMessage}. */
export function requireBrowser(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
  const found = findBrowser(env, platform);
  if (!found) throw new Error(noBrowserMessage(platform));
  return found.path;
}
