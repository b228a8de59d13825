import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ChronicTab = 'detect' | 'cases' | 'review' | 'mine' | 'signals' | 'thresholds';

/** A chronic rule set version by id and version; null = the built-in chronic-v1. */
export type RuleRef = { id: string; version: number } | null;

type ChronicState = {
  tab: ChronicTab;
  /** Detection day `YYYY-MM-DD`; '' = the latest day with data. */
  asOf: string;
  ruleFilter: string;
  /** The person whose work "我的工作" lists (the workstation has no login). */
  me: string;
  /** The threshold version detections use (kept across restarts: it is the office's choice). */
  ruleRef: RuleRef;
  setTab(t: ChronicTab): void;
  setAsOf(d: string): void;
  setRuleFilter(r: string): void;
  setMe(name: string): void;
  setRuleRef(r: RuleRef): void;
};

/** UI state of the 疑难件 pages (not data: cases live in the database). */
export const useChronicStore = create<ChronicState>()(
  persist(
    (set) => ({
      tab: 'detect', asOf: '', ruleFilter: 'all', me: '', ruleRef: null,
      setTab: (tab) => set({ tab }),
      setAsOf: (asOf) => set({ asOf }),
      setRuleFilter: (ruleFilter) => set({ ruleFilter }),
      setMe: (me) => set({ me: me.trim() }),
      setRuleRef: (ruleRef) => set({ ruleRef }),
    }),
    { name: 'duban.chronic', partialize: (s) => ({ me: s.me, tab: s.tab, ruleRef: s.ruleRef }) },
  ),
);
