/**
 * A full garbage collection, where the runtime offers one: the desktop app starts its renderers
 * with V8's --expose-gc (src-main), a plain browser does not, and there this does nothing.
 *
 * Called by the engine worker after an import or a clear. At a million rows an import leaves some
 * 300-400 MB of garbage (decoded text, the previous table, write buffers) that V8 collects only
 * when its heap grows further; with the worker idle afterwards, that can take a long while, and
 * the memory stays with the process in the meantime.
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: unknown }).gc;
  if (typeof gc === 'function') (gc as () => void)();
}
