// Placeholder until the chronic-case feature lands: the shell imports the page from here.
export { ComingPage as ChronicPage } from '../../app/ComingPage';
