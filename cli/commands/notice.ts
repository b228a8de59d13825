/**
 * `notice BUNDLE [--public] --out FILE.pdf [--meta META.json] [--doc-no 文号] [--issuer 发文机关]
 * [--recipients 主送] [--title 标题] [--date YYYY-MM-DD]`: the 通报 of the records in a register
 * bundle (DOMAIN.md section 11), rendered headless to PDF from the same template as the app.
 * The bundle is checked first, with the exit codes of `verify`: 0 written, 1 the bundle fails
 * (the seq and the reason on stderr), 2 the bundle cannot be read, or bad arguments; 3 the PDF
 * could not be made (no browser, the output cannot be written).
 *
 * The notice lists the live records (corrections applied, retractions left out) whose 文号 is
 * --doc-no, by default the 文号 of the latest record; --public makes the public version, which
 * carries no citizen personal data. stdout: the register size, head and key fingerprint, then
 * the file written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildNotice, liveRecords, type NoticeMeta } from '@core/records/notice-model';
import { noticeHtml } from '@core/records/notice-html';
import { parseArgs } from '../args';
import { renderNoticePdf } from '../notice-pdf';
import { failureLine, verifyBundleFile } from '../verify-bundle-file';

const DEFAULT_ISSUER = '12345热线办公室';
const DEFAULT_RECIPIENTS = '各承办单位';

const USAGE = `用法: npm run --silent cli -- notice 导出包.json [--public] --out 通报.pdf [--meta 通报信息.json]
  [--doc-no 文号] [--issuer 发文机关] [--recipients 主送机关] [--title 标题] [--date YYYY-MM-DD]
  通报信息文件可含 issuer、mark、docNo、title、recipients、intro、closing、attachments、signature、date、seqs；
  命令行选项优先。默认发文机关「${DEFAULT_ISSUER}」，主送「${DEFAULT_RECIPIENTS}」，文号取最近一条记录的文号。`;

class UsageError extends Error {}

const META_STRINGS = ['issuer', 'mark', 'docNo', 'title', 'recipients', 'signature', 'date'] as const;
const META_LISTS = ['intro', 'closing', 'attachments'] as const;

/** The notice metadata file: only the known keys, each of its type. */
function parseMetaFile(raw: unknown, path: string): Partial<NoticeMeta> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`通报信息文件 ${path} 应为 JSON 对象`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if ((META_STRINGS as readonly string[]).includes(k)) {
      if (typeof v !== 'string') throw new UsageError(`通报信息文件中 ${k} 应为文字`);
    } else if ((META_LISTS as readonly string[]).includes(k)) {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new UsageError(`通报信息文件中 ${k} 应为文字列表`);
    } else if (k === 'seqs') {
      if (!Array.isArray(v) || !v.every((x) => Number.isSafeInteger(x) && x > 0)) throw new UsageError('通报信息文件中 seqs 应为正整数列表');
    } else throw new UsageError(`通报信息文件中有不认识的项「${k}」`);
    out[k] = v;
  }
  return out as Partial<NoticeMeta>;
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `找不到${what}：${path}` : `无法读取${what} ${path}：${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  // `--public BUNDLE`: the flag takes no value, so a value after it is the bundle
  const pub = args.options.public;
  if (typeof pub === 'string') args.positional.unshift(pub);
  const str = (name: string): string | undefined => {
    const v = args.options[name];
    if (v === true) throw new UsageError(`--${name} 需要一个值`);
    return v;
  };

  let bundlePath: string, out: string, metaOverrides: Partial<NoticeMeta>, fileMeta: Partial<NoticeMeta> = {};
  try {
    if (args.positional.length !== 1) throw new UsageError(args.positional.length ? '只能给一个导出包文件' : '缺少导出包文件');
    bundlePath = args.positional[0]!;
    const o = str('out');
    if (!o) throw new UsageError('缺少参数 --out（要写出的 PDF 文件）');
    out = o;
    const date = str('date');
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`成文日期「${date}」无效，请写成 YYYY-MM-DD`);
    metaOverrides = Object.fromEntries(
      ([['docNo', str('doc-no')], ['issuer', str('issuer')], ['recipients', str('recipients')], ['title', str('title')], ['date', date]] as const)
        .filter(([, v]) => v !== undefined),
    );
    const metaPath = str('meta');
    if (metaPath) {
      const text = await readText(metaPath, '通报信息文件');
      let raw: unknown;
      try { raw = JSON.parse(text.replace(/^\uFEFF/, '')); } catch { throw new UsageError(`通报信息文件 ${metaPath} 不是有效的 JSON`); }
      fileMeta = parseMetaFile(raw, metaPath);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    return 2;
  }

  const checked = await verifyBundleFile(bundlePath);
  if (checked.result === null) {
    process.stderr.write(`${checked.message}\n`);
    return 2;
  }
  const r = checked.result;
  if (!r.ok) {
    process.stderr.write(r.unreadable ? `无法作为登记册导出包读取 ${bundlePath}：${r.reason}\n` : `${failureLine(r)}\n`);
    return checked.exit;
  }
  const bundle = checked.bundle!;

  const { records } = liveRecords(bundle.entries);
  const latestDocNo = [...records].reverse().find((r) => r.fields.docNo)?.fields.docNo;
  const meta: NoticeMeta = {
    issuer: DEFAULT_ISSUER,
    recipients: DEFAULT_RECIPIENTS,
    docNo: latestDocNo ?? '',
    ...fileMeta,
    ...metaOverrides,
  };
  if (!meta.docNo && !meta.seqs) {
    process.stderr.write(`登记簿中的记录都没有文号，请用 --doc-no 指定文号，或在通报信息文件中用 seqs 列出要通报的记录\n${USAGE}\n`);
    return 2;
  }
  const version = pub !== undefined ? 'public' : 'internal';
  const content = buildNotice(bundle, meta, version);
  for (const p of content.problems) process.stderr.write(`提示：${p}\n`);
  if (content.sections.length === 0) {
    process.stderr.write(`没有可通报的记录：文号「${meta.docNo}」下没有有效（未撤销）的记录，请检查 --doc-no 或 seqs\n`);
    return 2;
  }

  try {
    const { pdf, missingFonts } = await renderNoticePdf(noticeHtml(content));
    if (missingFonts.length) {
      process.stderr.write(`提示：未找到字体 ${[...new Set(missingFonts)].join('、')}，已用其他字体代替；请安装 Noto CJK 字体（Debian/UOS/麒麟：sudo apt-get install -y fonts-noto-cjk）\n`);
    }
    await writeFile(out, pdf);
  } catch (e) {
    process.stderr.write(`无法生成通报 PDF：${e instanceof Error ? e.message : String(e)}\n`);
    return 3;
  }
  process.stdout.write(`登记簿条数 ${r.size}\n末条哈希 ${r.head}\n公钥指纹 ${r.fingerprint}\n`);
  process.stdout.write(`已写出${version === 'public' ? '公开版' : '内部版'}通报：${out}\n`);
  return 0;
}
