/**
 * V8 flags the desktop app's renderer processes, and so the engine worker, start with.
 * --expose-gc lets the engine worker collect an import's garbage as soon as the import is done
 * (see src-renderer/src/engine/collect-garbage.ts): at a million rows that returns some 300 MB to
 * the system at once instead of whenever V8 next collects. It exposes a global `gc()` to the
 * app's own pages only (the CSP admits no other script); the worst a caller can do is slow it.
 * The benchmark starts Chromium with the same flags (tests/bench/run.ts).
 */
export const RENDERER_JS_FLAGS = '--expose-gc';
