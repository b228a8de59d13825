import type { ChronicProgress } from '@core/chronic/types';

/**
 * Phase names of the 疑难件 detection progress (ChronicIndex phases) as the page shows them.
 * Kept apart from ./chronic.ts so the page can import it without bundling the detection code.
 */
export const CHRONIC_PHASES: Record<ChronicProgress['phase'], string> = {
  order: '排序', R1: '同址', R2: '同一来电人', R6: '相似诉求', flags: '标记',
};
