import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Card, Input, Segmented, Select, Space, Statistic } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { monthStart, parseMonth } from '@core/base/time/month-index';
import { useStoreStats } from '@renderer/app/use-store-stats';
import { db } from '@renderer/db';
import { latestFullMonth, monthChoices } from '@renderer/features/hotspots/hotspot-month';
import { monthText } from '@renderer/features/hotspots/labels';
import { useFormat, useT, type MessageKey } from '@renderer/i18n';
import { BandEditor } from './whistles/BandEditor';
import { NewWhistleModal } from './whistles/NewWhistleModal';
import { StreetMonthHeatmap } from './whistles/StreetMonthHeatmap';
import { bandFromRow, WHISTLE_BAND_KEY } from './whistles/whistle-band';
import { WhistleDrawer } from './whistles/WhistleDrawer';
import { WhistleGrid } from './whistles/WhistleGrid';
import { listWhistles } from './whistles/whistle-repo';
import { StreetRateTable, UnitRateTable } from './whistles/WhistleStatsTables';
import { whistleRow, type WhistleState } from './whistles/whistle-view';
import { useWhistleStats } from './whistles/use-whistle-stats';

type StateFilter = 'all' | WhistleState;
type StatsTab = 'streets' | 'units' | 'months';

/** The 12 months ending with `last` (`YYYY-MM`), or those the data has when fewer. */
function defaultRange(months: string[], last: string | null): [string, string] | null {
  if (!last) return null;
  const i = months.indexOf(last);
  if (i < 0) return null;
  return [months[Math.min(months.length - 1, i + 11)]!, last];
}

/**
 * The 吹哨报到 ledger (DOMAIN.md §8): whistles in a grid (blow one, record report-ins per unit,
 * close with an outcome, each change audited), and for a period of whole months 吹哨率 per street
 * against the configurable healthy band, on-time report-in rate per unit and a street × month view.
 */
export function WhistlesPanel() {
  const t = useT();
  const f = useFormat();
  const { message } = App.useApp();
  const { stats } = useStoreStats();
  const storeVersion = stats ? `${stats.tickets}:${stats.lastImportAt ?? ''}` : '';
  const whistles = useLiveQuery(listWhistles, []);
  const bandRow = useLiveQuery(() => db.settings.get(WHISTLE_BAND_KEY), []);
  const bandLow = bandFromRow(bandRow).low, bandHigh = bandFromRow(bandRow).high;
  const band = useMemo(() => ({ low: bandLow, high: bandHigh }), [bandLow, bandHigh]);

  const months = useMemo(() => monthChoices(stats?.from, stats?.to), [stats?.from, stats?.to]);
  const latest = latestFullMonth(stats?.to);
  const [range, setRange] = useState<[string, string] | null>(null);
  const period = range && months.includes(range[0]) && months.includes(range[1]) ? range : defaultRange(months, latest);
  const from = period ? monthStart(parseMonth(period[0])) : null;
  const to = period ? monthStart(parseMonth(period[1]) + 1) : null;
  const run = useWhistleStats(stats && stats.tickets > 0 ? whistles : undefined, from, to, band, storeVersion);

  const [stateFilter, setStateFilter] = useState<StateFilter>('all');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [tab, setTab] = useState<StatsTab>('streets');

  // The ledger's states as of opening the tab (an open whistle becomes overdue on the next visit).
  const [now] = useState(Date.now);
  const rows = useMemo(() => (whistles ?? []).map((w) => whistleRow(w, now)), [whistles, now]);
  const shown = useMemo(() => {
    const q = text.trim();
    return rows.filter((r) => (stateFilter === 'all' || r.state === stateFilter) && (!q || `${r.id}${r.street}${r.matter}${r.summoned.join('')}${r.outcome ?? ''}`.includes(q)));
  }, [rows, stateFilter, text]);
  const streets = useMemo(() => [...new Set([...(run.data?.streets.map((s) => s.street) ?? []), ...rows.map((r) => r.street)])].sort(), [run.data, rows]);
  const units = useMemo(() => [...new Set(rows.flatMap((r) => r.summoned))].sort(), [rows]);
  const open = openId ? whistles?.find((w) => w.id === openId) ?? null : null;
  const data = run.data;
  const inPeriod = data ? data.streets.reduce((n, s) => n + s.whistles, 0) : 0;
  const summons = data ? data.units.reduce((n, u) => n + u.summons, 0) : 0;
  const onTime = data ? data.units.reduce((n, u) => n + u.onTime, 0) : 0;
  const monthOptions = months.map((m) => ({ value: m, label: monthText(m, t) }));

  return (
    <div data-testid="whistles-panel">
      <Space wrap size={12} style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="whistle-new">{t('whistles.new.button')}</Button>
        <Segmented<StateFilter> aria-label={t('whistles.filter.state')} value={stateFilter} onChange={setStateFilter} data-testid="whistle-state-filter"
          options={(['all', 'open', 'overdue', 'closed'] as const).map((s) => ({ value: s, label: s === 'all' ? t('whistles.filter.all') : t(`whistles.state.${s}` as MessageKey) }))} />
        <Input.Search allowClear aria-label={t('whistles.filter.search')} placeholder={t('whistles.filter.search')} style={{ width: 240 }} value={text} onChange={(e) => setText(e.target.value)} />
        <span data-testid="whistle-count">{t('whistles.count', { shown: shown.length, total: rows.length })}</span>
      </Space>
      <WhistleGrid rows={shown} onOpen={setOpenId} />
      <Card size="small" style={{ marginTop: 12 }} data-testid="whistle-stats"
        title={(
          <Space wrap>
            {t('whistles.stats.title')}
            {period ? (
              <>
                <Select aria-label={t('whistles.stats.from')} value={period[0]} style={{ width: 130 }} options={monthOptions} data-testid="whistle-from"
                  onChange={(m: string) => setRange(m <= period[1] ? [m, period[1]] : [m, m])} />
                <span>—</span>
                <Select aria-label={t('whistles.stats.to')} value={period[1]} style={{ width: 130 }} options={monthOptions} data-testid="whistle-to"
                  onChange={(m: string) => setRange(m >= period[0] ? [period[0], m] : [m, m])} />
              </>
            ) : null}
          </Space>
        )}
        extra={<BandEditor band={band} />}
        tabList={[
          { key: 'streets', tab: t('whistles.stats.streets') },
          { key: 'units', tab: t('whistles.stats.units') },
          { key: 'months', tab: t('whistles.stats.months') },
        ]}
        activeTabKey={tab} onTabChange={(k) => setTab(k as StatsTab)}>
        {!stats || stats.tickets === 0 ? <Alert type="info" showIcon title={t('whistles.stats.noData')} />
          : run.error ? <Alert type="error" showIcon title={t('whistles.stats.failed', { error: run.error })} />
            : data ? (
              <>
                <Space size={32} style={{ marginBottom: 12 }} data-testid="whistle-summary">
                  <Statistic title={t('whistles.stats.inPeriod')} value={inPeriod} formatter={(v) => f.number(Number(v))} />
                  <Statistic title={t('whistles.stats.summonsTotal')} value={summons} formatter={(v) => f.number(Number(v))} />
                  <Statistic title={t('whistles.stats.onTimeRate')} value={summons ? onTime / summons : 0} formatter={(v) => (summons ? f.percent(Number(v)) : '—')} />
                  <Statistic title={t('whistles.stats.bandShort')} value={`${band.low}–${band.high}‰`} />
                </Space>
                {tab === 'streets' ? <StreetRateTable rows={data.streets} /> : tab === 'units' ? <UnitRateTable rows={data.units} /> : <StreetMonthHeatmap table={data.streetMonths} band={band} />}
              </>
            ) : null}
      </Card>
      <NewWhistleModal open={creating} streets={streets} units={units} onClose={() => setCreating(false)}
        onCreated={(w) => { setCreating(false); setOpenId(w.id); void message.success(t('whistles.new.done', { id: w.id })); }} />
      <WhistleDrawer whistle={open} onClose={() => setOpenId(null)} />
    </div>
  );
}
