/**
 * The tiny hash router: `#/route?query`. Pure parsing and formatting (unit-tested) plus a hook
 * that follows `hashchange`. No router package: eleven flat routes do not need one.
 */
import { useSyncExternalStore } from 'react';
import { ROUTES, type Route } from './navigation';

export type Location = {
  /** The route, or null when the hash names none (empty hash or unknown path). */
  route: Route | null;
  /** The path as written, without `#/` and query (`tickets`, or `nosuch` for an unknown one). */
  path: string;
  /** Query parameters; the last value wins when a name repeats. */
  params: Record<string, string>;
};

export function isRoute(value: string): value is Route {
  return (ROUTES as readonly string[]).includes(value);
}

/** Parses `#/route?query` (a leading `#`, `/` or trailing `/` is optional). */
export function parseHash(hash: string): Location {
  let h = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = h.indexOf('?');
  const query = q >= 0 ? h.slice(q + 1) : '';
  h = q >= 0 ? h.slice(0, q) : h;
  const path = h.replace(/^\/+|\/+$/g, '');
  let decoded = path;
  try { decoded = decodeURIComponent(path); } catch { /* keep the raw path */ }
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = v;
  return { route: isRoute(decoded) ? decoded : null, path: decoded, params };
}

/** Formats a route and parameters as a hash (`#/tickets?view=3`); empty values are left out. */
export function formatHash(route: Route, params: Record<string, string | number | undefined> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return `#/${route}${s ? `?${s}` : ''}`;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const getHash = () => window.location.hash;

/** The current hash, re-rendering on every change. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, () => '');
}

/** The current location, parsed. */
export function useLocation(): Location {
  const hash = useHash();
  return parseLocationCached(hash);
}

let lastHash: string | null = null;
let lastLocation: Location = { route: null, path: '', params: {} };
function parseLocationCached(hash: string): Location {
  if (hash !== lastHash) { lastHash = hash; lastLocation = parseHash(hash); }
  return lastLocation;
}

/** The query parameters of the current route. */
export function useRouteParams(): Record<string, string> {
  return useLocation().params;
}
