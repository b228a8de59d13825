/** Runs the real `verify` CLI on register bundles: a good one, altered ones, unreadable files and bad arguments. */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleText, exportBundle, type RegisterBundle } from '@core/records/bundle';
import { keyFingerprint } from '@core/records/keys';
import { otherSigner, sampleRegister, signer } from '../unit/records/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

type Out = { code: number; stdout: string; stderr: string };
function cli(...args: string[]): Promise<Out> {
  return new Promise((done) => {
    execFile(TSX, ['cli/index.ts', 'verify', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

let dir = '';
let bundle: RegisterBundle;
const file = (name: string, text: string | Uint8Array): string => { const p = join(dir, name); writeFileSync(p, text); return p; };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duban-verify-'));
  bundle = await exportBundle(await sampleRegister(6), signer);
});

describe('verify CLI', () => {
  it('exits 0 and prints size, head and fingerprint for an untouched bundle', async () => {
    const r = await cli(file('good.json', bundleText(bundle)));
    expect(r.code).toBe(0);
    const fp = keyFingerprint(signer.publicKey);
    expect(r.stdout).toContain('校验通过');
    expect(r.stdout).toContain(`size: 6\nhead: ${bundle.checkpoint.head}\nfingerprint: ${fp}\n`);
    expect(r.stderr).toBe('');
    const j = await cli(join(dir, 'good.json'), '--key', fp, '--format', 'json');
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toEqual({ ok: true, size: 6, head: bundle.checkpoint.head, fingerprint: fp });
  });

  it('accepts a pretty-printed bundle with a byte order mark', async () => {
    const r = await cli(file('pretty.json', `\uFEFF${JSON.stringify(bundle, null, 2)}\n`));
    expect(r.code).toBe(0);
  });

  it('exits 1 naming the first failing seq and why', async () => {
    const b = JSON.parse(bundleText(bundle)) as RegisterBundle;
    b.entries[3]!.body.reason = '悄悄改动';
    const r = await cli(file('changed.json', JSON.stringify(b)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('校验未通过：第 4 条记录的内容与哈希不符：内容被修改过\nseq: 4\ncode: hash-mismatch\n');
    const j = await cli(join(dir, 'changed.json'), '--format', 'json');
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toEqual({ ok: false, seq: 4, code: 'hash-mismatch', reason: '第 4 条记录的内容与哈希不符：内容被修改过' });
  });

  it('exits 1 when an entry was dropped from the end, or the key is not the expected one', async () => {
    const b = JSON.parse(bundleText(bundle)) as RegisterBundle;
    b.entries.pop();
    const r = await cli(file('short.json', JSON.stringify(b)));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('检查点记载 6 条记录，导出包中有 5 条');
    expect(r.stdout).toContain('seq: -');
    const k = await cli(join(dir, 'good.json'), '--key', keyFingerprint(otherSigner.publicKey));
    expect(k.code).toBe(1);
    expect(k.stdout).toContain('与指定的');
  });

  it('exits 2 when the file cannot be read as a bundle', async () => {
    const missing = await cli(join(dir, 'missing.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    mkdirSync(join(dir, 'folder.json'));
    expect((await cli(join(dir, 'folder.json'))).code).toBe(2);
    const notJson = await cli(file('text.json', '这不是 JSON'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('不是有效的 JSON');
    expect(notJson.stdout).toBe('');
    const other = await cli(file('other.json', '{"format":"something-else"}'));
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('不是 duban-register/1 格式');
    expect((await cli(file('binary.json', Uint8Array.of(0x7b, 0xc3, 0x28, 0x7d)))).code).toBe(2);
  });

  it('exits 2 with the usage on bad arguments', async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('用法');
    const badKey = await cli(join(dir, 'good.json'), '--key', 'xyz');
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toContain('16 位十六进制');
  });
});
