import type { AssessResult, GroupResult } from '@core/assess/compute';
import type { HotspotAnalysis } from '@core/hotspots/analyze';
import type { SurgesResponse } from '@renderer/engine/computations/forecast';
import type { WallPeriod } from './wall-period';

/** The three rates of the wall (三率). */
export const WALL_RATES = ['responseRate', 'resolutionRate', 'satisfactionRate'] as const;
export type WallRate = (typeof WALL_RATES)[number];

/** Everything the ticket-based boards draw, computed in the engine worker in one round. */
export type WallData = {
  period: WallPeriod;
  /** Dispatched tickets of the reference day. */
  dayDispatched: number;
  month: GroupResult;
  prevMonth: GroupResult;
  /** This month per district (the tile map). */
  districts: GroupResult[];
  /** This month per unit, ranked within each unit type (rank, band, 样本不足). */
  units: AssessResult;
  /** The 12 months ending with this month: dispatched and 三率 per month (null: no month data). */
  trend: { months: string[]; dispatched: number[]; rates: Record<WallRate, (number | null)[]> };
  /** Section 9 for this month by category2 × district. */
  hotspots: HotspotAnalysis;
  /** This month's dispatched tickets per category1 → category2 (the treemap). */
  categories: { category1: string; category2: string; count: number }[];
  /** 未诉先办 surges of the two months after the data, with the backtest's WAPE. */
  forecast: SurgesResponse;
  /** When the round finished (epoch ms). */
  computedAt: number;
};

/** Trend series from an assessment grouped by month. */
export function trendOf(byMonth: AssessResult, months: readonly string[]): WallData['trend'] {
  const at = new Map(byMonth.groups.map((g) => [g.key.month ?? g.parts[0]!, g]));
  const rates = Object.fromEntries(WALL_RATES.map((r) => [r, months.map((m) => at.get(m)?.rates[r].value ?? null)])) as Record<WallRate, (number | null)[]>;
  return { months: [...months], dispatched: months.map((m) => at.get(m)?.dispatched ?? 0), rates };
}

/** Treemap cells from a hotspot analysis grouped by category1,category2. */
export function categoriesOf(a: HotspotAnalysis): WallData['categories'] {
  return a.report.groups.map((g, i) => ({ category1: a.parts[i]![0] ?? '', category2: a.parts[i]![1] ?? '', count: g.count }));
}

/** A rate's change from the previous month in percentage points (null when either is null). */
export function pointsChange(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : (now - before) * 100;
}
