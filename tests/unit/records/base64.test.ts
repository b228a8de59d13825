import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '@core/records/base64';
import { rng } from '../../helpers/rng';

describe('base64', () => {
  it('matches the RFC 4648 test vectors', () => {
    const v: [string, string][] = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [plain, b64] of v) {
      const bytes = new TextEncoder().encode(plain);
      expect(bytesToBase64(bytes)).toBe(b64);
      expect(base64ToBytes(b64)).toEqual(bytes);
    }
  });

  it('round-trips random bytes', () => {
    const r = rng(7);
    for (let n = 0; n < 70; n++) {
      const b = Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
      expect(base64ToBytes(bytesToBase64(b))).toEqual(b);
    }
  });

  it('refuses anything but the canonical encoding', () => {
    for (const bad of ['Zg', 'Zh==', 'Zm8', 'Zm9=', 'Z===', '====', 'Zg==Zg==', 'Zm9v\n', 'Zm-v', 'Zm9v ', 'Zm=v']) expect(base64ToBytes(bad), bad).toBeNull();
  });
});
