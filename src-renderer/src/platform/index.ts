/**
 * The renderer's one door to the machine. Chosen once at start: the desktop app (the preload
 * put `window.duban` there) or the browser build.
 */
import { getBridge } from './bridge';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './desktop';
import type { Platform } from './types';

export { PlatformError, type AppInfo, type DisplayInfo, type EvidenceReceipt, type OfficeServer, type Platform, type SaveResult, type ServerSettings, type ServerTest } from './types';
export { getBridge, type DubanBridge, type IpcResult } from './bridge';

function choosePlatform(): Platform {
  const bridge = getBridge();
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}

export const platform: Platform = choosePlatform();

// The e2e tests reach the platform as window.__dubanPlatform (as they reach the engine).
if (typeof window !== 'undefined' && !Object.prototype.hasOwnProperty.call(window, '__dubanPlatform')) {
  Object.defineProperty(window, '__dubanPlatform', { value: platform, configurable: true });
}
