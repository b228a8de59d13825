/*
 * The few host APIs the core may use. They exist in every runtime the core runs in (Node,
 * browsers, workers) but are not part of the ES library, so they are declared here instead of
 * pulling in DOM or Node types, which would let platform code in unnoticed.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
