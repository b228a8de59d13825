import { useMemo } from 'react';
import { Alert, Drawer, Skeleton, Table } from 'antd';
import type { GroupResult } from '@core/assess/compute';
import { periodLabel } from '@core/assess/period';
import type { AssessBase, AssessRequest, DetailResponse } from '@renderer/engine/computations/assess';
import { pct, score } from './format';
import { TrendChart } from './TrendChart';
import { useAssessRun } from './use-assess';

type Props = { unit: string | null; base: AssessBase | null; storeVersion: unknown; onClose(): void; onDrill(parts: string[], by: AssessBase['by'], side: 'numerator' | 'denominator'): void };

/** 单位详情: the unit's 12-month trend and its weakest categories and streets (by 满意率). */
export function UnitDrawer({ unit, base, storeVersion, onClose, onDrill }: Props) {
  const req: AssessRequest | null = unit && base ? { op: 'detail', unit, ...base, by: ['unit'] } : null;
  const { data, loading, error } = useAssessRun<DetailResponse>(req, storeVersion);
  const series = useMemo(() => {
    if (!data) return [];
    const get = (f: (g: GroupResult) => number | null) => data.months.map((m) => (m.group ? f(m.group) : null));
    return [
      { name: '综合得分', values: get((g) => g.score) },
      { name: '满意率', values: get((g) => g.rates.satisfactionRate.value), percent: true },
      { name: '解决率', values: get((g) => g.rates.resolutionRate.value), percent: true },
      { name: '按时办结率', values: get((g) => g.rates.onTimeRate.value), percent: true },
    ];
  }, [data]);
  const months = useMemo(() => data?.months.map((m) => m.month) ?? [], [data]);
  const cols = (title: string, by: AssessBase['by']) => [
    { title, dataIndex: 'name', key: 'name' },
    { title: '派单量', dataIndex: 'dispatched', key: 'd', width: 80 },
    {
      title: '满意率', key: 's', width: 120,
      render: (_: unknown, g: GroupResult) => (
        <a onClick={() => onDrill(g.parts, by, 'denominator')} title="查看参与满意度评价的工单">
          {pct(g.rates.satisfactionRate.value)}（{g.rates.satisfactionRate.num}/{g.rates.satisfactionRate.den}）
        </a>
      ),
    },
    { title: '得分', key: 'score', width: 70, render: (_: unknown, g: GroupResult) => score(g.score) },
  ];
  return (
    <Drawer open={unit !== null} onClose={onClose} size={720} title={unit ? `${unit} · 考核详情` : ''} data-testid="unit-drawer" destroyOnHidden>
      {error ? <Alert type="error" title={error} /> : null}
      {loading && !data ? <Skeleton active /> : null}
      {data && base ? (
        <>
          <h3 style={{ marginTop: 0 }}>近 12 个月走势</h3>
          <TrendChart months={months} series={series} />
          <h3>{periodLabel(base)} 满意率最低的一级分类</h3>
          <Table size="small" pagination={false} rowKey={(g) => g.parts.join('/')} columns={cols('一级分类', ['unit', 'category1'])}
            dataSource={data.categories.map((g) => ({ ...g, name: g.parts[1] || '（空）' }))} locale={{ emptyText: '本周期没有满意度评价' }} />
          <h3>{periodLabel(base)} 满意率最低的街道</h3>
          <Table size="small" pagination={false} rowKey={(g) => g.parts.join('/')} columns={cols('区/街道', ['unit', 'street'])}
            dataSource={data.streets.map((g) => ({ ...g, name: g.parts[1] || '（空）' }))} locale={{ emptyText: '本周期没有满意度评价' }} />
        </>
      ) : null}
    </Drawer>
  );
}
