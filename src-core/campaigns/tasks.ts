import { addWorkingDays, workingDaysBetween, type WorkCalendar } from '../base/calendar/working-days';
import type { CampaignTask } from './campaign';

/**
 * Where a task stands on a day: open (deadline not passed), overdue (open past its deadline),
 * done on time, done late (after its deadline) or cancelled. A deadline day ends at its end, so a
 * task done on its deadline day is on time and one still open on that day is not yet overdue.
 */
export type TaskStanding = 'open' | 'overdue' | 'onTime' | 'late' | 'cancelled';

export type TaskStatus = {
  standing: TaskStanding;
  /** Working days from `today` to the deadline (negative: overdue by that many); null once done or cancelled. */
  workingDaysLeft: number | null;
};

/** The deadline of a task assigned on `assignedOn` with `workingDays` working days (holidays skipped, 调休 counted). */
export function taskDeadline(cal: WorkCalendar, assignedOn: string, workingDays: number): string {
  return addWorkingDays(cal, assignedOn, workingDays);
}

/** Where `task` stands on local day `today` (`YYYY-MM-DD`). */
export function taskStatus(cal: WorkCalendar, task: CampaignTask, today: string): TaskStatus {
  if (task.state === 'cancelled') return { standing: 'cancelled', workingDaysLeft: null };
  if (task.state === 'done') return { standing: task.doneOn !== null && task.doneOn > task.deadline ? 'late' : 'onTime', workingDaysLeft: null };
  return { standing: today > task.deadline ? 'overdue' : 'open', workingDaysLeft: workingDaysBetween(cal, today, task.deadline) };
}

/** The open tasks past their deadline on `today`, most overdue first (then by unit and id). */
export function overdueTasks(tasks: readonly CampaignTask[], today: string): CampaignTask[] {
  return tasks.filter((t) => t.state === 'open' && today > t.deadline)
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
