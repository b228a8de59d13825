/*
 * The app is served from one fixed origin for every release: app://duban. IndexedDB, and with
 * it every ticket and record the user keeps, belongs to an origin; a file:// URL or an origin
 * that changed between versions would orphan that data.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'duban';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of `url`, lower-cased, or null when it cannot be parsed. Computed by
 * hand because WHATWG URL reports origin "null" for schemes Node does not know (app:).
 */
export function originOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.host === '') return null;
  return `${u.protocol}//${u.host}`.toLowerCase();
}

/** True when `url` has exactly the origin `origin` (scheme, host and port). */
export function isSameOrigin(url: string, origin: string): boolean {
  const o = originOf(url);
  return o !== null && o === originOf(origin);
}
