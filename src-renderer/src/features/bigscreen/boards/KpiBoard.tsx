import { useT } from '@renderer/i18n';
import { pointsChange, WALL_RATES, type WallData } from '../data/wall-data';
import { formatCount } from '../privacy/suppress';
import { useStage } from '../stage/stage-context';
import { Board } from './Board';
import { FlipNumber } from './FlipNumber';
import { pct, signed } from './format';
import { rateKey } from './rate-labels';

function Kpi({ label, value, change, testId }: { label: string; value: string; change?: string; testId: string }) {
  const up = change?.startsWith('+'), down = change?.startsWith('−');
  return (
    <div className="bs-kpi" data-testid={testId}>
      <div className="bs-kpi-label">{label}</div>
      <FlipNumber text={value} testId={`${testId}-value`} />
      {change !== undefined ? <div className={`bs-kpi-change${up ? ' up' : down ? ' down' : ''}`}>{change || '—'}</div> : null}
    </div>
  );
}

/** KPI flip numbers: the day's and the month's dispatched tickets, and 三率 with 环比 (points against last month). */
export function KpiBoard({ data, area }: { data: WallData; area: string }) {
  const t = useT();
  const { minCount } = useStage();
  const p = data.period;
  const monthChange = data.prevMonth.dispatched > 0 ? (data.month.dispatched / data.prevMonth.dispatched - 1) * 100 : null;
  return (
    <Board id="kpi" area={area} title={t('bigscreen.board.kpi')}>
      <div className="bs-kpis">
        <Kpi testId="kpi-day" label={p.isToday ? t('bigscreen.kpi.today') : t('bigscreen.kpi.day', { day: p.day.slice(5) })} value={formatCount(data.dayDispatched, minCount)} />
        <Kpi testId="kpi-month" label={t('bigscreen.kpi.month', { month: p.month })} value={formatCount(data.month.dispatched, minCount)}
          change={monthChange === null ? '' : t('bigscreen.kpi.mom', { change: signed(monthChange, 1, '%') })} />
        {WALL_RATES.map((r) => {
          const d = pointsChange(data.month.rates[r].value, data.prevMonth.rates[r].value);
          return <Kpi key={r} testId={`kpi-${r}`} label={t(rateKey(r))} value={pct(data.month.rates[r].value)}
            change={d === null ? '' : t('bigscreen.kpi.momPoints', { change: signed(d, 1) })} />;
        })}
      </div>
    </Board>
  );
}
