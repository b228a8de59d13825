import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@renderer/db';
import { getEngine } from '@renderer/engine/client';
import type { StoreStats } from '@renderer/engine/api';

/**
 * What the ticket store holds: the engine's answer once it is ready, then db.meta 'store' (which
 * the engine rewrites after every import or clear) so the page follows imports live.
 * `undefined` while loading; `error` when the engine could not start.
 */
export function useStoreStats(): { stats: StoreStats | undefined; error: string | null } {
  const [ready, setReady] = useState<StoreStats | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const live = useLiveQuery(() => db.meta.get('store'), []);
  useEffect(() => {
    let alive = true;
    getEngine().ready().then(
      (s) => { if (alive) setReady(s); },
      (e: unknown) => { if (alive) setError(e instanceof Error ? e.message : String(e)); },
    );
    return () => { alive = false; };
  }, []);
  if (!ready) return { stats: undefined, error };
  const fromMeta = live && typeof live.tickets === 'number' ? (live as unknown as StoreStats) : null;
  return { stats: fromMeta ?? ready, error };
}
