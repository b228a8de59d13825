import type { FlowEvent } from '@core/data/tickets/ticket';
import { t as translateNow, type Translate } from '@renderer/i18n';

/** One step of a ticket's flow timeline: the event and the time since the previous step. */
export type FlowStep = { event: FlowEvent; sincePrevious: number | null };

/**
 * The flow events of a ticket as timeline steps, ordered by time then file order (DOMAIN.md
 * section 3), each with the milliseconds since the step before (null for the first).
 */
export function flowSteps(events: readonly FlowEvent[]): FlowStep[] {
  const sorted = [...events].sort((a, b) => a.at - b.at || a.seq - b.seq);
  return sorted.map((event, i) => ({ event, sincePrevious: i === 0 ? null : event.at - sorted[i - 1]!.at }));
}

const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;

/**
 * A duration in the interface language, to the two largest units: `2天3小时`, `5小时12分`, `8分钟`,
 * `不到1分钟` (`2d 3h`, `5h 12m`, `8 min`, `under 1 min`).
 * Negative durations (events out of order in the file) are shown as `-` plus the magnitude.
 */
export function formatDuration(ms: number, t: Translate = translateNow): string {
  if (!Number.isFinite(ms)) return '';
  if (ms < 0) return `-${formatDuration(-ms, t)}`;
  if (ms < MIN) return t('tickets.duration.underMinute');
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  const m = Math.floor((ms % HOUR) / MIN);
  if (d > 0) return h > 0 ? t('tickets.duration.dh', { d, h }) : t('tickets.duration.d', { d });
  if (h > 0) return m > 0 ? t('tickets.duration.hm', { h, m }) : t('tickets.duration.h', { h });
  return t('tickets.duration.m', { m });
}

/** Timeline dot colours per action: problems red, closure green, supervision orange. */
export function actionColor(action: string): string {
  switch (action) {
    case '退单':
    case '重办':
      return 'red';
    case '办结':
    case '回访':
      return 'green';
    case '督办':
    case '催办':
    case '延期':
      return 'orange';
    default:
      return 'blue';
  }
}
