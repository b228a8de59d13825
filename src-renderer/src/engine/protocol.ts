/**
 * The message protocol between the engine client (UI thread) and the engine worker. Every
 * request carries an id; the worker answers it once (ok or error) and may send progress events
 * for it before that. Aborting a request on the UI side sends a cancel message with its id.
 */
import type { ImportProgress, RunProgress } from './api';

/** Operations the worker answers; `args` is the argument list of the EngineClient method. */
export type EngineOp =
  | 'ready' | 'stats' | 'previewFile' | 'importFiles' | 'loadDemo' | 'query' | 'rowIndex' | 'rows'
  | 'count' | 'group' | 'ids' | 'distinct' | 'ticket' | 'run' | 'clear';

export type EngineRequest = { type: 'request'; id: number; op: EngineOp; args: unknown[] };
export type EngineCancel = { type: 'cancel'; id: number };
export type ToWorker = EngineRequest | EngineCancel;

export type EngineReply =
  | { type: 'ok'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string; name: string }
  | { type: 'progress'; id: number; progress: ImportProgress | RunProgress };
