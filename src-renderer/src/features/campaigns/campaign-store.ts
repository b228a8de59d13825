import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type CampaignUiState = {
  /** Who is acting (经办人) on the campaign pages: the workstation has no login. */
  me: string;
  setMe(name: string): void;
};

/** UI state of the campaign pages (not data: campaigns live in the database). */
export const useCampaignUi = create<CampaignUiState>()(
  persist(
    (set) => ({ me: '', setMe: (me) => set({ me: me.trim().slice(0, 40) }) }),
    { name: 'duban.campaigns', partialize: (s) => ({ me: s.me }) },
  ),
);
