import { describe, expect, it } from 'vitest';
import { verifyForNotice } from '../../../cli/notice-verify';
import { fingerprintOf, noticeFixtureDrafts, signBundle } from '../../helpers/register-bundle';

const bundle = signBundle(noticeFixtureDrafts());
const check = (b: unknown) => verifyForNotice(JSON.stringify(b));

describe('verifyForNotice (structure and links)', () => {
  it('accepts a signed bundle and gives its size, head and fingerprint, saying what it checked', () => {
    const r = check(bundle);
    expect(r).toMatchObject({ ok: true, size: 6, head: bundle.checkpoint.head, fingerprint: fingerprintOf(bundle.publicKey), checked: 'structure' });
    expect(verifyForNotice(`\uFEFF${JSON.stringify(bundle)}`).ok).toBe(true);
  });

  it('fails with code 1 at the seq where the chain breaks', () => {
    const reordered = structuredClone(bundle);
    [reordered.entries[1], reordered.entries[2]] = [reordered.entries[2]!, reordered.entries[1]!];
    expect(check(reordered)).toMatchObject({ ok: false, code: 1, seq: 2 });
    const relinked = structuredClone(bundle);
    relinked.entries[4]!.prev = '1'.repeat(64);
    expect(check(relinked)).toMatchObject({ ok: false, code: 1, seq: 5 });
    const forward = structuredClone(bundle);
    forward.entries[4]!.body.amends = 5;
    expect(check(forward)).toMatchObject({ ok: false, code: 1, seq: 5, reason: '第 5 条撤销的 body.amends 应为更早的一条的序号' });
  });

  it('fails with code 1 when the checkpoint does not match the entries', () => {
    expect(check({ ...bundle, checkpoint: { ...bundle.checkpoint, size: 5 } })).toMatchObject({ ok: false, code: 1, seq: null });
    expect(check({ ...bundle, entries: bundle.entries.slice(0, 5), checkpoint: { ...bundle.checkpoint, size: 5 } }))
      .toMatchObject({ ok: false, code: 1, reason: '检查点的 head 不是最后一条的 hash' });
  });

  it('fails with code 2 when the file is not a bundle or an entry does not parse', () => {
    expect(verifyForNotice('nope')).toMatchObject({ ok: false, code: 2 });
    expect(check([])).toMatchObject({ ok: false, code: 2 });
    expect(check({ ...bundle, format: 'duban-register/2' })).toMatchObject({ ok: false, code: 2 });
    expect(check({ ...bundle, publicKey: 'AAAA' })).toMatchObject({ ok: false, code: 2 });
    expect(check({ ...bundle, checkpoint: { size: 6, head: 'x' } })).toMatchObject({ ok: false, code: 2 });
    const broken = (over: Record<string, unknown>) => check({ ...bundle, entries: [{ ...bundle.entries[0], ...over }, ...bundle.entries.slice(1)] });
    expect(broken({ seq: '1' })).toMatchObject({ code: 2, reason: '第 1 个条目的 seq 不是整数' });
    expect(broken({ at: '2026-11-02 10:00' })).toMatchObject({ code: 2, reason: '第 1 个条目的 at 不是带时区的 ISO 8601 时间' });
    expect(broken({ type: 'note' })).toMatchObject({ code: 2 });
    expect(broken({ body: 'x' })).toMatchObject({ code: 2 });
    expect(broken({ hash: bundle.entries[0]!.hash.toUpperCase() })).toMatchObject({ code: 2 });
    expect(broken({ sig: 'AAAA' })).toMatchObject({ code: 2, reason: '第 1 个条目的 sig 不是 64 字节签名的 base64' });
    expect(check({ ...bundle, entries: [null] })).toMatchObject({ code: 2, reason: '第 1 个条目不是对象' });
  });
});
