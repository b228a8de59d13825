/**
 * Property: every random mutation of an exported bundle is rejected by verifyBundle — a flipped
 * byte of the file, a changed field, a dropped, duplicated or reordered entry, a swapped key, a
 * register re-signed with another key (verified with the expected fingerprint) — while the
 * untouched bundle verifies. 10,000 mutations from a fixed seed, so a failure can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@core/base/bytes/base64';
import { bundleText, exportBundle, type RegisterBundle } from '@core/records/bundle';
import { keyFingerprint, nobleSigner } from '@core/records/keys';
import { verifyBundle } from '@core/records/verify';
import { rng } from '../../helpers/rng';
import { otherSigner, sampleRegister, signer } from './helpers';

const RUNS = 10_000;
const KINDS = ['byte', 'field', 'drop', 'duplicate', 'reorder', 'key', 'resign'] as const;
type Kind = (typeof KINDS)[number];

type Path = (string | number)[];
/** Every leaf (string, number, boolean, null, empty container) of a JSON value, with its path. */
function leaves(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (v !== null && typeof v === 'object') {
    const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    if (keys.length === 0) out.push(path);
    for (const k of keys) leaves((v as Record<string | number, unknown>)[k], [...path, k], out);
  } else out.push(path);
  return out;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let o = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]!] = value;
}
function getAt(root: unknown, path: Path): unknown {
  let o = root as Record<string | number, unknown>;
  for (const k of path) o = o[k] as Record<string | number, unknown>;
  return o;
}

/** A value different from `old`: a one-character edit of a string, another number, another type. */
function changed(old: unknown, r: () => number): unknown {
  const pick = Math.floor(r() * 4);
  if (typeof old === 'string' && old.length > 0 && pick < 3) {
    const i = Math.floor(r() * old.length);
    const alphabet = '0123456789abcdefABCDEF+/=表彰问责 -:';
    let c = old[i]!;
    while (c === old[i]) c = alphabet[Math.floor(r() * alphabet.length)]!;
    return old.slice(0, i) + c + old.slice(i + 1);
  }
  if (typeof old === 'number' && pick < 3) return old + 1 + Math.floor(r() * 5) * (r() < 0.5 ? -1 : 1);
  const others = [null, true, 0, -1, 1.5, '', 'x', [], {}, '2026-03-10T09:00:00+08:00', '0'.repeat(64)];
  return others[Math.floor(r() * others.length)];
}

describe('verifyBundle rejects every mutation', () => {
  it(`rejects ${RUNS.toLocaleString('en')} random mutations and accepts the untouched bundle`, async () => {
    const bundle = await exportBundle(await sampleRegister(4), signer);
    const text = bundleText(bundle);
    const bytes = new TextEncoder().encode(text);
    const fp = keyFingerprint(signer.publicKey);
    expect(await verifyBundle(text)).toMatchObject({ ok: true, size: 4 });
    expect(await verifyBundle(text, { key: fp })).toMatchObject({ ok: true, size: 4 });
    const paths = leaves(JSON.parse(text));
    // A handful of other keys for the swapped-key mutations.
    const otherKeys = Array.from({ length: 8 }, (_, k) => nobleSigner(Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + k * 31 + 3) & 255)).publicKey);
    const forged = bundleText(await exportBundle(await sampleRegister(4, otherSigner), otherSigner));

    const r = rng(20260316);
    const counts: Record<Kind, number> = { byte: 0, field: 0, drop: 0, duplicate: 0, reorder: 0, key: 0, resign: 0 };
    const codes = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const kind = KINDS[Math.floor(r() * KINDS.length)]!;
      counts[kind]++;
      let input: string | Uint8Array;
      let opts = {};
      let what = kind;
      if (kind === 'byte') {
        const b = bytes.slice();
        const at = Math.floor(r() * b.length);
        b[at]! ^= 1 + Math.floor(r() * 255);
        input = b;
        what += ` @${at}`;
      } else if (kind === 'resign') {
        input = forged;
        opts = { key: fp };
      } else {
        const b = JSON.parse(text) as RegisterBundle;
        const n = b.entries.length;
        if (kind === 'field') {
          const p = paths[Math.floor(r() * paths.length)]!;
          const old = getAt(b, p);
          let v = changed(old, r);
          while (JSON.stringify(v) === JSON.stringify(old)) v = changed(old, r);
          setAt(b, p, v);
          what += ` ${p.join('.')}=${JSON.stringify(v)}`;
        } else if (kind === 'drop') {
          b.entries.splice(Math.floor(r() * n), 1);
        } else if (kind === 'duplicate') {
          const i = Math.floor(r() * n);
          b.entries.splice(Math.floor(r() * (n + 1)), 0, JSON.parse(JSON.stringify(b.entries[i])));
        } else if (kind === 'reorder') {
          const i = Math.floor(r() * n);
          let j = Math.floor(r() * n);
          while (j === i) j = Math.floor(r() * n);
          [b.entries[i], b.entries[j]] = [b.entries[j]!, b.entries[i]!];
          what += ` ${i}<->${j}`;
        } else {
          b.publicKey = bytesToBase64(otherKeys[Math.floor(r() * otherKeys.length)]!);
        }
        input = r() < 0.5 ? JSON.stringify(b) : bundleText(b);
      }
      const res = await verifyBundle(input, opts);
      if (res.ok) throw new Error(`mutation ${run} (${what}) was accepted`);
      codes.set(res.code, (codes.get(res.code) ?? 0) + 1);
    }
    for (const k of KINDS) expect(counts[k], k).toBeGreaterThan(RUNS / KINDS.length / 2);
    // The mutations reach many different checks, not one.
    expect(codes.size).toBeGreaterThanOrEqual(10);
    expect(await verifyBundle(text)).toMatchObject({ ok: true });
  }, 120_000);
});
