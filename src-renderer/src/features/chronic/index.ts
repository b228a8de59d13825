export { ChronicPage } from './ChronicPage';
export { CalendarSettings } from './calendar-settings';
