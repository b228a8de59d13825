/** Helpers for the XLSX writer tests: a strict XML well-formedness check and zip reading. */
import { strFromU8, unzipSync } from 'fflate';

const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * A strict little XML well-formedness check: one root, balanced and properly nested tags,
 * quoted attributes without '<', only the five predefined or numeric entities, no invalid
 * characters. Throws with a message on the first problem.
 */
export function checkWellFormed(xml: string): void {
  if (INVALID.test(xml)) throw new Error('invalid XML character');
  let s = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c === '<') {
      const end = s.indexOf('>', i);
      if (end < 0) throw new Error('unterminated tag');
      const tag = s.slice(i + 1, end);
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
      } else {
        const m = /^([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
        if (!m) throw new Error(`bad tag <${tag.slice(0, 60)}>`);
        const attrs = [...m[2]!.matchAll(/([\w:.-]+)=/g)].map((a) => a[1]);
        if (new Set(attrs).size !== attrs.length) throw new Error('duplicate attribute');
        for (const a of m[2]!.matchAll(/="([^"]*)"/g)) if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(a[1]!)) throw new Error('bad entity in attribute');
        if (stack.length === 0) roots++;
        if (m[3] !== '/') stack.push(m[1]!);
      }
      i = end + 1;
    } else if (c === '&') {
      entity.lastIndex = i;
      if (!entity.test(s)) throw new Error(`bad entity at ${s.slice(i, i + 10)}`);
      i = entity.lastIndex;
    } else {
      if (stack.length === 0 && !/\s/.test(c)) throw new Error('text outside the root');
      i++;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  s = '';
}

export function unzip(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** Shared strings of a workbook, in index order, with entities decoded. */
export function sharedStrings(xml: string): string[] {
  const dec = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) => dec(m[1]!));
}

/** All cells of a worksheet as ref → value (shared and inline strings resolved, numbers as text) with their style. */
export function cellsOf(sheetXml: string, sst: readonly string[] = []): Map<string, { v: string; s: string; t: string }> {
  const dec = (x: string): string => x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const out = new Map<string, { v: string; s: string; t: string }>();
  for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"((?: [a-z]+="[^"]*")*)>([\s\S]*?)<\/c>/g)) {
    const attrs = m[2]!;
    const t = /t="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const s = /s="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const body = m[3]!;
    const v = t === 's' ? sst[+/<v>(\d+)<\/v>/.exec(body)![1]!]! : t === 'inlineStr' ? dec(/<t[^>]*>([\s\S]*?)<\/t>/.exec(body)![1]!) : /<v>([^<]*)<\/v>/.exec(body)![1]!;
    out.set(m[1]!, { v, s, t });
  }
  return out;
}
