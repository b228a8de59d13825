/** The 导入数据 page (#/import): file pick, preview and mapping, progress with cancel, report. */
export { ImportPage } from './ImportPage';
