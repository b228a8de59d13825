/**
 * `hotspots --tickets FILE --month YYYY-MM --by KEY[,KEY] [--format json]`: hotspots of DOMAIN.md
 * section 9 for one month. Keys: unit, district, street, category1, category2, category3 (the
 * last beyond DOMAIN.md, as the app offers it). stdout holds only the JSON; notices go to stderr.
 * Exit 0 on success, 1 when the ticket file cannot be read or is refused, 2 on bad arguments.
 */
import { analyzeHotspots } from '@core/hotspots/analyze';
import { HOTSPOT_KEYS, parseHotspotBy, type HotspotKey } from '@core/hotspots/keys';
import { parseMonth } from '@core/base/time/month-index';
import { monthCoverage, isCovered } from '@core/data/table/month-coverage';
import { buildTicketTable } from '@core/data/table/ticket-table';
import { parseArgs, requireOption } from '../args';
import { readTicketFile } from '../read-files';

const USAGE = `用法: npm run --silent cli -- hotspots --tickets 工单文件 --month YYYY-MM --by 分组[,分组] [--format json]
  分组可选：${HOTSPOT_KEYS.join('、')}，例如 --by category2,district`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  let ticketsPath: string, month: string, by: HotspotKey[];
  try {
    ticketsPath = requireOption(args, 'tickets');
    month = requireOption(args, 'month');
    if (Number.isNaN(parseMonth(month))) throw new Error(`月份「${month}」无效，请写成 YYYY-MM，例如 2026-10`);
    by = parseHotspotBy(requireOption(args, 'by'));
    const format = args.options.format === undefined ? 'json' : String(args.options.format);
    if (format !== 'json') throw new Error(`不支持的输出格式「${format}」，请用 --format json`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { tickets, report } = await readTicketFile(ticketsPath);
  if (report.refused) { process.stderr.write(`工单文件无法导入：${report.refused}\n`); return 1; }
  const skipped = report.rows - report.accepted;
  if (skipped > 0) process.stderr.write(`提示：工单文件有 ${skipped} 行未计入（格式错误或重复），运行 validate 命令查看明细\n`);
  const table = buildTicketTable(tickets, null);
  const m = parseMonth(month);
  const cov = monthCoverage(table);
  if (!isCovered(cov, m)) process.stderr.write(`提示：${month} 没有任何工单，结果为空\n`);
  else {
    let baseline = 0;
    for (let j = m - 12; j < m; j++) if (isCovered(cov, j)) baseline++;
    if (baseline < 6) process.stderr.write(`提示：${month} 之前 12 个月中只有 ${baseline} 个月有工单（少于 6 个月），各分组的均值、标准差和 z 值为空\n`);
  }
  const { report: out } = analyzeHotspots(table, month, by);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
