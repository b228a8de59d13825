/**
 * `tsx tests/bench/reopen-trace.ts --rows N`: where a cold start's time goes. Imports the cached
 * demo CSV of N rows (bench-out/) into a fresh profile, then reopens #/tickets and prints, from
 * the navigation start: DOMContentLoaded, the engine's ready(), the first query window and the
 * grid's first rows. Uses the browser build in out/bench-web (built when missing).
 */
import { join } from 'node:path';
import { parseArgs } from '../../cli/args';
import { buildWeb, launchProfile, openApp, rendererRssMB, ROOT, serve, tempProfile } from './browser';
import { writeDemoCsv } from './demo-csv';

const args = parseArgs(process.argv.slice(2));
const rows = Number(String(args.options.rows ?? '200000').replace(/_/g, ''));

async function main(): Promise<void> {
  const csv = join(ROOT, 'bench-out', `tickets-${rows}.csv`);
  writeDemoCsv(csv, rows);
  const srv = await serve(buildWeb('out/bench-web', false));
  const profile = tempProfile('duban-trace-');
  let ctx = await launchProfile(profile);
  let page = await openApp(ctx, srv.url, '#/import');
  await page.evaluate(`(() => { const i = document.createElement('input'); i.type = 'file'; i.id = 'f'; document.body.appendChild(i); })()`);
  await page.setInputFiles('#f', csv);
  await page.evaluate(`window.__dubanEngine.importFiles({ tickets: document.getElementById('f').files[0] })`);
  await ctx.close();
  for (let rep = 0; rep < 3; rep++) {
    ctx = await launchProfile(profile);
    page = ctx.pages()[0] ?? (await ctx.newPage());
    const t0 = Date.now();
    await page.goto(`${srv.url}/#/tickets`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (globalThis as unknown as { __dubanEngine?: unknown }).__dubanEngine !== undefined);
    const tEngine = Date.now() - t0;
    const r = await page.evaluate(`(async () => {
      const e = window.__dubanEngine; const a = performance.now();
      await e.ready(); const b = performance.now();
      await e.query({ filters: [] }, { start: 0, end: 100 }); const c = performance.now();
      return { readyAt: a, ready: b - a, query: c - b, dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd };
    })()`);
    await page.waitForSelector('.ag-row', { timeout: 60_000 });
    const tRows = Date.now() - t0;
    await page.evaluate(`window.__dubanEngine.count({ filters: [] })`);
    const tFull = Date.now() - t0;
    console.log(JSON.stringify({ rep, engineDefinedMs: tEngine, ...(r as object), gridRowsMs: tRows, fullLoadMs: tFull, rssMB: Math.round(rendererRssMB(profile)) }));
    await ctx.close();
  }
  await srv.close();
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
