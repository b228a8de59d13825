// Placeholder until the tickets feature lands: the shell imports the page from here.
export { ComingPage as TicketsPage } from '../../app/ComingPage';
