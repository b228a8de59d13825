import type { HotspotKey } from '@core/hotspots/keys';
import { t as translateNow, type MessageKey, type Translate } from '@renderer/i18n';

/** Name of a grouping key in the interface language (src-core's HOTSPOT_KEY_LABELS stay Chinese for files). */
export function keyLabel(key: HotspotKey, t: Translate = translateNow): string {
  return t(`hotspots.key.${key}` as MessageKey);
}

/** `2026-10` → 2026年10月 / 10/2026. */
export function monthText(month: string, t: Translate = translateNow): string {
  const [y, m] = month.split('-');
  return t('hotspots.monthOption', { y: y!, m: Number(m) });
}

/** A change as a signed percentage with one decimal (+35.2%, −4.0%); — for null. */
export function signedPct(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const s = `${Math.abs(v * 100).toFixed(1)}%`;
  return v > 0 ? `+${s}` : v < 0 ? `−${s}` : s;
}

/** A z-score with two decimals; — for null. */
export function zText(z: number | null): string {
  return z === null || !Number.isFinite(z) ? '—' : (z < 0 ? `−${Math.abs(z).toFixed(2)}` : z.toFixed(2));
}
