import { create } from 'zustand';
import type { TicketQuery } from '@core/data/query/ticket-query';

/** Top-level sections of the app, in navigation order. */
export const ROUTES = [
  'home', 'welcome', 'tickets', 'import', 'chronic', 'campaigns', 'assessment', 'records', 'bigscreen', 'meetings', 'settings',
] as const;
export type Route = (typeof ROUTES)[number];

type NavState = {
  /** A query another page asked the ticket grid to open (drill-down); the grid takes it once. */
  pendingTicketQuery: TicketQuery | null;
  takePendingTicketQuery(): TicketQuery | null;
};

export const useNavStore = create<NavState>()((set, get) => ({
  pendingTicketQuery: null,
  takePendingTicketQuery() {
    const q = get().pendingTicketQuery;
    if (q) set({ pendingTicketQuery: null });
    return q;
  },
}));

/** Navigates with the hash router: `#/route` plus an optional `?query` string. */
export function navigate(route: Route, search = ''): void {
  const target = `#/${route}${search ? `?${search}` : ''}`;
  if (window.location.hash !== target) window.location.hash = target;
}

/** Opens the ticket grid filtered by `query` (drill-down from any figure). */
export function openTickets(query: TicketQuery): void {
  useNavStore.setState({ pendingTicketQuery: query });
  navigate('tickets');
}
