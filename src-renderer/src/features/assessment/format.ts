import type { RateName } from '@core/assess/rates';
import { t as translateNow, type Translate } from '@renderer/i18n';
import { rateLabel } from './labels';
import type { RateValue } from '@core/assess/compute';

/** 93.4% (one decimal); — for null. */
export function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;
}

/** Score with one decimal; — for null. */
export function score(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : v.toFixed(1);
}

/** Signed change: +1.2 / −0.5; '' when null. */
export function delta(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined) return '';
  const s = Math.abs(v).toFixed(digits);
  return v > 0 ? `+${s}` : v < 0 ? `−${s}` : '0';
}

/** Tooltip text of a rate: numerator/denominator and the Wilson interval. */
export function rateTip(name: RateName, r: RateValue, t: Translate = translateNow): string {
  const rate = rateLabel(name, t);
  if (r.den === 0 || r.ci === null) return t('assess.rateTipNone', { rate });
  return t('assess.rateTip', { rate, num: r.num, den: r.den, low: pct(r.ci[0]), high: pct(r.ci[1]) });
}
