/*
 * Which display the big screen opens on, and what it remembers per display. Pure: the Electron
 * side (src-main/window/bigscreen-window.ts) passes the displays attached now.
 */
import type { Rect } from '../window/window-state';

/** A display as the page sees it. */
export type DisplayInfo = { id: number; label: string; bounds: Rect; scaleFactor: number; primary: boolean };

/** What is remembered between runs: the display used last, and the preset each display played. */
export type BigScreenMemory = { last: string | null; presets: Record<string, string> };

export const EMPTY_MEMORY: BigScreenMemory = { last: null, presets: {} };

/**
 * A display's identity across runs: Electron's id is not stable across reboots or re-plugging on
 * every system, so the key is the monitor's name with its size in device pixels (two identical
 * monitors side by side are told apart by their position).
 */
export function displayKey(d: DisplayInfo): string {
  const w = Math.round(d.bounds.width * d.scaleFactor), h = Math.round(d.bounds.height * d.scaleFactor);
  return `${d.label || 'display'}|${w}x${h}|${d.bounds.x},${d.bounds.y}`;
}

/**
 * The display to open on: the requested id when it is attached; else the one used last (by
 * key, then by name and size, so a moved monitor is still found); else the first display that is
 * not the primary one (the office's wall hangs off the desk's PC); else the primary; null when
 * there are no displays at all.
 */
export function chooseDisplay(displays: readonly DisplayInfo[], requestedId: number | null, memory: BigScreenMemory): DisplayInfo | null {
  if (displays.length === 0) return null;
  if (requestedId !== null) {
    const d = displays.find((x) => x.id === requestedId);
    if (d) return d;
  }
  if (memory.last) {
    const exact = displays.find((d) => displayKey(d) === memory.last);
    if (exact) return exact;
    const loose = memory.last.split('|').slice(0, 2).join('|');
    const moved = displays.find((d) => displayKey(d).split('|').slice(0, 2).join('|') === loose);
    if (moved) return moved;
  }
  return displays.find((d) => !d.primary) ?? displays.find((d) => d.primary) ?? displays[0]!;
}

/** The preset to play on `d`: the one asked for, else the one it played last time (undefined: the active preset). */
export function presetFor(memory: BigScreenMemory, d: DisplayInfo, requested?: string): string | undefined {
  return requested ?? memory.presets[displayKey(d)];
}

/** The memory after opening on `d` with `preset`. */
export function remember(memory: BigScreenMemory, d: DisplayInfo, preset: string | undefined): BigScreenMemory {
  const key = displayKey(d);
  const presets = { ...memory.presets };
  if (preset) presets[key] = preset;
  return { last: key, presets };
}

/** The memory in `text` (the JSON file), or the empty memory when missing or malformed. */
export function parseMemory(text: string | null | undefined): BigScreenMemory {
  if (!text) return EMPTY_MEMORY;
  try {
    const raw = JSON.parse(text) as { last?: unknown; presets?: unknown };
    const presets: Record<string, string> = {};
    if (raw.presets && typeof raw.presets === 'object') {
      for (const [k, v] of Object.entries(raw.presets as Record<string, unknown>)) if (typeof v === 'string' && v.length <= 40) presets[k] = v;
    }
    return { last: typeof raw.last === 'string' ? raw.last : null, presets };
  } catch {
    return EMPTY_MEMORY;
  }
}

/** The page's hash that plays `preset` in the big-screen window. */
export function bigScreenHash(preset: string | undefined): string {
  const sp = new URLSearchParams({ show: '1', window: '1' });
  if (preset) sp.set('preset', preset);
  return `#/bigscreen?${sp.toString()}`;
}
