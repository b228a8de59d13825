import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of `value`: object keys sorted by UTF-16 code
 * units, no white space, numbers in ECMAScript form, strings escaped minimally. This is what the
 * register hashes (DOMAIN.md section 11). Throws a Chinese message when the value has no JSON form
 * (NaN, Infinity, a lone surrogate, a cycle, undefined).
 */
export function jcs(value: unknown): string {
  let out: string | undefined;
  try {
    out = canonicalize(value);
  } catch (e) {
    throw new Error(`内容无法写成规范 JSON（${e instanceof Error ? e.message : String(e)}）`);
  }
  if (out === undefined) throw new Error('内容无法写成规范 JSON（值为空）');
  return out;
}
