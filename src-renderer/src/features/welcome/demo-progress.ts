import type { ImportPhase, ImportProgress } from '@renderer/engine/api';

/** Where each phase sits on the progress bar (percent from, percent to). */
const SPANS: Record<ImportPhase, [number, number]> = {
  reading: [0, 5],
  parsing: [5, 50],
  indexing: [50, 60],
  writing: [60, 99],
  done: [100, 100],
};

/**
 * Overall percent (0–100) of an import: the phase's span, advanced within it by bytes read
 * when the size is known, otherwise by rows out of `expectedRows`. The engine may report phases
 * in another order or restart a row count, so callers keep the maximum (see {@link nextPercent}).
 */
export function progressPercent(p: ImportProgress, expectedRows: number): number {
  const [from, to] = SPANS[p.phase];
  const within = p.bytesTotal > 0 ? p.bytesRead / p.bytesTotal : expectedRows > 0 ? p.rows / expectedRows : 0;
  return Math.round(from + (to - from) * Math.min(1, Math.max(0, within)));
}

/** The bar never moves backwards: the larger of the shown percent and the new one. */
export function nextPercent(shown: number, p: ImportProgress, expectedRows: number): number {
  return p.phase === 'done' ? 100 : Math.max(shown, progressPercent(p, expectedRows));
}
