import type { CDPSession, Page } from 'playwright-core';

/** The long tasks (over 50 ms) of the page's main thread during one step, in ms. */
export type StepLongTasks = {
  /** As the page's PerformanceObserver('longtask') saw them: wall-clock durations. */
  wall: number[];
  /**
   * The main thread's CPU time of each task over 50 ms wall clock (Chrome's trace, `tdur`): what the
   * page's own work cost, without the time it waited for a CPU taken by other processes.
   */
  cpu: number[];
};

type TraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };

/**
 * Watches a page's long tasks step by step: a PerformanceObserver('longtask') in the page, and a
 * Chrome trace of the renderer's main thread for the CPU time of the same tasks.
 */
export class LongTaskWatch {
  private cdp: CDPSession | null = null;
  constructor(readonly page: Page) {}

  async start(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __longTasks?: number[] };
      if (w.__longTasks) return;
      w.__longTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__longTasks!.push(e.duration); }).observe({ type: 'longtask' });
    });
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    await this.cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline', '__metadata'] }, transferMode: 'ReportEvents' });
  }

  /** Ends the step: its long tasks, and starts watching the next one. */
  async step(fn: () => Promise<void>): Promise<StepLongTasks> {
    await this.start();
    await fn();
    const events: TraceEvent[] = [];
    const cdp = this.cdp!;
    const onData = (e: { value: unknown[] }): void => { events.push(...(e.value as TraceEvent[])); };
    cdp.on('Tracing.dataCollected', onData);
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    const wall = await this.page.evaluate(() => { const w = window as unknown as { __longTasks: number[] }; const x = w.__longTasks; w.__longTasks = []; return x; });
    const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const cpu = events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > 50_000)
      .map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
    return { wall, cpu };
  }
}
