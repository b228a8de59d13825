/**
 * The preload's bridge (`window.duban`), typed by the IPC contract (src-core/ipc). In the e2e
 * tests a page binding stands in for the preload. Absent in the browser build.
 */
import type { DubanBridge } from '@core/ipc/bridge';

export type { DubanBridge };
export type { IpcResult } from '@core/ipc/result';

/** The bridge, when running under Electron's preload (or its test stand-in). */
export function getBridge(): DubanBridge | undefined {
  if (typeof window === 'undefined') return undefined;
  return (window as unknown as { duban?: DubanBridge }).duban;
}
