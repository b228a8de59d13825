/**
 * Benchmark of incremental chronic detection: a full build over N stored synthetic tickets, then
 * a delta run adding M new ones (default 1,000,000 + 10,000; target ≤ 5 s for the delta).
 * Run: npx tsx tests/bench/chronic-incremental.ts [stored] [new]
 * The table is built straight as columns (no Ticket objects) so setup stays fast.
 */
import { StringColumn } from '@core/data/table/string-column';
import { ChronicIndex } from '@core/chronic/chronic-index';
import { CHRONIC_V1 } from '@core/chronic/rule-set';
import { encode, newDict } from '@core/data/table/dict';
import { CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS, type CodedColumn, type TicketTable } from '@core/data/table/ticket-table';
import { DAY_MS, formatLocalDate, localToEpoch, monthIndexOf } from '@core/base/time/shanghai';
import { rng } from '../helpers/rng';

const PLACES = '和平里安定门东四东直门交道口景山北新桥朝阳门建国门崇文门天坛体育馆路龙潭永定门前门';
const TOPICS = ['烧烤店油烟扰民', '装修噪音很大', '共享单车乱停放', '供暖温度不达标', '垃圾清运不及时', '路灯不亮', '井盖缺失', '占道经营', '违章停车堵塞消防通道', '电梯经常故障'];
const FILL = '的一是在不了有和人这中大为上个我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';

/** `stored + fresh` synthetic tickets over three years, ordered at random in time. */
function syntheticTable(n: number, seed: number): TicketTable {
  const r = rng(seed);
  const pick = (s: string) => s[Math.floor(r() * s.length)]!;
  const dicts = Object.fromEntries(CODED_COLUMNS.map((c) => [c, newDict()])) as TicketTable['dicts'];
  const codes = Object.fromEntries(CODED_COLUMNS.map((c) => [c, new Int32Array(n)])) as TicketTable['codes'];
  const time = Object.fromEntries(TIME_COLUMNS.map((c) => [c, new Float64Array(n).fill(NaN)])) as TicketTable['time'];
  const text = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Array<string>(n).fill('')])) as Record<keyof TicketTable['text'], string[]>;
  const fill = (col: CodedColumn, values: string[]): number[] => values.map((v) => encode(dicts[col], v));
  const cat1 = Array.from({ length: 10 }, (_, i) => `类${i}`);
  const cat2Names = Array.from({ length: 60 }, (_, i) => `${cat1[i % 10]}/子${i}`);
  const c1 = fill('category1', cat1);
  const c2 = fill('category2', cat2Names);
  const districts = fill('district', Array.from({ length: 16 }, (_, i) => `区${i}`));
  const streets = fill('street', Array.from({ length: 330 }, (_, i) => `街道${i}`));
  const status = fill('status', ['已办结', '办理中', '已撤销']);
  const templates = Array.from({ length: 400 }, (_, i) => `${PLACES.slice((i * 2) % 30, (i * 2) % 30 + 3)}小区${TOPICS[i % TOPICS.length]}，${Array.from({ length: 12 }, () => pick(FILL)).join('')}`);
  const start = localToEpoch(2023, 1, 1);
  const month = new Int32Array(n);
  const rejects = new Int32Array(n), reopens = new Int32Array(n), pingPong = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    text.id[i] = `T${String(i).padStart(8, '0')}`;
    const acc = start + Math.floor(r() * 3 * 365 * DAY_MS);
    time.acceptedAt[i] = acc;
    month[i] = monthIndexOf(acc);
    // A few hot spots and frequent callers, so that R1 and R2 find cases as in real data.
    const hot = r() < 0.05;
    const addr = hot ? Math.floor(r() * 2_000) : Math.floor(r() * 300_000);
    const k = hot ? addr % c2.length : Math.floor(r() * c2.length);
    codes.category2[i] = c2[k]!;
    codes.category1[i] = c1[k % 10]!;
    codes.addressKey[i] = r() < 0.85 ? encode(dicts.addressKey, `地址${addr}`) : 0;
    codes.phoneKey[i] = r() < 0.8 ? encode(dicts.phoneKey, String(13_000_000_000 + (hot ? addr : Math.floor(r() * 400_000)))) : 0;
    const s = Math.floor(r() * streets.length);
    codes.street[i] = streets[s]!;
    codes.district[i] = districts[s % districts.length]!;
    codes.status[i] = status[r() < 0.8 ? 0 : r() < 0.9 ? 1 : 2]!;
    const tpl = Array.from(templates[Math.floor(r() * templates.length)]!);
    for (let m = Math.floor(r() * 8); m > 0; m--) tpl[Math.floor(r() * tpl.length)] = pick(FILL);
    text.content[i] = `${tpl.join('')}${Math.floor(r() * 100)}号`;
    if (codes.status[i] === status[0]) time.closedAt[i] = acc + r() * 20 * DAY_MS;
    if (r() < 0.9) time.dueAt[i] = acc + 15 * DAY_MS;
    rejects[i] = r() < 0.05 ? 2 : r() < 0.2 ? 1 : 0;
    reopens[i] = r() < 0.03 ? 2 : 0;
    pingPong[i] = r() < 0.01 ? 1 : 0;
  }
  return {
    n, text: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, StringColumn.from(text[c])])) as TicketTable['text'], time, codes, dicts, month, rejects, reopens, pingPong, dispatchSeq: Array.from({ length: n }, () => []),
    hasEvents: false, extra: {},
  };
}

const stored = Number(process.argv[2] ?? 1_000_000);
const fresh = Number(process.argv[3] ?? 10_000);
const t0 = performance.now();
const all = syntheticTable(stored + fresh, 42);
const asOf = formatLocalDate(localToEpoch(2026, 1, 1));
console.log(`合成 ${stored + fresh} 张工单: ${((performance.now() - t0) / 1000).toFixed(2)} s`);

// The stored table is a view of the first rows: the same columns and dictionaries, as the engine's table would be.
const storedView: TicketTable = { ...all, n: stored };
let last = 0;
// Wall time and this process's CPU time: on a shared machine the wall clock also counts waiting.
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const c1 = cpu();
const t1 = performance.now();
const index = new ChronicIndex(storedView, CHRONIC_V1, asOf, (p) => {
  const now = performance.now();
  if (now - last > 2000) { last = now; console.log(`  全量 ${p.phase} ${p.done}/${p.total}`); }
});
const full = index.detection();
const fullS = (performance.now() - t1) / 1000;
const fullCpu = cpu() - c1;
console.log(`全量检测 ${stored} 张: ${fullS.toFixed(2)} s（CPU ${fullCpu.toFixed(2)} s） — 疑难件 ${full.cases.length} 个，标记 ${full.flags.length} 张`);

const c2 = cpu();
const t2 = performance.now();
// Per-phase CPU seconds of the delta run (the phase's first to last progress report).
const phases = new Map<string, [number, number]>();
const stamps: string[] = [];
const mark = (p: { phase: string; done: number }): void => {
  const now = cpu();
  stamps.push(`${p.phase}@${(now - c2).toFixed(2)}`);
  const e = phases.get(p.phase);
  if (e) e[1] = now; else phases.set(p.phase, [now, now]);
};
const added = index.update(all, asOf, mark);
const delta = index.detection(mark);
const deltaS = (performance.now() - t2) / 1000;
const deltaCpu = cpu() - c2;
console.log(`增量检测 新增 ${added} 张 / 已有 ${stored} 张: ${deltaS.toFixed(2)} s（CPU ${deltaCpu.toFixed(2)} s） — 疑难件 ${delta.cases.length} 个，标记 ${delta.flags.length} 张`);
console.log(`  进度点（CPU 秒）: ${stamps.filter((x, i) => i < 3 || !x.startsWith('R6') || stamps[i + 1]?.startsWith('R6') === false || i >= stamps.length - 3).join(' ')}`);
console.log(`  阶段（CPU 秒，自开始）: ${[...phases].map(([k, [a, b]]) => `${k} ${(a - c2).toFixed(2)}–${(b - c2).toFixed(2)}`).join(', ')}`);
const byRule = (d: typeof delta) => Object.entries(d.cases.reduce<Record<string, number>>((m, c) => ((m[c.rule] = (m[c.rule] ?? 0) + 1), m), {})).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`  全量 ${byRule(full)} | 增量后 ${byRule(delta)}`);
console.log(`RESULT chronic-incremental stored=${stored} new=${added} full_s=${fullS.toFixed(2)} full_cpu_s=${fullCpu.toFixed(2)} delta_s=${deltaS.toFixed(2)} delta_cpu_s=${deltaCpu.toFixed(2)}`);
