import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@renderer/db';
import { DEFAULT_PRESET, normalizePreset, type BigScreenPreset } from '../playlist/playlist';

/** The db.settings row of the big screen: saved presets and the one that plays. */
export type BigScreenSettings = { presets: BigScreenPreset[]; active: string };

const KEY = 'bigscreen';

/** What is stored, repaired (see normalizePreset); the default preset when nothing is. */
export function readSettings(row: Record<string, unknown> | undefined): BigScreenSettings {
  const raw = Array.isArray(row?.presets) ? (row.presets as unknown[]) : [];
  const seen = new Set<string>();
  const presets = raw.map(normalizePreset).filter((p) => !seen.has(p.name) && (seen.add(p.name), true));
  if (presets.length === 0) presets.push(DEFAULT_PRESET);
  const active = typeof row?.active === 'string' && presets.some((p) => p.name === row.active) ? row.active : presets[0]!.name;
  return { presets, active };
}

export async function loadSettings(): Promise<BigScreenSettings> {
  return readSettings(await db.settings.get(KEY));
}

/** Saves `preset` (replacing the one of the same name) and makes it the active one. */
export async function savePreset(preset: BigScreenPreset): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const s = readSettings(await db.settings.get(KEY));
    const p = normalizePreset(preset);
    const presets = s.presets.some((x) => x.name === p.name) ? s.presets.map((x) => (x.name === p.name ? p : x)) : [...s.presets, p];
    await db.settings.put({ key: KEY, presets, active: p.name });
  });
}

export async function setActivePreset(name: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const s = readSettings(await db.settings.get(KEY));
    await db.settings.put({ key: KEY, presets: s.presets, active: name });
  });
}

/** Deletes a preset; the last one cannot be deleted (the wall always has something to play). */
export async function deletePreset(name: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const s = readSettings(await db.settings.get(KEY));
    const presets = s.presets.filter((p) => p.name !== name);
    if (presets.length === 0) return;
    await db.settings.put({ key: KEY, presets, active: s.active === name ? presets[0]!.name : s.active });
  });
}

/** The settings, live; undefined while loading. */
export function useBigScreenSettings(): BigScreenSettings | undefined {
  return useLiveQuery(loadSettings, []);
}

/** The active preset, or the one named `name` when given and saved. */
export function presetOf(s: BigScreenSettings, name?: string): BigScreenPreset {
  return s.presets.find((p) => p.name === (name ?? s.active)) ?? s.presets[0]!;
}
