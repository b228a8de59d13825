import { isSameOrigin } from '../protocol/app-origin';

/*
 * The only permissions the app grants, and only to its own origin: full screen for the big
 * screen (大屏) view, and writing sanitized text to the clipboard for "copy" buttons. Camera,
 * microphone, geolocation, notifications, USB, HID and the rest are denied.
 */
const ALLOWED = new Set(['fullscreen', 'clipboard-sanitized-write']);

/** Whether to grant `permission` to a request from `origin` (deny by default). */
export function isPermissionAllowed(permission: string, origin: string, appOrigin: string): boolean {
  return ALLOWED.has(permission) && isSameOrigin(origin, appOrigin);
}
