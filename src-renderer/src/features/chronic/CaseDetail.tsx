import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Tabs, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { caseOverdue } from '@core/cases/case-ops';
import { escalationStatus } from '@core/cases/escalation';
import { navigate } from '@renderer/app/navigation';
import { useFormat, useT } from '@renderer/i18n';
import type { CaseTicket } from '@renderer/engine/computations/chronic';
import { caseFollowUps, caseTimeline, getCase } from './case-repo';
import { CaseActions } from './CaseActions';
import { PlacesChart, TicketTimelineChart } from './CaseCharts';
import { CaseTimeline } from './CaseTimeline';
import { useChronicStore } from './chronic-store';
import { FollowUpsPanel } from './FollowUpsPanel';
import { dayText, levelLabel, stateLabel } from './labels';
import { today, useChronicRun, useWorkCalendar } from './use-chronic';

/** One case: facts, escalation, actions, tickets on a time axis, places, follow-ups and the timeline. */
export function CaseDetail({ id }: { id: string }) {
  const rec = useLiveQuery(() => getCase(id), [id]);
  const events = useLiveQuery(() => caseTimeline(id), [id]);
  const followUps = useLiveQuery(() => caseFollowUps(id), [id]);
  const cal = useWorkCalendar();
  const me = useChronicStore((s) => s.me);
  const t = useT();
  const fmt = useFormat();
  const tickets = useChronicRun<CaseTicket[]>(rec ? { op: 'tickets', ids: rec.tickets } : null, [rec?.tickets.join(',')]);
  const back = <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('chronic')}>{t('chronic.case.back')}</Button>;
  if (rec === undefined && events === undefined) return <Skeleton active />;
  if (!rec) return <Empty description={t('chronic.case.notFound', { id })}>{back}</Empty>;
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
        <Tag color={rec.closedAt ? 'green' : 'blue'} data-testid="case-status" data-status={rec.status}>{stateLabel(rec.status, t)}</Tag>
        {esc && <Tag color={esc.level === '挂牌督办' ? 'red' : 'orange'} data-testid="case-level" data-level={esc.level}>{levelLabel(esc.level, t)}</Tag>}
        {overdue && <Tag color="red">{t('chronic.case.overdue')}</Tag>}
      </Space>
      {cal && events && followUps && <div style={{ marginBottom: 12 }}><CaseActions rec={rec} followUps={followUps} events={events} cal={cal} me={me} /></div>}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('chronic.case.id')}>{rec.id}</Descriptions.Item>
          <Descriptions.Item label={t('chronic.case.unit')}>{rec.unit}</Descriptions.Item>
          <Descriptions.Item label={t('chronic.case.coUnits')}>{rec.coUnits.join(t('chronic.listSep')) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('chronic.case.supervisor')}>{rec.supervisor}</Descriptions.Item>
          <Descriptions.Item label={t('chronic.case.openedAt')}>{fmt.dateTime(rec.openedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('chronic.case.deadline')}>{t('chronic.case.deadlineValue', { day: dayText(rec.deadline, fmt) })}</Descriptions.Item>
          <Descriptions.Item label={t('chronic.case.category')}>{rec.category || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('chronic.case.place')}>{rec.place || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('chronic.case.level')}>
            {esc ? <span data-testid="case-escalation">{t(escState ? (escState.overdue ? 'chronic.case.levelOverdue' : 'chronic.case.levelLeft') : 'chronic.case.levelValue', {
              level: levelLabel(esc.level, t), day: dayText(esc.deadline, fmt), days: escState ? fmt.number(Math.abs(escState.workingDaysLeft)) : '',
            })}</span> : t('chronic.case.notEscalated')}
          </Descriptions.Item>
          {rec.observationEndsOn && <Descriptions.Item label={t('chronic.case.observationEnds')}>{dayText(rec.observationEndsOn, fmt)}</Descriptions.Item>}
          {rec.pausedFrom && <Descriptions.Item label={t('chronic.case.pausedFrom')}>{stateLabel(rec.pausedFrom, t)}</Descriptions.Item>}
        </Descriptions>
        <Alert type="info" style={{ marginTop: 8 }} message={src.kind === 'detection' ? t('chronic.case.sourceDetection', { rule: src.rule, id: src.ruleSet.id, version: src.ruleSet.version, day: dayText(src.asOf, fmt) }) : src.kind === 'review' ? t('chronic.case.sourceReview', { ticket: src.ticket }) : t('chronic.case.sourceManual')}
          description={src.kind === 'detection' ? src.evidence.map((l, i) => <div key={i}>{l}</div>) : src.reason} />
      </Card>
      <Tabs defaultActiveKey="tickets" items={[
        {
          key: 'tickets', label: t('chronic.case.tabTickets', { count: fmt.number(rec.tickets.length) }), children: (
            <>
              {tickets.error && <Alert type="error" message={tickets.error} />}
              {tickets.data && <TicketTimelineChart tickets={tickets.data} />}
              {tickets.data && <PlacesChart tickets={tickets.data} />}
              <div data-testid="case-tickets">{rec.tickets.map((t) => <Tag key={t}>{t}</Tag>)}</div>
            </>
          ),
        },
        { key: 'followups', label: t('chronic.case.tabFollowUps', { count: fmt.number(followUps?.length ?? 0) }), children: followUps ? <FollowUpsPanel rec={rec} followUps={followUps} me={me} /> : <Skeleton /> },
        { key: 'timeline', label: t('chronic.case.tabTimeline', { count: fmt.number(events?.length ?? 0) }), children: events ? <CaseTimeline events={events} /> : <Skeleton /> },
      ]} />
    </div>
  );
}
