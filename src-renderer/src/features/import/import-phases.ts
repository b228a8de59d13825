import type { ImportPhase } from '@renderer/engine/api';
import type { MessageKey } from '@renderer/i18n';

/** Catalog keys of the import phases' names shown with the progress bar. */
export const PHASE_LABELS: Record<ImportPhase, MessageKey> = {
  reading: 'import.phase.reading',
  parsing: 'import.phase.parsing',
  writing: 'import.phase.writing',
  indexing: 'import.phase.indexing',
  done: 'import.phase.done',
};
