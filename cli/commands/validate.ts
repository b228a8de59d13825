/**
 * `validate FILE [--events FILE] [--format json|text] [--mapping MAP.json] [--encoding E] [--delimiter D]`:
 * reads a ticket file (and optionally a flow-event file) the way the app imports it, streaming,
 * and prints what would be accepted, rejected and why. Exit code 0 when read, 1 when a file was
 * refused, 2 on bad arguments.
 */
import { readFile } from 'node:fs/promises';
import type { Delimiter, Encoding, ValidationReport } from '@core/data/import/index';
import { parseArgs } from '../args';
import { validateFile, type ReadOptions } from '../read-files';

const USAGE = '用法: npm run --silent cli -- validate 工单文件 [--events 流转记录文件] [--format json|text] [--mapping 对应关系.json] [--encoding utf-8|utf-16le|utf-16be|gb18030] [--delimiter ,|tab|;]';
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'];
const DELIMITERS: Record<string, Delimiter> = { ',': ',', comma: ',', tab: '\t', '\t': '\t', '\\t': '\t', ';': ';', semicolon: ';' };

/** A bad argument: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * The JSON shape of one file's report (DOMAIN contract of the validate command): the Chinese
 * reasons and messages; the message codes the report carries for the app are not printed.
 */
function toJson(r: ValidationReport): Record<string, unknown> {
  const out: Record<string, unknown> = {
    rows: r.rows, accepted: r.accepted,
    rejected: r.rejected.map(({ row, column, value, reason }) => ({ row, column, value, reason })),
    duplicates: r.duplicates, encoding: r.encoding, delimiter: r.delimiter, columns: r.columns,
    warnings: r.warnings.map(({ row, column, value, message }) => ({ row, column, value, message })),
  };
  if (r.refused !== undefined) out.refused = r.refused;
  return out;
}

function toText(name: string, r: ValidationReport): string {
  const lines: string[] = [];
  const delim = r.delimiter === '\t' ? '制表符' : r.delimiter === '' ? '—' : r.delimiter;
  lines.push(`${name}（${r.format.toUpperCase()}，编码 ${r.encoding}，分隔符 ${delim}）`);
  if (r.refused !== undefined) { lines.push(`  拒绝导入：${r.refused}`); return lines.join('\n'); }
  lines.push(`  共 ${r.rows} 行：可导入 ${r.accepted}，有误 ${r.rejected.length}，重复 ${r.duplicates.length}`);
  for (const x of r.rejected.slice(0, 50)) lines.push(`  第 ${x.row} 行「${x.column}」${x.value === '' ? '' : `「${x.value}」`}：${x.reason}`);
  if (r.rejected.length > 50) lines.push(`  ……另有 ${r.rejected.length - 50} 行有误`);
  for (const x of r.duplicates.slice(0, 20)) lines.push(`  第 ${x.row} 行：工单编号 ${x.id} 与前面的行重复，未导入`);
  if (r.duplicates.length > 20) lines.push(`  ……另有 ${r.duplicates.length - 20} 行重复`);
  for (const w of r.warnings.slice(0, 20)) lines.push(`  提示${w.row > 0 ? `（第 ${w.row} 行）` : ''}：${w.message}`);
  return lines.join('\n');
}

/** The reading options --encoding, --delimiter and --mapping (shared with `load`). */
export async function readOptions(args: ReturnType<typeof parseArgs>): Promise<ReadOptions> {
  const o: ReadOptions = {};
  const enc = args.options.encoding;
  if (enc !== undefined) {
    if (typeof enc !== 'string' || !ENCODINGS.includes(enc as Encoding)) throw new UsageError(`--encoding 应为 ${ENCODINGS.join('、')} 之一`);
    o.encoding = enc as Encoding;
  }
  const del = args.options.delimiter;
  if (del !== undefined) {
    const d = typeof del === 'string' ? DELIMITERS[del] : undefined;
    if (d === undefined) throw new UsageError('--delimiter 应为 ,（逗号）、tab（制表符）或 ;（分号）');
    o.delimiter = d;
  }
  const map = args.options.mapping;
  if (map !== undefined) {
    if (typeof map !== 'string') throw new UsageError('--mapping 需要一个 JSON 文件路径');
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(map, 'utf8'));
    } catch (e) {
      throw new UsageError(`无法读取对应关系文件 ${map}：${e instanceof Error ? e.message : String(e)}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
      throw new UsageError('对应关系文件应为 JSON 对象：{"表头": "字段名" | "extra" | "ignore"}');
    }
    o.mapping = parsed as Record<string, string>;
  }
  return o;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  let format: string, file: string, eventsFile: string | undefined, opts: ReadOptions;
  try {
    const f = args.options.format ?? 'text';
    if (f !== 'json' && f !== 'text') throw new UsageError('--format 应为 json 或 text');
    format = f;
    if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? '缺少工单文件' : '只能指定一个工单文件（流转记录文件用 --events）');
    file = args.positional[0]!;
    const ev = args.options.events;
    if (ev === true) throw new UsageError('--events 需要一个文件路径');
    eventsFile = ev;
    opts = await readOptions(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    return 2;
  }
  let tickets: ValidationReport, events: ValidationReport | undefined;
  try {
    tickets = await validateFile(file, 'tickets', opts);
    if (eventsFile !== undefined) events = await validateFile(eventsFile, 'events');
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (format === 'json') {
    const out = toJson(tickets);
    if (events) out.events = toJson(events);
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`${toText(file, tickets)}\n`);
    if (events && eventsFile !== undefined) process.stdout.write(`${toText(eventsFile, events)}\n`);
  }
  return tickets.refused !== undefined || events?.refused !== undefined ? 1 : 0;
}
