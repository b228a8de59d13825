/*
 * The main window's size, position and maximized flag, remembered between runs in
 * <userData>/window-state.json. Pure: parsing, clamping to the screens present now, serializing.
 */

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Rect; maximized: boolean };

/** Size of a first window (fits a 1920×1080 screen with the task bar). */
export const DEFAULT_SIZE = { width: 1440, height: 900 } as const;
/** Below this the pages' grids and charts do not fit; BrowserWindow enforces it too. */
export const MIN_SIZE = { width: 1024, height: 640 } as const;
/** How much of the window (its top strip, where the title bar is) must be on a screen. */
const MIN_VISIBLE = { width: 160, height: 48 } as const;

function isFiniteInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e6;
}

/** The saved state in `text`, or null when missing, not JSON or not the right shape. */
export function parseWindowState(text: string | null | undefined): WindowState | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { bounds, maximized } = data as { bounds?: Partial<Rect>; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds;
  if (!isFiniteInt(x) || !isFiniteInt(y) || !isFiniteInt(width) || !isFiniteInt(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }, maximized: maximized === true };
}

/** The JSON written to the state file. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clampSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.min(Math.max(width, Math.min(MIN_SIZE.width, area.width)), area.width),
    height: Math.min(Math.max(height, Math.min(MIN_SIZE.height, area.height)), area.height),
  };
}

function centered(width: number, height: number, area: Rect): Rect {
  const size = clampSize(width, height, area);
  return {
    x: area.x + Math.floor((area.width - size.width) / 2),
    y: area.y + Math.floor((area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open the window given the saved state and the work areas of the screens attached now
 * (`primary` is the primary screen's). With no saved state: the default size, centered on the
 * primary screen. When the saved window's title strip is no longer on any screen (a monitor was
 * unplugged, resolution changed): its size, centered on the primary screen. Otherwise: on the
 * screen it overlaps most, shrunk to fit that screen and moved fully inside it. The size never
 * goes below MIN_SIZE unless the screen itself is smaller.
 */
export function clampWindowState(saved: WindowState | null, displays: readonly Rect[], primary: Rect): WindowState {
  if (!saved) return { bounds: centered(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), maximized: false };
  const b = saved.bounds;
  const titleStrip: Rect = { x: b.x, y: b.y, width: b.width, height: Math.min(b.height, MIN_VISIBLE.height) };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const d of displays) {
    const o = overlap(titleStrip, d);
    if (o.width >= Math.min(MIN_VISIBLE.width, b.width) && o.height >= Math.min(MIN_VISIBLE.height, b.height)) {
      const area = overlap(b, d);
      if (area.width * area.height > bestArea || best === null) {
        best = d;
        bestArea = area.width * area.height;
      }
    }
  }
  if (!best) return { bounds: centered(b.width, b.height, primary), maximized: saved.maximized };
  const size = clampSize(b.width, b.height, best);
  const x = Math.min(Math.max(b.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(b.y, best.y), best.y + best.height - size.height);
  return { bounds: { x, y, ...size }, maximized: saved.maximized };
}
