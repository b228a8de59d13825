import { useMemo } from 'react';
import { Alert, Drawer, Skeleton, Table } from 'antd';
import type { GroupResult } from '@core/assess/compute';
import type { AssessBase, AssessRequest, DetailResponse } from '@renderer/engine/computations/assess';
import { useT } from '@renderer/i18n';
import { pct, score } from './format';
import { periodText, rateLabel } from './labels';
import { TrendChart } from './TrendChart';
import { useAssessRun } from './use-assess';

type Props = { unit: string | null; base: AssessBase | null; storeVersion: unknown; onClose(): void; onDrill(parts: string[], by: AssessBase['by'], side: 'numerator' | 'denominator'): void };

/** 单位详情: the unit's 12-month trend and its weakest categories and streets (by 满意率). */
export function UnitDrawer({ unit, base, storeVersion, onClose, onDrill }: Props) {
  const t = useT();
  const req: AssessRequest | null = unit && base ? { op: 'detail', unit, ...base, by: ['unit'] } : null;
  const { data, loading, error } = useAssessRun<DetailResponse>(req, storeVersion);
  const series = useMemo(() => {
    if (!data) return [];
    const get = (f: (g: GroupResult) => number | null) => data.months.map((m) => (m.group ? f(m.group) : null));
    return [
      { name: t('assess.score'), values: get((g) => g.score) },
      { name: rateLabel('satisfactionRate', t), values: get((g) => g.rates.satisfactionRate.value), percent: true },
      { name: rateLabel('resolutionRate', t), values: get((g) => g.rates.resolutionRate.value), percent: true },
      { name: rateLabel('onTimeRate', t), values: get((g) => g.rates.onTimeRate.value), percent: true },
    ];
  }, [data, t]);
  const months = useMemo(() => data?.months.map((m) => m.month) ?? [], [data]);
  const cols = (title: string, by: AssessBase['by']) => [
    { title, dataIndex: 'name', key: 'name' },
    { title: t('assess.dispatched'), dataIndex: 'dispatched', key: 'd', width: 80 },
    {
      title: rateLabel('satisfactionRate', t), key: 's', width: 120,
      render: (_: unknown, g: GroupResult) => (
        <a onClick={() => onDrill(g.parts, by, 'denominator')} title={t('assess.unit.surveyed')}>
          {pct(g.rates.satisfactionRate.value)}（{g.rates.satisfactionRate.num}/{g.rates.satisfactionRate.den}）
        </a>
      ),
    },
    { title: t('assess.unit.scoreShort'), key: 'score', width: 70, render: (_: unknown, g: GroupResult) => score(g.score) },
  ];
  return (
    <Drawer open={unit !== null} onClose={onClose} size={720} title={unit ? t('assess.unit.title', { unit }) : ''} data-testid="unit-drawer" destroyOnHidden>
      {error ? <Alert type="error" title={error} /> : null}
      {loading && !data ? <Skeleton active /> : null}
      {data && base ? (
        <>
          <h3 style={{ marginTop: 0 }}>{t('assess.unit.trend')}</h3>
          <TrendChart months={months} series={series} />
          <h3>{t('assess.unit.worstCategories', { period: periodText(base, t) })}</h3>
          <Table size="small" pagination={false} rowKey={(g) => g.parts.join('/')} columns={cols(t('assess.unit.category'), ['unit', 'category1'])}
            dataSource={data.categories.map((g) => ({ ...g, name: g.parts[1] || t('assess.blank') }))} locale={{ emptyText: t('assess.unit.noSurveys') }} />
          <h3>{t('assess.unit.worstStreets', { period: periodText(base, t) })}</h3>
          <Table size="small" pagination={false} rowKey={(g) => g.parts.join('/')} columns={cols(t('assess.unit.street'), ['unit', 'street'])}
            dataSource={data.streets.map((g) => ({ ...g, name: g.parts[1] || t('assess.blank') }))} locale={{ emptyText: t('assess.unit.noSurveys') }} />
        </>
      ) : null}
    </Drawer>
  );
}
