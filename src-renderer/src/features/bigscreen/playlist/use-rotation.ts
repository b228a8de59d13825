import { useCallback, useEffect, useState } from 'react';
import { stepIndex, type PlaylistItem } from './playlist';

export type Rotation = { index: number; paused: boolean; next(): void; prev(): void; togglePause(): void };

/**
 * The playlist's clock: screen `index` stays for its `seconds`, then the next one comes (wrapping
 * around). Moving by hand restarts the current screen's interval; pausing keeps the screen.
 */
export function useRotation(items: readonly PlaylistItem[], start = 0): Rotation {
  const [index, setIndex] = useState(() => stepIndex(start, items.length, 0));
  const [paused, setPaused] = useState(false);
  const [tick, setTick] = useState(0);
  const n = items.length;
  const safe = n ? Math.min(index, n - 1) : 0;
  const seconds = items[safe]?.seconds ?? 30;
  useEffect(() => {
    if (paused || n <= 1) return;
    const timer = setTimeout(() => setIndex((i) => stepIndex(i, n, 1)), seconds * 1000);
    return () => clearTimeout(timer);
  }, [safe, paused, n, seconds, tick]);
  const next = useCallback(() => { setIndex((i) => stepIndex(i, n, 1)); setTick((x) => x + 1); }, [n]);
  const prev = useCallback(() => { setIndex((i) => stepIndex(i, n, -1)); setTick((x) => x + 1); }, [n]);
  const togglePause = useCallback(() => setPaused((p) => !p), []);
  return { index: safe, paused, next, prev, togglePause };
}
