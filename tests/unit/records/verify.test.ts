import { describe, expect, it } from 'vitest';
import { bundleText, exportBundle, type RegisterBundle } from '@core/records/bundle';
import { bytesToBase64 } from '@core/base/bytes/base64';
import { entryHash, GENESIS } from '@core/records/entry';
import { keyFingerprint } from '@core/records/keys';
import { verifyBundle, type VerifyFail } from '@core/records/verify';
import { verifyReasonEn } from '@core/records/verify-messages';
import { ed25519Verifier, nobleVerifier } from '@core/records/ed25519-verify';
import { hexToBytes } from '@noble/hashes/utils.js';
import { otherSigner, recordBody, sampleRegister, signer } from './helpers';

async function sample(n = 5): Promise<RegisterBundle> {
  return exportBundle(await sampleRegister(n), signer);
}
const clone = (b: RegisterBundle): RegisterBundle => JSON.parse(JSON.stringify(b)) as RegisterBundle;
async function failure(b: unknown): Promise<VerifyFail> {
  const r = await verifyBundle(typeof b === 'string' ? b : JSON.stringify(b));
  if (r.ok) throw new Error('expected a failure');
  return r;
}

describe('exportBundle / bundleText', () => {
  it('writes the format, key, entries and a checkpoint over size and head', async () => {
    const b = await sample(5);
    expect(b.format).toBe('duban-register/1');
    expect(b.publicKey).toBe(bytesToBase64(signer.publicKey));
    expect(b.checkpoint.size).toBe(5);
    expect(b.checkpoint.head).toBe(b.entries[4]!.hash);
    const text = bundleText(b);
    expect(text).not.toMatch(/\n/);
    expect(JSON.parse(text)).toEqual(b);
  });

  it('verifies an untouched bundle: size, head and fingerprint', async () => {
    const b = await sample(5);
    const r = await verifyBundle(bundleText(b));
    expect(r).toEqual({ ok: true, size: 5, head: b.checkpoint.head, fingerprint: keyFingerprint(signer.publicKey) });
    // Bytes, a pretty-printed file and the parsed value verify the same.
    expect((await verifyBundle(new TextEncoder().encode(bundleText(b)))).ok).toBe(true);
    expect((await verifyBundle(JSON.stringify(b, null, 2))).ok).toBe(true);
    expect((await verifyBundle({ value: b })).ok).toBe(true);
  });

  it('verifies an empty register (head = 64 zeros)', async () => {
    const b = await exportBundle([], signer);
    expect(await verifyBundle(bundleText(b))).toMatchObject({ ok: true, size: 0, head: GENESIS });
  });

  it('checks the key fingerprint when given', async () => {
    const b = bundleText(await sample(2));
    const fp = keyFingerprint(signer.publicKey);
    expect((await verifyBundle(b, { key: fp })).ok).toBe(true);
    expect((await verifyBundle(b, { key: fp.toUpperCase() })).ok).toBe(true);
    const r = await verifyBundle(b, { key: keyFingerprint(otherSigner.publicKey) });
    expect(r).toMatchObject({ ok: false, unreadable: false, seq: null, code: 'key-mismatch' });
    expect((r as VerifyFail).reason).toContain(fp);
  });
});

describe('verifyBundle failures', () => {
  it('names unreadable input', async () => {
    for (const [input, code] of [
      ['', 'not-json'], ['{', 'not-json'], ['null', 'bad-format'], ['[]', 'bad-format'], ['"x"', 'bad-format'],
      ['{"format":"duban-register/2"}', 'bad-format'], ['{"format":"duban-register/1"}', 'bad-structure'],
      ['{"format":"duban-register/1","entries":[],"publicKey":"","checkpoint":[]}', 'bad-structure'],
    ] as const) {
      const r = await verifyBundle(input);
      expect(r, input).toMatchObject({ ok: false, unreadable: true, code });
    }
    expect(await verifyBundle(Uint8Array.of(0x7b, 0xff, 0x7d))).toMatchObject({ ok: false, unreadable: true, code: 'not-utf8' });
  });

  it('reports a changed body at its seq, in Chinese and with an English message', async () => {
    const b = clone(await sample(5));
    b.entries[2]!.body.reason = '改过的理由';
    const r = await failure(b);
    expect(r).toMatchObject({ unreadable: false, seq: 3, code: 'hash-mismatch' });
    expect(r.reason).toBe('第 3 条记录的内容与哈希不符：内容被修改过');
    expect(verifyReasonEn(r.code, r.params)).toBe('Entry 3 does not match its hash: its content was changed');
  });

  it('reports a re-hashed but unsigned change as a bad signature', async () => {
    const b = clone(await sample(5));
    const e = b.entries[1]!;
    e.body.subject = '别的单位';
    e.hash = entryHash(e);
    // The next entry's prev no longer links, but seq 2's signature fails first.
    expect(await failure(b)).toMatchObject({ seq: 2, code: 'bad-sig' });
  });

  it('reports dropped, reordered and renumbered entries', async () => {
    const b = await sample(5);
    const drop = clone(b); drop.entries.splice(1, 1);
    expect(await failure(drop)).toMatchObject({ seq: 2, code: 'seq-order' });
    const tail = clone(b); tail.entries.pop();
    expect(await failure(tail)).toMatchObject({ seq: null, code: 'checkpoint-size' });
    const swap = clone(b); [swap.entries[0], swap.entries[1]] = [swap.entries[1]!, swap.entries[0]!];
    expect(await failure(swap)).toMatchObject({ seq: 1, code: 'seq-order' });
    const renum = clone(b); renum.entries[1]!.seq = 7;
    expect(await failure(renum)).toMatchObject({ seq: 2, code: 'seq-order' });
  });

  it('reports a broken prev link, a bad signature encoding and a foreign signature', async () => {
    const b = await sample(3);
    const link = clone(b); link.entries[1]!.prev = GENESIS;
    expect(await failure(link)).toMatchObject({ seq: 2, code: 'prev-link' });
    const enc = clone(b); enc.entries[2]!.sig = enc.entries[2]!.sig.slice(0, -4);
    expect(await failure(enc)).toMatchObject({ seq: 3, code: 'bad-sig-encoding' });
    const foreign = clone(b);
    foreign.entries[2]!.sig = bytesToBase64(await otherSigner.sign(hexToBytes(foreign.entries[2]!.hash)));
    expect(await failure(foreign)).toMatchObject({ seq: 3, code: 'bad-sig' });
  });

  it('reports the earliest failure when there are several', async () => {
    const b = clone(await sample(5));
    b.entries[4]!.body.reason = 'x';
    b.entries[1]!.sig = b.entries[0]!.sig;
    expect(await failure(b)).toMatchObject({ seq: 2, code: 'bad-sig' });
  });

  it('reports a swapped key, and a bundle re-signed with another key when the fingerprint is given', async () => {
    const b = await sample(3);
    const swapped = clone(b); swapped.publicKey = bytesToBase64(otherSigner.publicKey);
    expect(await failure(swapped)).toMatchObject({ seq: 1, code: 'bad-sig' });
    const bad = clone(b); bad.publicKey = 'AAAA';
    expect(await failure(bad)).toMatchObject({ seq: null, code: 'bad-key' });
    // Someone rebuilds the whole register with their own key: only the fingerprint can tell.
    const forged = await exportBundle(await sampleRegister(3, otherSigner), otherSigner);
    expect((await verifyBundle(bundleText(forged))).ok).toBe(true);
    expect(await verifyBundle(bundleText(forged), { key: keyFingerprint(signer.publicKey) })).toMatchObject({ ok: false, code: 'key-mismatch' });
  });

  it('reports checkpoint changes', async () => {
    const b = await sample(3);
    const head = clone(b); head.checkpoint.head = b.entries[1]!.hash;
    expect(await failure(head)).toMatchObject({ seq: null, code: 'checkpoint-head' });
    const sig = clone(b); sig.checkpoint.sig = b.entries[0]!.sig;
    expect(await failure(sig)).toMatchObject({ seq: null, code: 'checkpoint-sig' });
    const shape = clone(b) as unknown as { checkpoint: Record<string, unknown> }; shape.checkpoint.extra = 1;
    expect(await failure(shape)).toMatchObject({ seq: null, code: 'checkpoint-shape', unreadable: false });
  });

  it('reports extra fields, bad times, types and bodies', async () => {
    const b = await sample(3);
    const extra = clone(b) as unknown as Record<string, unknown>; extra.note = 'x';
    expect(await failure(extra)).toMatchObject({ code: 'unknown-field' });
    const ef = clone(b) as unknown as { entries: Record<string, unknown>[] }; ef.entries[0]!.note = 'x';
    expect(await failure(ef)).toMatchObject({ seq: 1, code: 'entry-shape' });
    const at = clone(b); at.entries[1]!.at = '2026-03-10 09:00';
    expect(await failure(at)).toMatchObject({ seq: 2, code: 'bad-at' });
    const ty = clone(b) as unknown as { entries: Record<string, unknown>[] }; ty.entries[1]!.type = 'note';
    expect(await failure(ty)).toMatchObject({ seq: 2, code: 'bad-type' });
    const body = clone(b) as unknown as { entries: Record<string, unknown>[] }; body.entries[1]!.body = [];
    expect(await failure(body)).toMatchObject({ seq: 2, code: 'bad-body' });
  });

  it('checks the body rules of signed entries (a register written by another tool)', async () => {
    // Entries signed correctly but breaking the rules: built by hand, since append refuses them.
    const raw = async (body: Record<string, unknown>, type: 'record' | 'correction' = 'record') => {
      const e = { seq: 1, at: '2026-03-16T09:30:00+08:00', type, body, prev: GENESIS };
      const hash = entryHash(e);
      const entry = { ...e, hash, sig: bytesToBase64(await signer.sign(hexToBytes(hash))) };
      return exportBundle([entry], signer);
    };
    expect(await failure(await raw({ ...recordBody(1), approver: '王录入' }))).toMatchObject({ seq: 1, code: 'same-person' });
    expect(await failure(await raw({ ...recordBody(1), subject: '张三 13812345678' }))).toMatchObject({ seq: 1, code: 'personal-data', params: { path: 'subject' } });
    expect(await failure(await raw({ amends: 1, reason: 'x' }, 'correction'))).toMatchObject({ seq: 1, code: 'amends-invalid' });
    // And a correction of a correction.
    let reg = await sampleRegister(4);
    const e = { seq: 5, at: '2026-03-16T09:30:00+08:00', type: 'correction' as const, body: { amends: 3, reason: 'x' }, prev: reg[3]!.hash };
    const hash = entryHash(e);
    reg = [...reg, { ...e, hash, sig: bytesToBase64(await signer.sign(hexToBytes(hash))) }];
    expect(await failure(await exportBundle(reg, signer))).toMatchObject({ seq: 5, code: 'amends-invalid' });
  });

  it('never throws on odd input', async () => {
    const b = await sample(2);
    const odd: unknown[] = [
      { ...clone(b), entries: [null, 1] }, { ...clone(b), entries: [{ ...b.entries[0], body: null }] },
      { ...clone(b), checkpoint: { size: '2', head: null, sig: 5 } }, { ...clone(b), publicKey: '!!!!' },
    ];
    for (const o of odd) {
      const r = await verifyBundle(JSON.stringify(o));
      expect(r.ok).toBe(false);
    }
    expect((await verifyBundle('{"format":"duban-register/1","entries":[{"seq":1,"at":"2026-03-16T09:30:00+08:00","type":"record","body":{"x":1e400},"prev":"' + GENESIS + '","hash":"","sig":""}],"publicKey":"' + b.publicKey + '","checkpoint":{}}')).ok).toBe(false);
  });
});

describe('signature verifiers', () => {
  it('noble (strict) and WebCrypto agree on valid and altered signatures', async () => {
    const msg = hexToBytes('ab'.repeat(32));
    const sig = await signer.sign(msg);
    const altered = sig.slice(); altered[10]! ^= 1;
    for (const v of [nobleVerifier(signer.publicKey), await ed25519Verifier(signer.publicKey)]) {
      expect(await v(sig, msg)).toBe(true);
      expect(await v(altered, msg)).toBe(false);
      expect(await v(sig.slice(0, 63), msg)).toBe(false);
      expect(await v(sig, hexToBytes('ac'.repeat(32)))).toBe(false);
    }
  });
});
