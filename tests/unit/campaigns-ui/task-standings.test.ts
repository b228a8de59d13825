import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import type { CampaignTask } from '@core/campaigns/campaign';
import { taskStatus } from '@core/campaigns/tasks';
import { taskStandings } from '@renderer/features/campaigns/task-standings';

const cal = workCalendar(BUILTIN_CALENDAR);
const task = (id: string, p: Partial<CampaignTask>): CampaignTask => ({
  id, campaignId: 'C', problemId: null, unit: 'U', title: 't', assignedOn: '2026-09-01', workingDays: 10, deadline: '2026-09-15',
  state: 'open', doneAt: null, doneOn: null, note: '', ...p,
});

describe('taskStandings', () => {
  it('agrees with taskStatus for every kind of task, before, on and after the deadline (国庆 holidays in between)', () => {
    const tasks = [
      task('a', {}), task('b', { deadline: '2026-10-09' }), task('c', { deadline: '2026-10-09' }),
      task('d', { state: 'done', doneOn: '2026-09-15' }), task('e', { state: 'done', doneOn: '2026-09-16' }), task('f', { state: 'cancelled', doneOn: '2026-09-02' }),
    ];
    for (const day of ['2026-09-10', '2026-09-15', '2026-09-16', '2026-09-30', '2026-10-09', '2026-10-12']) {
      const m = taskStandings(cal, tasks, day);
      for (const t of tasks) expect(m.get(t.id), `${t.id} ${day}`).toEqual(taskStatus(cal, t, day));
    }
  });
});
