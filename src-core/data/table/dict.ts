/**
 * A string dictionary: code 0 is always the empty string. A dictionary worked out from the rows
 * (see {@link derivedDict}) also has `size` and `valueAt`, and builds `values` only when asked:
 * read it through {@link dictSize} and {@link dictValue}.
 */
export type Dict = {
  values: string[];
  index: Map<string, number>;
  /** Number of codes (only on a derived dictionary). */
  size?: number;
  /** The value of one code without building `values` (only on a derived dictionary). */
  valueAt?: (code: number) => string;
};

/** Number of codes of `d`. */
export function dictSize(d: Dict): number {
  return d.size ?? d.values.length;
}

/** The value of `code` in `d` ('' for a code it does not have). */
export function dictValue(d: Dict, code: number): string {
  return d.valueAt ? d.valueAt(code) : d.values[code] ?? '';
}

/**
 * Stands for a code no row holds any more (its rows were updated to other keys): unlike any key,
 * so that encoding a real key never lands on it.
 */
export const orphan = (code: number): string => `\u0000${code}`;

/**
 * A dictionary of `size` codes whose values are not kept but worked out from the rows: code c's
 * value is `keyOfRow(r)` for a row r holding c (every row holding c has that key, as the codes
 * were given by key). For keys that are nearly one per ticket (address and phone keys): a million
 * of them cost about 50 MB as strings, while their rows only ever need the codes.
 * `codes` must be complete (all `n` rows final) before the first value is asked for.
 */
export function derivedDict(size: number, codes: Int32Array, n: number, keyOfRow: (row: number) => string): Dict {
  let firstRow: Int32Array | null = null;
  let values: string[] | null = null;
  let index: Map<string, number> | null = null;
  const valueAt = (code: number): string => {
    if (code <= 0 || code >= size) return '';
    if (values) return values[code]!;
    if (!firstRow) {
      const f = new Int32Array(size).fill(-1);
      for (let i = 0; i < n; i++) { const c = codes[i]!; if (f[c] === -1) f[c] = i; }
      firstRow = f;
    }
    const r = firstRow[code]!;
    return r < 0 ? orphan(code) : keyOfRow(r);
  };
  return {
    size,
    valueAt,
    get values(): string[] {
      if (!values) {
        const v = new Array<string>(size);
        v[0] = '';
        for (let i = 0; i < n; i++) { const c = codes[i]!; if (v[c] === undefined) v[c] = keyOfRow(i); }
        for (let c = 1; c < size; c++) if (v[c] === undefined) v[c] = orphan(c);
        values = v;
        firstRow = null;
      }
      return values;
    },
    get index(): Map<string, number> {
      if (!index) {
        const v = this.values;
        index = new Map();
        for (let i = 0; i < v.length; i++) index.set(v[i]!, i);
      }
      return index;
    },
  };
}

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
