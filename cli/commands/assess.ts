/**
 * `assess --tickets FILE [--events FILE] --from YYYY-MM-DD --to YYYY-MM-DD --by KEY[,KEY]
 * [--rules FILE] [--format json|csv]`: assessment per DOMAIN.md section 5 (rule set default-v1
 * unless --rules names a rule file). With `--db URL` instead of --tickets, the rule set is
 * compiled to SQL (src-core/assess/sql) and run on PostgreSQL over the loaded tickets; the
 * output is the same. stdout holds only the result; notices go to stderr.
 * Exit 0 on success, 1 when a file cannot be read or is refused, 2 on bad arguments or rules.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { assess } from '@core/assess/compute';
import { GROUP_KEYS, parseGroupBy } from '@core/assess/dimensions';
import { parsePeriod } from '@core/assess/period';
import { reportToCsv, toReport } from '@core/assess/report';
import { DEFAULT_RULE_SET, parseRules, RulesError, type AssessRuleSet } from '@core/assess/rules';
import { buildTicketTable } from '@core/data/table/ticket-table';
import { parseArgs, requireOption } from '../args';
import { readEventFile, readTicketFile } from '../read-files';
import { assessOnClient } from '../../src-main/server-db/queries';
import { sourceOf, withServer } from '../server/db-option';

const USAGE = `用法: npm run --silent cli -- assess --tickets 工单文件 [--events 流转记录文件] --from YYYY-MM-DD --to YYYY-MM-DD --by 分组[,分组] [--rules 规则.json] [--format json|csv]
  或：assess --db postgresql://用户@主机:端口/数据库 --from … --to … --by … [--save]（在数据库中计算，先用 load 载入工单；--save 把结果存入数据库）
  分组可选：${GROUP_KEYS.join('、')}；--to 当天不计入。`;

class UsageError extends Error {}

async function loadRules(path: string | true | undefined): Promise<AssessRuleSet> {
  if (path === undefined) return DEFAULT_RULE_SET;
  if (path === true) throw new UsageError('--rules 需要一个规则文件（JSON）的路径');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`找不到或无法读取规则文件：${path}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`规则文件 ${path} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  const id = path.replace(/^.*[\\/]/, '').replace(/\.json$/i, '') || 'custom';
  return parseRules(raw, id);
}

function fail(message: string, code: number): number {
  process.stderr.write(`${message}\n`);
  return code;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  let source: ReturnType<typeof sourceOf>, period: ReturnType<typeof parsePeriod>, by: ReturnType<typeof parseGroupBy>, ruleSet: AssessRuleSet;
  let format: string;
  try {
    source = sourceOf(args);
    const from = requireOption(args, 'from');
    const to = requireOption(args, 'to');
    const bySpec = requireOption(args, 'by');
    format = args.options.format === undefined ? 'json' : String(args.options.format);
    if (format !== 'json' && format !== 'csv') throw new UsageError(`不支持的输出格式「${format}」，请用 --format json 或 --format csv`);
    period = parsePeriod(from, to);
    by = parseGroupBy(bySpec);
    ruleSet = await loadRules(args.options.rules);
    if (args.options.events === true) throw new UsageError('--events 需要一个流转记录文件的路径');
  } catch (e) {
    if (e instanceof RulesError) return fail(e.message, 2);
    return fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
  }

  if ('db' in source) {
    const save = args.options.save ? { command: 'assess', params: { from: args.options.from, to: args.options.to, by } } : undefined;
    const out = await withServer(source.db, (c) => assessOnClient(c, { from: period.from, to: period.to, by, ruleSet }, save));
    if (out === null) return 1;
    process.stdout.write(format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : reportToCsv(out));
    return 0;
  }
  const ticketsPath = source.tickets;
  const [{ tickets, report }, bytes] = await Promise.all([readTicketFile(ticketsPath), readFile(ticketsPath)]);
  if (report.refused) return fail(`工单文件无法导入：${report.refused}`, 1);
  const skipped = report.rows - report.accepted;
  if (skipped > 0) process.stderr.write(`提示：工单文件有 ${skipped} 行未计入（格式错误或重复），运行 validate 命令查看明细\n`);
  let events = null;
  if (typeof args.options.events === 'string') {
    const ev = await readEventFile(args.options.events);
    if (ev.report.refused) return fail(`流转记录文件无法导入：${ev.report.refused}`, 1);
    events = ev.events;
  }
  const table = buildTicketTable(tickets, events);
  const result = assess(table, { from: period.from, to: period.to, by, rules: ruleSet.body });
  const out = toReport(result, ruleSet, { tickets: tickets.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  process.stdout.write(format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : reportToCsv(out));
  return 0;
}
