import { useMemo, useState } from 'react';
import { Empty, Pagination, Space, Tag } from 'antd';
import type { WorkCalendar } from '@core/base/calendar/working-days';
import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import { useT } from '@renderer/i18n';
import { Chart } from './Chart';
import { GANTT_COLORS, ganttOption } from './gantt-option';
import { standingLabel } from './labels';
import { today } from './use-campaign';

/** Tasks per page of the Gantt (a long list is paged rather than drawn whole). */
const PAGE = 30;

/** The Gantt-like timeline of tasks and milestones (ECharts custom series), overdue in red. */
export function GanttPanel({ c, tasks, cal }: { c: Campaign; tasks: CampaignTask[]; cal: WorkCalendar }) {
  const t = useT();
  const day = today();
  const [page, setPage] = useState(1);
  const option = useMemo(() => ganttOption(c, cal, tasks, day, {
    standing: (s) => standingLabel(s, t), milestones: t('cmp.plan.milestones'), today: t('cmp.gantt.today'),
  }, { first: (page - 1) * PAGE, size: PAGE }), [c, cal, tasks, day, t, page]);
  if (tasks.length === 0 && c.milestones.length === 0) return <Empty description={t('cmp.gantt.empty')} />;
  const rows = Math.min(tasks.length - (page - 1) * PAGE, PAGE) + 1;
  return (
    <div data-testid="gantt-panel">
      <Space wrap style={{ marginBottom: 6 }}>
        {(['open', 'overdue', 'onTime', 'late', 'cancelled'] as const).map((s) => <Tag key={s} color={GANTT_COLORS[s]}>{standingLabel(s, t)}</Tag>)}
        <Tag color={GANTT_COLORS.milestone}>◆ {t('cmp.plan.milestones')}</Tag>
        <span style={{ fontSize: 12, opacity: 0.7 }}>{t('cmp.gantt.hint')}</span>
      </Space>
      {tasks.length > PAGE && (
        <Pagination size="small" current={page} pageSize={PAGE} total={tasks.length} onChange={setPage} showSizeChanger={false} style={{ marginBottom: 6 }}
          showTotal={(n, [a, b]) => t('cmp.gantt.page', { a, b, n })} data-testid="gantt-pages" />
      )}
      <Chart option={option} height={rows * 26 + 70} testId="gantt-chart" />
    </div>
  );
}
