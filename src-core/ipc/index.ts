/** The IPC contract: channel names, schemas, result shape, evidence references, bridge type. */
export * from './channels';
export * from './contract';
export * from './result';
export * from './evidence-ref';
export * from './safe-file-name';
export type { DubanBridge, InvokeArgs } from './bridge';
