/**
 * The in-app figure of the register bench (issue 14: 10,000 entries export and verify in ≤ 2 s,
 * CLI and app). `window.__dubanRecordsBench(n)` builds a synthetic register of `n` entries signed
 * by a fresh non-extractable WebCrypto key (as the browser build's key is; setup, not timed), then
 * times the two steps the page runs: the export (checkpoint signed, canonical text, as
 * records-service exportBundle) and the verification of that text (as the verify tab). It stores
 * nothing. Registered when the 表彰问责 page loads; tests/bench/records-app.ts calls it.
 */
import { syntheticRegister, timeExportVerify } from '@core/demo/register-sample';
import { newWebCryptoKey } from '@core/records/keys';

export type AppRegisterBench = { entries: number; bundleBytes: number; setupMs: number; exportMs: number; verifyMs: number; exportVerifyMs: number; ok: boolean };

async function benchInPage(n: number): Promise<AppRegisterBench> {
  const t = performance.now();
  const { signer } = await newWebCryptoKey();
  const reg = await syntheticRegister(n, signer);
  const setupMs = performance.now() - t;
  const { text, exportMs, verifyMs, ok } = await timeExportVerify(reg, signer, () => performance.now());
  return { entries: n, bundleBytes: text.length, setupMs, exportMs, verifyMs, exportVerifyMs: exportMs + verifyMs, ok };
}

if (typeof window !== 'undefined' && !Object.prototype.hasOwnProperty.call(window, '__dubanRecordsBench')) {
  Object.defineProperty(window, '__dubanRecordsBench', { value: benchInPage, configurable: true });
}
