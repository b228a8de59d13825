import { useLiveQuery } from 'dexie-react-hooks';
import type { Surge } from '@core/forecast/surges';
import { db } from '@renderer/db';

/** A task opened ahead of a forecast surge from the 未诉先办 list, kept to show later what happened. */
export type ProactiveAction = {
  at: number;
  kind: 'case' | 'campaign';
  /** The chronic case id; '' for a campaign draft (the campaign is created on its own page). */
  ref: string;
  category2: string;
  district: string;
  month: string;
  forecast: number; low: number; high: number; recent: number;
};

const KEY = 'bigscreen.proactive';

export async function listProactive(): Promise<ProactiveAction[]> {
  const row = await db.settings.get(KEY);
  return Array.isArray(row?.actions) ? (row.actions as ProactiveAction[]) : [];
}

/** Records that a task was opened for surge `s`. */
export async function recordProactive(s: Surge, kind: ProactiveAction['kind'], ref: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const actions = await listProactive();
    actions.push({ at: now, kind, ref, category2: s.key.category2, district: s.key.district, month: s.month, forecast: s.forecast, low: s.low, high: s.high, recent: s.recent });
    await db.settings.put({ key: KEY, actions });
  });
}

export function useProactiveActions(): ProactiveAction[] | undefined {
  return useLiveQuery(listProactive, []);
}
