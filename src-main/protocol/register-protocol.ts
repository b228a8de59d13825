import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { contentTypeFor, resolveAppAsset } from './resolve-asset';

/**
 * Declares app:// a standard, secure scheme with fetch, CORS and streaming, so the page gets a
 * real origin (IndexedDB, module workers, fetch of its own assets). Must run before 'ready'.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([{
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
  }]);
}

/**
 * Serves app://duban/ from `root` (out/renderer) in `session`, with the CSP header on every
 * response. Paths are checked by {@link resolveAppAsset}; missing files answer 404.
 */
export function serveAppProtocol(session: Session, root: string, csp: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const headers = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('只允许读取', { status: 405, headers });
    const resolved = resolveAppAsset(root, request.url);
    if (!resolved.ok) return new Response('拒绝访问', { status: resolved.status, headers });
    try {
      const body = await readFile(resolved.path);
      return new Response(body, { status: 200, headers: { ...headers, 'content-type': contentTypeFor(resolved.path) } });
    } catch {
      return new Response('找不到文件', { status: 404, headers });
    }
  });
}
