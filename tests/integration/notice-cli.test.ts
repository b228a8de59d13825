/**
 * `npm run cli -- notice` run for real on a signed fixture bundle: the public PDF is A4, its text
 * (pdftotext) has the title, 文号, head hash and key fingerprint and no phone, ID-number or
 * citizen-name pattern; its pages (pdftoppm) show the red rule and text inside the GB/T 9704
 * type area, and a long paragraph fills 22 lines of 28 characters. Exit codes follow `verify`.
 * The PNGs are kept in $DUBAN_SHOTS_DIR/records-notice/ when that variable is set.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildNotice } from '@core/records/notice-model';
import { noticeHtml } from '@core/records/notice-html';
import { renderNoticePdf } from '../../cli/notice-pdf';
import { fingerprintOf, noticeFixtureDrafts, recordBody, signBundle } from '../helpers/register-bundle';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'notice-cli-'));
const SHOTS = process.env.DUBAN_SHOTS_DIR ? join(process.env.DUBAN_SHOTS_DIR, 'records-notice') : join(tmpdir(), 'duban-notice-shots');

async function run(cmd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(cmd, args, { cwd: process.cwd(), maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}
const cli = (...args: string[]) => run('npx', 'tsx', 'cli/index.ts', ...args);

const bundle = signBundle(noticeFixtureDrafts({ digits: false }));
const fingerprint = fingerprintOf(bundle.publicKey);
function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const bundlePath = write('bundle.json', JSON.stringify(bundle, null, 2));

/** A page rendered by pdftoppm as PPM (P6): width, height and RGB bytes. */
type Raster = { w: number; h: number; px: Uint8Array; dpi: number };
async function raster(pdf: string, page: number, dpi: number): Promise<Raster> {
  const base = join(dir, `r${page}-${dpi}`);
  await exec('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  const buf = readFileSync(`${base}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString('latin1'))!;
  return { w: Number(header[1]), h: Number(header[2]), px: new Uint8Array(buf.subarray(header[0].length)), dpi };
}
const mm = (r: Raster, px: number) => (px / r.dpi) * 25.4;
function pixels(r: Raster, test: (red: number, green: number, blue: number) => boolean): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let y = 0; y < r.h; y++) for (let x = 0; x < r.w; x++) {
    const i = (y * r.w + x) * 3;
    if (test(r.px[i]!, r.px[i + 1]!, r.px[i + 2]!)) out.push({ x, y });
  }
  return out;
}
const isRed = (red: number, green: number, blue: number) => red > 180 && green < 90 && blue < 90;
const isInk = (red: number, green: number, blue: number) => red + green + blue < 300;

/** Mobiles, landlines, 18/15-digit IDs, masked numbers and citizen-name patterns. */
const PERSONAL = [
  /(?<![0-9a-f])1[3-9]\d{9}(?![0-9a-f])/, /0\d{2,3}-\d{7,8}/, /\(0\d{2,3}\)\d{7,8}/, /(?<![0-9a-f])\d{17}[\dXx](?![0-9a-f])/,
  /(?<![0-9a-f])\d{15}(?![0-9a-f])/, /\d{3}\*{4}\d{4}/, /\d{2}\*{13}/,
  /[^\P{Script=Han}某位该此这那名其每男女各老](?:先生|女士|小姐|阿姨|大爷|大妈|师傅)/u,
  /(?:市民|来电人|反映人|诉求人|投诉人|举报人|业主)[：:]?(?!某某)\p{Script=Han}{2,3}(?:反映|来电|称|的)/u,
  /李建国|张三/,
];

describe('npm run cli -- notice', () => {
  it('renders the public notice: A4, title, 文号, head and fingerprint in its text, no personal data', async () => {
    const out = join(dir, 'public.pdf');
    const r = await cli('notice', bundlePath, '--public', '--out', out, '--issuer', '某市12345热线办公室', '--recipients', '各区人民政府，市政府各委办局');
    expect(r.stderr).not.toMatch(/未找到字体/);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`登记簿条数 6\n末条哈希 ${bundle.checkpoint.head}\n公钥指纹 ${fingerprint}\n已写出公开版通报：${out}\n`);

    const info = (await run('pdfinfo', out)).stdout;
    expect(info).toMatch(/Page size:\s+59[45](?:\.\d+)? x 84[12](?:\.\d+)? pts \(A4\)/);
    expect(info).toMatch(/Title:\s+关于诉求办理表彰和问责情况的通报 热督〔2026〕12号（字体：Noto Serif CJK SC 代仿宋/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);

    const text = (await run('pdftotext', '-layout', out, '-')).stdout;
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('关于诉求办理表彰和问责情况的通报');
    expect(flat).toContain('热督〔2026〕12号');
    expect(flat).toContain('某市12345热线办公室文件');
    expect(text).toContain(bundle.checkpoint.head);
    expect(text).toContain(fingerprint);
    expect(flat).toContain('登记簿条数：6');
    expect(flat).toContain('（一）西城区住房和城乡建设局：责令整改。');
    expect(flat).toContain('限10个工作日内（2026年11月17日前）整改到位');
    expect(flat).not.toContain('南湖区城市管理局'); // retracted
    expect(flat).toContain('—1—');
    expect(flat).toContain(`—${pages}—`);
    // everything but the hex of the foot, checked for every personal-data pattern
    const prose = text.replaceAll(bundle.checkpoint.head, '').replaceAll(fingerprint, '');
    for (const p of PERSONAL) expect(prose, String(p)).not.toMatch(p);
    // the citizen names planted in the 问责 reason are gone, the rest of the reason is there
    expect(flat).toContain('市民某某反映');
    expect(flat).toContain('某先生来电反映无人处理');

    // pages as PNG for a reader (and the shots folder)
    await exec('pdftoppm', ['-png', '-r', '80', out, join(dir, 'public')]);
    const pngs = readdirSync(dir).filter((f) => /^public-\d+\.png$/.test(f)).sort();
    expect(pngs.length).toBe(pages);
    try {
      mkdirSync(SHOTS, { recursive: true });
      for (const f of pngs) copyFileSync(join(dir, f), join(SHOTS, `notice-${f}`));
    } catch { /* not on this machine: the check above still ran */ }

    // page 1: the red rule spans the type area, 28 mm to 184 mm (±1 mm)
    const p1 = await raster(out, 1, 100);
    const red = pixels(p1, isRed);
    const rowCounts = new Map<number, number>();
    for (const p of red) rowCounts.set(p.y, (rowCounts.get(p.y) ?? 0) + 1);
    const ruleRow = [...rowCounts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const ruleXs = red.filter((p) => p.y === ruleRow).map((p) => p.x);
    expect(mm(p1, Math.min(...ruleXs))).toBeCloseTo(28, 0);
    expect(mm(p1, Math.max(...ruleXs) + 1)).toBeCloseTo(184, 0);
    // the red mark sits above the rule, its top 35 mm below the type area's top (37 + 35 mm, ±2 mm)
    const markTop = Math.min(...red.map((p) => p.y));
    expect(Math.abs(mm(p1, markTop) - 72)).toBeLessThan(2);

    // page 2: ink starts within the type area's top line and at its left edge
    const p2 = await raster(out, 2, 100);
    const ink = pixels(p2, isInk);
    const body = ink.filter((p) => mm(p2, p.y) < 262);
    const top = mm(p2, Math.min(...body.map((p) => p.y)));
    expect(top).toBeGreaterThanOrEqual(37);
    expect(top).toBeLessThan(37 + (225 / 22 - 5.64) / 2 + 1.5);
    expect(mm(p2, Math.min(...body.map((p) => p.x)))).toBeGreaterThan(27);
    expect(mm(p2, Math.min(...body.map((p) => p.x)))).toBeLessThan(29.5);
    expect(mm(p2, Math.max(...body.map((p) => p.x)))).toBeLessThan(185);
  });

  it('renders the internal version with personal data masked, evidence and sign-off shown', async () => {
    const out = join(dir, 'internal.pdf');
    const r = await cli('notice', bundlePath, '--out', out);
    expect(r.code).toBe(0);
    const flat = (await run('pdftotext', out, '-')).stdout.replace(/\s+/g, '');
    expect(flat).toContain('内部使用');
    expect(flat).toContain('12345热线办公室文件');
    expect(flat).toContain('市民李*国反映');
    expect(flat).toContain('起草：王录入；签发：赵签发。');
    try { await exec('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', out, join(SHOTS, 'notice-internal')]); } catch { /* no shots folder */ }
  });

  it('lays body text on the 28 × 22 grid', async () => {
    const long = signBundle([{ type: 'record', at: '2026-11-02T10:00:00+08:00', body: recordBody({ reason: '诉求办理责任压实推动不跑偏不走样'.repeat(100), basis: undefined }) }]);
    const n = buildNotice(long, { issuer: '某市12345热线办公室', docNo: '热督〔2026〕12号', recipients: '各区' }, 'public');
    const { pdf, missingFonts } = await renderNoticePdf(noticeHtml(n));
    expect(missingFonts).toEqual([]);
    const path = join(dir, 'grid.pdf');
    writeFileSync(path, pdf);
    const page2 = (await run('pdftotext', '-layout', '-f', '2', '-l', '2', path, '-')).stdout;
    const lines = page2.split('\n').filter((l) => /^\p{Script=Han}+$/u.test(l.trim()));
    expect(lines.length).toBe(22);
    expect(lines.map((l) => l.trim().length)).toEqual(Array(22).fill(28));
  });

  it('refuses a broken bundle with the exit codes of verify', async () => {
    const out = join(dir, 'x.pdf');
    const relinked = structuredClone(bundle);
    relinked.entries[2]!.prev = relinked.entries[0]!.hash;
    let r = await cli('notice', write('relinked.json', JSON.stringify(relinked)), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('校验未通过：第 3 条');

    const dropped = structuredClone(bundle);
    dropped.entries.splice(1, 1);
    r = await cli('notice', write('dropped.json', JSON.stringify(dropped)), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('第 2 个位置的记录序号为 3，序号应从 1 起连续');

    const badEntry = { ...bundle, entries: [{ ...bundle.entries[0], seq: 'one' }, ...bundle.entries.slice(1)] };
    r = await cli('notice', write('bad-entry.json', JSON.stringify(badEntry)), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('第 1 个位置的记录序号为 "one"');

    r = await cli('notice', write('not-json.json', '{"format": "duban-register/1", '), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^无法作为登记册导出包读取 .*：文件不是有效的 JSON/);

    r = await cli('notice', join(dir, 'missing.json'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件：');

    r = await cli('notice', bundlePath);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('缺少参数 --out');

    r = await cli('notice', bundlePath, '--out', out, '--doc-no', '热督〔2026〕99号');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有可通报的记录');
  });

  it('refuses a bundle whose record holds a phone or ID number: verify fails it (exit 1), nothing is rendered', async () => {
    const out = join(dir, 'digits.pdf');
    const digits = write('digits.json', JSON.stringify(signBundle(noticeFixtureDrafts({ digits: true }))));
    const r = await cli('notice', digits, '--public', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^校验未通过：第 3 条/);
    expect(existsSync(out)).toBe(false);
  });

  it('takes the notice metadata from a file', async () => {
    const out = join(dir, 'meta.pdf');
    const meta = write('meta.json', JSON.stringify({ issuer: '某市热线办', title: '关于十月诉求办理问责情况的通报', seqs: [4], date: '2026-11-20', attachments: ['整改反馈表'] }));
    const r = await cli('notice', bundlePath, '--public', '--out', out, '--meta', meta);
    expect(r.code).toBe(0);
    const flat = (await run('pdftotext', out, '-')).stdout.replace(/\s+/g, '');
    expect(flat).toContain('某市热线办文件');
    expect(flat).toContain('关于十月诉求办理问责情况的通报');
    expect(flat).toContain('北山街道办事处');
    expect(flat).not.toContain('东城区和平街道办事处');
    expect(flat).toContain('附件：整改反馈表');
    expect(flat).toContain('2026年11月20日');

    const bad = write('bad-meta.json', JSON.stringify({ issuer: 1 }));
    const r2 = await cli('notice', bundlePath, '--out', out, '--meta', bad);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('通报信息文件中 issuer 应为文字');
  });
});
