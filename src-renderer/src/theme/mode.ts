import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { THEME_MODES, type ThemeMode } from './tokens';

type ThemeState = { mode: ThemeMode; setMode(mode: ThemeMode): void };

/** The theme mode, light by default, kept across restarts. */
export const useThemeStore = create<ThemeState>()(
  persist(
    (set) => ({
      mode: 'light',
      setMode: (mode) => set({ mode: THEME_MODES.includes(mode) ? mode : 'light' }),
    }),
    { name: 'duban.theme', partialize: (s) => ({ mode: s.mode }) },
  ),
);

/** The current theme mode ('light' | 'dark'); components re-render when it changes. */
export function useThemeMode(): ThemeMode {
  return useThemeStore((s) => s.mode);
}

export function getThemeMode(): ThemeMode {
  return useThemeStore.getState().mode;
}

export function setThemeMode(mode: ThemeMode): void {
  useThemeStore.getState().setMode(mode);
}

export function toggleThemeMode(): void {
  setThemeMode(getThemeMode() === 'dark' ? 'light' : 'dark');
}
