import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, isSafeExternalUrl } from '../../../src-main/security/url-trust';
import { isTrustedSender } from '../../../src-main/security/sender-check';
import { isPermissionAllowed } from '../../../src-main/security/permissions';
import { APP_ORIGIN } from '../../../src-main/protocol/app-origin';

describe('external URLs', () => {
  it('opens only plain http(s) links in the system browser', () => {
    expect(isSafeExternalUrl('https://www.gov.cn/zhengce/')).toBe(true);
    expect(isSafeExternalUrl('http://12345.beijing.gov.cn/')).toBe(true);
    for (const url of [
      'file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'ms-msdt:/id PCWDiagnostic', 'smb://host/share',
      'https://www.gov.cn@evil.example/', 'https://user:pw@example.com/', 'not a url', 'https://',
      `https://example.com/${'a'.repeat(3000)}`, 'https://example.com/\u0000x', 'data:text/html,<script>',
    ]) expect(isSafeExternalUrl(url), url).toBe(false);
  });

  it('keeps the app origin in the window, sends links out, blocks the rest', () => {
    expect(decideNavigation('app://duban/index.html#/chronic', APP_ORIGIN)).toBe('allow');
    expect(decideNavigation('https://www.gov.cn/', APP_ORIGIN)).toBe('open-external');
    expect(decideNavigation('file:///etc/passwd', APP_ORIGIN)).toBe('deny');
    expect(decideNavigation('app://other/index.html', APP_ORIGIN)).toBe('deny');
    expect(decideNavigation('http://localhost:5173/#/x', 'http://localhost:5173')).toBe('allow');
  });

  it('never opens a new app window', () => {
    expect(decideWindowOpen('app://duban/index.html', APP_ORIGIN)).toBe('deny');
    expect(decideWindowOpen('https://www.gov.cn/', APP_ORIGIN)).toBe('open-external');
    expect(decideWindowOpen('javascript:void(0)', APP_ORIGIN)).toBe('deny');
  });
});

describe('IPC sender check', () => {
  const own = { frameUrl: 'app://duban/index.html#/tickets', isMainFrame: true, isOwnWindow: true };
  it('serves the main frame of the app window', () => {
    expect(isTrustedSender(own, APP_ORIGIN)).toBe(true);
  });
  it('refuses sub-frames, other origins, vanished frames and foreign windows', () => {
    expect(isTrustedSender({ ...own, isMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...own, frameUrl: 'https://evil.example/' }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...own, frameUrl: 'file:///tmp/x.html' }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...own, frameUrl: null }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...own, isOwnWindow: false }, APP_ORIGIN)).toBe(false);
  });
});

describe('permissions', () => {
  it('denies by default and grants full screen and clipboard writes to the app only', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'camera', 'hid', 'usb', 'openExternal', 'clipboard-read']) {
      expect(isPermissionAllowed(p, APP_ORIGIN, APP_ORIGIN), p).toBe(false);
    }
    expect(isPermissionAllowed('fullscreen', 'app://duban/', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ORIGIN, APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'https://evil.example', APP_ORIGIN)).toBe(false);
  });
});
