import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Tabs, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { caseOverdue } from '@core/cases/case-ops';
import { escalationStatus } from '@core/cases/escalation';
import { formatLocal } from '@core/base/time/shanghai';
import { navigate } from '@renderer/app/navigation';
import type { CaseTicket } from '@renderer/engine/computations/chronic';
import { caseFollowUps, caseTimeline, getCase } from './case-repo';
import { CaseActions } from './CaseActions';
import { PlacesChart, TicketTimelineChart } from './CaseCharts';
import { CaseTimeline } from './CaseTimeline';
import { useChronicStore } from './chronic-store';
import { FollowUpsPanel } from './FollowUpsPanel';
import { today, useChronicRun, useWorkCalendar } from './use-chronic';

/** One case: facts, escalation, actions, tickets on a time axis, places, follow-ups and the timeline. */
export function CaseDetail({ id }: { id: string }) {
  const rec = useLiveQuery(() => getCase(id), [id]);
  const events = useLiveQuery(() => caseTimeline(id), [id]);
  const followUps = useLiveQuery(() => caseFollowUps(id), [id]);
  const cal = useWorkCalendar();
  const me = useChronicStore((s) => s.me);
  const tickets = useChronicRun<CaseTicket[]>(rec ? { op: 'tickets', ids: rec.tickets } : null, [rec?.tickets.join(',')]);
  const back = <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('chronic')}>返回列表</Button>;
  if (rec === undefined && events === undefined) return <Skeleton active />;
  if (!rec) return <Empty description={`找不到疑难件 ${id}`}>{back}</Empty>;
  const day = today();
  const esc = rec.escalations.at(-1);
  // A closed case is no longer running against its escalation deadline.
  const escState = esc && cal && rec.closedAt === null ? escalationStatus(cal, esc, day) : null;
  const overdue = caseOverdue(rec, day);
  const src = rec.source;

  return (
    <div data-testid="case-detail" data-case={rec.id}>
      <Space style={{ marginBottom: 12 }} wrap>
        {back}
        <h2 style={{ margin: 0 }} data-testid="case-title">{rec.title}</h2>
        <Tag color={rec.closedAt ? 'green' : 'blue'} data-testid="case-status">{rec.status}</Tag>
        {esc && <Tag color={esc.level === '挂牌督办' ? 'red' : 'orange'} data-testid="case-level">{esc.level}</Tag>}
        {overdue && <Tag color="red">超期</Tag>}
      </Space>
      {cal && events && followUps && <div style={{ marginBottom: 12 }}><CaseActions rec={rec} followUps={followUps} events={events} cal={cal} me={me} /></div>}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="编号">{rec.id}</Descriptions.Item>
          <Descriptions.Item label="主责单位">{rec.unit}</Descriptions.Item>
          <Descriptions.Item label="协办单位">{rec.coUnits.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="督办人">{rec.supervisor}</Descriptions.Item>
          <Descriptions.Item label="立案时间">{formatLocal(rec.openedAt)}</Descriptions.Item>
          <Descriptions.Item label="办理期限">{rec.deadline}（工作日计算）</Descriptions.Item>
          <Descriptions.Item label="分类">{rec.category || '—'}</Descriptions.Item>
          <Descriptions.Item label="地点">{rec.place || '—'}</Descriptions.Item>
          <Descriptions.Item label="督办级别">
            {esc ? <span data-testid="case-escalation">{esc.level}，截至 {esc.deadline}{escState ? (escState.overdue ? `，已超 ${-escState.workingDaysLeft} 个工作日` : `，剩 ${escState.workingDaysLeft} 个工作日`) : ''}</span> : '未升级'}
          </Descriptions.Item>
          {rec.observationEndsOn && <Descriptions.Item label="观察期至">{rec.observationEndsOn}</Descriptions.Item>}
          {rec.pausedFrom && <Descriptions.Item label="挂起前阶段">{rec.pausedFrom}</Descriptions.Item>}
        </Descriptions>
        <Alert type="info" style={{ marginTop: 8 }} message={src.kind === 'detection' ? `来源：规则 ${src.rule}（${src.ruleSet.id} v${src.ruleSet.version}，检测日 ${src.asOf}）` : src.kind === 'review' ? `来源：不满意工单复核 ${src.ticket}` : '来源：人工立案'}
          description={src.kind === 'detection' ? src.evidence.map((l, i) => <div key={i}>{l}</div>) : src.reason} />
      </Card>
      <Tabs defaultActiveKey="tickets" items={[
        {
          key: 'tickets', label: `工单（${rec.tickets.length}）`, children: (
            <>
              {tickets.error && <Alert type="error" message={tickets.error} />}
              {tickets.data && <TicketTimelineChart tickets={tickets.data} />}
              {tickets.data && <PlacesChart tickets={tickets.data} />}
              <div data-testid="case-tickets">{rec.tickets.map((t) => <Tag key={t}>{t}</Tag>)}</div>
            </>
          ),
        },
        { key: 'followups', label: `跟进（${followUps?.length ?? 0}）`, children: followUps ? <FollowUpsPanel rec={rec} followUps={followUps} me={me} /> : <Skeleton /> },
        { key: 'timeline', label: `时间线（${events?.length ?? 0}）`, children: events ? <CaseTimeline events={events} /> : <Skeleton /> },
      ]} />
    </div>
  );
}
