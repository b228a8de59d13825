/**
 * `chronic --tickets FILE [--events FILE] --as-of YYYY-MM-DD [--format json|text]`: chronic-ticket
 * detection with the default rule set chronic-v1 (DOMAIN.md section 6). With `--db URL` instead of
 * --tickets, R1–R5 run as SQL on PostgreSQL (and R6 in the engine over rows read from it); the
 * result is the same. With `--format json` stdout holds only the result; warnings about rejected
 * rows go to stderr.
 */
import { readEventFile, readTicketFile } from '../read-files';
import { parseArgs, requireOption } from '../args';
import { detectChronic } from '@core/chronic/chronic-index';
import { toCliResult } from '@core/chronic/cli-result';
import { CHRONIC_RULE_NAMES, CHRONIC_V1 } from '@core/chronic/rule-set';
import { buildTicketTable } from '@core/data/table/ticket-table';
import { parseLocalDate } from '@core/base/time/shanghai';
import type { ChronicCliResult } from '@core/chronic/cli-result';
import { chronicOnClient } from '../../src-main/server-db/queries';
import { sourceOf, withServer } from '../server/db-option';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  let source: ReturnType<typeof sourceOf>;
  try {
    source = sourceOf(args);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n用法: npm run --silent cli -- chronic --tickets 工单文件 [--events 流转记录文件] --as-of YYYY-MM-DD [--format json|text]\n  或：chronic --db postgresql://用户@主机:端口/数据库 --as-of YYYY-MM-DD\n`);
    return 2;
  }
  const asOf = requireOption(args, 'as-of');
  const format = typeof args.options.format === 'string' ? args.options.format : 'text';
  if (format !== 'json' && format !== 'text') {
    process.stderr.write(`不支持的输出格式 "${format}"，请用 --format json 或 --format text\n`);
    return 2;
  }
  if (Number.isNaN(parseLocalDate(asOf))) {
    process.stderr.write(`--as-of 日期 "${asOf}" 无法识别，请写成 YYYY-MM-DD，例如 2025-06-30\n`);
    return 2;
  }
  if ('db' in source) {
    const save = args.options.save ? { command: 'chronic', params: { asOf } } : undefined;
    const r = await withServer(source.db, (c) => chronicOnClient(c, CHRONIC_V1, asOf, save));
    if (r === null) return 1;
    return print(r, format, asOf);
  }
  const { tickets, report } = await readTicketFile(source.tickets);
  if (report.refused) {
    process.stderr.write(`工单文件无法导入：${report.refused}\n`);
    return 1;
  }
  const skipped = report.rows - report.accepted;
  if (skipped > 0) process.stderr.write(`提示：工单文件有 ${skipped} 行未导入（格式错误或重复），运行 validate 命令查看明细\n`);
  let events = null;
  if (typeof args.options.events === 'string') {
    const ev = await readEventFile(args.options.events);
    if (ev.report.refused) {
      process.stderr.write(`流转记录文件无法导入：${ev.report.refused}\n`);
      return 1;
    }
    events = ev.events;
  }
  const table = buildTicketTable(tickets, events);
  return print(toCliResult(table, detectChronic(table, CHRONIC_V1, asOf)), format, asOf);
}

function print(result: ChronicCliResult, format: string, asOf: string): number {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const lines = [`疑难工单检测（规则 ${result.ruleSet.id} v${result.ruleSet.version}，截至 ${asOf} 24:00）`, `疑难件 ${result.cases.length} 个，标记工单 ${result.flags.length} 张`];
  for (const c of result.cases) lines.push(`${c.rule} ${CHRONIC_RULE_NAMES[c.rule]}  ${c.key}  ${c.firstAt} — ${c.lastAt}  ${c.tickets.length} 张：${c.tickets.join(', ')}`);
  for (const f of result.flags) lines.push(`${f.ticket}  ${f.rules.map((r) => `${r} ${CHRONIC_RULE_NAMES[r]}`).join('、')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
