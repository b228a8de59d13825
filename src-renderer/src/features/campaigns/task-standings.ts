import { workingDaysBetween, type WorkCalendar } from '@core/base/calendar/working-days';
import type { CampaignTask } from '@core/campaigns/campaign';
import type { TaskStanding, TaskStatus } from '@core/campaigns/tasks';

/**
 * taskStatus (src-core/campaigns/tasks.ts) for many tasks at once: the same rule, with the working
 * days left computed once per deadline (a large campaign has hundreds of tasks sharing a few
 * deadlines, and counting working days walks the calendar day by day).
 */
export function taskStandings(cal: WorkCalendar, tasks: readonly CampaignTask[], today: string): Map<string, TaskStatus> {
  const left = new Map<string, number>();
  const out = new Map<string, TaskStatus>();
  for (const t of tasks) {
    let s: TaskStatus;
    if (t.state === 'cancelled') s = { standing: 'cancelled', workingDaysLeft: null };
    else if (t.state === 'done') s = { standing: (t.doneOn !== null && t.doneOn > t.deadline ? 'late' : 'onTime') as TaskStanding, workingDaysLeft: null };
    else {
      let n = left.get(t.deadline);
      if (n === undefined) { n = workingDaysBetween(cal, today, t.deadline); left.set(t.deadline, n); }
      s = { standing: today > t.deadline ? 'overdue' : 'open', workingDaysLeft: n };
    }
    out.set(t.id, s);
  }
  return out;
}
