import { Alert, Tag, Timeline } from 'antd';
import type { CaseEvent } from '@core/cases/timeline';
import { verifyTimeline } from '@core/cases/timeline';
import { formatLocal } from '@core/base/time/shanghai';

const KIND_LABEL: Record<CaseEvent['kind'], [string, string]> = {
  opened: ['立案', 'green'], transition: ['状态', 'blue'], escalated: ['督办', 'red'], followUp: ['跟进', 'cyan'], followUpDone: ['办结事项', 'cyan'],
  comment: ['评论', 'default'], ticketsAdded: ['工单', 'purple'], edited: ['修改', 'default'], evidence: ['附件', 'geekblue'],
};

/** The full, append-only timeline of a case, with its integrity check. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const broken = verifyTimeline(events);
  return (
    <div data-testid="case-timeline">
      {broken ? <Alert type="error" showIcon message="时间线校验失败" description={broken.reason} style={{ marginBottom: 12 }} />
        : <Alert type="success" showIcon message={`时间线完整：${events.length} 条记录，逐条校验值相连，未被删改`} style={{ marginBottom: 12 }} />}
      <Timeline items={events.map((e) => ({
        key: e.seq,
        children: (
          <div data-testid="timeline-item" data-kind={e.kind}>
            <Tag color={KIND_LABEL[e.kind][1]}>{KIND_LABEL[e.kind][0]}</Tag>
            <span style={{ color: '#888' }}>{formatLocal(e.at)} · {e.by}</span>
            <div>{e.summary}</div>
          </div>
        ),
      }))} />
    </div>
  );
}
