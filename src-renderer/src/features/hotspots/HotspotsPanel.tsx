import './hotspots.css';
import { useEffect, useMemo } from 'react';
import { Alert, Button, Card, Empty, Segmented, Select, Skeleton, Space, Spin, Switch, Typography } from 'antd';
import { HOTSPOT_KEYS, type HotspotKey } from '@core/hotspots/keys';
import type { WeekBucket } from '@core/hotspots/weeks';
import { navigate } from '@renderer/app/navigation';
import { useStoreStats } from '@renderer/app/use-store-stats';
import { campaignDraftHash } from '@renderer/features/campaigns/draft-link';
import { useT } from '@renderer/i18n';
import { drillHotspot } from './drill';
import { HeatTable, type HotspotRow } from './HeatTable';
import { HotspotDetail } from './HotspotDetail';
import { latestFullMonth, monthChoices } from './hotspot-month';
import { groupText, hotspotDraft } from './hotspot-selector';
import { useHotspotsStore, type HotspotsView } from './hotspots-store';
import { keyLabel, monthText, zText } from './labels';
import { useHotspots, WEEKS_BEFORE } from './use-hotspots';
import { WeeklyTable } from './WeeklyTable';

/**
 * 热点 (诉求大数据分析, DOMAIN.md §9): for a month and a grouping, the groups' counts with z, 环比,
 * 同比 and the hotspot flag in a heat table (or by week), a selected group's trend, drill-down to
 * the tickets, and "以此发起专项行动" handing the group's selector to a new campaign.
 */
export function HotspotsPanel() {
  const t = useT();
  const { stats, error: engineError } = useStoreStats();
  const st = useHotspotsStore();
  const storeVersion = stats ? `${stats.tickets}:${stats.lastImportAt ?? ''}` : '';
  const latest = latestFullMonth(stats?.to);
  const months = useMemo(() => monthChoices(stats?.from, stats?.to), [stats?.from, stats?.to]);

  // First visit, or data that no longer holds the month: the latest full month.
  useEffect(() => {
    if (latest && (!st.month || !months.includes(st.month))) st.set({ month: latest, selected: null });
  }, [latest, months, st]);

  const run = useHotspots(stats && stats.tickets > 0 ? st.month : null, st.by, storeVersion);
  const data = run.data;
  const rows = useMemo<HotspotRow[]>(() => (data ? data.report.groups.map((group, index) => ({
    key: JSON.stringify(data.parts[index]), index, group, parts: data.parts[index]!, series: data.series.values[index]!, weeks: data.weekly.values[index]!,
  })) : []), [data]);
  const shown = useMemo(() => (st.onlyHot ? rows.filter((r) => r.group.hotspot) : rows), [rows, st.onlyHot]);
  const selected = rows.find((r) => r.key === st.selected) ?? shown[0] ?? null;
  const hot = rows.filter((r) => r.group.hotspot).length;
  const by = (data?.report.by ?? st.by) as HotspotKey[];
  const month = data?.report.month ?? st.month ?? '';

  const label = (r: HotspotRow) => groupText(r.parts, t('hotspots.blank'));
  const onDrill = (r: HotspotRow): void => { void drillHotspot({ month, by, parts: r.parts }, { period: monthText(month, t), group: label(r) }); };
  const onDrillWeek = (r: HotspotRow, w: WeekBucket): void => {
    void drillHotspot({ month, by, parts: r.parts, week: w.start }, { period: t('hotspots.week.range', { start: w.start, end: w.end }), group: label(r) });
  };
  const onStart = (r: HotspotRow): void => {
    const group = r.parts.filter((p, j) => by[j] !== 'unit' && p !== '').join(' × ');
    const draft = hotspotDraft(by, r.parts, month, {
      theme: t('hotspots.draft.theme', { group }),
      source: t('hotspots.draft.source', { group: label(r), month: monthText(month, t), count: r.group.count, z: zText(r.group.z) }),
    });
    if (draft) window.location.hash = campaignDraftHash(draft);
  };
  const onSelect = (r: HotspotRow): void => st.set({ selected: r.key });

  if (engineError) return <Alert type="error" title={t('hotspots.failed', { error: engineError })} />;
  if (!stats) return <Skeleton active />;
  if (stats.tickets === 0) {
    return (
      <Card data-testid="hotspots-empty">
        <Empty description={t('hotspots.empty')}>
          <Space>
            <Button type="primary" onClick={() => navigate('import')}>{t('hotspots.import')}</Button>
            <Button onClick={() => navigate('welcome')}>{t('hotspots.loadDemo')}</Button>
          </Space>
        </Empty>
      </Card>
    );
  }

  const primary = st.by[0]!;
  const secondary = st.by[1];
  return (
    <div data-testid="hotspots-panel">
      <Space wrap size={12} style={{ marginBottom: 12 }}>
        <Space size={4}>
          {t('hotspots.month')}
          <Select<string> aria-label={t('hotspots.month')} style={{ width: 200 }} value={st.month ?? undefined} data-testid="hotspot-month" showSearch
            options={months.map((m) => ({ value: m, label: m === latest ? t('hotspots.monthLatest', { y: m.slice(0, 4), m: Number(m.slice(5)) }) : monthText(m, t) }))}
            onChange={(m) => st.set({ month: m, selected: null })} />
        </Space>
        <Space size={4}>
          {t('hotspots.groupBy')}
          <Select<HotspotKey> aria-label={t('hotspots.groupBy')} style={{ width: 130 }} value={primary} data-testid="hotspot-by"
            options={HOTSPOT_KEYS.map((k) => ({ value: k, label: keyLabel(k, t) }))}
            onChange={(k) => st.set({ by: secondary && secondary !== k ? [k, secondary] : [k], selected: null })} />
          <Select<HotspotKey | ''> aria-label={t('hotspots.thenBy')} style={{ width: 150 }} value={secondary ?? ''} data-testid="hotspot-then-by"
            options={[{ value: '', label: t('hotspots.noSecondary') }, ...HOTSPOT_KEYS.filter((k) => k !== primary).map((k) => ({ value: k, label: t('hotspots.thenByKey', { key: keyLabel(k, t) }) }))]}
            onChange={(k) => st.set({ by: k ? [primary, k] : [primary], selected: null })} />
        </Space>
        <Segmented<HotspotsView> aria-label={t('hotspots.view')} value={st.view} data-testid="hotspot-view" onChange={(v) => st.set({ view: v })}
          options={[{ value: 'month', label: t('hotspots.view.month') }, { value: 'week', label: t('hotspots.view.week') }]} />
        <Space size={6}>
          <Switch checked={st.onlyHot} onChange={(v) => st.set({ onlyHot: v })} aria-label={t('hotspots.onlyHot')} data-testid="hotspot-only-hot" />
          {t('hotspots.onlyHot')}
        </Space>
        {run.loading ? <Spin size="small" /> : null}
      </Space>
      {run.error ? <Alert type="error" title={t('hotspots.failed', { error: run.error })} style={{ marginBottom: 12 }} /> : null}
      {data ? (
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="hotspot-summary">
            {t('hotspots.summary', { month: monthText(month, t), groups: rows.length, hot })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {st.view === 'week' ? t('hotspots.week.hint', { n: WEEKS_BEFORE }) : t('hotspots.rule')}
          </Typography.Paragraph>
          {shown.length === 0 ? (
            <Card data-testid="hotspots-empty-month"><Empty description={rows.length === 0 ? t('hotspots.emptyMonth', { month: monthText(month, t) }) : t('hotspots.emptyHot', { month: monthText(month, t) })} /></Card>
          ) : st.view === 'month' ? (
            <HeatTable rows={shown} by={by} covered={data.series.covered} selected={selected?.key ?? null} onSelect={onSelect} onDrill={onDrill} onStart={onStart} />
          ) : (
            <WeeklyTable rows={shown} by={by} weeks={data.weekly.weeks} selected={selected?.key ?? null} onSelect={onSelect} onDrillWeek={onDrillWeek} />
          )}
          {selected ? (
            <HotspotDetail row={selected} by={by} months={data.series.months} covered={data.series.covered} weeks={data.weekly.weeks}
              onDrill={onDrill} onDrillWeek={onDrillWeek} onStart={onStart} />
          ) : null}
        </>
      ) : run.loading ? <Skeleton active /> : null}
    </div>
  );
}
