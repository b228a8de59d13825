import { addWorkingDays, workingDaysBetween, type WorkCalendar } from '../base/calendar/working-days';

export const ESCALATION_LEVELS = ['催办', '督办', '挂牌督办'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** Working days the responsible unit gets at each level (data; the office may change them). */
export type EscalationPolicy = Record<EscalationLevel, number>;
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = { 催办: 3, 督办: 5, 挂牌督办: 10 };

/** One escalation step: the level, when, who, and the deadline day (`YYYY-MM-DD`, ends at its end). */
export type Escalation = { level: EscalationLevel; at: number; day: string; by: string; deadline: string; note: string };

/** The next level after `current` (null when already 挂牌督办). */
export function nextLevel(current: EscalationLevel | null): EscalationLevel | null {
  if (current === null) return ESCALATION_LEVELS[0];
  const i = ESCALATION_LEVELS.indexOf(current);
  return ESCALATION_LEVELS[i + 1] ?? null;
}

/**
 * The escalation step to `level` made on local day `day`: the deadline is that many working
 * days later (holidays skipped, 调休 weekends counted), per the policy.
 */
export function escalationStep(cal: WorkCalendar, policy: EscalationPolicy, level: EscalationLevel, day: string, at: number, by: string, note: string): Escalation {
  return { level, at, day, by, note, deadline: addWorkingDays(cal, day, policy[level]) };
}

/** Where an escalation stands on day `today`: working days left (negative = overdue by that many). */
export function escalationStatus(cal: WorkCalendar, e: Escalation, today: string): { overdue: boolean; workingDaysLeft: number } {
  const left = workingDaysBetween(cal, today, e.deadline);
  return { overdue: today > e.deadline, workingDaysLeft: left };
}
