// Placeholder until the assessment feature lands: the shell imports the page from here.
export { ComingPage as AssessmentPage } from '../../app/ComingPage';
