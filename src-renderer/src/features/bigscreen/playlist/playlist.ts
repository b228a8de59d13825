import { DEFAULT_MIN_COUNT } from '../privacy/suppress';

/** The screens a playlist can show, in their default order. */
export const SCREEN_IDS = ['overview', 'ranking', 'governance', 'proactive'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export type PlaylistItem = { screen: ScreenId; seconds: number };

/** A saved big-screen setup (预设): what plays, how long each screen stays, how the wall looks. */
export type BigScreenPreset = {
  name: string;
  items: PlaylistItem[];
  /** Counts from 1 to minCount − 1 are shown as "<minCount". */
  minCount: number;
  theme: 'dark' | 'light';
  /**
   * The district tile map's layout: one line per row, district names separated by spaces or
   * commas, `.` for an empty tile. Empty: laid out automatically from the data.
   */
  districtLayout: string;
};

export const MIN_SECONDS = 5;
export const MAX_SECONDS = 3600;
export const DEFAULT_SECONDS = 30;

export const DEFAULT_PRESET: BigScreenPreset = {
  name: '默认',
  items: SCREEN_IDS.map((screen) => ({ screen, seconds: DEFAULT_SECONDS })),
  minCount: DEFAULT_MIN_COUNT,
  theme: 'dark',
  districtLayout: '',
};

const isScreen = (v: unknown): v is ScreenId => typeof v === 'string' && (SCREEN_IDS as readonly string[]).includes(v);

function clampInt(v: unknown, lo: number, hi: number, fallback: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : fallback;
  return Math.min(hi, Math.max(lo, n));
}

/**
 * A preset read back from storage, repaired: unknown screens dropped, seconds clamped to
 * 5…3600, minCount to 1…100, an empty playlist replaced by the default one.
 */
export function normalizePreset(raw: unknown): BigScreenPreset {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof BigScreenPreset, unknown>>;
  const items = Array.isArray(r.items)
    ? r.items
      .filter((i): i is { screen: ScreenId; seconds?: unknown } => !!i && typeof i === 'object' && isScreen((i as { screen?: unknown }).screen))
      .map((i) => ({ screen: i.screen, seconds: clampInt(i.seconds, MIN_SECONDS, MAX_SECONDS, DEFAULT_SECONDS) }))
    : [];
  return {
    name: typeof r.name === 'string' && r.name.trim() ? r.name.trim().slice(0, 40) : DEFAULT_PRESET.name,
    items: items.length > 0 ? items : DEFAULT_PRESET.items,
    minCount: clampInt(r.minCount, 1, 100, DEFAULT_MIN_COUNT),
    theme: r.theme === 'light' ? 'light' : 'dark',
    districtLayout: typeof r.districtLayout === 'string' ? r.districtLayout.slice(0, 2000) : '',
  };
}

/** The index `step` screens from `index` in a playlist of `length`, wrapping around. */
export function stepIndex(index: number, length: number, step: number): number {
  if (length <= 0) return 0;
  return (((index + step) % length) + length) % length;
}
