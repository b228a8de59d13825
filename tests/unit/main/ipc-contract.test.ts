import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EVENT_CHANNELS, EVENT_CONTRACT, INVOKE_CHANNELS, IPC_CONTRACT, MAX_EVIDENCE_BYTES, checkIpcOutput, evidenceRef,
  isInvokeChannel, parseEvidenceRef, parseIpcInput,
} from '@core/ipc';

const SHA = 'ab'.padEnd(64, '0');

describe('IPC contract', () => {
  it('defines exactly the channel and event names the preload knows', () => {
    expect(Object.keys(IPC_CONTRACT).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(EVENT_CONTRACT).sort()).toEqual([...EVENT_CHANNELS].sort());
    expect(isInvokeChannel('evidence:put')).toBe(true);
    expect(isInvokeChannel('fs:readFile')).toBe(false);
    expect(isInvokeChannel(42)).toBe(false);
  });

  it('accepts a well-formed payload and returns the parsed value', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const r = parseIpcInput('file:save', { suggestedName: '工单.csv', bytes, filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.bytes).toBe(bytes);
    expect(parseIpcInput('app:info', undefined).ok).toBe(true);
  });

  it('rejects bad payloads with a Chinese message naming the field', () => {
    const r = parseIpcInput('file:save', { suggestedName: '', bytes: [1, 2, 3] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.message).toContain('suggestedName');
      expect(r.error.message).toContain('文件名不能为空');
      expect(r.error.message).toContain('Uint8Array');
    }
  });

  it('rejects unknown keys, folder separators in file names and oversize evidence', () => {
    expect(parseIpcInput('evidence:get', { ref: evidenceRef(SHA), extra: 1 }).ok).toBe(false);
    expect(parseIpcInput('file:save', { suggestedName: '../etc/passwd', bytes: new Uint8Array() }).ok).toBe(false);
    expect(parseIpcInput('file:save', { suggestedName: 'a\\b.csv', bytes: new Uint8Array() }).ok).toBe(false);
    const big = { byteLength: MAX_EVIDENCE_BYTES + 1 };
    Object.setPrototypeOf(big, Uint8Array.prototype);
    const r = parseIpcInput('evidence:put', { caseId: 'C1', fileName: 'a.jpg', bytes: big });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('超过 256 MB');
  });

  it('checks handler output against the contract', () => {
    expect(checkIpcOutput('file:save', null).ok).toBe(true);
    expect(checkIpcOutput('file:save', 42).ok).toBe(false);
    const bad = checkIpcOutput('evidence:verify', { intact: true });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('INTERNAL');
  });
});

describe('evidence references', () => {
  it('round-trips a digest and names its two-digit folder', () => {
    const ref = evidenceRef(SHA);
    expect(ref).toBe(`evidence/ab/${SHA}`);
    expect(parseEvidenceRef(ref)?.sha256).toBe(SHA);
    expect(() => evidenceRef('xyz')).toThrow();
  });

  it('refuses anything that could leave the evidence folder', () => {
    for (const ref of [
      `evidence/ab/../../${SHA}`, `evidence/cd/${SHA}`, `evidence\\ab\\${SHA}`, `/evidence/ab/${SHA}`,
      `evidence/ab/${SHA}/..`, `evidence/ab/${SHA.toUpperCase()}`, `../evidence/ab/${SHA}`, 'evidence/ab/..', '',
      `evidence/ab/${SHA}\u0000`, `evidence/ab/${SHA}\n`,
    ]) expect(parseEvidenceRef(ref), ref).toBeNull();
  });

  it('property: only the canonical form of a digest parses', () => {
    fc.assert(fc.property(fc.string({ maxLength: 90 }), (s) => {
      const p = parseEvidenceRef(s);
      if (p !== null) expect(s).toBe(evidenceRef(p.sha256));
    }));
  });
});
