import { shell, type Session, type WebContents } from 'electron';
import { isPermissionAllowed } from './permissions';
import { decideNavigation, decideWindowOpen } from './url-trust';

/** Denies every permission except the few {@link isPermissionAllowed} grants to the app origin. */
export function denyPermissions(session: Session, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, appOrigin));
}

/** Sends the CSP with every response from `origin` (used for the dev server; app:// sets its own). */
export function addCspHeader(session: Session, origin: string, csp: string): void {
  session.webRequest.onHeadersReceived({ urls: [`${origin}/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/**
 * Locks one web contents: no new windows (safe http(s) links go to the system browser), no
 * navigation off the app origin, no webviews.
 */
export function lockNavigation(contents: WebContents, appOrigin: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url, appOrigin) === 'open-external') void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url, appOrigin);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url, appOrigin) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
