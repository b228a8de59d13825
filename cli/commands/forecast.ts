/**
 * `forecast --tickets FILE --format json [--month YYYY-MM]`: the 未诉先办 forecast of DOMAIN.md
 * section 10 — the method's name, the rolling backtest against seasonal naive and, with
 * `--month`, forecasts for that month and the one after. stdout holds only the JSON; notices go
 * to stderr. Exit 0 on success, 1 when the ticket file cannot be read or is refused, 2 on bad
 * arguments.
 */
import { parseMonth } from '@core/base/time/month-index';
import { buildTicketTable } from '@core/data/table/ticket-table';
import { forecastReport } from '@core/forecast/forecast';
import { parseArgs, requireOption } from '../args';
import { readTicketFile } from '../read-files';

const USAGE = '用法: npm run --silent cli -- forecast --tickets 工单文件 --format json [--month YYYY-MM]';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  let ticketsPath: string, month: string | undefined;
  try {
    ticketsPath = requireOption(args, 'tickets');
    const format = args.options.format === undefined ? 'json' : String(args.options.format);
    if (format !== 'json') throw new Error(`不支持的输出格式「${format}」，请用 --format json`);
    if (args.options.month !== undefined) {
      month = String(args.options.month);
      if (Number.isNaN(parseMonth(month))) throw new Error(`月份「${month}」无效，请写成 YYYY-MM，例如 2026-12`);
    }
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { tickets, report } = await readTicketFile(ticketsPath);
  if (report.refused) { process.stderr.write(`工单文件无法导入：${report.refused}\n`); return 1; }
  const skipped = report.rows - report.accepted;
  if (skipped > 0) process.stderr.write(`提示：工单文件有 ${skipped} 行未计入（格式错误或重复），运行 validate 命令查看明细\n`);
  const table = buildTicketTable(tickets, null);
  let out;
  try {
    out = forecastReport(table, month);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (out.backtest.targets.length === 0) process.stderr.write('提示：工单文件没有可回测的月份，backtest 为空\n');
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
