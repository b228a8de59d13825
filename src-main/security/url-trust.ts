import { isSameOrigin } from '../protocol/app-origin';

/** Longest URL handed to the system browser; longer ones are refused as suspicious. */
const MAX_EXTERNAL_URL = 2048;

/**
 * True when `url` may be opened in the system browser: http or https, a host name, no user name
 * or password (`https://gov.cn@evil.example` tricks), no control characters, not too long.
 * Everything else (file:, javascript:, custom schemes that start other programs) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (url.length > MAX_EXTERNAL_URL || /[\u0000-\u001f\u007f]/.test(url)) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '' && u.username === '' && u.password === '';
}

/** What to do when the page tries to go to `url`. */
export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * Navigation in the app window: the app's own origin stays in the window; a safe http(s) link
 * opens in the system browser; anything else is blocked.
 */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  if (isSameOrigin(url, appOrigin)) return 'allow';
  return isSafeExternalUrl(url) ? 'open-external' : 'deny';
}

/**
 * New windows (window.open, target=_blank): never created. A safe http(s) link opens in the
 * system browser; the app's own pages and everything else are refused.
 */
export function decideWindowOpen(url: string, appOrigin: string): 'open-external' | 'deny' {
  return !isSameOrigin(url, appOrigin) && isSafeExternalUrl(url) ? 'open-external' : 'deny';
}
