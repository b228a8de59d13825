/** The 工单 page (#/tickets): grid, filters, saved views, export and the ticket drawer. */
export { TicketsPage } from './TicketsPage';
