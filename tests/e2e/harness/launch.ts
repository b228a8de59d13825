/**
 * Starts the app for one test: Debian's Chromium driven by playwright-core, a fresh profile
 * (unless one is given), and the real main-process IPC handlers behind `window.duban` in place of
 * the preload (GUIDE.md: the tests exercise the handler modules too).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { createIpcDispatcher } from '../../../src-main/handlers/index';
import { requireBrowser } from '../../../cli/find-browser';
import { collectErrors, type PageErrors } from './errors';

/** The browser the tests drive: CHROMIUM_PATH, Debian's Chromium, Playwright's, or the system's Chrome/Edge. */
export const CHROMIUM_PATH = requireBrowser();
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
  // The UI language of the offices' desktops: native date inputs then read 2026/10/31, not 10/31/2026.
  '--lang=zh-CN',
];

export type LaunchOptions = {
  /** Reuse a profile (e.g. to test a restart); default: a fresh temporary one, removed on close. */
  profileDir?: string;
  /** Stand in for the preload with the real IPC handlers (default true); false = the browser build as users get it. */
  exposeBridge?: boolean;
  /** The hash to open, e.g. '#/welcome?demo=5000'. */
  hash?: string;
  viewport?: { width: number; height: number };
};

export type LaunchedApp = {
  /** The browser context (launchPersistentContext gives a context, not a Browser; `browser()` is null). */
  browser: BrowserContext;
  page: Page;
  url: string;
  profileDir: string;
  /** The main-process data folder the IPC handlers write to (evidence, saved files). */
  dataDir: string;
  /** Console errors and page errors so far; tests assert it stays empty. */
  errors: PageErrors;
  close(): Promise<void>;
};

/** The URL of the served browser build (from global-setup). */
export function webUrl(): string {
  let url: string | undefined;
  try { url = inject('webUrl'); } catch { /* outside a vitest worker */ }
  url ??= process.env.DUBAN_WEB_URL;
  if (!url) throw new Error('没有可用的浏览器版地址：请用 npm run test:e2e 运行（global-setup 会构建并启动服务）');
  return url;
}

/** Values crossing the binding may arrive as plain arrays or objects; the contract wants Uint8Array. */
function revive(value: unknown): unknown {
  if (value instanceof Uint8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

async function standInForPreload(context: BrowserContext, page: Page, dataDir: string): Promise<void> {
  const savedDir = join(dataDir, 'saved');
  const dispatcher = createIpcDispatcher({
    dataDir,
    // The save dialog "chooses" <dataDir>/saved/<suggested name>, so tests can read what was saved.
    dialogs: {
      async showSaveDialog(req) {
        await mkdir(savedDir, { recursive: true });
        return join(savedDir, basename(req.suggestedName));
      },
    },
    printer: {
      printToPdf: async (o) => new Uint8Array(await page.pdf({ landscape: o.landscape, format: o.pageSize, printBackground: true })),
    },
    window: { getState: () => ({ maximized: false, fullScreen: false }) },
  });
  await page.exposeBinding('__dubanInvoke', async (_source, channel: string, payload: unknown) =>
    dispatcher(channel, revive(payload)));
  // The preload's API, as the page sees it (the script runs in the page, so it is a string here).
  await context.addInitScript({
    content: 'window.duban = { invoke: (c, p) => window.__dubanInvoke(c, p), on: () => () => {} };',
  });
}

/** Starts Chromium on the app and waits until the shell is there. */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const { exposeBridge = true, hash = '', viewport = { width: 1440, height: 900 } } = options;
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'duban-e2e-'));
  const dataDir = join(profileDir, 'duban-data');
  const context = await chromium.launchPersistentContext(join(profileDir, 'chromium'), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  // This machine runs several suites at once (load averages of 15+ on 2 cores were seen):
  // waits are generous so a slow moment is not a failure; real hangs still fail.
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? await context.newPage();
  const errors = collectErrors(page, new URL(webUrl()).origin);
  if (exposeBridge) await standInForPreload(context, page, dataDir);
  const url = webUrl() + hash;
  await page.goto(url);
  await page.getByTestId('title-bar').waitFor();
  return {
    browser: context,
    page,
    url,
    profileDir,
    dataDir,
    errors,
    async close() {
      await context.close();
      if (ownProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
