/**
 * The engine client: implements the EngineClient contract of ./api.ts over messages to the
 * engine worker (./worker.ts), which holds the tickets in columns. Pages call `getEngine()`.
 */
import type { TicketQuery } from '@core/data/query/ticket-query';
import type { CodedColumn } from '@core/data/table/ticket-table';
import type { EngineClient, GridRow, ImportProgress, QueryWindow, RunProgress } from './api';
import type { EngineOp, EngineReply, ToWorker } from './protocol';

/** Methods the engine offers beyond the base contract (compatible extensions). */
export type EngineExtensions = {
  /** Row indices of a query's result in order, as a transferred Int32Array. */
  rowIndex(q: TicketQuery): Promise<Int32Array>;
  /** Display rows of the given row indices (a window of a {@link rowIndex} result). */
  rows(rows: Int32Array): Promise<GridRow[]>;
  /** Number of tickets matching a query. */
  count(q: TicketQuery): Promise<number>;
  /** Counts by the values of a coded column (or 'month') among the tickets matching a query, largest first. */
  group(q: TicketQuery, column: CodedColumn | 'month'): Promise<{ value: string; count: number }[]>;
};

export type DubanEngine = EngineClient & EngineExtensions;

type ProgressListener = ((p: ImportProgress) => void) | ((p: RunProgress) => void);
type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: (p: never) => void };

/** Builds a client over `worker` (exported for tests; the app uses {@link getEngine}). */
export function createEngineClient(worker: Worker): DubanEngine {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  worker.addEventListener('message', (ev: MessageEvent<EngineReply>) => {
    const m = ev.data;
    const p = pending.get(m.id);
    if (!p) return;
    // Each request gets the progress kind of its own operation (imports ImportProgress, run RunProgress).
    if (m.type === 'progress') { (p.onProgress as ((x: ImportProgress | RunProgress) => void) | undefined)?.(m.progress); return; }
    pending.delete(m.id);
    if (m.type === 'ok') p.resolve(m.value);
    else {
      const e = new Error(m.message);
      e.name = m.name;
      p.reject(e);
    }
  });
  worker.addEventListener('error', (ev) => {
    const e = new Error(`数据引擎出错：${ev.message || '未知错误'}。请刷新页面后重试`);
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });

  function call<T>(op: EngineOp, args: unknown[], opts: { onProgress?: ProgressListener; signal?: AbortSignal; transfer?: Transferable[] } = {}): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: opts.onProgress });
      if (opts.signal) {
        if (opts.signal.aborted) { post({ type: 'cancel', id }); }
        else opts.signal.addEventListener('abort', () => post({ type: 'cancel', id }), { once: true });
      }
      worker.postMessage({ type: 'request', id, op, args } satisfies ToWorker, opts.transfer ?? []);
    });
  }
  function post(m: ToWorker): void {
    worker.postMessage(m);
  }

  return {
    ready: () => call('ready', []),
    stats: () => call('stats', []),
    previewFile: (file) => call('previewFile', [file]),
    importFiles: ({ tickets, events, mapping, onProgress, signal }) =>
      call('importFiles', [{ tickets, events, mapping }], { onProgress, signal }),
    loadDemo: ({ tickets, seed, onProgress }) => call('loadDemo', [{ tickets, seed }], { onProgress }),
    query: (q: TicketQuery, window: QueryWindow) => call('query', [q, window]),
    ids: (q) => call('ids', [q]),
    distinct: (column) => call('distinct', [column]),
    ticket: (id) => call('ticket', [id]),
    run: <T>(name: string, params: unknown, opts?: { onProgress?: (p: RunProgress) => void; signal?: AbortSignal }) =>
      call<T>('run', [name, params, { progress: !!opts?.onProgress }], { onProgress: opts?.onProgress, signal: opts?.signal }),
    clear: () => call('clear', []),
    rowIndex: (q) => call('rowIndex', [q]),
    rows: (rows) => call('rows', [rows]),
    count: (q) => call('count', [q]),
    group: (q, column) => call('group', [q, column]),
  };
}

let engine: DubanEngine | null = null;

/** The app's one engine (the worker starts on first use); also on `window.__dubanEngine` for tests and the benchmark. */
export function getEngine(): DubanEngine {
  if (!engine) {
    engine = createEngineClient(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'duban-engine' }));
  }
  return engine;
}

// Tests and the benchmark reach the engine as window.__dubanEngine; the getter starts it on demand.
if (typeof window !== 'undefined' && !Object.prototype.hasOwnProperty.call(window, '__dubanEngine')) {
  Object.defineProperty(window, '__dubanEngine', { get: getEngine, configurable: true });
}
