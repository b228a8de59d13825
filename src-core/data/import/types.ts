/** Shared types of the ticket and flow-event file importer (DOMAIN.md sections 2–3). */
import type { CoreMessage, MessageParams } from '../../base/text/message';
import type { FlowEvent, Ticket } from '../tickets/ticket';

/** A cell as read: text, or a number from an XLSX numeric cell (never from CSV). */
export type Cell = string | number;
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type Delimiter = ',' | '\t' | ';';
export type FileFormat = 'csv' | 'xlsx';
export type ImportTarget = 'tickets' | 'events';

/** A row not imported: `reason` in Chinese, `code` and `params` to say it in another language (see ./messages.ts). */
export type RejectedRow = { row: number; column: string; value: string; reason: string; code: string; params: MessageParams };
export type DuplicateRow = { row: number; id: string };
/** A note about the file: `message` in Chinese, `code` and `params` as for a rejected row. */
export type ImportWarning = { row: number; column: string; value: string; message: string; code: string; params: MessageParams };
/** How each column of the file was read: `key` is a ticket/event key, 'extra' or 'ignore'. Index is 0-based. */
export type ColumnReport = { index: number; header: string; key: string };

/**
 * What reading one file produced. Invariant: rows = accepted + rejected.length + duplicates.length;
 * a refused file has `refused` set and no rows.
 */
export type ValidationReport = {
  format: FileFormat;
  rows: number;
  accepted: number;
  rejected: RejectedRow[];
  duplicates: DuplicateRow[];
  encoding: Encoding;
  delimiter: Delimiter | '';
  columns: ColumnReport[];
  warnings: ImportWarning[];
  refused?: string;
  /** Why the file was refused, by code (set with `refused`). */
  refusal?: CoreMessage;
};

/** Rows accepted from one chunk; `rows` = data rows seen so far in the file. */
export type ImportBatch = { tickets: Ticket[]; events: FlowEvent[]; rows: number };

export type ImportSession = {
  /** Feeds the next bytes of the file (any size, split anywhere); `chunk` is not kept, so the caller may reuse its buffer. */
  push(chunk: Uint8Array): ImportBatch;
  /** Signals the end of the file; returns the rows completed by it. */
  end(): ImportBatch;
  /** The report so far (final after end()); builds a copy of its lists, so not for every chunk. */
  report(): ValidationReport;
  /** Whether the file has been refused (no more rows will come); cheap. */
  refused(): boolean;
};

export type ImportOptions = {
  target: ImportTarget;
  fileName?: string;
  /** Header as written → key | 'extra' | 'ignore'; overrides automatic matching. */
  mapping?: Record<string, string>;
  format?: FileFormat;
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** When false, batches carry no tickets/events (only the report is built): for validation of huge files. Default true. */
  keepRows?: boolean;
  /** Longest field accepted, in characters (default 1 MiB); longer fields reject their row. */
  maxFieldChars?: number;
};
