/**
 * A synthetic 表彰问责 register for the benchmarks (tests/bench/records-register.ts in Node, the
 * in-app figure in the browser build): records with a correction and a retraction every 50
 * entries, bodies shaped as ops-records.ts writes them, no personal data.
 */
import { bundleText, exportBundle } from '../records/bundle';
import { isoAt, type RegisterEntry } from '../records/entry';
import type { Signer } from '../records/keys';
import { append } from '../records/register';
import { verifyBundle } from '../records/verify';

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

/** A register of `n` entries built with append() (append copies the array: O(n²), fine up to 10,000). */
export async function syntheticRegister(n: number, signer: Signer): Promise<RegisterEntry[]> {
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


/**
 * The two timed steps of the register bench: the export (checkpoint signed, canonical text) and
 * the verification of that text as `cli verify` and the verify tab do. `now` is the host's clock
 * in ms (performance.now), passed in since the core declares no timer.
 */
export async function timeExportVerify(reg: readonly RegisterEntry[], signer: Signer, now: () => number): Promise<{ text: string; exportMs: number; verifyMs: number; ok: boolean }> {
  let t = now();
  const text = bundleText(await exportBundle(reg, signer));
  const exportMs = now() - t;
  t = now();
  const r = await verifyBundle(text);
  return { text, exportMs, verifyMs: now() - t, ok: r.ok };
}
