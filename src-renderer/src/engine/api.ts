/**
 * The contract between the UI and the ticket engine (a worker holding tickets in columns).
 * Implemented by ./client.ts; pages call it, never the worker directly.
 */
import type { CodedColumn } from '@core/data/table/ticket-table';
import type { TicketQuery } from '@core/data/query/ticket-query';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';
import type { ImportWarning, RejectedRow } from '@core/data/import/types';
import type { CoreMessage } from '@core/base/text/message';

/** What the store holds; also kept in db.meta under key 'store' for live queries. */
export type StoreStats = {
  tickets: number;
  events: number;
  /** Earliest and latest acceptedAt (epoch ms), null when empty. */
  from: number | null;
  to: number | null;
  lastImportAt: number | null;
  lastImportName: string | null;
};

export type ImportPhase = 'reading' | 'parsing' | 'writing' | 'indexing' | 'done';

export type ImportProgress = {
  phase: ImportPhase;
  fileName: string;
  bytesRead: number;
  bytesTotal: number;
  rows: number;
  rowsPerSecond: number;
};

/** Progress of a computation run in the engine (see EngineClient.run); phase names are the computation's own. */
export type RunProgress = { phase: string; done: number; total: number };

/** Options of EngineClient.run. Progress arrives at most about 10 times a second. */
export type RunOptions = { onProgress?: (p: RunProgress) => void; signal?: AbortSignal };

export type { RejectedRow };

/** Per file: rows = accepted + rejected + duplicates; accepted = inserted + updated + unchanged. */
export type ImportFileOutcome = {
  fileName: string;
  target: 'tickets' | 'events';
  encoding: string;
  delimiter: string;
  rows: number;
  accepted: number;
  rejected: RejectedRow[];
  duplicates: { row: number; id: string }[];
  inserted: number;
  updated: number;
  unchanged: number;
  /** Notes about the file, each in Chinese with its message code (see ImportWarning). */
  warnings: ImportWarning[];
  /** Set when the file was refused as a whole (e.g. a required column missing). */
  refused?: string;
  /** The refusal by code, to show it in the interface language. */
  refusal?: CoreMessage;
};

export type ImportOutcome = { files: ImportFileOutcome[]; stats: StoreStats; cancelled: boolean };

/** How a header as written maps to a ticket key, to 'extra' (kept as an extra field) or 'ignore'. */
export type HeaderMapping = Record<string, string>;

export type FilePreview = {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string;
  headers: string[];
  mapping: HeaderMapping;
  rows: string[][];
  missingRequired: string[];
};

/** One grid row: ticket fields as display values (times as epoch ms), plus derived fields. */
export type GridRow = Record<string, string | number | null> & { __row: number };

export type QueryWindow = { start: number; end: number };
export type QueryResult = { total: number; rows: GridRow[] };

export type TicketHistoryEntry = { at: number; importName: string; previous: Partial<Ticket> };
export type TicketDetail = { ticket: Ticket; events: FlowEvent[]; history: TicketHistoryEntry[] };

export type EngineClient = {
  /** Loads the store from IndexedDB into the worker (cold start). */
  ready(): Promise<StoreStats>;
  stats(): Promise<StoreStats>;
  previewFile(file: File): Promise<FilePreview>;
  importFiles(req: {
    tickets?: File;
    events?: File;
    mapping?: HeaderMapping;
    onProgress?: (p: ImportProgress) => void;
    signal?: AbortSignal;
  }): Promise<ImportOutcome>;
  /** Generates the demo city in the worker (same core code as the CLI) and imports it. */
  loadDemo(req: { tickets: number; seed: number; onProgress?: (p: ImportProgress) => void }): Promise<ImportOutcome>;
  query(q: TicketQuery, window: QueryWindow): Promise<QueryResult>;
  /** Ticket ids matching a query, in query order. */
  ids(q: TicketQuery): Promise<string[]>;
  /** Values of a coded column with counts, for choice-list filters. */
  distinct(column: CodedColumn): Promise<{ value: string; count: number }[]>;
  ticket(id: string): Promise<TicketDetail | null>;
  /**
   * Runs a registered computation (engine/computations) over the ticket table in the worker.
   * `opts.onProgress` receives the computation's progress; aborting `opts.signal` before the
   * worker starts the computation cancels it (a running computation finishes).
   */
  run<T>(name: string, params: unknown, opts?: RunOptions): Promise<T>;
  /** Removes all tickets and events (settings 清空数据). */
  clear(): Promise<void>;
};
