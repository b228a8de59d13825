import { maskTicketField } from '@core/data/masking';
import { formatLocal } from '@core/base/time/shanghai';
import { EXTRA_PREFIX, type GridColumnSpec } from './grid-columns';

/** The key the masking module classifies: a ticket key, or an extra field's header as written. */
export function maskKeyOf(key: string): string {
  return key.startsWith(EXTRA_PREFIX) ? key.slice(EXTRA_PREFIX.length) : key;
}

/** `text` of column `key` as shown masked (DOMAIN.md section 7); non-personal columns unchanged. */
export function maskCell(key: string, text: string): string {
  return maskTicketField(maskKeyOf(key), text);
}

/** A datetime (epoch ms) as `YYYY-MM-DD HH:mm` in Asia/Shanghai; empty for null/NaN. */
export function formatMinute(t: number | null | undefined): string {
  return t === null || t === undefined || !Number.isFinite(t) ? '' : formatLocal(t).slice(0, 16);
}

/**
 * The text a grid cell shows: datetimes to the minute, counts as digits, text masked when the
 * column may hold personal data. The grid never shows plain personal data; the drawer does,
 * after a deliberate and audited 查看明文.
 */
export function formatGridCell(spec: Pick<GridColumnSpec, 'key' | 'type'>, v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (spec.type === 'datetime') return formatMinute(typeof v === 'number' ? v : Number(v));
  if (spec.type === 'count') return typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return maskCell(spec.key, typeof v === 'number' ? String(v) : v);
}
