export { AssessmentPage } from './AssessmentPage';
