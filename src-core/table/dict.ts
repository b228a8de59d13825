/** A string dictionary: code 0 is always the empty string. */
export type Dict = { values: string[]; index: Map<string, number> };

export function newDict(): Dict {
  return { values: [''], index: new Map([['', 0]]) };
}

/** Code of `s` in `d`, adding it when new. */
export function encode(d: Dict, s: string): number {
  let c = d.index.get(s);
  if (c === undefined) {
    c = d.values.length;
    d.values.push(s);
    d.index.set(s, c);
  }
  return c;
}
