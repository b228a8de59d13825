import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

export type AssetResolution = { ok: true; path: string } | { ok: false; status: 400 | 403 };

/**
 * Maps a request on app://duban/ to a file under `root` (out/renderer). The path is decoded,
 * then refused (403) when it holds '..' or '.' segments, backslashes, NUL, a drive or stream
 * colon, or would resolve outside `root`; a folder path serves its index.html. A URL that does
 * not parse or is not app://duban gives 400/403. `p` is the path flavour (tests pass win32).
 */
export function resolveAppAsset(root: string, requestUrl: string, p: path.PlatformPath = path): AssetResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (/[\\\0:]/.test(decoded)) return { ok: false, status: 403 };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return { ok: false, status: 403 };
  if (decoded === '' || decoded.endsWith('/')) segments.push('index.html');
  const base = p.resolve(root);
  const full = p.resolve(base, ...segments);
  const rel = p.relative(base, full);
  if (rel === '' || rel.startsWith('..') || p.isAbsolute(rel)) return { ok: false, status: 403 };
  return { ok: true, path: full };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type for a file, by extension; unknown types are served as bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
