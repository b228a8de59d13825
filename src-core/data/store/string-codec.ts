/**
 * Packs a string array into one string plus end offsets. Structured cloning (IndexedDB, worker
 * messages) copies one long string far faster than ten thousand short ones, which is what makes
 * column chunks cheap to write and read back.
 */
export type PackedStrings = { blob: string; ends: Uint32Array };

/** Packs `values` (in order) into a {@link PackedStrings}; an empty array gives an empty blob. */
export function packStrings(values: readonly string[], start = 0, end = values.length): PackedStrings {
  const ends = new Uint32Array(end - start);
  const parts: string[] = new Array(end - start);
  let pos = 0;
  for (let i = start; i < end; i++) {
    const s = values[i] ?? '';
    parts[i - start] = s;
    pos += s.length;
    ends[i - start] = pos;
  }
  return { blob: parts.join(''), ends };
}

/** Unpacks into `out` starting at `offset` (or a new array); the inverse of {@link packStrings}. */
export function unpackStrings(p: PackedStrings, out?: string[], offset = 0): string[] {
  const target = out ?? new Array<string>(p.ends.length);
  let prev = 0;
  const { blob, ends } = p;
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i]!;
    target[offset + i] = e === prev ? '' : blob.slice(prev, e);
    prev = e;
  }
  return target;
}
