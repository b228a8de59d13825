/*
 * @types/node declares TextDecoder/TextEncoder as global values only; the core (compiled here
 * when the CLI and tests import it) also uses them as types, as the ES+DOM libs allow.
 */
import type { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

// Declaration merging needs the empty interfaces.
/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  interface TextDecoder extends NodeTextDecoder {}
  interface TextEncoder extends NodeTextEncoder {}
}
