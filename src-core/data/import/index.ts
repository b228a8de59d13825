/**
 * Ticket and flow-event file import (DOMAIN.md sections 2–4): CSV in UTF-8, UTF-16 or GB18030
 * with comma, tab or semicolon, and XLSX; streaming, validating, and reporting every row.
 */
export type {
  Cell, ColumnReport, Delimiter, DuplicateRow, Encoding, FileFormat, ImportBatch, ImportOptions, ImportSession,
  ImportTarget, ImportWarning, RejectedRow, ValidationReport,
} from './types';
export { sniff } from './sniff';
export { matchHeader } from './headers';
export { createImportSession } from './session';
export { preview, type FilePreview } from './preview';
export { IMPORT_MESSAGES, importMessage, type ImportMessageCode } from './messages';
