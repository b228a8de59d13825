/** The IPC contract: channel names, schemas, result shape, evidence references, bridge type. */
export * from './channels';
export * from './contract';
export * from './result';
export * from './evidence-ref';
export type { DubanBridge, InvokeArgs } from './bridge';
