/** A small streaming scanner for the machine-written XML inside XLSX files. */
import { xlsxMessage } from './messages';
import { XlsxError } from './read-zip';

export type XmlHandler = {
  /**
   * A start tag (`selfClosing` for `<x/>`); `name` has any namespace prefix removed. The tag's
   * text (name and attributes) is `src.slice(from, to)`, passed as a range to spare a copy per tag.
   */
  open(name: string, src: string, from: number, to: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, raw (entities not decoded); only called while `wantText()` is true. */
  text(raw: string): void;
  wantText(): boolean;
};

/** Longest tag, or run of text within one element, the scanner holds (XLSX cells are far smaller). */
const MAX_PENDING = 16 << 20;

/**
 * Splits XML text, arriving in pieces cut anywhere, into tags and character data. Declarations,
 * comments and processing instructions are skipped; CDATA sections are passed as text. Meant
 * for the regular XML spreadsheet writers produce, not for arbitrary XML (no DTDs).
 */
export class XmlScanner {
  private carry = '';
  constructor(private readonly h: XmlHandler) {}

  feed(piece: string): void {
    const s = this.carry === '' ? piece : this.carry + piece;
    this.carry = '';
    const h = this.h;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (h.wantText()) h.text(s.slice(pos));
        pos = n;
        break;
      }
      if (lt > pos && h.wantText()) h.text(s.slice(pos, lt));
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) { this.carry = s.slice(lt); break; }
          if (h.wantText()) h.text(escapeCdata(s.slice(lt + 9, end)));
          pos = end + 3;
          continue;
        }
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) { this.carry = s.slice(lt); break; }
          pos = end + 3;
          continue;
        }
        if (n - lt < 9) { this.carry = s.slice(lt); break; }
      }
      const gt = s.indexOf('>', lt + 1);
      if (gt < 0) { this.carry = s.slice(lt); break; }
      pos = gt + 1;
      if (c1 === 63 /* ? */ || c1 === 33) continue;
      if (c1 === 47 /* / */) {
        let e = gt;
        while (e > lt + 2 && s.charCodeAt(e - 1) <= 32) e--;
        h.close(nameAt(s, lt + 2, e));
        continue;
      }
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      const to = selfClosing ? gt - 1 : gt;
      let e = lt + 1;
      while (e < to) {
        const c = s.charCodeAt(e);
        if (c === 32 || c === 9 || c === 10 || c === 13) break;
        e++;
      }
      h.open(nameAt(s, lt + 1, e), s, lt + 1, to, selfClosing);
    }
    if (this.carry.length > MAX_PENDING) throw new XlsxError(xlsxMessage('xlsx.badXml'));
  }

  /** The input ended; an unfinished tag means the XML was cut. */
  end(): void {
    if (this.carry.trim() !== '') throw new XlsxError(xlsxMessage('xlsx.truncatedXml'));
  }
}

/** Names read on every cell, returned without allocating. */
const HOT = new Map<string, string>(['c', 'v', 't', 'f', 'r', 'is', 'si', 'row', 'rPh'].map((x) => [x, x]));

/** The local name (prefix removed) of the qualified name at s[from, to). */
function nameAt(s: string, from: number, to: number): string {
  // Bounded scans only: an unbounded indexOf would run past the tag to the end of the piece.
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === 58) { from = k + 1; break; }
  const len = to - from;
  if (len === 1) {
    const c = s.charCodeAt(from);
    if (c === 99) return 'c';
    if (c === 118) return 'v';
    if (c === 116) return 't';
  } else if (len === 3 && s.startsWith('row', from)) return 'row';
  const name = s.slice(from, to);
  return HOT.get(name) ?? name;
}

function escapeCdata(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Value of attribute `name` (without prefix match) in a start tag's text, or null. */
/**
 * Value of an attribute written as ` name="value"` (how spreadsheet writers write them), found
 * with indexOf; anything else falls back to {@link attr}. For the per-cell hot path.
 */
/** indexOf limited to s[from, to). */
export function indexWithin(s: string, needle: string, from: number, to: number): number {
  const last = to - needle.length, c0 = needle.charCodeAt(0);
  outer: for (let i = from; i <= last; i++) {
    if (s.charCodeAt(i) !== c0) continue;
    for (let k = 1; k < needle.length; k++) if (s.charCodeAt(i + k) !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

export function attrQuick(src: string, from: number, to: number, needle: string, name: string): string | null {
  const i = indexWithin(src, needle, from, to);
  if (i >= 0) {
    const start = i + needle.length;
    let end = start;
    while (end < to && src.charCodeAt(end) !== 34) end++;
    if (end < to) return src.slice(start, end);
  }
  const tag = src.slice(from, to);
  return tag.includes(`${name}=`) || tag.includes(`${name} `) ? attr(tag, name) : null;
}

const ATTR_RE = new Map<string, RegExp>();
export function attr(tag: string, name: string): string | null {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const EXCEL_ESC = /_x([0-9A-Fa-f]{4})_/g;

function fromCode(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

/**
 * Character data decoded: XML entities, then Excel's `_xHHHH_` escapes (how Excel stores control
 * characters such as a carriage return, `_x000D_`; a literal `_x` is written `_x005F_x`).
 */
export function decodeXmlText(raw: string): string {
  let s = raw;
  if (s.includes('&')) {
    s = s.replace(ENTITY, (_m, dec?: string, hex?: string, named?: string) =>
      named ? NAMED[named]! : fromCode(dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16)));
  }
  if (s.includes('_x')) s = s.replace(EXCEL_ESC, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}
