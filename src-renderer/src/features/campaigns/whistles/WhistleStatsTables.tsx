import { Table, Tag } from 'antd';
import type { BandPosition, StreetWhistleRate, UnitReportInRate } from '@core/campaigns/whistle-stats';
import type { WhistleType } from '@core/campaigns/whistle';
import { useFormat, useT, type MessageKey } from '@renderer/i18n';
import { TYPE_KEYS } from './whistle-view';

const BAND_COLOR: Record<BandPosition, string> = { low: 'default', healthy: 'green', high: 'red' };

/** 千分率 with two decimals (吹哨率 is whistles per 1,000 dispatched tickets); — for null. */
export function permille(rate: number | null): string {
  return rate === null ? '—' : `${rate.toFixed(2)}‰`;
}

export function BandTag({ band }: { band: BandPosition | null }) {
  const t = useT();
  return band === null ? <span>—</span> : <Tag color={BAND_COLOR[band]}>{t(`whistles.band.${band}` as MessageKey)}</Tag>;
}

/** 吹哨率 per street with its place in the healthy band, highest first. */
export function StreetRateTable({ rows }: { rows: StreetWhistleRate[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <div data-testid="street-rates">
    <Table<StreetWhistleRate> size="small" rowKey="street" dataSource={rows} pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
      onRow={(r) => ({ 'data-street': r.street } as object)}
      columns={[
        { key: 'street', title: t('whistles.col.street'), dataIndex: 'street' },
        { key: 'whistles', title: t('whistles.stats.whistles'), align: 'right', render: (_, r) => <span data-testid="street-whistles">{f.number(r.whistles)}</span> },
        { key: 'dispatched', title: t('whistles.stats.dispatched'), align: 'right', render: (_, r) => f.number(r.dispatched) },
        { key: 'rate', title: t('whistles.stats.rate'), align: 'right', render: (_, r) => <span data-testid="street-rate">{permille(r.rate)}</span> },
        { key: 'band', title: t('whistles.stats.band'), render: (_, r) => <BandTag band={r.band} /> },
        { key: 'types', title: t('whistles.stats.byType'), render: (_, r) => Object.entries(r.byType).map(([k, n]) => `${t(`whistles.type.${TYPE_KEYS[k as WhistleType]}` as MessageKey)} ${n}`).join(' · ') },
      ]} />
    </div>
  );
}

/** On-time report-in rate per summoned unit, worst first. */
export function UnitRateTable({ rows }: { rows: UnitReportInRate[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <div data-testid="unit-rates">
    <Table<UnitReportInRate> size="small" rowKey="unit" dataSource={rows} pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
      onRow={(r) => ({ 'data-unit': r.unit } as object)}
      columns={[
        { key: 'unit', title: t('whistles.report.unit'), dataIndex: 'unit' },
        { key: 'summons', title: t('whistles.stats.summons'), align: 'right', render: (_, r) => <span data-testid="unit-summons">{f.number(r.summons)}</span> },
        { key: 'onTime', title: t('whistles.report.onTime'), align: 'right', render: (_, r) => f.number(r.onTime) },
        { key: 'late', title: t('whistles.report.late'), align: 'right', render: (_, r) => f.number(r.late) },
        { key: 'missing', title: t('whistles.report.missing'), align: 'right', render: (_, r) => f.number(r.missing) },
        { key: 'rate', title: t('whistles.stats.onTimeRate'), align: 'right', render: (_, r) => <span data-testid="unit-rate">{f.percent(r.rate)}</span> },
      ]} />
    </div>
  );
}
