import { create } from 'zustand';
import type { HotspotKey } from '@core/hotspots/keys';

export type HotspotsView = 'month' | 'week';

type HotspotsState = {
  /** The month looked at, `YYYY-MM`; null until the data's latest full month is known. */
  month: string | null;
  by: HotspotKey[];
  view: HotspotsView;
  onlyHot: boolean;
  /** JSON of the selected group's key parts (the detail card), null for none. */
  selected: string | null;
  set(p: Partial<Omit<HotspotsState, 'set'>>): void;
};

/** UI state of the 热点 view; kept while the user drills into tickets and comes back. */
export const useHotspotsStore = create<HotspotsState>()((set) => ({
  month: null,
  by: ['category2', 'district'],
  view: 'month',
  onlyHot: false,
  selected: null,
  set: (p) => set(p),
}));
