/**
 * Shared by the benchmark and the engine's end-to-end tests: builds the browser build into its
 * own folder (so parallel builds by others never empty it under us), serves it, and launches
 * Debian's Chromium with a persistent profile through playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { requireBrowser } from '../../cli/find-browser';
import { startWebServer, type WebServer } from '../../cli/serve-web';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Builds the web app into `outDir` (relative to the repo) unless it exists and `force` is false. */
export function buildWeb(outDir: string, force = true): string {
  const abs = join(ROOT, outDir);
  if (force || !existsSync(join(abs, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--outDir', abs, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  return abs;
}

export async function serve(root: string): Promise<WebServer> {
  return startWebServer({ root, port: 0 });
}

export function tempProfile(prefix = 'duban-profile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A persistent Chromium context on `profileDir` (the same folder reopens the same IndexedDB). */
export async function launchProfile(profileDir: string, extraArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: requireBrowser(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs], viewport: { width: 1400, height: 900 },
  });
}

/** Opens the app at `hash` and waits until the engine has loaded the store. */
export async function openApp(ctx: BrowserContext, url: string, hash = '#/tickets'): Promise<Page> {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`${url}/${hash}`);
  await page.waitForFunction(() => (globalThis as unknown as { __dubanEngine?: unknown }).__dubanEngine !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => (globalThis as unknown as { __dubanEngine: { ready(): Promise<unknown> } }).__dubanEngine.ready());
  return page;
}

function procIds(): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
}

/** Pid of the Chromium browser process running on `profileDir` (null when none). */
export function browserPid(profileDir: string): number | null {
  for (const pid of procIds()) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmd.some((a) => a === `--user-data-dir=${profileDir}`) && !cmd.some((a) => a.startsWith('--type='))) return pid;
    } catch { /* gone */ }
  }
  return null;
}

/** `root` and all its descendant processes. */
export function processTree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const pid of procIds()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone */ }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, pp] of parent) if (pp === out[i]) out.push(pid);
  return out;
}

/** Resident and proportional memory (MB) of each renderer process of the browser on `profileDir`. */
export function rendererMemory(profileDir: string): { pid: number; rssMB: number; pssMB: number }[] {
  const root = browserPid(profileDir);
  if (root === null) return [];
  const out: { pid: number; rssMB: number; pssMB: number }[] = [];
  for (const pid of processTree(root)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      const pss = /Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (rss) out.push({ pid, rssMB: Number(rss[1]) / 1024, pssMB: pss ? Number(pss[1]) / 1024 : 0 });
    } catch { /* gone */ }
  }
  return out;
}

/** Resident memory (MB) of the app's renderer split by kind: anonymous, file-backed and shared memory. */
export function rendererRssParts(profileDir: string): { anonMB: number; fileMB: number; shmemMB: number } {
  const top = rendererMemory(profileDir).sort((a, b) => b.rssMB - a.rssMB)[0];
  const out = { anonMB: 0, fileMB: 0, shmemMB: 0 };
  if (!top) return out;
  try {
    const st = readFileSync(`/proc/${top.pid}/status`, 'utf8');
    const kb = (k: string): number => Math.round(Number(new RegExp(`${k}:\\s+(\\d+)`).exec(st)?.[1] ?? 0) / 1024);
    return { anonMB: kb('RssAnon'), fileMB: kb('RssFile'), shmemMB: kb('RssShmem') };
  } catch {
    return out;
  }
}

/**
 * Resident memory (MB) of the renderer process that runs the app: the page and its engine worker
 * share one process. Chromium keeps other, idle renderers beside it (the first about:blank page's
 * and a spare one it starts ahead of need); those are not ours and are not counted. Summing them
 * would also count the pages they share with ours (Chromium's code) three times.
 */
export function rendererRssMB(profileDir: string): number {
  return Math.max(0, ...rendererMemory(profileDir).map((r) => r.rssMB));
}
