import { create } from 'zustand';
import { db } from '@renderer/db';
import { getEngine } from '@renderer/engine/client';
import type { StoreStats } from '@renderer/engine/api';
import { navigate } from './navigation';
import { parseHash } from './router';

export type EngineStatus =
  | { state: 'starting' }
  | { state: 'ready'; stats: StoreStats }
  | { state: 'error'; message: string };

/** Whether the ticket engine has loaded the store (shown in the status bar). */
export const useEngineStatus = create<EngineStatus>()(() => ({ state: 'starting' }));

/** The 'store' row of db.meta: what the store holds (the engine keeps it current). */
export async function readStoreStats(): Promise<StoreStats | undefined> {
  return (await db.meta.get('store')) as StoreStats | undefined;
}

/**
 * Work done once when the app opens: ask the browser to keep our storage (IndexedDB may
 * otherwise be evicted under disk pressure), pick the first page, and load the engine.
 */
export async function startApp(): Promise<void> {
  // persist() may be refused or missing (older WebViews); the app works either way.
  void navigator.storage?.persist?.().catch(() => false);

  if (parseHash(window.location.hash).path === '') {
    // First run (empty store) opens the welcome page; otherwise the dashboard.
    const stats = await readStoreStats().catch(() => undefined);
    if (parseHash(window.location.hash).path === '') navigate(stats && stats.tickets > 0 ? 'home' : 'welcome');
  }

  try {
    const stats = await getEngine().ready();
    useEngineStatus.setState({ state: 'ready', stats }, true);
  } catch (error) {
    useEngineStatus.setState({ state: 'error', message: error instanceof Error ? error.message : String(error) }, true);
  }
}
