/**
 * `campaign-outcome --tickets FILE [--events FILE] --selector S.json --from YYYY-MM-DD --to YYYY-MM-DD
 * [--months K] [--format json]`: the outcome of a campaign problem (DOMAIN.md section 8). stdout
 * holds only the JSON; notices and warnings go to stderr. Exit 0 on success, 1 when a ticket or
 * event file cannot be read or is refused, 2 on bad arguments or a selector file that cannot be
 * read or is not a valid selector (one line saying why). With `--db URL` instead of --tickets the
 * selector is compiled to SQL (src-core/campaigns/sql) and run on PostgreSQL; the same finisher
 * prints the same JSON.
 */
import { readFile } from 'node:fs/promises';
import { campaignOutcome } from '@core/campaigns/outcome-count';
import { DEFAULT_WINDOW_MONTHS, outcomeWindows } from '@core/campaigns/outcome';
import { parseSelectorJson, type ProblemSelector } from '@core/campaigns/selector';
import { selectorWarnings, warningText } from '@core/campaigns/selector-warnings';
import { buildTicketTable } from '@core/data/table/ticket-table';
import { parseArgs, requireOption } from '../args';
import { readEventFile, readTicketFile } from '../read-files';
import { outcomeOnClient } from '../../src-main/server-db/queries';
import { sourceOf, withServer } from '../server/db-option';

const USAGE = `用法: npm run --silent cli -- campaign-outcome --tickets 工单文件 [--events 流转记录文件] --selector 选择器.json --from YYYY-MM-DD --to YYYY-MM-DD [--months K] [--format json]
  或：campaign-outcome --db postgresql://用户@主机:端口/数据库 --selector … --from … --to …（在数据库中计算）
  --to 当天不计入；K 为对比窗口月数（1–12，默认 ${DEFAULT_WINDOW_MONTHS}）。`;

class UsageError extends Error {}
/** A selector file that cannot be read or is not a valid selector: reported as one line, without the usage. */
class SelectorError extends Error {}

/** Reads and validates the selector file; every failure is one line of Chinese. */
async function loadSelector(path: string): Promise<ProblemSelector> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SelectorError(code === 'ENOENT' ? `找不到选择器文件：${path}` : code === 'EISDIR' ? `选择器路径是文件夹，不是文件：${path}` : `无法读取选择器文件：${path}`);
  }
  const r = parseSelectorJson(text);
  if (!r.ok) throw new SelectorError(`选择器文件 ${path} 无效：${r.reason}`);
  return r.selector;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  let source: ReturnType<typeof sourceOf>, selector: ProblemSelector, from: string, to: string, k: number;
  try {
    source = sourceOf(args);
    from = requireOption(args, 'from');
    to = requireOption(args, 'to');
    const format = args.options.format === undefined ? 'json' : String(args.options.format);
    if (format !== 'json') throw new UsageError(`不支持的输出格式「${format}」，请用 --format json`);
    const months = args.options.months;
    if (months === true) throw new UsageError('--months 需要一个 1 到 12 的整数');
    k = months === undefined ? DEFAULT_WINDOW_MONTHS : Number(months);
    outcomeWindows(from, to, k);
    if (args.options.events === true) throw new UsageError('--events 需要一个流转记录文件的路径');
    selector = await loadSelector(requireOption(args, 'selector'));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(e instanceof SelectorError ? `${msg}\n` : `${msg}\n${USAGE}\n`);
    return 2;
  }
  if ('db' in source) {
    const save = args.options.save ? { command: 'campaign-outcome', params: { selector, from, to, months: k } } : undefined;
    const r = await withServer(source.db, (c) => outcomeOnClient(c, selector, from, to, k, save));
    if (r === null) return 1;
    process.stdout.write(`${JSON.stringify(r.outcome, null, 2)}\n`);
    return 0;
  }
  const { tickets, report } = await readTicketFile(source.tickets);
  if (report.refused) { process.stderr.write(`工单文件无法导入：${report.refused}\n`); return 1; }
  const skipped = report.rows - report.accepted;
  if (skipped > 0) process.stderr.write(`提示：工单文件有 ${skipped} 行未计入（格式错误或重复），运行 validate 命令查看明细\n`);
  let events = null;
  if (typeof args.options.events === 'string') {
    const ev = await readEventFile(args.options.events);
    if (ev.report.refused) { process.stderr.write(`流转记录文件无法导入：${ev.report.refused}\n`); return 1; }
    events = ev.events;
  }
  const table = buildTicketTable(tickets, events);
  for (const w of selectorWarnings(table, selector)) process.stderr.write(`${warningText(w)}\n`);
  const { outcome } = campaignOutcome(table, selector, from, to, k);
  process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  return 0;
}
