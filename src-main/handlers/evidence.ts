import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { IpcInput, IpcOutput } from '@core/ipc/contract';
import { EVIDENCE_DIR, evidenceRef, parseEvidenceRef } from '@core/ipc/evidence-ref';
import { IpcFailure, ioFailure } from './failure';
import { writeFileAtomic } from './write-file-atomic';

/** Lower-case hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The absolute path of the file `ref` names under `<dataDir>/evidence`. The reference must have
 * the exact shape of {@link parseEvidenceRef}, and the resolved path is checked to lie inside
 * the evidence folder as well (two independent fences against path traversal).
 */
export function evidencePath(dataDir: string, ref: string): string {
  const parsed = parseEvidenceRef(ref);
  if (!parsed) throw new IpcFailure('INVALID_INPUT', `证据引用无效：${ref.slice(0, 100)}，请从证据列表重新选择`);
  const root = resolve(dataDir, EVIDENCE_DIR);
  const full = resolve(dataDir, ...parsed.segments);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new IpcFailure('INVALID_INPUT', `证据引用超出证据文件夹：${ref.slice(0, 100)}`);
  }
  return full;
}

async function readIfExists(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw ioFailure(err, '读取证据文件', path);
  }
}

/**
 * 'evidence:put': stores the bytes content-addressed. Storing the same bytes twice keeps one file;
 * a stored copy that no longer matches its hash is replaced by the good bytes. Each put is also
 * appended to `evidence/index.jsonl` (time, case, original name, hash, size) for the audit trail.
 */
export async function putEvidence(dataDir: string, input: IpcInput<'evidence:put'>): Promise<IpcOutput<'evidence:put'>> {
  const sha256 = sha256Hex(input.bytes);
  const ref = evidenceRef(sha256);
  const path = evidencePath(dataDir, ref);
  try {
    await mkdir(join(path, '..'), { recursive: true });
    const existing = await readIfExists(path);
    if (existing === null || sha256Hex(existing) !== sha256) await writeFileAtomic(path, input.bytes);
    const line = JSON.stringify({
      at: new Date().toISOString(), caseId: input.caseId, fileName: input.fileName, sha256, size: input.bytes.byteLength,
    });
    await appendFile(join(dataDir, EVIDENCE_DIR, 'index.jsonl'), `${line}\n`, 'utf8');
  } catch (err) {
    if (err instanceof IpcFailure) throw err;
    throw ioFailure(err, '保存证据文件', path);
  }
  return { sha256, size: input.bytes.byteLength, ref };
}

/** 'evidence:get': the stored bytes, refused when they no longer match their hash. */
export async function getEvidence(dataDir: string, input: IpcInput<'evidence:get'>): Promise<IpcOutput<'evidence:get'>> {
  const path = evidencePath(dataDir, input.ref);
  const bytes = await readIfExists(path);
  if (bytes === null) throw new IpcFailure('NOT_FOUND', `证据文件不存在（可能被删除或移动）：${input.ref}，请从备份恢复数据文件夹`);
  if (sha256Hex(bytes) !== parseEvidenceRef(input.ref)!.sha256) {
    throw new IpcFailure('INTEGRITY', `证据文件已被改动，内容与登记的 SHA-256 不符：${input.ref}，请从备份恢复后再查看`);
  }
  // A plain Uint8Array copy (not a Buffer, which may view a shared pool) crosses IPC as exactly these bytes.
  return new Uint8Array(bytes);
}

/** 'evidence:verify': re-hashes the stored file; a missing file is reported as not intact. */
export async function verifyEvidence(dataDir: string, input: IpcInput<'evidence:verify'>): Promise<IpcOutput<'evidence:verify'>> {
  const expected = parseEvidenceRef(input.ref)!.sha256;
  const path = evidencePath(dataDir, input.ref);
  const bytes = await readIfExists(path);
  if (bytes === null) return { intact: false, expected, actual: null, size: null };
  const actual = sha256Hex(bytes);
  return { intact: actual === expected, expected, actual, size: (await stat(path)).size };
}
