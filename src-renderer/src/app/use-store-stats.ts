import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@renderer/db';
import { getEngine } from '@renderer/engine/client';
import type { StoreStats } from '@renderer/engine/api';

/**
 * What the ticket store holds: the engine's answer once it is ready, then db.meta 'store' (which
 * the engine rewrites after every import or clear) so the page follows imports live.
 * `undefined` while loading; `error` when the engine could not start. With `early`, the stored
 * stats are returned as soon as db.meta is read, before the engine has read the tickets: the
 * tickets page mounts its grid while the worker is still reading, and the grid's first request
 * is answered from the first chunk.
 */
export function useStoreStats(opts: { early?: boolean } = {}): { stats: StoreStats | undefined; error: string | null } {
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
  const fromMeta = live && typeof live.tickets === 'number' ? (live as unknown as StoreStats) : null;
  if (!ready) return { stats: opts.early && fromMeta ? fromMeta : undefined, error };
  return { stats: fromMeta ?? ready, error };
}
