/// <reference lib="webworker" />
/**
 * The ticket engine worker: holds the current tickets as a TicketTable (columns, dictionary
 * codes, typed arrays) with sort ranks, answers queries, runs imports and computations. Row sets
 * cross to the UI thread as transferred Int32Arrays; only display windows travel as objects.
 */
import { rowOfId } from '@core/assess/compute';
import { evaluateQuery } from '@core/data/query/evaluate';
import { RankCache } from '@core/data/query/ranks';
import type { TicketQuery } from '@core/data/query/ticket-query';
import { TableDecoder } from '@core/data/store/chunk-codec';
import { decodeEvents, eventAt, EMPTY_EVENTS, type EventColumns } from '@core/data/store/event-columns';
import { ticketAt } from '@core/data/store/store-table';
import { dictSize, dictValue } from '@core/data/table/dict';
import type { CodedColumn } from '@core/data/table/ticket-table';
import { generateCityChunks } from '@core/demo/index';
import { monthIndexToString } from '@core/base/time/shanghai';
import {
  clearStore, deleteOrphans, loadEventChunks, readStoreRow, streamTicketChunks, statsOf, ticketHistoryOf, EMPTY_STATS,
} from '@renderer/db/ticket-store';
import type { FilePreview, GridRow, HeaderMapping, QueryResult, QueryWindow, StoreStats, TicketDetail } from './api';
import { COMPUTATIONS } from './computations/index';
import { emptyState, type EngineState } from './engine-state';
import { collectGarbage } from './collect-garbage';
import { gridRowAt } from './grid-row';
import { importGenerated, runImport } from './import-pipeline';
import { previewFile } from './preview';
import { throttleProgress } from './throttle-progress';
import type { EngineReply, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;


let state: EngineState = emptyState({ ...EMPTY_STATS });
let loading: Promise<StoreStats> | null = null;
/**
 * During a cold start: the stats and the table being decoded, from the first chunk until the
 * load finishes, so the first window of the unfiltered grid is answered without waiting for
 * the rest (see {@link earlyQuery}).
 */
let partial: { stats: StoreStats; decoder: TableDecoder } | null = null;
/** Resolves when the first rows can be shown (the first chunk is decoded), or with the full load. */
let firstRows: Promise<StoreStats> | null = null;
/** The current generation is fully in memory. */
let loaded = false;
/** The last query's rows, so paging through a result costs only the window. */
let lastQuery: { key: string; rows: Int32Array; state: EngineState } | null = null;
const controllers = new Map<number, AbortController>();
/** Imports run one at a time; the next waits for the previous to finish. */
let importChain: Promise<unknown> = Promise.resolve();

function reply(m: EngineReply, transfer: Transferable[] = []): void {
  self.postMessage(m, transfer);
}

/** Loads the current generation from IndexedDB (once; later calls share the first load). */
function ready(): Promise<StoreStats> {
  if (loading) return loading;
  let shown: (s: StoreStats) => void = () => {};
  const early = new Promise<StoreStats>((r) => { shown = r; });
  loading = (async () => {
    const row = await readStoreRow();
    const stats = statsOf(row);
    let decoder: TableDecoder | null = null;
    const header = await streamTicketChunks(
      (h) => { decoder = new TableDecoder(h); },
      (c) => {
        decoder!.add(c);
        if (c.index === 0) { partial = { stats, decoder: decoder! }; shown(stats); }
      },
      (r) => decoder!.addRanks(r),
      (d) => decoder!.addDicts(d),
    );
    partial = null;
    // Chunks a crash or a cancel left behind are removed once the first rows are shown (they are
    // never read: chunks are read by the current generation's keys), before any import can start.
    await deleteOrphans();
    if (!header || !decoder) { state = emptyState(stats); loaded = true; return stats; }
    const { table, ranks } = (decoder as TableDecoder).finish();
    // Events are read on first need (a ticket's detail, the next import): the table already holds
    // what they determine (rejects, reopens, dispatch sequences), so a cold start skips them.
    state = { table, ranks: new RankCache(table, ranks), events: stats.events > 0 ? null : EMPTY_EVENTS, stats };
    lastQuery = null;
    loaded = true;
    return stats;
  })();
  firstRows = Promise.race([early, loading]);
  loading.catch(() => { loading = null; firstRows = null; partial = null; });
  return loading;
}

/**
 * What the 'ready' request waits for: during a cold start, only until the first rows can be
 * shown (the stats are final by then; every other request still waits for the whole table).
 */
function readyToShow(): Promise<StoreStats> {
  const full = ready();
  return firstRows ?? full;
}

/**
 * The first window of the unfiltered, unsorted grid while a cold start is still reading: rows in
 * table order, so rows [start, end) are exactly the decoded rows and the total is the row count.
 * Null when the query or the window needs the whole table.
 */
function earlyQuery(q: TicketQuery, w: QueryWindow): QueryResult | null {
  if (!partial || q.filters.length > 0 || q.search?.trim() || (q.sort && q.sort.length > 0)) return null;
  const t = partial.decoder.partial();
  const start = Math.max(0, Math.min(w.start, t.n));
  const end = Math.max(start, Math.min(w.end, t.n));
  if (end > partial.decoder.prefixRows) return null;
  const out: GridRow[] = [];
  for (let i = start; i < end; i++) out.push(gridRowAt(t, i));
  return { total: t.n, rows: out };
}

function rowsOf(q: TicketQuery): Int32Array {
  const key = JSON.stringify({ f: q.filters, s: q.search ?? '', o: q.sort ?? [] });
  if (lastQuery && lastQuery.key === key && lastQuery.state === state) return lastQuery.rows;
  const rows = evaluateQuery(state.table, q, state.ranks);
  lastQuery = { key, rows, state };
  return rows;
}

function query(q: TicketQuery, w: QueryWindow): QueryResult {
  const rows = rowsOf(q);
  const start = Math.max(0, Math.min(w.start, rows.length));
  const end = Math.max(start, Math.min(w.end, rows.length));
  const out: GridRow[] = [];
  for (let i = start; i < end; i++) out.push(gridRowAt(state.table, rows[i]!));
  return { total: rows.length, rows: out };
}

function group(q: TicketQuery, column: CodedColumn | 'month'): { value: string; count: number }[] {
  const rows = rowsOf(q);
  const counts = new Map<number, number>();
  const codes = column === 'month' ? state.table.month : state.table.codes[column];
  for (let i = 0; i < rows.length; i++) { const c = codes[rows[i]!]!; counts.set(c, (counts.get(c) ?? 0) + 1); }
  const label = (c: number): string => (column === 'month' ? monthIndexToString(c) : dictValue(state.table.dicts[column], c));
  return [...counts].map(([c, count]) => ({ value: label(c), count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

function distinct(column: CodedColumn): { value: string; count: number }[] {
  const t = state.table;
  const dict = t.dicts[column];
  const counts = new Uint32Array(dictSize(dict));
  const codes = t.codes[column];
  for (let i = 0; i < t.n; i++) counts[codes[i]!]!++;
  const out: { value: string; count: number }[] = [];
  for (let c = 0; c < counts.length; c++) if (counts[c]) out.push({ value: dictValue(dict, c), count: counts[c]! });
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** Loads the current events into the state when a cold start skipped them. */
async function ensureEvents(s: EngineState): Promise<EventColumns> {
  if (!s.events) s.events = decodeEvents(await loadEventChunks());
  return s.events;
}

async function ticket(id: string): Promise<TicketDetail | null> {
  const row = rowOfId(state.table).get(id);
  if (row === undefined) return null;
  const ev = await ensureEvents(state);
  const events = [];
  for (let i = 0; i < ev.n; i++) if (ev.ticket[i] === id) events.push(eventAt(ev, i));
  events.sort((a, b) => a.at - b.at || a.seq - b.seq);
  const history = (await ticketHistoryOf(id)).map((h) => ({ at: h.at, importName: h.importName, previous: h.previous }));
  return { ticket: ticketAt(state.table, row), events, history };
}

async function handle(id: number, op: string, args: unknown[]): Promise<{ value: unknown; transfer?: Transferable[] }> {
  const ctl = new AbortController();
  controllers.set(id, ctl);
  try {
    if (op === 'query') {
      let early = earlyQuery(args[0] as TicketQuery, args[1] as QueryWindow);
      // A request that comes before the first chunk is read (the grid mounts while the worker
      // reads) waits for the first rows, not for the whole table.
      if (!early && !partial && !loaded) {
        void ready().catch(() => undefined); // starts the load if nothing has yet; sets firstRows
        if (firstRows) {
          await firstRows;
          early = earlyQuery(args[0] as TicketQuery, args[1] as QueryWindow);
        }
      }
      if (early) return { value: early };
    }
    if (op !== 'ready' && op !== 'clear') await ready();
    const progress = (p: import('./api').ImportProgress): void => reply({ type: 'progress', id, progress: p });
    switch (op) {
      // After the first load, the current stats (an import may have changed them since); during
      // a cold start, the stored stats as soon as the first rows can be shown.
      case 'ready': {
        const shown = await readyToShow();
        if (partial) return { value: shown };
        await ready();
        return { value: state.stats };
      }
      case 'stats': return { value: state.stats };
      case 'previewFile': return { value: await previewFile(args[0] as File) satisfies FilePreview };
      case 'importFiles': {
        const run = importChain.then(async () => {
          await ensureEvents(state);
          const res = await runImport({ state, signal: ctl.signal, progress }, args[0] as { tickets?: File; events?: File; mapping?: HeaderMapping });
          state = res.state;
          lastQuery = null;
          collectGarbage();
          return res.outcome;
        });
        importChain = run.catch(() => undefined);
        return { value: await run };
      }
      case 'loadDemo': {
        const { tickets, seed } = args[0] as { tickets: number; seed: number };
        const run = importChain.then(async () => {
          await ensureEvents(state);
          const chunks = generateCityChunks({ tickets, seed }, 10_000);
          const res = await importGenerated({ state, signal: ctl.signal, progress }, chunks, tickets, `示例数据（${tickets} 条，种子 ${seed}）`);
          state = res.state;
          lastQuery = null;
          collectGarbage();
          return res.outcome;
        });
        importChain = run.catch(() => undefined);
        return { value: await run };
      }
      case 'query': return { value: query(args[0] as TicketQuery, args[1] as QueryWindow) };
      case 'rowIndex': {
        const rows = rowsOf(args[0] as TicketQuery).slice();
        return { value: rows, transfer: [rows.buffer] };
      }
      case 'rows': {
        const idx = args[0] as Int32Array;
        const out: GridRow[] = [];
        for (let i = 0; i < idx.length; i++) if (idx[i]! >= 0 && idx[i]! < state.table.n) out.push(gridRowAt(state.table, idx[i]!));
        return { value: out };
      }
      case 'count': return { value: rowsOf(args[0] as TicketQuery).length };
      case 'group': return { value: group(args[0] as TicketQuery, args[1] as CodedColumn | 'month') };
      case 'ids': {
        const rows = rowsOf(args[0] as TicketQuery);
        const ids = state.table.text.id;
        return { value: Array.from(rows, (r) => ids.get(r)) };
      }
      case 'distinct': return { value: distinct(args[0] as CodedColumn) };
      case 'ticket': return { value: await ticket(args[0] as string) };
      case 'run': {
        const name = args[0] as string;
        const fn = COMPUTATIONS[name];
        if (!fn) throw new Error(`未注册的计算「${name}」，请更新应用后重试`);
        // An import that is committing has already rewritten the store row (pages see it change
        // and ask again) but not yet swapped in its table: wait for it, so that a computation
        // never answers from the table the import is replacing.
        await importChain;
        // Computations run synchronously: a cancel can only stop one that has not started.
        if (ctl.signal.aborted) throw new DOMException('计算已取消', 'AbortError');
        const wantsProgress = (args[2] as { progress?: boolean } | undefined)?.progress === true;
        const report = wantsProgress ? throttleProgress((p) => reply({ type: 'progress', id, progress: p })) : undefined;
        return { value: fn(state.table, args[1], report) };
      }
      case 'clear': {
        await importChain;
        await clearStore();
        state = emptyState({ ...EMPTY_STATS });
        loading = Promise.resolve(state.stats);
        firstRows = null;
        partial = null;
        lastQuery = null;
        collectGarbage();
        return { value: undefined };
      }
      default: throw new Error(`未知的引擎请求「${op}」`);
    }
  } finally {
    controllers.delete(id);
  }
}

self.addEventListener('message', (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  if (m.type === 'cancel') { controllers.get(m.id)?.abort(); return; }
  handle(m.id, m.op, m.args).then(
    ({ value, transfer }) => reply({ type: 'ok', id: m.id, value }, transfer),
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      reply({ type: 'error', id: m.id, message: err.message, name: err.name });
    },
  );
});
