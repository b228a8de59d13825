import type { BacktestTarget } from './backtest';

/**
 * Prediction intervals: 80 % (the 10th to the 90th percentile). The backtest's errors, scaled by
 * √(ŷ + 1) (count data spread grows with the level), give the quantiles; a forecast ŷ gets
 * [max(0, ŷ + q10·√(ŷ+1)), ŷ + q90·√(ŷ+1)]. Without backtest targets the scaled error is taken
 * as normal with the Poisson spread (q = ∓1.2816).
 */
export type IntervalModel = { q10: number; q90: number; fromBacktest: boolean };

const Z80 = 1.2815515655446004;

/** The quantile p of sorted values (linear interpolation between order statistics). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h), hi = Math.ceil(h);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}

/** The interval model from backtest targets. */
export function intervalModel(targets: readonly BacktestTarget[]): IntervalModel {
  if (targets.length < 20) return { q10: -Z80, q90: Z80, fromBacktest: false };
  const z = targets.map((t) => (t.actual - t.forecast) / Math.sqrt(t.forecast + 1)).sort((a, b) => a - b);
  return { q10: Math.min(0, quantile(z, 0.1)), q90: Math.max(0, quantile(z, 0.9)), fromBacktest: true };
}

/** The interval of forecast ŷ. */
export function interval(model: IntervalModel, f: number): { low: number; high: number } {
  const s = Math.sqrt(f + 1);
  return { low: Math.max(0, f + model.q10 * s), high: f + model.q90 * s };
}
