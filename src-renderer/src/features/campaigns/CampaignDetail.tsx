import './campaigns.css';
import { startTransition, useEffect, useState } from 'react';
import { Button, Descriptions, Empty, Input, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { overdueTasks } from '@core/campaigns/tasks';
import { formatHash } from '@renderer/app/router';
import { useSession } from '@renderer/app/session';
import { useWorkCalendar } from '@renderer/features/chronic/use-chronic';
import { useT } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { CampaignPrint } from './CampaignPrint';
import { useCampaignUi } from './campaign-store';
import { GanttPanel } from './GanttPanel';
import { HeaderEditor } from './HeaderEditor';
import { STATUS_COLOR, statusLabel, typeLabel } from './labels';
import { LifecycleBar } from './LifecycleBar';
import { OutcomePanel } from './OutcomePanel';
import { PlanPanel } from './PlanPanel';
import { ProblemsPanel } from './ProblemsPanel';
import { ReportsPanel } from './ReportsPanel';
import { ScorecardPanel } from './ScorecardPanel';
import { TasksPanel } from './TasksPanel';
import { TimelinePanel } from './TimelinePanel';
import { today, useCampaignData } from './use-campaign';

export const DETAIL_VIEWS = ['problems', 'tasks', 'reports', 'plan', 'gantt', 'scorecard', 'outcome', 'timeline'] as const;
export type DetailView = (typeof DETAIL_VIEWS)[number];

const viewOf = (v: string | undefined): DetailView => ((DETAIL_VIEWS as readonly string[]).includes(v ?? '') ? (v as DetailView) : 'problems');

/** One campaign: its header and lifecycle, and a tab per part (the tab in the route, `view=`). */
export function CampaignDetail({ id, view }: { id: string; view?: string }) {
  const t = useT();
  const { campaign: c, tasks, reports, eventCount } = useCampaignData(id);
  const cal = useWorkCalendar();
  const office = useSession((s) => s.officeName);
  const me = useCampaignUi((s) => s.me);
  const setMe = useCampaignUi((s) => s.setMe);
  const [editing, setEditing] = useState(false);
  // The hidden print view is built in a task of its own, after the page has opened.
  const [printable, setPrintable] = useState(false);
  useEffect(() => { const h = setTimeout(() => setPrintable(true), 400); return () => clearTimeout(h); }, []);
  // The tab shown follows the route, rendered as a transition: React then builds the new tab in
  // slices and keeps the old one on screen meanwhile, so a large campaign's tab never blocks input.
  const [active, setActive] = useState<DetailView>(viewOf(view));
  useEffect(() => { startTransition(() => setActive(viewOf(view))); }, [view]);
  const back = formatHash('campaigns', { tab: 'campaigns' });
  if (c === null) return <Empty description={t('cmp.detail.missing', { id })}><Button href={back}>{t('cmp.detail.back')}</Button></Empty>;
  if (!c || !tasks || !reports || eventCount === undefined || !cal) return <Skeleton active />;
  const day = today();
  const overdue = overdueTasks(tasks, day).length;
  const print = (): void => { void platform.print().catch(() => window.print()); };
  const tab = (k: DetailView, label: string, node: React.ReactNode) => ({ key: k, label, children: node });
  return (
    <div data-testid="campaign-detail" data-status={c.status}>
      <Space style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} href={back} data-testid="campaign-back">{t('cmp.detail.back')}</Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="campaign-theme-title">{c.theme}</Typography.Title>
          <Tag color={STATUS_COLOR[c.status]} data-testid="campaign-status">{statusLabel(c.status, t)}</Tag>
          {overdue > 0 && <Tag color="red">{t('cmp.list.overdue', { n: overdue })}</Tag>}
        </Space>
        <Space wrap>
          <span>{t('cmp.detail.me')}</span>
          <Input style={{ width: 150 }} value={me} onChange={(e) => setMe(e.target.value)} placeholder={t('cmp.defaultActor')} data-testid="campaign-me" />
          {(c.status === '筹备' || c.status === '实施') && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('cmp.edit')}</Button>}
          <Button icon={<PrinterOutlined />} onClick={print} data-testid="campaign-print-button">{t('cmp.detail.print')}</Button>
        </Space>
      </Space>
      <Descriptions size="small" column={4} style={{ marginBottom: 8 }} items={[
        { key: 'id', label: t('cmp.f.id'), children: c.id },
        { key: 'type', label: t('cmp.f.type'), children: typeLabel(c.type, t) },
        { key: 'period', label: t('cmp.f.period'), children: <span data-testid="campaign-period">{t('cmp.period', { from: c.from, to: c.to })}</span> },
        { key: 'lead', label: t('cmp.f.leadUnit'), children: c.leadUnit },
      ]} />
      <LifecycleBar c={c} tasks={tasks} reports={reports.length} />
      <Tabs activeKey={active} destroyOnHidden style={{ marginTop: 8 }}
        onChange={(k) => { startTransition(() => setActive(k as DetailView)); window.location.hash = formatHash('campaigns', { tab: 'campaigns', id, view: k }); }}
        items={[
          tab('problems', t('cmp.tab.problems', { n: c.problems.length }), <ProblemsPanel c={c} tasks={tasks} />),
          tab('tasks', t('cmp.tab.tasks', { n: tasks.length }), <TasksPanel c={c} tasks={tasks} cal={cal} />),
          tab('reports', t('cmp.tab.reports', { n: reports.length }), <ReportsPanel c={c} tasks={tasks} reports={reports} />),
          tab('plan', t('cmp.tab.plan'), <PlanPanel c={c} />),
          tab('gantt', t('cmp.tab.gantt'), <GanttPanel c={c} tasks={tasks} cal={cal} />),
          tab('scorecard', t('cmp.tab.scorecard'), <ScorecardPanel c={c} tasks={tasks} reports={reports} />),
          tab('outcome', t('cmp.tab.outcome'), <OutcomePanel c={c} />),
          tab('timeline', t('cmp.tab.timeline', { n: eventCount }), <TimelinePanel c={c} />),
        ]} />
      <HeaderEditor c={c} open={editing} onClose={() => setEditing(false)} />
      {printable && <CampaignPrint c={c} tasks={tasks} reports={reports} cal={cal} day={day} office={office} />}
    </div>
  );
}
