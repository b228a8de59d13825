import { detach } from '../../base/text/detach';
import { orphan, type Dict } from './dict';

/** A 32-bit FNV-1a hash of the UTF-16 code units of `s`. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Codes for a key column whose keys are nearly one per row (address and phone keys) without
 * keeping the keys: a hash table of codes, each code remembering its hash and the first row
 * that has it, and a key compared by working it out again from that row's text (`keyOfRow`).
 * A million keys as strings in a dictionary cost about 75 MB with their map while an import
 * runs; this costs about 16 MB. Code 0 is ''.
 *
 * A row whose text is about to change must be {@link release}d first: when it is the row a code
 * remembers, that code's key is kept as a string from then on.
 */
export class KeyCodes implements Dict {
  private slots = new Int32Array(1 << 10);
  private hashes = new Int32Array(1 << 9);
  private first = new Int32Array(1 << 9);
  private pinned: Map<number, string> | null = null;
  size = 1;

  /** `hash` is for tests (a constant one makes every key collide). */
  constructor(private readonly keyOfRow: (row: number) => string, private readonly hash: (s: string) => number = hashOf) {}

  /** Codes of the `n` rows of `codes` (an existing column of `size` codes), to go on from. */
  static seeded(keyOfRow: (row: number) => string, codes: ArrayLike<number>, n: number, size: number, hash = hashOf): KeyCodes {
    const k = new KeyCodes(keyOfRow, hash);
    k.reserve(size);
    k.first.fill(-1, 0, size);
    k.size = size;
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      if (c <= 0 || k.first[c] !== -1) continue;
      k.first[c] = i;
      k.hashes[c] = hash(keyOfRow(i));
      k.insert(c);
    }
    return k;
  }

  /** The code of `key`, the key of row `row`, added (with `row` as its first row) when new. */
  code(key: string, row: number): number {
    if (key === '') return 0;
    const h = this.hash(key);
    const slots = this.slots, mask = slots.length - 1;
    let i = h & mask;
    for (let c = slots[i]!; c !== 0; c = slots[i]!) {
      if (this.hashes[c] === h && this.keyOf(c) === key) return c;
      i = (i + 1) & mask;
    }
    const c = this.size;
    this.reserve(c + 1);
    this.size = c + 1;
    this.hashes[c] = h;
    this.first[c] = row;
    // Growing the code arrays may have rebuilt the table, and `i` with it.
    if (this.slots === slots) slots[i] = c; else this.insert(c);
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return c;
  }

  /** Call before row `row`'s text changes: the key of a code first seen at that row is kept. */
  release(row: number, code: number): void {
    if (code > 0 && code < this.size && this.first[code] === row && !this.pinned?.has(code)) {
      // A copy: the key may be cut from text that is about to be let go.
      (this.pinned ??= new Map()).set(code, detach(this.keyOfRow(row)));
    }
  }

  valueAt = (code: number): string => (code <= 0 || code >= this.size ? '' : this.keyOf(code));

  /** Every key by code (built on each call; for the rare reader that needs them all). */
  get values(): string[] {
    return Array.from({ length: this.size }, (_, c) => this.valueAt(c));
  }

  /** Key → code of every key (built on each call, like {@link values}). */
  get index(): Map<string, number> {
    return new Map(this.values.map((v, c) => [v, c]));
  }

  private keyOf(c: number): string {
    const p = this.pinned?.get(c);
    if (p !== undefined) return p;
    const r = this.first[c]!;
    return r < 0 ? orphan(c) : this.keyOfRow(r);
  }

  private reserve(codes: number): void {
    if (codes <= this.hashes.length) return;
    let cap = this.hashes.length * 2;
    while (cap < codes) cap *= 2;
    const h = new Int32Array(cap), f = new Int32Array(cap);
    h.set(this.hashes);
    f.set(this.first);
    this.hashes = h;
    this.first = f;
    if (codes * 2 > this.slots.length) this.rehash(cap * 2);
  }

  private insert(c: number): void {
    const slots = this.slots, mask = slots.length - 1;
    let i = this.hashes[c]! & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = c;
  }

  private rehash(cap: number): void {
    this.slots = new Int32Array(cap);
    for (let c = 1; c < this.size; c++) if (this.first[c] !== -1 || this.pinned?.has(c)) this.insert(c);
  }
}
