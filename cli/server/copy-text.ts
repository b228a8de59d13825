/** PostgreSQL COPY text format (tab-separated, `\N` for NULL) for the load command's staging tables. */

/** One field: backslash, tab, newline and carriage return escaped; NUL (which text cannot hold) dropped. */
export function copyField(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  // Fast path: most fields need no escaping.
  if (!/[\\\t\n\r\0]/.test(v)) return v;
  return v.replace(/[\\\t\n\r\0]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : ''));
}

/** An instant (epoch ms) as ISO 8601 UTC for a timestamptz column, or NULL. */
export function copyTime(t: number | null): string {
  return t === null ? '\\N' : new Date(t).toISOString();
}

/** One COPY line of fields already encoded. */
export function copyLine(fields: string[]): string {
  return `${fields.join('\t')}\n`;
}
