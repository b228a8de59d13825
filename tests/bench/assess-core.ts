/**
 * Benchmark of the assessment core: all eight rates for every unit × 12 months over 1,000,000
 * synthetic tickets. Run: npx tsx tests/bench/assess-core.ts [rows]
 * The table is built straight as columns (no Ticket objects) so setup stays fast.
 */
import { assess } from '@core/assess/compute';
import { recurrenceFlags } from '@core/assess/recurrence';
import { rowBits } from '@core/assess/row-bits';
import { DEFAULT_RULES } from '@core/assess/rules';
import { localToEpoch } from '@core/base/time/shanghai';
import { syntheticTable } from './assess-synthetic';

function main(): void {
  const n = Number(process.argv[2] ?? 1_000_000);
  let t0 = performance.now();
  const table = syntheticTable(n);
  console.log(`build synthetic table: ${n} rows in ${(performance.now() - t0).toFixed(0)} ms`);
  t0 = performance.now();
  recurrenceFlags(table, DEFAULT_RULES.recurrenceDays);
  console.log(`recurrence precompute (once per table): ${(performance.now() - t0).toFixed(0)} ms`);
  t0 = performance.now();
  rowBits(table, DEFAULT_RULES);
  console.log(`per-row rate bits (once per table and satisfied-values/recurrence window): ${(performance.now() - t0).toFixed(0)} ms`);
  const from = localToEpoch(2025, 1, 1), to = localToEpoch(2026, 1, 1);
  const runs: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  for (const by of [['unit', 'month'], ['unit'], ['street'], ['month']] as const) {
    const name = by.join(',');
    runs[name] = [];
    cpu[name] = [];
    for (let k = 0; k < 12; k++) {
      t0 = performance.now();
      const c0 = process.cpuUsage();
      const res = assess(table, { from, to, by: [...by], rules: DEFAULT_RULES });
      const c1 = process.cpuUsage(c0);
      runs[name].push(performance.now() - t0);
      cpu[name].push((c1.user + c1.system) / 1000);
      if (k === 0 && res.groups.length === 0) throw new Error('no groups');
    }
  }
  for (const [name, ms] of Object.entries(runs)) {
    const warm = ms.slice(2).sort((a, b) => a - b);
    const c = cpu[name]!.slice(2).sort((a, b) => a - b);
    console.log(`assess by ${name}: first ${ms[0]!.toFixed(1)} ms, warm wall median ${warm[Math.floor(warm.length / 2)]!.toFixed(1)} ms / best ${warm[0]!.toFixed(1)} ms, warm CPU median ${c[Math.floor(c.length / 2)]!.toFixed(1)} ms`);
  }
}

main();
