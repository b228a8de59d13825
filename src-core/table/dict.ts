/** A string dictionary: code 0 is always the empty string. */
export type Dict = { values: string[]; index: Map<string, number> };

export function newDict(): Dict {
  return { values: [''], index: new Map([['', 0]]) };
}

/**
 * A dictionary whose value → code map is built on first use: a cold start reads a million-entry
 * address dictionary but usually never looks a value up in it, and a finished table lets the map
 * its import built go (a million entries is tens of megabytes).
 */
export function lazyDict(values: string[]): Dict {
  let index: Map<string, number> | null = null;
  return {
    values,
    get index(): Map<string, number> {
      if (!index) {
        index = new Map();
        for (let i = 0; i < values.length; i++) index.set(values[i]!, i);
      }
      return index;
    },
  };
}

/** Dictionaries up to this size are searched by comparison before the map is asked. */
const SCAN = 16;

/** Code of `s` in `d`, adding it when new. */
export function encode(d: Dict, s: string): number {
  // A few comparisons beat hashing a fresh string (every cell of a file is one) for the small
  // dictionaries most columns have (渠道, 区, 办理状态…); the map stays complete for the rest.
  const values = d.values;
  if (values.length <= SCAN) {
    for (let i = 0; i < values.length; i++) if (values[i] === s) return i;
  }
  let c = d.index.get(s);
  if (c === undefined) {
    c = values.length;
    values.push(s);
    d.index.set(s, c);
  }
  return c;
}
