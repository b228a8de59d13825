/*
 * The names of the IPC channels and events, without their schemas. The preload imports only
 * this file (plus types), so the sandboxed preload bundle stays tiny and free of zod; the
 * contract checks with `satisfies` that it defines exactly these names.
 */

/** Request/response channels, 'namespace:verb'. */
export const INVOKE_CHANNELS = [
  'app:info',
  'file:save',
  'evidence:put',
  'evidence:get',
  'evidence:verify',
  'print:pdf',
  'window:state',
  'records:key-status',
  'records:key-create',
  'records:key-unlock',
  'records:key-lock',
  'records:sign',
  'bigscreen:displays',
  'bigscreen:open',
  'server:settings',
  'server:save-settings',
  'server:test',
  'server:assess',
  'server:hotspots',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Events main sends to the page. */
export const EVENT_CHANNELS = ['window:state'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** Prefix of the Electron IPC channel an event is sent on, so events never collide with invoke channels. */
export const EVENT_PREFIX = 'event:';

/** True when `name` is one of the invoke channels. */
export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(name);
}

/** True when `name` is one of the event channels. */
export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (EVENT_CHANNELS as readonly string[]).includes(name);
}
