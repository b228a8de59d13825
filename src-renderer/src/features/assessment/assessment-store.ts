import { create } from 'zustand';
import type { GroupKey } from '@core/assess/dimensions';
import type { Period, PeriodUnit } from '@core/assess/period';

export type AssessTab = 'ranking' | 'lists' | 'rules' | 'exemptions' | 'snapshots' | 'server';

/** UI state of the 考核 page: chosen period, grouping, rule set version, open drawer. */
type AssessState = {
  period: Period | null;
  periodUnit: PeriodUnit | 'custom';
  by: GroupKey[];
  /** Rule set chosen by id and version; null = the built-in default-v1. */
  ruleRef: { id: string; version: number } | null;
  drawerUnit: string | null;
  tab: AssessTab;
  set(p: Partial<Omit<AssessState, 'set'>>): void;
};

export const useAssessStore = create<AssessState>()((set) => ({
  period: null,
  periodUnit: 'month',
  by: ['unit'],
  ruleRef: null,
  drawerUnit: null,
  tab: 'ranking',
  set: (p) => set(p),
}));
