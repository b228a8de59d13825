import type { ImportPhase, ImportProgress } from '@renderer/engine/api';

/** Where each phase sits on the progress bar (percent from, percent to). */
const SPANS: Record<ImportPhase, [number, number]> = {
  reading: [0, 10],
  parsing: [10, 45],
  writing: [45, 90],
  indexing: [90, 99],
  done: [100, 100],
};

/**
 * Overall percent (0–100) of an import: the phase's span, advanced within it by bytes read
 * when the size is known, otherwise by rows out of `expectedRows`. Never goes backwards within
 * a phase order because spans are ordered.
 */
export function progressPercent(p: ImportProgress, expectedRows: number): number {
  const [from, to] = SPANS[p.phase];
  const within = p.bytesTotal > 0 ? p.bytesRead / p.bytesTotal : expectedRows > 0 ? p.rows / expectedRows : 0;
  return Math.round(from + (to - from) * Math.min(1, Math.max(0, within)));
}
