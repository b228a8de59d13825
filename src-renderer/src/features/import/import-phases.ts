import type { ImportPhase } from '@renderer/engine/api';

/** Chinese names of the import phases shown with the progress bar. */
export const PHASE_LABELS: Record<ImportPhase, string> = {
  reading: '读取文件',
  parsing: '解析与校验',
  writing: '写入本机数据库',
  indexing: '建立索引',
  done: '完成',
};
