/**
 * `tsx tests/bench/memory-trace.ts --rows N`: where the renderer's memory goes. Prints the app's
 * renderer process's resident memory with the JS heap and ArrayBuffer backing stores of the page
 * and of the engine worker (CDP Runtime.getHeapUsage through a non-flattened target attach): on an
 * empty store, every half second while importing the cached demo CSV of N rows (with the import's
 * phase), after the import, after each grid query and assessment run the bench makes (BACK_TO_BACK=1:
 * run without pauses, as the bench does, with memory every 250 ms), and after a cold reopen once the whole store is loaded. GC=1 forces a
 * garbage collection in the worker before each snapshot (live data only). SAMPLE=1 runs V8's
 * sampling heap profiler in the worker and prints, near the end of the parse and after the
 * import, the heap objects not yet collected by the function that allocated them (SAMPLE=major:
 * also those a full collection freed, i.e. promoted garbage). Uses the
 * browser build in out/bench-web (built when missing or with BUILD=1).
 */
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { parseArgs } from '../../cli/args';
import { buildWeb, launchProfile, openApp, rendererRssMB, rendererRssParts, ROOT, serve, tempProfile } from './browser';
import { writeDemoCsv } from './demo-csv';

const args = parseArgs(process.argv.slice(2));
const rows = Number(String(args.options.rows ?? '200000').replace(/_/g, ''));

type Usage = { usedSize: number; totalSize: number; backingStorageSize?: number };
const mb = (x: number | undefined): number => Math.round((x ?? 0) / 2 ** 20);

/** A CDP session on the page that also reaches its dedicated worker. */
class Probe {
  private constructor(private readonly cdp: CDPSession, private readonly worker: string | null) {}
  private static nextId = 1;
  private static readonly pending = new Map<number, (v: Usage) => void>();

  static async open(ctx: BrowserContext, page: Page): Promise<Probe> {
    const cdp = await ctx.newCDPSession(page);
    const attached: string[] = [];
    cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => { if (e.targetInfo.type === 'worker') attached.push(e.sessionId); });
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: Usage };
      if (m.id !== undefined) Probe.pending.get(m.id)?.(m.result ?? { usedSize: 0, totalSize: 0 });
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    await new Promise((r) => setTimeout(r, 300));
    return new Probe(cdp, attached[0] ?? null);
  }

  private async workerCall(method: string, params?: object): Promise<Usage | null> {
    if (!this.worker) return null;
    const id = Probe.nextId++;
    const got = new Promise<Usage>((r) => Probe.pending.set(id, r));
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.worker, message: JSON.stringify({ id, method, params }) });
    return Promise.race([got, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
  }

  async gc(): Promise<void> { await this.workerCall('HeapProfiler.collectGarbage'); }

  /**
   * Starts the sampling heap profiler in the worker. `major`: samples stay in the profile after a
   * full collection frees them (not after a young one), so the profile shows what lived long
   * enough to be promoted, garbage included.
   */
  async startSampling(major = false): Promise<void> {
    await this.workerCall('HeapProfiler.enable');
    await this.workerCall('HeapProfiler.startSampling', major ? { includeObjectsCollectedByMajorGC: true } : {});
  }

  /** Bytes of sampled heap objects not yet collected, by allocating function (largest first). */
  async sampledBySite(top = 15): Promise<[string, number][]> {
    type Node = { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; selfSize: number; children: Node[] };
    const r = (await this.workerCall('HeapProfiler.getSamplingProfile')) as unknown as { profile?: { head: Node } } | null;
    const by = new Map<string, number>();
    const walk = (n: Node): void => {
      const f = n.callFrame;
      const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}:${f.columnNumber}`;
      if (n.selfSize) by.set(k, (by.get(k) ?? 0) + n.selfSize);
      n.children.forEach(walk);
    };
    if (r?.profile) walk(r.profile.head);
    return [...by].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round(v / 2 ** 20)]);
  }

  async usage(): Promise<Record<string, number>> {
    const p = (await this.cdp.send('Runtime.getHeapUsage')) as Usage;
    const w = await this.workerCall('Runtime.getHeapUsage');
    return { pageHeapMB: mb(p.totalSize), workerHeapUsedMB: mb(w?.usedSize), workerHeapMB: mb(w?.totalSize), workerBackingMB: mb(w?.backingStorageSize) };
  }

  async close(): Promise<void> { await this.cdp.detach(); }
}

async function main(): Promise<void> {
  const csv = join(ROOT, 'bench-out', `tickets-${rows}.csv`);
  writeDemoCsv(csv, rows);
  const srv = await serve(buildWeb('out/bench-web', !!process.env.BUILD));
  const profile = tempProfile('duban-mem-');
  // FLAGS: extra Chromium switches, e.g. FLAGS=--js-flags=--expose-gc as the desktop app starts with.
  const flags = process.env.FLAGS ? process.env.FLAGS.split(' ') : [];
  let ctx = await launchProfile(profile, flags);
  let page = await openApp(ctx, srv.url, '#/import');
  let probe = await Probe.open(ctx, page);
  const snapshot = async (label: string): Promise<void> => {
    if (process.env.GC) await probe.gc();
    console.log(JSON.stringify({ label, rssMB: Math.round(rendererRssMB(profile)), ...rendererRssParts(profile), ...(await probe.usage()) }));
  };
  await snapshot('empty store');
  await page.evaluate(`(() => { const i = document.createElement('input'); i.type = 'file'; i.id = 'f'; document.body.appendChild(i); })()`);
  await page.setInputFiles('#f', csv);
  if (process.env.SAMPLE) await probe.startSampling(process.env.SAMPLE === 'major');
  let peak = 0;
  const t0 = Date.now();
  let busy = false;
  let sampledAtEnd = false;
  const timer = setInterval(() => {
    const rss = rendererRssMB(profile);
    peak = Math.max(peak, rss);
    if (busy) return;
    busy = true;
    void Promise.all([page.evaluate('window.__phase'), probe.usage()]).then(async ([ph, u]) => {
      console.log(`${((Date.now() - t0) / 1000).toFixed(1)}s ${String(ph)} rss ${Math.round(rss)} ${JSON.stringify({ ...rendererRssParts(profile), ...u })}`);
      const rows = Number(String(ph).split(':')[1] ?? 0);
      if (process.env.SAMPLE && !sampledAtEnd && String(ph).startsWith('parsing') && rows > 0.9 * 1_000_000 * (Number(process.env.SAMPLE_AT ?? 1))) {
        sampledAtEnd = true;
        console.log('sampled MB by allocation site near the end of the parse', JSON.stringify(await probe.sampledBySite()));
      }
    }, () => {}).finally(() => { busy = false; });
  }, 500);
  // Main-thread tasks over 50 ms while importing, with the phase the import was in when each began.
  await page.evaluate(`(() => {
    window.__t0 = performance.now(); window.__phases = []; window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime - window.__t0), Math.round(e.duration)]); }).observe({ type: 'longtask' });
  })()`);
  await page.evaluate(`window.__dubanEngine.importFiles({ tickets: document.getElementById('f').files[0], onProgress: (p) => { const ph = p.phase + ':' + p.rows; if (ph.split(':')[0] !== String(window.__phase).split(':')[0]) window.__phases.push([Math.round(performance.now() - window.__t0), ph]); window.__phase = ph; } })`);
  clearInterval(timer);
  console.log('main-thread long tasks [start ms, duration ms]', await page.evaluate('JSON.stringify(window.__long)'), 'phases [ms, phase]', await page.evaluate('JSON.stringify(window.__phases)'));
  console.log(JSON.stringify({ label: 'import', seconds: (Date.now() - t0) / 1000, peakRssMB: Math.round(peak) }));
  if (process.env.SAMPLE) console.log('sampled MB by allocation site', JSON.stringify(await probe.sampledBySite(), null, 1));
  await snapshot('after import');
  if (process.env.SAMPLE) console.log('live MB by allocation site after import', JSON.stringify(await probe.sampledBySite(25), null, 1));
  // What the bench does next: grid queries, then the assessment (first run builds its caches).
  const steps: [string, string][] = [
    ['sort acceptedAt', `e.query({ filters: [], sort: [{ column: 'acceptedAt', desc: true }] }, { start: 0, end: 100 })`],
    ['sort unit, acceptedAt', `e.query({ filters: [], sort: [{ column: 'unit', desc: false }, { column: 'acceptedAt', desc: true }] }, { start: 0, end: 100 })`],
    ['sort id', `e.query({ filters: [], sort: [{ column: 'id', desc: true }] }, { start: 0, end: 100 })`],
    ['filter', `e.query({ filters: [{ kind: 'in', column: 'status', values: ['办理中', '已办结'] }] }, { start: 0, end: 100 })`],
    ['search', `e.query({ filters: [], search: '扰民' }, { start: 0, end: 100 })`],
    ['assess', `e.run('assess', { op: 'assess', by: ['unit', 'month'], from: Date.UTC(2025, 9, 31, 16), to: Date.UTC(2026, 9, 31, 16) })`],
  ];
  // The bench then runs the assessment three more times (warm).
  for (let i = 1; i <= 3; i++) steps.push([`assess again ${i}`, steps[steps.length - 1]![1]]);
  if (process.env.BACK_TO_BACK) {
    // As the bench runs them: one after the other with no pause, memory logged every 250 ms.
    const t1 = Date.now();
    let busyB = false;
    const logger = setInterval(() => {
      if (busyB) return;
      busyB = true;
      const rss = rendererRssMB(profile);
      void probe.usage().then((u) => console.log(`${((Date.now() - t1) / 1000).toFixed(2)}s ${String(rss.toFixed(0))} ${JSON.stringify({ ...rendererRssParts(profile), ...u })}`), () => {}).finally(() => { busyB = false; });
    }, 250);
    const marks = await page.evaluate(`(async () => { const e = window.__dubanEngine; const out = []; const t = performance.now();
      ${steps.map(([label, call]) => `await ${call}; out.push([${JSON.stringify(label)}, Math.round(performance.now() - t)]);`).join(' ')}
      return JSON.stringify(out); })()`);
    clearInterval(logger);
    console.log('steps done at [label, ms]', marks);
    steps.length = 0;
  }
  for (const [label, call] of steps) {
    // The resident peak while the step runs, sampled every 50 ms (the bench samples its whole run).
    let stepPeak = rendererRssMB(profile);
    const sampler = setInterval(() => { stepPeak = Math.max(stepPeak, rendererRssMB(profile)); }, 50);
    await page.evaluate(`(async () => { const e = window.__dubanEngine; await ${call}; })()`);
    clearInterval(sampler);
    console.log(JSON.stringify({ label: `${label} (peak while running)`, rssMB: Math.round(stepPeak) }));
    await snapshot(label);
  }
  await probe.close();
  await ctx.close();
  ctx = await launchProfile(profile, flags);
  page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`${srv.url}/#/tickets`);
  await page.waitForSelector('.ag-row', { timeout: 60_000 });
  await page.evaluate(`window.__dubanEngine.count({ filters: [] })`);
  probe = await Probe.open(ctx, page);
  await page.waitForTimeout(1000);
  await snapshot('after reopen');
  await probe.close();
  await ctx.close();
  await srv.close();
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
