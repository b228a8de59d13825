import type { TicketTable } from '@core/data/table/ticket-table';
import { assessComputation } from './assess';
import { campaignComputation } from './campaign';
import { chronicComputation } from './chronic';
import { forecastComputation } from './forecast';
import { hotspotsComputation } from './hotspots';

/**
 * Computations the engine worker runs over its ticket table by name. Each feature registers its
 * own in a file of this folder (assess.ts, chronic.ts, campaign.ts, hotspots.ts, forecast.ts) and adds it here.
 */
export type Computation = (table: TicketTable, params: unknown, progress?: ProgressReport) => unknown;

/**
 * How a computation reports progress: `done` of `total` units of work in `phase` (the
 * computation's own phase names). The worker throttles what reaches the UI, so call it freely.
 */
export type ProgressReport = (phase: string, done: number, total: number) => void;

export const COMPUTATIONS: Record<string, Computation> = {
  assess: assessComputation,
  chronic: chronicComputation,
  campaign: campaignComputation,
  hotspots: hotspotsComputation,
  forecast: forecastComputation,
};
