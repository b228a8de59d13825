import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '@renderer/engine/api';
import { nextPercent, progressPercent } from '@renderer/features/welcome/demo-progress';

const p = (phase: ImportProgress['phase'], rows: number, bytesRead = 0, bytesTotal = 0): ImportProgress =>
  ({ phase, fileName: 'demo', bytesRead, bytesTotal, rows, rowsPerSecond: 0 });

describe('demo progress bar', () => {
  it('advances within a phase by rows, or by bytes when the size is known', () => {
    expect(progressPercent(p('parsing', 0), 1000)).toBe(5);
    expect(progressPercent(p('parsing', 500), 1000)).toBe(28);
    expect(progressPercent(p('parsing', 1000), 1000)).toBe(50);
    expect(progressPercent(p('reading', 0, 50, 100), 1000)).toBe(3);
    expect(progressPercent(p('writing', 2000), 1000)).toBe(99);
  });

  it('never moves backwards, whatever order the engine reports phases in, and ends at 100', () => {
    let shown = 0;
    const seq = [p('parsing', 1000), p('indexing', 0), p('writing', 0), p('writing', 500)];
    const seen = seq.map((x) => (shown = nextPercent(shown, x, 1000)));
    expect(seen).toEqual([50, 50, 60, 80]);
    expect(nextPercent(80, p('parsing', 10), 1000)).toBe(80);
    expect(nextPercent(80, p('done', 0), 1000)).toBe(100);
  });
});
