/**
 * Benchmark of the records register (issue 14, target ≤ 2 s): a register of N entries (default
 * 10,000: records with a correction and a retraction every 50) is exported as a bundle (checkpoint
 * signed, canonical JSON text) and the text verified as `cli verify` does (every hash, link and
 * signature, then the checkpoint). Setup signs with a WebCrypto key for speed; the figures do not
 * include it. Run alone: npx tsx tests/bench/records-register.ts [entries]; run.ts calls it too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newWebCryptoKey, nobleSigner, type Signer } from '@core/records/keys';
import { syntheticRegister, timeExportVerify } from '@core/demo/register-sample';

export type RegisterBench = {
  entries: number; bundleBytes: number; exportMs: number; verifyMs: number; exportVerifyMs: number;
  /** Wall time of `npm run cli -- verify` on the file, process start included. */
  cliVerifyMs: number | null; setupMs: number; signer: string; ok: boolean;
};

export async function benchRegister(n = 10_000, opts: { cli?: boolean } = {}): Promise<RegisterBench> {
  let signer: Signer;
  let kind = 'webcrypto';
  try {
    signer = (await newWebCryptoKey()).signer;
  } catch {
    signer = nobleSigner(Uint8Array.from({ length: 32 }, (_, i) => i + 7));
    kind = 'noble';
  }
  let t = performance.now();
  const reg = await syntheticRegister(n, signer);
  const setupMs = performance.now() - t;

  const { text, exportMs, verifyMs, ok } = await timeExportVerify(reg, signer, () => performance.now());

  let cliVerifyMs: number | null = null;
  if (opts.cli) {
    const file = join(mkdtempSync(join(tmpdir(), 'duban-register-')), 'bundle.json');
    writeFileSync(file, text);
    const root = resolve(import.meta.dirname, '../..');
    t = performance.now();
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['cli/index.ts', 'verify', file], { cwd: root, stdio: 'ignore' });
    cliVerifyMs = performance.now() - t;
  }
  return { entries: n, bundleBytes: text.length, exportMs, verifyMs, exportVerifyMs: exportMs + verifyMs, cliVerifyMs, setupMs, signer: kind, ok };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 10_000);
  benchRegister(n, { cli: true }).then((b) => {
    console.log(JSON.stringify(b, null, 2));
    console.log(`register ${n.toLocaleString('en')} entries: export + verify ${Math.round(b.exportVerifyMs)} ms (export ${Math.round(b.exportMs)} ms, verify ${Math.round(b.verifyMs)} ms; cli verify ${b.cliVerifyMs === null ? '—' : Math.round(b.cliVerifyMs)} ms with process start)`);
    if (!b.ok) process.exitCode = 1;
  }, (e: unknown) => { console.error(e); process.exitCode = 1; });
}
