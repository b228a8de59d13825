import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { sha256Hex } from '@core/base/rules/versioned';
import { base64ToBytes } from '@core/base/bytes/base64';
import { jcs } from '@core/records/canonical';
import { entryHash, GENESIS, isIsoWithOffset, isoAt, registerHead } from '@core/records/entry';
import { keyFingerprint } from '@core/records/keys';
import { append } from '@core/records/register';
import { recordBody, sampleRegister, signer } from './helpers';

const AT = '2026-03-16T09:30:00+08:00';

describe('register append', () => {
  it('chains seq, prev, hash and sig as DOMAIN.md section 11', async () => {
    const reg = await sampleRegister(5);
    expect(reg.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(reg.map((e) => e.type)).toEqual(['record', 'record', 'correction', 'retraction', 'record']);
    expect(reg[0]!.prev).toBe(GENESIS);
    expect(GENESIS).toBe('0'.repeat(64));
    for (let i = 0; i < reg.length; i++) {
      const e = reg[i]!;
      if (i > 0) expect(e.prev).toBe(reg[i - 1]!.hash);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      // The hash is over the canonical JSON of the entry without hash and sig.
      expect(e.hash).toBe(sha256Hex(jcs({ seq: e.seq, at: e.at, type: e.type, body: e.body, prev: e.prev })));
      expect(entryHash(e)).toBe(e.hash);
      const sig = base64ToBytes(e.sig)!;
      expect(sig).toHaveLength(64);
      expect(ed25519.verify(sig, hexToBytes(e.hash), signer.publicKey)).toBe(true);
    }
    expect(registerHead(reg)).toBe(reg[4]!.hash);
    expect(registerHead([])).toBe(GENESIS);
  });

  it('does not change the register it was given', async () => {
    const reg = await sampleRegister(2);
    const copy = JSON.stringify(reg);
    const next = await append(reg, 'record', recordBody(9), AT, signer);
    expect(JSON.stringify(reg)).toBe(copy);
    expect(next).toHaveLength(3);
  });

  it('refuses amends that do not name an earlier record', async () => {
    const reg = await sampleRegister(4); // 3 = correction of 1, 4 = retraction of 2
    await expect(append(reg, 'correction', { amends: 5, reason: 'x' }, AT, signer)).rejects.toThrow(/第 5 条记录（更正或撤销）指向的第 5 条/);
    await expect(append(reg, 'correction', { amends: 3, reason: 'x' }, AT, signer)).rejects.toThrow(/不是它之前已有的表彰问责记录/);
    await expect(append(reg, 'retraction', { reason: 'x' }, AT, signer)).rejects.toThrow(/指向的第 undefined 条/);
    await expect(append(reg, 'retraction', { amends: '1', reason: 'x' }, AT, signer)).rejects.toThrow(/指向/);
    const ok = await append(reg, 'correction', { amends: 1, reason: '再次更正' }, AT, signer);
    expect(ok[4]!.body.amends).toBe(1);
  });

  it('refuses a drafter who signs off their own record, and bad kinds', async () => {
    await expect(append([], 'record', { ...recordBody(1), approver: '王录入' }, AT, signer)).rejects.toThrow(/起草人与签发人是同一人/);
    await expect(append([], 'record', { ...recordBody(1), kind: '表扬' }, AT, signer)).rejects.toThrow(/应为表彰或问责/);
  });

  it('refuses citizen phone and ID numbers in a body, but not ticket ids in evidence', async () => {
    await expect(append([], 'record', { ...recordBody(1), reason: '来电人 13812345678 反映' }, AT, signer)).rejects.toThrow(/「reason」含有疑似电话号码或身份证号/);
    await expect(append([], 'record', { ...recordBody(1), rectification: { requirement: '联系 11010119900307123X 核实' } }, AT, signer)).rejects.toThrow(/rectification.requirement/);
    const ok = await append([], 'record', { ...recordBody(1), evidence: { tickets: ['202603151234567890'], cases: [], campaignTasks: [] } }, AT, signer);
    expect(ok).toHaveLength(1);
  });

  it('refuses times without an offset or going back', async () => {
    await expect(append([], 'record', recordBody(1), '2026-03-16 09:30:00', signer)).rejects.toThrow(/ISO 8601/);
    await expect(append([], 'record', recordBody(1), '2026-03-16T09:30:00', signer)).rejects.toThrow(/ISO 8601/);
    const reg = await append([], 'record', recordBody(1), AT, signer);
    await expect(append(reg, 'record', recordBody(2), '2026-03-16T09:29:59+08:00', signer)).rejects.toThrow(/早于/);
    expect(isIsoWithOffset('2026-03-16T01:30:00Z')).toBe(true);
    expect(isIsoWithOffset('2026-13-01T01:30:00Z')).toBe(false);
    expect(isIsoWithOffset('2026-02-30T01:30:00+08:00')).toBe(false);
    expect(isIsoWithOffset('2026-02-28T24:00:00+08:00')).toBe(false);
    expect(isoAt(Date.UTC(2026, 2, 16, 1, 30))).toBe(AT);
  });

  it('refuses bodies without a JSON form', async () => {
    await expect(append([], 'record', { ...recordBody(1), score: Number.NaN }, AT, signer)).rejects.toThrow(/规范 JSON/);
  });
});

describe('keyFingerprint', () => {
  it('is the first 16 hex digits of SHA-256 of the raw key', () => {
    expect(keyFingerprint(signer.publicKey)).toBe(sha256Hex(signer.publicKey).slice(0, 16));
    expect(keyFingerprint(new Uint8Array(32))).toBe('66687aadf862bd77'); // SHA-256 of 32 zero bytes
  });
});
