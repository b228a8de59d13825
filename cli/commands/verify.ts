/**
 * `verify BUNDLE [--key FINGERPRINT] [--format text|json]`: verifies a register bundle (DOMAIN.md
 * section 11). Exit 0 when every hash, link, signature and the checkpoint hold (and the key has
 * the given fingerprint): prints size, head and fingerprint. Exit 1 when the bundle fails: prints
 * the first failing seq and why. Exit 2 when the file cannot be read as a bundle, or on bad
 * arguments (the reason on stderr).
 */
import { parseArgs } from '../args';
import { failureLine, verifyBundleFile } from '../verify-bundle-file';

const USAGE = '用法: npm run --silent cli -- verify 登记册导出包.json [--key 密钥指纹（16 位十六进制）] [--format text|json]';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const format = args.options.format ?? 'text';
  const key = args.options.key;
  let problem: string | null = null;
  if (args.positional.length !== 1) problem = args.positional.length === 0 ? '缺少登记册导出包文件' : '只能指定一个导出包文件';
  else if (format !== 'text' && format !== 'json') problem = '--format 应为 text 或 json';
  else if (key === true) problem = '--key 需要一个密钥指纹';
  else if (key !== undefined && !/^[0-9a-fA-F]{16}$/.test(key)) problem = `--key「${key}」不是密钥指纹：应为 16 位十六进制数字`;
  if (problem !== null) {
    process.stderr.write(`${problem}\n${USAGE}\n`);
    return 2;
  }
  const file = args.positional[0]!;
  const v = await verifyBundleFile(file, typeof key === 'string' ? { key } : {});
  if (v.result === null) {
    process.stderr.write(`${v.message}\n`);
    return 2;
  }
  const r = v.result;
  if (format === 'json') {
    const out = r.ok ? { ok: true, size: r.size, head: r.head, fingerprint: r.fingerprint } : { ok: false, seq: r.seq, code: r.code, reason: r.reason };
    (r.ok || !r.unreadable ? process.stdout : process.stderr).write(`${JSON.stringify(out)}\n`);
  } else if (r.ok) {
    process.stdout.write(`校验通过：登记册共 ${r.size} 条记录，哈希链、签名和检查点完整\nsize: ${r.size}\nhead: ${r.head}\nfingerprint: ${r.fingerprint}\n`);
  } else if (r.unreadable) {
    process.stderr.write(`无法作为登记册导出包读取 ${file}：${r.reason}\n`);
  } else {
    process.stdout.write(`${failureLine(r)}\nseq: ${r.seq ?? '-'}\ncode: ${r.code}\n`);
  }
  return v.exit;
}
