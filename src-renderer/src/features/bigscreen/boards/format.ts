import { METHOD } from '@core/forecast/method';
import { isSuppressed } from '../privacy/suppress';

/** 93.4% (one decimal); — for null. */
export const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

/** A signed change with its unit: +1.2 / −0.5 (U+2212); '' for null. */
export function signed(v: number | null | undefined, digits = 1, unit = ''): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  const s = Math.abs(v).toFixed(digits);
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${s}${unit}`;
}

/**
 * A bar for a count: a suppressed count (1 … min − 1) is drawn at the height of `min`, faded, so
 * the bar says no more than its "<min" label does.
 */
export const barValue = (n: number, min: number): number | { value: number; itemStyle: { opacity: number } } =>
  (isSuppressed(n, min) ? { value: min, itemStyle: { opacity: 0.4 } } : n);

/** The last segment of a category path ('城乡建设/物业管理' → '物业管理'). */
export const leaf = (path: string): string => path.slice(path.lastIndexOf('/') + 1) || path;

/** A surge's rise as the wall words it ('较近期 +30%', or '近 3 个月无工单' when the recent level is 0). */
export function riseText(rise: number | null, t: (k: 'bigscreen.surges.riseBy' | 'bigscreen.surges.fromZero', p?: Record<string, string>) => string): string {
  return rise === null ? t('bigscreen.surges.fromZero') : t('bigscreen.surges.riseBy', { rise: signed(rise * 100, 0, '%') });
}

/** The forecast method in the interface language: the app's own method is described, any other named as given. */
export function methodName(method: string, t: (k: 'bigscreen.trust.methodName') => string): string {
  return method === METHOD ? t('bigscreen.trust.methodName') : method;
}
