// The section's page until its feature lands: a "coming" page describing what it will do.
export { BigScreenPage } from './BigScreenPage';
