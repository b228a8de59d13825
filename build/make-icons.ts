/*
 * Draws the app icon (a white check mark in a ring on a red rounded square: 督办 = supervised
 * to completion) without any image library or download, and writes the installer assets:
 *   build/icon.png (512), build/icons/<n>x<n>.png (Linux), build/icon.ico (Windows, PNG entries),
 *   resources/icons/icon.png (256, the window icon at run time).
 * build/icon.svg is the same drawing as vector. Run: npx tsx build/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { Buffer } from 'node:buffer';

const here = dirname(fileURLToPath(import.meta.url));

type Vec = [number, number];

// Geometry on a 512 × 512 canvas, shared with icon.svg.
const SQUARE = { x: 16, y: 16, size: 480, radius: 104 };
const RING = { c: [256, 256] as Vec, r: 160, width: 30 };
const CHECK: Vec[] = [[176, 262], [236, 322], [340, 200]];
const CHECK_WIDTH = 40;
/** Background gradient, top to bottom (RGB). */
const TOP = [0xe0, 0x3a, 0x3a] as const;
const BOTTOM = [0xa8, 0x12, 0x1a] as const;

function roundedSquare(p: Vec): number {
  const half = SQUARE.size / 2;
  const cx = SQUARE.x + half;
  const cy = SQUARE.y + half;
  const qx = Math.abs(p[0] - cx) - (half - SQUARE.radius);
  const qy = Math.abs(p[1] - cy) - (half - SQUARE.radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - SQUARE.radius;
}

function segment(p: Vec, a: Vec, b: Vec): number {
  const [px, py] = [p[0] - a[0], p[1] - a[1]];
  const [bx, by] = [b[0] - a[0], b[1] - a[1]];
  const h = Math.min(Math.max((px * bx + py * by) / (bx * bx + by * by), 0), 1);
  return Math.hypot(px - bx * h, py - by * h);
}

function mark(p: Vec): number {
  const ring = Math.abs(Math.hypot(p[0] - RING.c[0], p[1] - RING.c[1]) - RING.r) - RING.width / 2;
  const check = Math.min(segment(p, CHECK[0]!, CHECK[1]!), segment(p, CHECK[1]!, CHECK[2]!)) - CHECK_WIDTH / 2;
  return Math.min(ring, check);
}

/** RGBA pixels of the icon at `n` × `n`, anti-aliased by signed distance (one pixel wide edge). */
function render(n: number): Buffer {
  const scale = 512 / n;
  const out = Buffer.alloc(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const p: Vec = [(x + 0.5) * scale, (y + 0.5) * scale];
      const bg = Math.min(Math.max(0.5 - roundedSquare(p) / scale, 0), 1);
      const fg = Math.min(Math.max(0.5 - mark(p) / scale, 0), 1);
      const t = p[1] / 512;
      const i = (y * n + x) * 4;
      for (const c of [0, 1, 2] as const) {
        const base = TOP[c] * (1 - t) + BOTTOM[c] * t;
        out[i + c] = Math.round(base * (1 - fg) + 255 * fg);
      }
      out[i + 3] = Math.round(255 * bg);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of the icon at `n` × `n`. */
function png(n: number): Buffer {
  const rgba = render(n);
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) rgba.copy(raw, y * (n * 4 + 1) + 1, y * n * 4, (y + 1) * n * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO file whose entries are PNG images (supported since Windows Vista). */
function ico(sizes: number[]): Buffer {
  const images = sizes.map(png);
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = 6 + 16 * sizes.length;
  const entries = sizes.map((n, k) => {
    const e = Buffer.alloc(16);
    e[0] = n >= 256 ? 0 : n;
    e[1] = n >= 256 ? 0 : n;
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(images[k]!.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += images[k]!.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

function write(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  console.log(`${path} (${data.length} B)`);
}

write(join(here, 'icon.png'), png(512));
for (const n of [16, 32, 48, 64, 128, 256, 512]) write(join(here, 'icons', `${n}x${n}.png`), png(n));
write(join(here, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
write(join(here, '..', 'resources', 'icons', 'icon.png'), png(256));
