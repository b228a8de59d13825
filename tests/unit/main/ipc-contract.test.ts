import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EVENT_CHANNELS, EVENT_CONTRACT, INVOKE_CHANNELS, IPC_CONTRACT, MAX_EVIDENCE_BYTES, checkIpcOutput, evidenceRef,
  isInvokeChannel, parseEvidenceRef, parseIpcInput, safeFileName,
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

  it('rejects unknown keys, overlong names and oversize evidence', () => {
    expect(parseIpcInput('evidence:get', { ref: evidenceRef(SHA), extra: 1 }).ok).toBe(false);
    expect(parseIpcInput('file:save', { suggestedName: 'a'.repeat(256), bytes: new Uint8Array() }).ok).toBe(false);
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

describe('safeFileName', () => {
  it('repairs names no file system accepts instead of refusing them', () => {
    expect(safeFileName('2024/03 考核:通报?.csv')).toBe('2024_03 考核_通报_.csv');
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('a\\b<c>|d"e*.pdf')).toBe('a_b_c__d_e_.pdf');
    expect(safeFileName(' .隐藏. ')).toBe('隐藏');
    expect(safeFileName('CON.csv')).toBe('_CON.csv');
    expect(safeFileName('...')).toBe('未命名');
    expect(safeFileName('.csv')).toBe('未命名.csv');
    expect(safeFileName('表\u0000格\n.csv')).toBe('表_格_.csv');
  });

  it('shortens long names keeping the extension', () => {
    const out = safeFileName(`${'督办'.repeat(100)}.xlsx`);
    expect(out).toHaveLength(120);
    expect(out.endsWith('.xlsx')).toBe(true);
    const astral = safeFileName(`${'𠮷'.repeat(100)}.csv`);
    expect(astral.length).toBeLessThanOrEqual(120);
    expect(astral.endsWith('𠮷.csv')).toBe(true);
  });

  it('property: never contains a separator or reserved character, never empty', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => {
      const out = safeFileName(s);
      expect(out).not.toMatch(/[\\/:*?"<>|]/);
      expect([...out].every((ch) => ch.charCodeAt(0) >= 0x20)).toBe(true);
      expect(out.length).toBeGreaterThan(0);
      expect(out.length).toBeLessThanOrEqual(120);
      expect(out).not.toMatch(/^[\s.]|[\s.]$/);
    }), { numRuns: 1000 });
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
