import type { RunProgress } from './api';
import type { ProgressReport } from './computations/index';

/**
 * A {@link ProgressReport} that forwards at most one report per `intervalMs` (default 100 ms,
 * i.e. ≤ 10 messages a second) to `send`; the first report is always sent. A phase's last
 * report (done ≥ total) is sent when the interval allows, so a fast phase may go unseen:
 * the UI shows the latest state, not every step. `now` is injectable for tests.
 */
export function throttleProgress(send: (p: RunProgress) => void, intervalMs = 100, now: () => number = Date.now): ProgressReport {
  let last = -Infinity;
  return (phase, done, total) => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    send({ phase, done, total });
  };
}
