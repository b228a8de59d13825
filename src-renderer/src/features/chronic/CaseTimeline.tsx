import { Alert, Tag, Timeline } from 'antd';
import type { CaseEvent } from '@core/cases/timeline';
import { verifyTimeline } from '@core/cases/timeline';
import { useFormat, useT } from '@renderer/i18n';
import { eventKindLabel } from './labels';

const KIND_COLOR: Record<CaseEvent['kind'], string> = {
  opened: 'green', transition: 'blue', escalated: 'red', followUp: 'cyan', followUpDone: 'cyan',
  comment: 'default', ticketsAdded: 'purple', edited: 'default', evidence: 'geekblue',
};

/** The full, append-only timeline of a case, with its integrity check. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const t = useT();
  const fmt = useFormat();
  const broken = verifyTimeline(events);
  return (
    <div data-testid="case-timeline">
      {broken ? <Alert type="error" showIcon message={t('chronic.timeline.broken')} description={broken.reason} style={{ marginBottom: 12 }} />
        : <Alert type="success" showIcon message={t('chronic.timeline.intact', { count: fmt.number(events.length) })} style={{ marginBottom: 12 }} />}
      <Timeline items={events.map((e) => ({
        key: e.seq,
        children: (
          <div data-testid="timeline-item" data-kind={e.kind}>
            <Tag color={KIND_COLOR[e.kind]}>{eventKindLabel(e.kind, t)}</Tag>
            <span style={{ color: '#888' }}>{fmt.dateTime(e.at)} · {e.by}</span>
            <div>{e.summary}</div>
          </div>
        ),
      }))} />
    </div>
  );
}
