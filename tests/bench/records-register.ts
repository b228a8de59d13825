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
import { bundleText, exportBundle } from '@core/records/bundle';
import { isoAt, type RegisterEntry } from '@core/records/entry';
import { newWebCryptoKey, nobleSigner, type Signer } from '@core/records/keys';
import { append } from '@core/records/register';
import { verifyBundle } from '@core/records/verify';

export type RegisterBench = {
  entries: number; bundleBytes: number; exportMs: number; verifyMs: number; exportVerifyMs: number;
  /** Wall time of `npm run cli -- verify` on the file, process start included. */
  cliVerifyMs: number | null; setupMs: number; signer: string; ok: boolean;
};

function body(i: number): Record<string, unknown> {
  const unit = `第${(i % 300) + 1}街道办事处`;
  return {
    kind: i % 3 === 0 ? '表彰' : '问责', measure: i % 3 === 0 ? '通报表扬' : '通报批评', subject: unit, subjectType: 'unit',
    reason: i % 3 === 0 ? '诉求办理及时，群众满意度位居前列' : '多次退单推诿，群众反映的问题久拖未决',
    basis: { type: 'signal', signal: 'buck-passing', unit, counts: { pingPong: 3, overturnedRejects: 2 } },
    evidence: { tickets: [`2026${String(i).padStart(8, '0')}`, `2026${String(i + 1).padStart(8, '0')}`], cases: [], campaignTasks: [] },
    rectification: i % 3 === 0 ? null : { requirement: '十个工作日内提交整改报告', workingDays: 10, deadline: '2026-10-16' },
    docNo: `督通〔2026〕${i}号`, drafter: '王录入', reviewer: '李审核', approver: '赵签发',
  };
}

/** Builds a register of `n` entries with append() (not timed; append copies the array, O(n²) here but small). */
async function build(n: number, signer: Signer): Promise<RegisterEntry[]> {
  let reg: RegisterEntry[] = [];
  const t0 = Date.parse('2026-01-05T09:00:00+08:00');
  for (let i = 1; i <= n; i++) {
    const at = isoAt(t0 + i * 60_000);
    if (i % 50 === 0) reg = await append(reg, 'correction', { amends: i - 10, reason: '更正文号', changes: { docNo: `督通〔2026〕${i}号` }, by: '赵签发' }, at, signer);
    else if (i % 50 === 25) reg = await append(reg, 'retraction', { amends: i - 20, reason: '经申诉复核撤销', by: '赵签发' }, at, signer);
    else reg = await append(reg, 'record', body(i), at, signer);
  }
  return reg;
}

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
  const reg = await build(n, signer);
  const setupMs = performance.now() - t;

  t = performance.now();
  const text = bundleText(await exportBundle(reg, signer));
  const exportMs = performance.now() - t;
  t = performance.now();
  const r = await verifyBundle(text);
  const verifyMs = performance.now() - t;

  let cliVerifyMs: number | null = null;
  if (opts.cli) {
    const file = join(mkdtempSync(join(tmpdir(), 'duban-register-')), 'bundle.json');
    writeFileSync(file, text);
    const root = resolve(import.meta.dirname, '../..');
    t = performance.now();
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['cli/index.ts', 'verify', file], { cwd: root, stdio: 'ignore' });
    cliVerifyMs = performance.now() - t;
  }
  return { entries: n, bundleBytes: text.length, exportMs, verifyMs, exportVerifyMs: exportMs + verifyMs, cliVerifyMs, setupMs, signer: kind, ok: r.ok };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 10_000);
  benchRegister(n, { cli: true }).then((b) => {
    console.log(JSON.stringify(b, null, 2));
    console.log(`register ${n.toLocaleString('en')} entries: export + verify ${Math.round(b.exportVerifyMs)} ms (export ${Math.round(b.exportMs)} ms, verify ${Math.round(b.verifyMs)} ms; cli verify ${b.cliVerifyMs === null ? '—' : Math.round(b.cliVerifyMs)} ms with process start)`);
    if (!b.ok) process.exitCode = 1;
  }, (e: unknown) => { console.error(e); process.exitCode = 1; });
}
