// Placeholder until the import feature lands: the shell imports the page from here.
export { ComingPage as ImportPage } from '../../app/ComingPage';
