/*
 * File names proposed in save dialogs come from report titles ("2024/03 考核通报"), which may
 * hold characters no file system accepts. They are repaired, not refused: the user still gets
 * the dialog, with a name that works on Windows, UOS and Kylin alike.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** Longest name kept, in UTF-16 code units (file systems allow 255 bytes or characters). */
const MAX_LENGTH = 120;

/**
 * A file name safe on every desktop file system: `\ / : * ? " < > |` and control characters
 * become `_`, leading and trailing dots and spaces are dropped, Windows device names (CON, NUL,
 * COM1…) get a `_` prefix, and overlong names are shortened keeping the extension. An empty
 * result becomes `未命名` (plus the extension, if there was one).
 */
export function safeFileName(name: string): string {
  // A bare extension (".csv") names the type, not the file: keep it behind a placeholder.
  if (/^\s*\.[A-Za-z0-9]{1,10}\s*$/.test(name)) return `未命名${name.trim()}`;
  let s = name.replace(FORBIDDEN, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  if (s.length > MAX_LENGTH) {
    const ext = /\.[A-Za-z0-9]{1,10}$/.exec(s)?.[0] ?? '';
    let stem = s.slice(0, MAX_LENGTH - ext.length);
    // Never cut a character outside the BMP in half.
    if (/[\uD800-\uDBFF]$/.test(stem)) stem = stem.slice(0, -1);
    s = stem.replace(/[\s.]+$/, '') + ext;
  }
  if (s === '') s = '未命名';
  return s;
}
