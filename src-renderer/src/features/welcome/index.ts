export { WelcomePage, DEFAULT_DEMO_TICKETS, DEMO_SEED } from './WelcomePage';
