import type { TicketTable } from '@core/table/ticket-table';
import { assessComputation } from './assess';
import { chronicComputation } from './chronic';

/**
 * Computations the engine worker runs over its ticket table by name. Each feature registers its
 * own in a file of this folder (assess.ts, chronic.ts) and adds it here.
 */
export type Computation = (table: TicketTable, params: unknown) => unknown;

export const COMPUTATIONS: Record<string, Computation> = {
  assess: assessComputation,
  chronic: chronicComputation,
};
