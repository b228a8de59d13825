/**
 * Fuzz and property suite: malformed files of every kind must never make the importer throw or
 * hang, and every report must balance (rows = accepted + rejected + duplicates) or refuse the
 * file with a message. Cases come from a seeded generator, so a failure names its seed.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createImportSession, type ImportOptions, type ValidationReport } from '@core/data/import/index';
import { csv, enc, rng, xlsx, type XCell } from './helpers';

type Case = { name: string; bytes: Uint8Array; opts?: Partial<ImportOptions> };

/** Per-case limit: generous, far above the milliseconds a case takes, but catches hangs and blow-ups. */
const CASE_MS = 5000;

function check(c: Case, chunk: (i: number) => number): ValidationReport {
  const t0 = performance.now();
  const s = createImportSession({ target: 'tickets', ...c.opts });
  let got = 0, o = 0, k = 0;
  while (o < c.bytes.length) {
    const n = Math.max(1, chunk(k++));
    const b = s.push(c.bytes.subarray(o, o + n));
    got += b.tickets.length + b.events.length;
    o += n;
  }
  const b = s.end();
  got += b.tickets.length + b.events.length;
  const r = s.report();
  const ms = performance.now() - t0;
  expect(ms, `${c.name} took ${ms} ms`).toBeLessThan(CASE_MS);
  if (r.refused !== undefined) {
    expect(r.refused.length, c.name).toBeGreaterThan(5);
    expect(r.refused, c.name).toMatch(/[\u4e00-\u9fff]/);
    expect([r.rows, r.accepted, r.rejected.length, r.duplicates.length, got], c.name).toEqual([0, 0, 0, 0, 0]);
  } else {
    expect(r.rows, c.name).toBe(r.accepted + r.rejected.length + r.duplicates.length);
    expect(got, c.name).toBe(r.accepted);
    for (const x of r.rejected) {
      expect(x.row, c.name).toBeGreaterThanOrEqual(2);
      expect(x.reason, c.name).toMatch(/[\u4e00-\u9fff]/);
    }
  }
  return r;
}

const H = ['工单编号', '受理时间', '诉求类型', '诉求内容', '联系电话', '退单次数', '是否解决'];
function goodRows(r: () => number, n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [
    r() < 0.05 ? '' : `T${Math.floor(r() * n)}`,
    r() < 0.1 ? '2024-02-31' : `2024-0${1 + (i % 9)}-0${1 + (i % 9)} 1${i % 10}:00:00`,
    ['投诉', '咨询', '乱写', ''][Math.floor(r() * 4)]!,
    `内容"${i}",\n第二行；`.repeat(1 + Math.floor(r() * 3)),
    r() < 0.2 ? '1.3800138123E10' : '13800138000',
    String(Math.floor(r() * 3) - (r() < 0.1 ? 5 : 0)),
    ['是', '否', '已解决', '?'][Math.floor(r() * 4)]!,
  ]);
}

const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function mutate(r: () => number, text: string, ops: number, alphabet: string): string {
  const a = [...text];
  for (let k = 0; k < ops && a.length > 0; k++) {
    const i = Math.floor(r() * a.length);
    const op = r();
    if (op < 0.4) a.splice(i, 0, pick(r, [...alphabet]));
    else if (op < 0.7) a.splice(i, 1);
    else a[i] = pick(r, [...alphabet]);
  }
  return a.join('');
}

function randomBytes(r: () => number, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (let seed = 1; seed <= 40; seed++) {
    const r = rng(seed);
    const base = csv([H, ...goodRows(r, 30)]);
    // Broken quoting: stray, doubled and unclosed quotes.
    out.push({ name: `quotes#${seed}`, bytes: enc.encode(mutate(r, base, 1 + Math.floor(r() * 8), '"""",\n')) });
    // Random edits with structural characters.
    out.push({ name: `edits#${seed}`, bytes: enc.encode(mutate(r, base, 40, '",;\t\r\n\u0000\uFEFF\uFFFD𠮷 a1')) });
    // Mixed delimiters: each line picks its own.
    const mixed = [H, ...goodRows(r, 20)].map((row) => row.join(pick(r, [',', ';', '\t']))).join(pick(r, ['\n', '\r\n', '\r']));
    out.push({ name: `mixed-delims#${seed}`, bytes: enc.encode(mixed) });
    // Wrong encodings: GB18030 bytes read as UTF-8 or UTF-16 and the other way round; cut multi-byte characters.
    const gb = iconv.encode(base, 'gb18030');
    const encs = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
    out.push({ name: `gb-as#${seed}`, bytes: gb, opts: { encoding: pick(r, encs) } });
    const u16 = iconv.encode(base, 'utf-16le');
    out.push({ name: `utf16-nobom#${seed}`, bytes: u16.subarray(0, u16.length - (seed % 2)) });
    out.push({ name: `utf8-cut#${seed}`, bytes: enc.encode(base).subarray(0, Math.floor(r() * enc.encode(base).length)) });
    // Huge fields (small limit keeps the case fast; the logic is the same at 1 MiB).
    const huge = `${H.join(',')}\nA,2024-01-01,投诉,"${'长'.repeat(2000 + Math.floor(r() * 3000))}${pick(r, ['"', ''])}\nB,2024-01-02\n`;
    out.push({ name: `huge#${seed}`, bytes: enc.encode(huge), opts: { maxFieldChars: 500 + Math.floor(r() * 2000) } });
    // Hostile headers.
    const hostile = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '', ' ', '工单编号', '受理时间', '__defineGetter__'];
    const hh = hostile.slice().sort(() => r() - 0.5);
    out.push({ name: `proto-headers#${seed}`, bytes: enc.encode(csv([hh, ...Array.from({ length: 5 }, () => hh.map((_, i) => (i % 2 ? '2024-01-01' : `v${i}`)))])) });
    // Random bytes and binary garbage with a plausible signature.
    out.push({ name: `random#${seed}`, bytes: randomBytes(r, Math.floor(r() * 4000)) });
    const sig = pick(r, [[0x89, 0x50, 0x4e, 0x47], [0x50, 0x4b, 3, 4], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], [0x25, 0x50, 0x44, 0x46], [0xff, 0xfe], [0xef, 0xbb, 0xbf]]);
    out.push({ name: `garbage#${seed}`, bytes: new Uint8Array([...sig, ...randomBytes(r, Math.floor(r() * 3000))]) });
  }
  // XLSX: truncated at random points, bit-flipped, and with hostile cells.
  const rows: XCell[][] = [['工单编号', '受理时间', '联系电话', '__proto__', 'constructor'],
    ...Array.from({ length: 60 }, (_, i): XCell[] => [`X${i % 50}`, i % 7 ? 45000 + i / 10 : 'bad', 13800138000 + i, '<&>"', i % 3 ? -1 : 1e300])];
  const book = xlsx(rows);
  for (let seed = 1; seed <= 40; seed++) {
    const r = rng(1000 + seed);
    out.push({ name: `xlsx-cut#${seed}`, bytes: book.subarray(0, Math.floor(r() * book.length)) });
    const flipped = book.slice();
    for (let k = 0; k < 1 + seed % 5; k++) { const at = Math.floor(r() * flipped.length); flipped[at] = flipped[at]! ^ (1 << Math.floor(r() * 8)); }
    out.push({ name: `xlsx-flip#${seed}`, bytes: flipped });
  }
  // The same garbage read as events.
  for (let seed = 1; seed <= 20; seed++) {
    const r = rng(5000 + seed);
    const ev = csv([['工单编号', '时间', '动作', '单位'], ...Array.from({ length: 20 }, (_, i) => [`T${i}`, pick(r, ['2024-01-01 08:00', '', 'x']), pick(r, ['派单', '退单', '吃饭', '']), '单位'])]);
    out.push({ name: `events#${seed}`, bytes: enc.encode(mutate(r, ev, 10, '",\n')), opts: { target: 'events' } });
  }
  return out;
}

describe('fuzz: malformed files never throw, never hang, always balance or refuse', () => {
  const all = cases();

  it('has at least 200 cases', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
  });

  it('reads every case whole and in random chunks with the same report', () => {
    for (const [i, c] of all.entries()) {
      const whole = check(c, () => c.bytes.length || 1);
      const r = rng(i + 1);
      const chunked = check(c, () => 1 + Math.floor(r() * 97));
      expect(chunked, c.name).toEqual(whole);
    }
  });

  it('property: arbitrary bytes after a valid header balance or refuse', () => {
    const header = enc.encode(`${H.join(',')}\n`);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 50 }), (tail, step) => {
      const bytes = new Uint8Array([...header, ...tail]);
      check({ name: 'property-bytes', bytes }, () => step);
    }), { numRuns: 200, seed: 7 });
  });

  it('property: arbitrary CSV-like text balances', () => {
    const alphabet = fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', '中', '；', '\t');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 300 }), (chars) => {
      const text = `工单编号,受理时间\n${chars.join('')}`;
      check({ name: 'property-text', bytes: enc.encode(text) }, () => 3);
    }), { numRuns: 200, seed: 11 });
  });

  it('property: without quotes, every line but the one after the final newline is a row', () => {
    const alphabet = fc.constantFrom('a', '1', ',', '\n', '\r', ' ', '中', '2024-01-01', '\t');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (chars, step) => {
      const body = chars.join('');
      const lines = body.split(/\r\n|\r|\n/);
      if (lines[lines.length - 1] === '') lines.pop();
      const r = check({ name: 'property-lines', bytes: enc.encode(`工单编号,受理时间\n${body}`) }, () => step);
      expect(r.rows).toBe(lines.length);
    }), { numRuns: 200, seed: 13 });
  });
});
