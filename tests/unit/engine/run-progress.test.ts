import { describe, expect, it } from 'vitest';
import type { RunProgress } from '@renderer/engine/api';
import { throttleProgress } from '@renderer/engine/throttle-progress';

describe('throttleProgress', () => {
  it('sends the first report and then at most one per interval', () => {
    let now = 0;
    const sent: RunProgress[] = [];
    const report = throttleProgress((p) => sent.push(p), 100, () => now);
    report('order', 0, 10);
    for (let i = 1; i <= 10; i++) { now += 30; report('R1', i, 10); }
    // t = 0 sent; then t = 120 (i = 4), 240 (i = 8); 300 is only 60 ms after 240.
    expect(sent).toEqual([{ phase: 'order', done: 0, total: 10 }, { phase: 'R1', done: 4, total: 10 }, { phase: 'R1', done: 8, total: 10 }]);
  });
});
