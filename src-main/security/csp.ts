/** Options for {@link buildCsp}. */
export type CspOptions = {
  /**
   * Origin of the electron-vite dev server (`http://localhost:5173`) when developing: Vite's
   * client needs its inline React-refresh preamble and a WebSocket for hot reload. Never set in
   * a packaged app.
   */
  devServerOrigin?: string;
};

/**
 * The Content-Security-Policy sent with every page response. Scripts only from the app itself,
 * workers also from blob: (the ticket engine), inline styles allowed because antd injects them
 * (CSS-in-JS), images also from data:/blob: (charts, thumbnails), no plugins, no <base>, and the
 * page may not be framed. In development the dev server's origin, inline scripts and its
 * WebSocket are added.
 */
export function buildCsp(options: CspOptions = {}): string {
  const dev = options.devServerOrigin?.replace(/\/+$/, '');
  const ws = dev?.replace(/^http/, 'ws');
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'", dev] : ["'self'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['connect-src', dev ? ["'self'", dev, ws!] : ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
