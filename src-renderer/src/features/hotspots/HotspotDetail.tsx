import { Button, Card, Col, Row, Space, Tag, Tooltip } from 'antd';
import type { HotspotKey } from '@core/hotspots/keys';
import type { WeekBucket } from '@core/hotspots/weeks';
import { useFormat, useT } from '@renderer/i18n';
import { THEME_COLORS, useThemeMode } from '@renderer/theme';
import type { HotspotRow } from './HeatTable';
import { groupText, hotspotSelector } from './hotspot-selector';
import { monthText, signedPct, zText } from './labels';
import { useEChart } from './use-echart';

type Props = {
  row: HotspotRow;
  by: readonly HotspotKey[];
  months: readonly string[];
  covered: readonly boolean[];
  weeks: readonly WeekBucket[];
  onDrill(row: HotspotRow): void;
  onDrillWeek(row: HotspotRow, week: WeekBucket): void;
  onStart(row: HotspotRow): void;
};

/** The selected group: its monthly trend (baseline months shaded) and its weeks around the month (bars open the week's tickets). */
export function HotspotDetail({ row, by, months, covered, weeks, onDrill, onDrillWeek, onStart }: Props) {
  const t = useT();
  const f = useFormat();
  const mode = useThemeMode();
  const c = THEME_COLORS[mode];
  const g = row.group;
  const last = months.length - 1;
  const trend = useEChart({
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? String(v) : t('hotspots.detail.uncovered')) },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      name: t('hotspots.detail.count'), type: 'line', symbolSize: 5, connectNulls: false,
      data: row.series.map((v, j) => (covered[j] ? (j === last ? { value: v, itemStyle: { color: g.hotspot ? c.danger : c.primary }, symbolSize: 9 } : v) : null)),
      markArea: { silent: true, itemStyle: { color: c.surfaceAlt, opacity: 0.8 }, data: last >= 12 ? [[{ xAxis: months[last - 12] }, { xAxis: months[last - 1] }]] : [] },
    }],
  }, `${row.key}|${row.series.join(',')}|${covered.join(',')}|${t('hotspots.detail.count')}`);
  const bars = useEChart({
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: weeks.map((w) => w.week.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      name: t('hotspots.detail.count'), type: 'bar', cursor: 'pointer',
      data: row.weeks.map((v, i) => ({ value: v, itemStyle: { color: weeks[i]!.daysInMonth === 0 ? c.border : g.hotspot ? c.danger : c.primary } })),
    }],
  }, `${row.key}|${row.weeks.join(',')}|${weeks.map((w) => w.week).join(',')}|${t('hotspots.detail.count')}`, (i) => { const w = weeks[i]; if (w) onDrillWeek(row, w); });
  const s = hotspotSelector(by, row.parts);
  return (
    <Card size="small" data-testid="hotspot-detail" style={{ marginTop: 12 }}
      title={<Space>{groupText(row.parts, t('hotspots.blank'))}{g.hotspot ? <Tag color="red">{t('hotspots.flag')}</Tag> : null}</Space>}
      extra={(
        <Space>
          <Button onClick={() => onDrill(row)} data-testid="hotspot-detail-drill">{t('hotspots.detail.openMonth')}</Button>
          <Tooltip title={s.ok ? null : t(s.gap === 'unitOnly' ? 'hotspots.start.unitOnly' : 'hotspots.start.blank')}>
            <Button type="primary" disabled={!s.ok} onClick={() => onStart(row)}>{t('hotspots.start')}</Button>
          </Tooltip>
        </Space>
      )}>
      <Space wrap size={24} style={{ marginBottom: 8 }}>
        <span>{t('hotspots.col.count')}：<b>{f.number(g.count)}</b></span>
        <span>{t('hotspots.col.mean')}：{g.mean === null ? '—' : g.mean.toFixed(1)}</span>
        <span>{t('hotspots.col.z')}：{zText(g.z)}</span>
        <span>{t('hotspots.col.mom')}：{signedPct(g.mom)}</span>
        <span>{t('hotspots.col.yoy')}：{signedPct(g.yoy)}</span>
        <span>{monthText(months[last] ?? '', t)}</span>
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <div className="hotspot-chart-title">{t('hotspots.detail.trend')}</div>
          <div ref={trend} style={{ height: 200, width: '100%' }} data-testid="hotspot-trend-chart" />
        </Col>
        <Col xs={24} lg={10}>
          <div className="hotspot-chart-title">{t('hotspots.detail.weeks')}</div>
          <div ref={bars} style={{ height: 200, width: '100%' }} data-testid="hotspot-week-chart" />
        </Col>
      </Row>
    </Card>
  );
}
