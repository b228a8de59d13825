/**
 * Serves the browser build (out/web) on http://127.0.0.1:4173 (or env PORT / HOST): a small
 * static server with the same Content-Security-Policy as the desktop app, correct MIME types,
 * no path traversal, and index.html for any other path (the app routes by hash).
 * `npm run web` builds and starts it; the e2e tests reuse `startWebServer`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor } from '../src-main/protocol/resolve-asset';
import { buildCsp } from '../src-main/security/csp';

/** The policy the Electron window sends too (one definition, in src-main/security/csp.ts). */
export const CONTENT_SECURITY_POLICY = buildCsp();

export type WebServerOptions = { root: string; port?: number; host?: string };
export type WebServer = { url: string; close(): Promise<void> };

function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The file under `root` that a URL path names, or null when it would leave `root` (after
 * percent-decoding: `..`, encoded slashes, NUL) or cannot be decoded.
 */
export function resolveUnderRoot(root: string, urlPath: string): string | null {
  let decoded: string;
  try { decoded = decodeURIComponent(urlPath); } catch { return null; }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, status = 200): Promise<void> {
  const type = contentTypeFor(file);
  // Hashed assets never change; index.html must always be fresh to pick up a new build.
  const cache = /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(status, { ...baseHeaders(), 'Content-Type': type, 'Content-Length': String(size), 'Cache-Control': cache });
  if (req.method === 'HEAD') { res.end(); return; }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on('error', () => { res.destroy(); done(); });
    stream.on('end', done);
    stream.pipe(res);
  });
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(text);
}

async function fileSize(path: string): Promise<number | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, '只支持 GET 和 HEAD 请求', { Allow: 'GET, HEAD' });
    return;
  }
  const pathname = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
  const file = resolveUnderRoot(root, pathname);
  if (file === null) {
    sendText(res, 400, '请求的路径无效');
    return;
  }
  const size = await fileSize(file);
  if (size !== null) { await sendFile(req, res, file, size); return; }
  // A missing asset is a real 404 (a stale page asking for an old chunk should fail loudly);
  // any other path is the single-page app.
  if (/\.[A-Za-z0-9]+$/.test(pathname) && pathname !== '/index.html') {
    sendText(res, 404, `找不到文件 ${pathname}`);
    return;
  }
  const index = resolve(root, 'index.html');
  const indexSize = await fileSize(index);
  if (indexSize === null) {
    sendText(res, 500, `没有找到 ${index}：请先运行 npm run build:web 生成浏览器版`);
    return;
  }
  await sendFile(req, res, index, indexSize);
}

/** Starts the static server; port 0 picks a free port. Resolves once it listens. */
export async function startWebServer({ root, port = 4173, host = '127.0.0.1' }: WebServerOptions): Promise<WebServer> {
  const absRoot = resolve(root);
  const server = createServer((req, res) => {
    handle(absRoot, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `服务器内部错误：${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => { server.off('error', fail); ok(); });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}/`,
    close: () => new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}

async function main(): Promise<void> {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../out/web');
  const port = process.env.PORT ? Number(process.env.PORT) : 4173;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`环境变量 PORT=${process.env.PORT} 不是有效端口，请设为 0–65535 之间的整数`);
  }
  if ((await fileSize(resolve(root, 'index.html'))) === null) {
    throw new Error(`没有找到浏览器版 ${root}/index.html，请先运行 npm run build:web`);
  }
  const server = await startWebServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
  process.stdout.write(`督办工作台浏览器版：${server.url}\n按 Ctrl+C 停止\n`);
  const stop = () => { void server.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run when started as a script (tsx cli/serve-web.ts), not when imported by the tests.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`错误: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
