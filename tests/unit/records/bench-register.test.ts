/** The register bench piece at a small size: it builds, exports and verifies (the 10,000-entry figure is for `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { benchRegister } from '../../bench/records-register';

describe('register bench', () => {
  it('exports and verifies a register of 300 entries', async () => {
    const b = await benchRegister(300);
    expect(b).toMatchObject({ entries: 300, ok: true, cliVerifyMs: null });
    expect(b.bundleBytes).toBeGreaterThan(300 * 400);
    expect(b.exportVerifyMs).toBeCloseTo(b.exportMs + b.verifyMs, 6);
    expect(b.verifyMs).toBeGreaterThan(0);
  });
});
