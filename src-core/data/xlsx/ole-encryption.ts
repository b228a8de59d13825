/**
 * Telling a password-protected workbook from a legacy binary .xls. Both are OLE compound files
 * (they start with D0 CF 11 E0 A1 B1 1A E1); Office's encryption (ECMA-376 Agile or Standard)
 * stores the encrypted .xlsx as an `EncryptedPackage` stream beside an `EncryptionInfo` stream,
 * found here by name in the compound file's directory.
 */

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** Sector ids at and above this are markers (end of chain, free, FAT sectors). */
const MAX_SECT = 0xfffffffa;

/**
 * Names of the entries in the directory of a compound file, following the directory's sector
 * chain through the FAT; null when the bytes are not a compound file or the directory cannot be
 * read from them (cut off, inconsistent).
 */
export function compoundFileNames(b: Uint8Array): string[] | null {
  if (b.length < 512 || u32(b, 0) !== 0xe011cfd0 || u32(b, 4) !== 0xe11ab1a1) return null;
  const shift = u16(b, 30);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift, perFat = size / 4;
  const sectorAt = (s: number): number => (s + 1) * size;
  // The first 109 FAT sectors are listed in the header (enough for files up to ~7 MB with
  // 512-byte sectors, far more with 4096); the rest of the DIFAT chain is followed when present.
  const fatSectors: number[] = [];
  for (let k = 0; k < 109; k++) {
    const s = u32(b, 76 + 4 * k);
    if (s < MAX_SECT) fatSectors.push(s);
  }
  let difat = u32(b, 68);
  for (let guard = 0; difat < MAX_SECT && guard < 4096; guard++) {
    const o = sectorAt(difat);
    if (o + size > b.length) break;
    for (let k = 0; k < perFat - 1; k++) {
      const s = u32(b, o + 4 * k);
      if (s < MAX_SECT) fatSectors.push(s);
    }
    difat = u32(b, o + size - 4);
  }
  const next = (s: number): number | null => {
    const fs = fatSectors[Math.floor(s / perFat)];
    if (fs === undefined) return null;
    const o = sectorAt(fs) + 4 * (s % perFat);
    return o + 4 <= b.length ? u32(b, o) : null;
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s: number | null = u32(b, 48); s !== null && s < MAX_SECT; s = next(s)) {
    if (seen.has(s)) return null;
    seen.add(s);
    const o = sectorAt(s);
    if (o + size > b.length) return null;
    for (let e = o; e < o + size; e += 128) {
      const len = Math.min(u16(b, e + 64), 64);
      if (len < 2 || b[e + 66] === 0) continue; // an unused entry (object type 0)
      let name = '';
      for (let k = 0; k < len - 2; k += 2) name += String.fromCharCode(u16(b, e + k));
      names.push(name);
    }
  }
  return names;
}

/** `name` as UTF-16LE bytes, as compound file directories store names. */
function utf16(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let k = 0; k < name.length; k++) out[2 * k] = name.charCodeAt(k);
  return out;
}

function contains(b: Uint8Array, needle: Uint8Array): boolean {
  const last = b.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (b[i] !== needle[0]) continue;
    for (let k = 1; k < needle.length; k++) if (b[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether a compound file holds an encrypted Office package: its directory names both
 * `EncryptionInfo` and `EncryptedPackage`. When the directory cannot be followed (a cut or odd
 * file), the bytes are searched for the two names as the directory would store them.
 */
export function isEncryptedPackage(b: Uint8Array): boolean {
  const names = compoundFileNames(b);
  if (names !== null) return names.includes('EncryptionInfo') && names.includes('EncryptedPackage');
  return contains(b, utf16('EncryptionInfo')) && contains(b, utf16('EncryptedPackage'));
}
