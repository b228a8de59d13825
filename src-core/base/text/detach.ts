/**
 * A copy of `s` that does not keep alive the large string it was cut from (V8 keeps slices of
 * long strings as views on their parent), or, for text a browser decoded, that lives in the
 * script engine's own heap (Chromium's TextDecoder hands out external strings, whose text the
 * collector does not count). Used for strings held long after the text they came from: the ids
 * an import has seen, the values quoted in its report, a key kept after its row changed, and each
 * decoded piece of a file. Same value; engine-specific only in effect.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
