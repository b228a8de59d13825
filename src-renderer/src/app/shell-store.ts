import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type ShellState = {
  siderCollapsed: boolean;
  shortcutsOpen: boolean;
  toggleSider(): void;
  setShortcutsOpen(open: boolean): void;
};

/** UI state of the shell itself (the navigation bar is remembered across restarts). */
export const useShellStore = create<ShellState>()(
  persist(
    (set) => ({
      siderCollapsed: false,
      shortcutsOpen: false,
      toggleSider: () => set((s) => ({ siderCollapsed: !s.siderCollapsed })),
      setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
    }),
    { name: 'duban.shell', partialize: (s) => ({ siderCollapsed: s.siderCollapsed }) },
  ),
);
