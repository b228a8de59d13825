import { createImportSession } from '@core/import/index';
import { TICKET_COLUMNS } from '@core/tickets/columns';
const N = Number(process.argv[2] ?? 300000);
const head = TICKET_COLUMNS.map((c) => c.header).join(',');
const parts: string[] = [head + '\r\n'];
const kinds = ['咨询', '求助', '投诉', '举报', '建议'];
for (let i = 0; i < N; i++) {
  const d = `2024-0${(i % 9) + 1}-1${i % 10} 0${i % 10}:1${i % 6}:2${i % 10}`;
  parts.push([`GD2024${String(i).padStart(8, '0')}`, d, '电话', kinds[i % 5], '城乡建设/物业管理/停车管理', `小区内有车辆长期占用消防通道，多次反映未解决，请尽快处理。编号${i}`,
    '东城区', '东华门街道', `东城区某某路${i % 300}号院${i % 20}号楼`, '张三', '13800138000', '一般', '东华门街道办事处', '街乡镇', d, d, '已办结', d,
    '已联系来电人，现场核实后已协调物业处理。', d, '是', '已解决', '满意', '否', '0', '0'].join(',') + '\r\n');
}
const bytes = new TextEncoder().encode(parts.join('')); parts.length = 0;
console.log('MB', (bytes.length / 1e6).toFixed(1));
for (let rep = 0; rep < 3; rep++) {
  const t0 = performance.now(); const c0 = process.cpuUsage();
  const s = createImportSession({ target: 'tickets', keepRows: process.argv[3] !== 'nokeep' });
  let n = 0;
  for (let o = 0; o < bytes.length; o += 1 << 20) n += s.push(bytes.subarray(o, o + (1 << 20))).tickets.length;
  n += s.end().tickets.length;
  const ms = performance.now() - t0; const cpu = process.cpuUsage(c0); const cpuMs = (cpu.user + cpu.system) / 1000;
  const r = s.report();
  console.log({ cpuMs: Math.round(cpuMs), cpuRowsPerSec: Math.round(N / cpuMs * 1000), n, rows: r.rows, rejected: r.rejected.length, ms: Math.round(ms), rowsPerSec: Math.round(N / ms * 1000), MBps: (bytes.length / 1e6 / ms * 1000).toFixed(0) });
}
