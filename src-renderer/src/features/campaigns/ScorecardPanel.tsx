import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Skeleton, Table, Tag, Typography } from 'antd';
import type { RateValue } from '@core/assess/compute';
import type { Campaign, CampaignTask, ProgressReport } from '@core/campaigns/campaign';
import type { ScorecardRow } from '@core/campaigns/scorecard';
import { calendarYears } from '@renderer/features/chronic/case-repo';
import { useFormat, useLocale, useT } from '@renderer/i18n';
import { roleLabel } from './labels';
import { punct } from './locale-text';
import { today, useCampaignRun } from './use-campaign';

/**
 * Per-unit scorecard (engine op `scorecard`): tasks on time, reports filed, and the unit's 三率
 * on the tickets of the campaign's problems in its period (the assessment of DOMAIN.md section 5).
 */
export function ScorecardPanel({ c, tasks, reports }: { c: Campaign; tasks: CampaignTask[]; reports: ProgressReport[] }) {
  const t = useT();
  const f = useFormat();
  const pu = punct(useLocale());
  const calendar = useLiveQuery(calendarYears, []);
  const day = today();
  const key = `${c.id}:${c.updatedAt}:${tasks.length}:${tasks.filter((x) => x.state !== 'open').length}:${reports.length}:${day}:${calendar?.length ?? -1}`;
  const run = useCampaignRun<ScorecardRow[]>(calendar ? { op: 'scorecard', campaign: c, tasks, reports, today: day, calendar } : null, key);
  if (run.error) return <Alert type="error" showIcon title={t('cmp.score.failed', { message: run.error })} />;
  if (!run.data) return <Skeleton active />;
  const rate = (r: RateValue | undefined) => (r && r.value !== null ? <span title={`${r.num} / ${r.den}`}>{f.percent(r.value, 1)}</span> : '—');
  return (
    <div data-testid="scorecard-panel">
      <Typography.Paragraph type="secondary">{t('cmp.score.hint', { from: c.from, to: c.to })}</Typography.Paragraph>
      <Table<ScorecardRow> size="small" rowKey="unit" pagination={false} dataSource={run.data} scroll={{ x: 1100 }} columns={[
        { title: t('cmp.f.unit'), dataIndex: 'unit', width: 170 },
        {
          title: t('cmp.score.roles'), width: 220, render: (_: unknown, r) => r.roles.map((x) => `${x.problemId ? `${c.problems.find((p) => p.id === x.problemId)?.title ?? x.problemId}·` : ''}${roleLabel(x.role, t)}`).join(pu.list),
        },
        { title: t('cmp.score.tasks'), width: 70, align: 'right', render: (_: unknown, r) => r.tasks.total },
        { title: t('cmp.standing.onTime'), width: 70, align: 'right', render: (_: unknown, r) => r.tasks.onTime },
        { title: t('cmp.standing.late'), width: 70, align: 'right', render: (_: unknown, r) => r.tasks.late },
        { title: t('cmp.standing.overdue'), width: 70, align: 'right', render: (_: unknown, r) => (r.tasks.overdue ? <Tag color="red">{r.tasks.overdue}</Tag> : 0) },
        { title: t('cmp.standing.open'), width: 70, align: 'right', render: (_: unknown, r) => r.tasks.open },
        { title: t('cmp.score.onTimeRate'), width: 90, align: 'right', render: (_: unknown, r) => (r.onTimeRate === null ? '—' : f.percent(r.onTimeRate, 1)) },
        { title: t('cmp.score.reports'), width: 70, align: 'right', dataIndex: 'reports' },
        { title: t('cmp.score.lastReport'), width: 110, render: (_: unknown, r) => (r.lastReportAt ? f.date(r.lastReportAt) : '—') },
        { title: t('cmp.score.dispatched'), width: 80, align: 'right', render: (_: unknown, r) => r.rates?.dispatched ?? '—' },
        { title: t('cmp.score.response'), width: 80, align: 'right', render: (_: unknown, r) => rate(r.rates?.responseRate) },
        { title: t('cmp.score.resolution'), width: 80, align: 'right', render: (_: unknown, r) => rate(r.rates?.resolutionRate) },
        { title: t('cmp.score.satisfaction'), width: 80, align: 'right', render: (_: unknown, r) => rate(r.rates?.satisfactionRate) },
      ]} />
    </div>
  );
}
