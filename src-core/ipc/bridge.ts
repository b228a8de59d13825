/**
 * The API the preload exposes as `window.duban`. In the browser build it is absent, so the
 * renderer declares `window.duban?: DubanBridge` and falls back (downloads instead of save dialogs).
 */
import type { EventChannel, InvokeChannel } from './channels';
import type { IpcEventPayload, IpcInput, IpcOutput } from './contract';
import type { IpcResult } from './result';

/** Channels whose input is `undefined` may be called without a payload. */
export type InvokeArgs<C extends InvokeChannel> = undefined extends IpcInput<C> ? [payload?: IpcInput<C>] : [payload: IpcInput<C>];

export type DubanBridge = {
  /** Calls channel C in the main process; never rejects, errors come back as `{ ok: false }`. */
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<IpcResult<IpcOutput<C>>>;
  /** Subscribes to event E; returns the function that unsubscribes. */
  on<E extends EventChannel>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
};
