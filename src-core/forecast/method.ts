import { seriesAt, seriesCovered, type ForecastSeries } from './series';

/**
 * The forecast method of DOMAIN.md section 10, named in the output as {@link METHOD}: top-down
 * seasonal ratio. For a target month t forecast at origin o (only months ≤ o are read):
 *
 * 1. per category2 (all districts summed, so the counts are large enough to show the season):
 *    level L = mean over the covered months among the {@link LEVEL_MONTHS} months ending at o; for each earlier
 *    year j = 1, 2 with data, the level of the same months then, Lj, and the count of the
 *    target's month then, yj = y(t − 12j); the category's forecast is L · (Σ yj + k) ÷ (Σ Lj + k)
 *    (the seasonal ratio, shrunk towards 1 by k = {@link PRIOR}); without an earlier year, L;
 * 2. each category2 × district group gets its share of the category's forecast, the share being
 *    its part of the category's tickets over the last {@link SHARE_MONTHS} covered months;
 * 3. a group whose category has no level (nothing covered in the last 3 months) falls back to
 *    seasonal naive.
 *
 * Small district series are mostly noise month to month; the category carries the season and
 * the district its steady share of it, which is why this beats seasonal naive (one noisy month)
 * on the demo city. The baseline is seasonal naive, ŷ(t) = y(t − 12), 0 when that month is
 * uncovered.
 */
export const METHOD = 'top-down seasonal ratio: category2 level of the last 3 months × its seasonal ratio 1–2 years before, split over districts by their 12-month share; interval from the backtest residuals';

const LEVEL_MONTHS = 3;
const PRIOR = 4;
const YEARS = 2;
const SHARE_MONTHS = 12;

/** Mean of group g's counts over the covered months among the LEVEL_MONTHS months ending at `end`; null when none is covered. */
function level(s: ForecastSeries, g: number, end: number): number | null {
  let sum = 0, n = 0;
  for (let m = end - LEVEL_MONTHS + 1; m <= end; m++) {
    if (!seriesCovered(s, m)) continue;
    sum += seriesAt(s, g, m);
    n++;
  }
  return n === 0 ? null : sum / n;
}

/** Forecasts of target month `t` for every group, reading only months ≤ `origin` (origin < t). */
export function forecastMonth(s: ForecastSeries, origin: number, t: number): Float64Array {
  if (!(origin < t)) throw new Error('预测起点须早于目标月份');
  const n = s.keys.length;
  // Category totals per month (the pooled series), then the category forecast.
  const catY = new Float64Array(s.cats * s.months);
  for (let g = 0; g < n; g++) {
    const c = s.cat[g]!;
    for (let j = 0; j < s.months; j++) catY[c * s.months + j]! += s.y[g * s.months + j]!;
  }
  const cs: ForecastSeries = { ...s, keys: new Array(s.cats), cat: new Int32Array(0), y: catY };
  const catF = new Float64Array(s.cats);
  for (let c = 0; c < s.cats; c++) {
    const l = level(cs, c, origin);
    if (l === null) { catF[c] = NaN; continue; }
    let num = 0, den = 0;
    for (let j = 1; j <= YEARS; j++) {
      const tm = t - 12 * j;
      if (tm > origin || !seriesCovered(s, tm)) continue;
      const lj = level(cs, c, origin - 12 * j);
      if (lj === null || lj <= 0) continue;
      num += seriesAt(cs, c, tm); den += lj;
    }
    catF[c] = den > 0 ? l * ((num + PRIOR) / (den + PRIOR)) : l;
  }
  // Each group's share of its category over the last SHARE_MONTHS covered months.
  const grpSum = new Float64Array(n), catSum = new Float64Array(s.cats);
  for (let m = origin - SHARE_MONTHS + 1; m <= origin; m++) {
    if (!seriesCovered(s, m)) continue;
    for (let g = 0; g < n; g++) { const v = seriesAt(s, g, m); grpSum[g]! += v; catSum[s.cat[g]!]! += v; }
  }
  const out = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    const c = s.cat[g]!;
    out[g] = Number.isNaN(catF[c]!) || catSum[c]! <= 0 ? seasonalNaive(s, g, t, origin) : catF[c]! * (grpSum[g]! / catSum[c]!);
  }
  return out;
}

/** Seasonal naive: y(t − 12), 0 when that month is uncovered or later than the origin. */
export function seasonalNaive(s: ForecastSeries, g: number, t: number, origin = t - 1): number {
  const m = t - 12;
  return m <= origin && seriesCovered(s, m) ? seriesAt(s, g, m) : 0;
}
