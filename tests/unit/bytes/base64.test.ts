import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64 } from '@core/base/bytes/base64';

describe('base64', () => {
  it('agrees with Node for any bytes, both ways', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      const text = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64(bytes)).toBe(text);
      expect(base64ToBytes(text)).toEqual(bytes);
    }));
  });

  it('refuses text that is not canonical base64', () => {
    for (const bad of ['A', 'AB=', 'A===', 'AB=C', 'AB==AB==', 'ab$d', 'QR==', 'QUI=x', 'Q U=']) expect(base64ToBytes(bad), bad).toBeNull();
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });

  it('matches the RFC 4648 test vectors', () => {
    const v: [string, string][] = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [plain, b64] of v) {
      const bytes = new TextEncoder().encode(plain);
      expect(bytesToBase64(bytes)).toBe(b64);
      expect(base64ToBytes(b64)).toEqual(bytes);
    }
  });

  it('refuses every non-canonical spelling a changed signature character could take', () => {
    for (const bad of ['Zg', 'Zh==', 'Zm8', 'Zm9=', 'Z===', '====', 'Zg==Zg==', 'Zm9v\n', 'Zm-v', 'Zm9v ', 'Zm=v']) expect(base64ToBytes(bad), bad).toBeNull();
  });
});
