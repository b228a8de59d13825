/** Deep equality of two JSON values with numbers equal to a tolerance (rates to 1e-9). */
import { expect } from 'vitest';

/** Paths where `a` and `b` differ (numbers beyond `tol`, anything else unequal); [] when they agree. */
export function jsonDiffs(a: unknown, b: unknown, tol = 1e-9, path = '$', out: string[] = []): string[] {
  if (out.length > 20) return out;
  if (typeof a === 'number' && typeof b === 'number') {
    if (!(Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b)))) out.push(`${path}: ${a} ≠ ${b}`);
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} ≠ ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) jsonDiffs(a[i], b[i], tol, `${path}[${i}]`, out);
    return out;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a), kb = Object.keys(b);
    if (ka.join(',') !== kb.join(',')) out.push(`${path}: keys ${ka.join(',')} ≠ ${kb.join(',')}`);
    for (const k of ka) if (k in b) jsonDiffs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tol, `${path}.${k}`, out);
    return out;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  return out;
}

/** Asserts `a` and `b` are the same JSON (keys in the same order), numbers to `tol`. */
export function expectSameJson(a: unknown, b: unknown, tol = 1e-9): void {
  expect(jsonDiffs(a, b, tol)).toEqual([]);
}
