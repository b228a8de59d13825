/**
 * The register bench in the app (issue 14): the browser build's 表彰问责 page exports and verifies
 * a register of N entries (default 10,000) with WebCrypto in headless Chromium, through the page's
 * own code (src-renderer/src/features/records/bench-hook.ts). Beside the Node/CLI figure of
 * records-register.ts. Run alone: npx tsx tests/bench/records-app.ts [entries]; run.ts calls it.
 */
import type { Page } from 'playwright-core';
import { buildWeb, launchProfile, serve, tempProfile } from './browser';

export type AppRegisterBench = { entries: number; bundleBytes: number; setupMs: number; exportMs: number; verifyMs: number; exportVerifyMs: number; ok: boolean };

/** Runs the in-page bench on an open app page (any route: it opens 表彰问责 to load the hook). */
export async function benchRegisterInApp(page: Page, baseUrl: string, n = 10_000): Promise<AppRegisterBench> {
  await page.goto(`${baseUrl}/#/records?tab=verify`);
  await page.waitForFunction('typeof window.__dubanRecordsBench === "function"', null, { timeout: 60_000 });
  // A string: this file is type-checked without DOM types.
  return page.evaluate(`window.__dubanRecordsBench(${Number(n)})`) as Promise<AppRegisterBench>;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 10_000);
  (async () => {
    const root = buildWeb('out/bench-web', !process.env.BENCH_NO_BUILD);
    const srv = await serve(root);
    const ctx = await launchProfile(tempProfile('duban-bench-records-'));
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      const b = await benchRegisterInApp(page, srv.url, n);
      console.log(JSON.stringify(b, null, 2));
      console.log(`app register ${n.toLocaleString('en')} entries (browser, WebCrypto): export + verify ${Math.round(b.exportVerifyMs)} ms (export ${Math.round(b.exportMs)} ms, verify ${Math.round(b.verifyMs)} ms)`);
      if (!b.ok) process.exitCode = 1;
    } finally {
      await ctx.close();
      await srv.close();
    }
  })().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
}
