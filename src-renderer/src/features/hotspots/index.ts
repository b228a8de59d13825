export { HotspotsPanel } from './HotspotsPanel';
