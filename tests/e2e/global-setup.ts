/**
 * Runs once before the e2e tests: builds the browser build when out/web is missing or older
 * than its sources, serves it on a free port, and hands the URL to the tests
 * (`inject('webUrl')`, also env DUBAN_WEB_URL).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startWebServer } from '../../cli/serve-web';

declare module 'vitest' {
  // Module augmentation needs an interface.
  export interface ProvidedContext {
    webUrl: string;
  }
}

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'out/web');
const SOURCES = ['src-renderer', 'src-core', 'vite.web.config.ts', 'package.json'];

/** The newest modification time (ms) of the files under `path`. */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

/** Whether out/web must be (re)built: missing, or older than any source file. */
export function webBuildIsStale(): boolean {
  const index = join(OUT, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((p) => existsSync(join(ROOT, p)) && newest(join(ROOT, p)) > built);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DUBAN_E2E_SKIP_BUILD !== '1' && webBuildIsStale()) {
    process.stdout.write('e2e: building the browser build (vite build --config vite.web.config.ts)…\n');
    // vitest sets NODE_ENV=test; the build must be the production one users get.
    execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const server = await startWebServer({ root: OUT, port: 0 });
  project.provide('webUrl', server.url);
  process.env.DUBAN_WEB_URL = server.url;
  return () => server.close();
}
