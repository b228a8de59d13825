import { useMemo } from 'react';
import { useT } from '@renderer/i18n';
import { CHART_PALETTE, RATING_COLORS, THEME_COLORS } from '@renderer/theme';
import type { CampaignProgress, CaseStages } from '../data/governance';
import { formatCount } from '../privacy/suppress';
import { useStage } from '../stage/stage-context';
import { Board, BoardEmpty } from './Board';
import { BoardChart } from './BoardChart';
import { barValue, signed } from './format';

/** Chronic cases (疑难件) by stage, with the open and overdue totals in the note. */
export function ChronicBoard({ stages, area }: { stages: CaseStages | undefined; area: string }) {
  const t = useT();
  const { mode, minCount } = useStage();
  const option = useMemo(() => ({
    color: [CHART_PALETTE[mode][2]!],
    grid: { left: 40, right: 8, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: (stages?.stages ?? []).map((s) => s.stage), axisLabel: { fontSize: 14, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 13 } },
    series: [{
      type: 'bar', barWidth: '55%', data: (stages?.stages ?? []).map((s) => barValue(s.count, minCount)),
      label: { show: true, position: 'top', fontSize: 14, color: THEME_COLORS[mode].text, textBorderWidth: 0, formatter: (p: { dataIndex: number }) => formatCount(stages!.stages[p.dataIndex]!.count, minCount) },
    }],
  }), [stages, mode, minCount]);
  return (
    <Board id="chronic" area={area} title={t('bigscreen.board.chronic')}
      note={stages ? <span data-testid="chronic-note">{t('bigscreen.chronic.note', { open: formatCount(stages.open, minCount), overdue: formatCount(stages.overdue, minCount) })}</span> : null}>
      {stages && stages.total > 0 ? <BoardChart option={option} testId="chart-chronic" /> : <BoardEmpty text={t('bigscreen.empty.chronic')} />}
    </Board>
  );
}

/** Campaign progress: tasks done of all per campaign (overdue in red). */
export function CampaignBoard({ campaigns, area }: { campaigns: CampaignProgress[] | undefined; area: string }) {
  const t = useT();
  const { mode } = useStage();
  const option = useMemo(() => {
    const list = campaigns ?? [];
    const r = RATING_COLORS[mode];
    return {
      legend: { top: 0, textStyle: { fontSize: 13 } },
      grid: { left: 200, right: 24, top: 28, bottom: 8 },
      xAxis: { type: 'value', show: false, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, axisTick: { show: false }, axisLabel: { fontSize: 14, width: 190, overflow: 'truncate' }, data: list.map((c) => `${c.theme}（${c.status}）`) },
      series: [
        { name: t('bigscreen.campaign.done'), type: 'bar', barMaxWidth: 30, stack: 'tasks', data: list.map((c) => c.done), itemStyle: { color: r.good } },
        { name: t('bigscreen.campaign.open'), type: 'bar', stack: 'tasks', data: list.map((c) => c.tasks - c.done - c.overdue), itemStyle: { color: CHART_PALETTE[mode][0]! } },
        { name: t('bigscreen.campaign.overdue'), type: 'bar', stack: 'tasks', data: list.map((c) => c.overdue), itemStyle: { color: r.poor } },
      ],
    };
  }, [campaigns, mode, t]);
  return (
    <Board id="campaigns" area={area} title={t('bigscreen.board.campaigns')}>
      {campaigns?.length ? <BoardChart option={option} testId="chart-campaigns" /> : <BoardEmpty text={t('bigscreen.empty.campaigns')} />}
    </Board>
  );
}

/** Campaign outcomes (§8, as frozen at 评估): each problem's change and seasonally adjusted effect. */
export function CampaignOutcomeBoard({ campaigns, area }: { campaigns: CampaignProgress[] | undefined; area: string }) {
  const t = useT();
  const rows = (campaigns ?? []).flatMap((c) => c.outcomes.map((o) => ({ campaign: c.theme, ...o })));
  return (
    <Board id="campaign-outcomes" area={area} title={t('bigscreen.board.campaignOutcomes')}>
      {rows.length ? (
        <table className="bs-table">
          <thead><tr><th>{t('bigscreen.outcome.campaign')}</th><th>{t('bigscreen.outcome.problem')}</th><th>{t('bigscreen.outcome.change')}</th><th>{t('bigscreen.outcome.effect')}</th></tr></thead>
          <tbody>{rows.slice(0, 8).map((r, i) => (
            <tr key={i}><td>{r.campaign}</td><td>{r.problem}</td><td>{r.change === null ? '—' : signed(r.change * 100, 1, '%')}</td><td>{r.effect === null ? '—' : signed(r.effect * 100, 1, '%')}</td></tr>
          ))}</tbody>
        </table>
      ) : <BoardEmpty text={(campaigns ?? []).length ? t('bigscreen.empty.outcomes') : t('bigscreen.empty.campaigns')} />}
    </Board>
  );
}

