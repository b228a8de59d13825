/**
 * `hotspots --tickets FILE --month YYYY-MM --by KEY[,KEY] [--format json]`: hotspots of DOMAIN.md
 * section 9 for one month. Keys: unit, district, street, category1, category2, category3 (the
 * last beyond DOMAIN.md, as the app offers it). With `--db URL` instead of --tickets the counts
 * come from PostgreSQL (src-core/hotspots/sql) and the same finisher prints the same JSON.
 * stdout holds only the JSON; notices go to stderr.
 * Exit 0 on success, 1 when the ticket file cannot be read or is refused, 2 on bad arguments.
 */
import { analyzeHotspots } from '@core/hotspots/analyze';
import { HOTSPOT_KEYS, parseHotspotBy, type HotspotKey } from '@core/hotspots/keys';
import { parseMonth } from '@core/base/time/month-index';
import { monthCoverage, isCovered } from '@core/data/table/month-coverage';
import { buildTicketTable } from '@core/data/table/ticket-table';
import { parseArgs, requireOption } from '../args';
import { readTicketFile } from '../read-files';
import { hotspotsOnClient } from '../../src-main/server-db/queries';
import { sourceOf, withServer } from '../server/db-option';

const USAGE = `用法: npm run --silent cli -- hotspots --tickets 工单文件 --month YYYY-MM --by 分组[,分组] [--format json]
  或：hotspots --db postgresql://用户@主机:端口/数据库 --month … --by …（在数据库中计算）
  分组可选：${HOTSPOT_KEYS.join('、')}，例如 --by category2,district`;

/** The notices about month coverage, the same for a file and for the database. */
function coverageNotes(month: string, isCovered: (m: number) => boolean): void {
  const m = parseMonth(month);
  if (!isCovered(m)) { process.stderr.write(`提示：${month} 没有任何工单，结果为空\n`); return; }
  let baseline = 0;
  for (let j = m - 12; j < m; j++) if (isCovered(j)) baseline++;
  if (baseline < 6) process.stderr.write(`提示：${month} 之前 12 个月中只有 ${baseline} 个月有工单（少于 6 个月），各分组的均值、标准差和 z 值为空\n`);
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  let source: ReturnType<typeof sourceOf>, month: string, by: HotspotKey[];
  try {
    source = sourceOf(args);
    month = requireOption(args, 'month');
    if (Number.isNaN(parseMonth(month))) throw new Error(`月份「${month}」无效，请写成 YYYY-MM，例如 2026-10`);
    by = parseHotspotBy(requireOption(args, 'by'));
    const format = args.options.format === undefined ? 'json' : String(args.options.format);
    if (format !== 'json') throw new Error(`不支持的输出格式「${format}」，请用 --format json`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  if ('db' in source) {
    const save = args.options.save ? { command: 'hotspots', params: { month, by } } : undefined;
    const r = await withServer(source.db, (c) => hotspotsOnClient(c, month, by, save));
    if (r === null) return 1;
    coverageNotes(month, (m) => r.covered.has(m));
    process.stdout.write(`${JSON.stringify(r.report, null, 2)}\n`);
    return 0;
  }
  const { tickets, report } = await readTicketFile(source.tickets);
  if (report.refused) { process.stderr.write(`工单文件无法导入：${report.refused}\n`); return 1; }
  const skipped = report.rows - report.accepted;
  if (skipped > 0) process.stderr.write(`提示：工单文件有 ${skipped} 行未计入（格式错误或重复），运行 validate 命令查看明细\n`);
  const table = buildTicketTable(tickets, null);
  const cov = monthCoverage(table);
  coverageNotes(month, (j) => isCovered(cov, j));
  const { report: out } = analyzeHotspots(table, month, by);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
