import { useMemo } from 'react';
import { Empty, Space, Tag } from 'antd';
import type { WorkCalendar } from '@core/base/calendar/working-days';
import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import { useT } from '@renderer/i18n';
import { Chart } from './Chart';
import { GANTT_COLORS, ganttOption } from './gantt-option';
import { standingLabel } from './labels';
import { today } from './use-campaign';

/** The Gantt-like timeline of tasks and milestones (ECharts custom series), overdue in red. */
export function GanttPanel({ c, tasks, cal }: { c: Campaign; tasks: CampaignTask[]; cal: WorkCalendar }) {
  const t = useT();
  const day = today();
  const option = useMemo(() => ganttOption(c, cal, tasks, day, {
    standing: (s) => standingLabel(s, t), milestones: t('cmp.plan.milestones'), period: t('cmp.gantt.period'), today: t('cmp.gantt.today'), deadline: t('cmp.f.deadline'),
  }), [c, cal, tasks, day, t]);
  if (tasks.length === 0 && c.milestones.length === 0) return <Empty description={t('cmp.gantt.empty')} />;
  const rows = Math.min(tasks.length + 1, 24);
  return (
    <div data-testid="gantt-panel">
      <Space wrap style={{ marginBottom: 6 }}>
        {(['open', 'overdue', 'onTime', 'late', 'cancelled'] as const).map((s) => <Tag key={s} color={GANTT_COLORS[s]}>{standingLabel(s, t)}</Tag>)}
        <Tag color={GANTT_COLORS.milestone}>◆ {t('cmp.plan.milestones')}</Tag>
        <span style={{ fontSize: 12, opacity: 0.7 }}>{t('cmp.gantt.hint')}</span>
      </Space>
      <Chart option={option} height={rows * 26 + 70} testId="gantt-chart" />
    </div>
  );
}
