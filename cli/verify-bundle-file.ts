/** Reads a register bundle file and verifies it; shared by the `verify` and `notice` commands. */
import { readFile } from 'node:fs/promises';
import type { RegisterBundle } from '@core/records/bundle';
import { verifyBundle, type VerifyResult } from '@core/records/verify';

/** Exit code of a verification: 0 verified, 1 a bundle that fails, 2 a file that is not a bundle or cannot be read. */
export type VerifyExit = 0 | 1 | 2;

/** The verification, and the bundle itself when it verified (for commands that go on to use it). */
export type VerifiedFile =
  | { exit: VerifyExit; result: VerifyResult; bundle: RegisterBundle | null }
  | { exit: 2; result: null; bundle: null; message: string };

/** A readable Chinese message for a file that cannot be read. */
function readError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `找不到文件：${path}`;
  if (code === 'EISDIR') return `这是一个文件夹，不是登记册导出包：${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件：${path}`;
  return `无法读取文件 ${path}：${e instanceof Error ? e.message : String(e)}`;
}

export async function verifyBundleFile(path: string, opts: { key?: string } = {}): Promise<VerifiedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { exit: 2, result: null, bundle: null, message: readError(path, e) };
  }
  // A UTF-8 byte order mark (an editor may add one) is not part of the JSON.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const result = await verifyBundle(bytes, opts);
  const exit: VerifyExit = result.ok ? 0 : result.unreadable ? 2 : 1;
  return { exit, result, bundle: result.ok ? (JSON.parse(new TextDecoder().decode(bytes)) as RegisterBundle) : null };
}

/** The failure line printed by the commands; the reason names the seq when one entry fails. */
export function failureLine(result: Exclude<VerifyResult, { ok: true }>): string {
  return `校验未通过：${result.reason}`;
}
