import type { HTMLAttributes, KeyboardEvent } from 'react';
import { Button, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HotspotGroup } from '@core/hotspots/finish';
import type { HotspotKey } from '@core/hotspots/keys';
import { useFormat, useT } from '@renderer/i18n';
import { THEME_COLORS, useThemeMode } from '@renderer/theme';
import { heatBackground } from './heat';
import { hotspotSelector } from './hotspot-selector';
import { keyLabel, signedPct, zText } from './labels';
import { TrendSparkline } from './TrendSparkline';

/** One listed group of the month, with its place in the engine's answer. */
export type HotspotRow = { key: string; index: number; group: HotspotGroup; parts: string[]; series: number[]; weeks: number[] };

type Props = {
  rows: HotspotRow[];
  by: readonly HotspotKey[];
  covered: readonly boolean[];
  selected: string | null;
  onSelect(row: HotspotRow): void;
  onDrill(row: HotspotRow): void;
  onStart(row: HotspotRow): void;
};

/** Enter or Space on a focused row (not on a button inside it) selects the row. */
export function rowKeyHandler(select: () => void) {
  return (e: KeyboardEvent<HTMLElement>): void => {
    if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    select();
  };
}

/**
 * The heat table of §9: listed groups in the order §9 gives (hotspots first, then z descending,
 * then key), the z cell shaded by its size, flagged rows tinted; the count opens the tickets, the
 * last column starts a campaign from the row.
 */
export function HeatTable({ rows, by, covered, selected, onSelect, onDrill, onStart }: Props) {
  const t = useT();
  const f = useFormat();
  const mode = useThemeMode();
  const danger = THEME_COLORS[mode].danger;
  const nullTip = (v: number | null, tip: string, text: string) => (v === null ? <Tooltip title={tip}><span>{text}</span></Tooltip> : text);
  const columns: ColumnsType<HotspotRow> = [
    { key: 'flag', title: t('hotspots.col.flag'), width: 72, render: (_, r) => (r.group.hotspot ? <Tag color="red" data-testid="hotspot-flag">{t('hotspots.flag')}</Tag> : null) },
    ...by.map((k, j) => ({
      key: `k${j}`, title: keyLabel(k, t), ellipsis: true,
      render: (_: unknown, r: HotspotRow) => <span data-testid={`hotspot-key-${k}`}>{r.parts[j] === '' ? t('hotspots.blank') : r.parts[j]}</span>,
    })),
    {
      key: 'count', title: t('hotspots.col.count'), width: 96, className: 'hotspot-num',
      render: (_, r) => (
        <Button type="link" size="small" data-testid="hotspot-count" data-count={r.group.count} aria-label={t('hotspots.countTip', { count: r.group.count })}
          onClick={(e) => { e.stopPropagation(); onDrill(r); }}>{f.number(r.group.count)}</Button>
      ),
    },
    { key: 'mean', title: t('hotspots.col.mean'), width: 96, className: 'hotspot-num', render: (_, r) => nullTip(r.group.mean, t('hotspots.null.z'), r.group.mean === null ? '—' : r.group.mean.toFixed(1)) },
    {
      key: 'z', title: t('hotspots.col.z'), width: 80, className: 'hotspot-num',
      render: (_, r) => (
        <span className="hotspot-heat" data-testid="hotspot-z" data-z={r.group.z ?? ''} style={{ background: heatBackground(r.group.z, danger) }}>
          {nullTip(r.group.z, t('hotspots.null.z'), zText(r.group.z))}
        </span>
      ),
    },
    { key: 'mom', title: t('hotspots.col.mom'), width: 88, className: 'hotspot-num', render: (_, r) => <span data-testid="hotspot-mom" data-mom={r.group.mom ?? ''}>{nullTip(r.group.mom, t('hotspots.null.mom'), signedPct(r.group.mom))}</span> },
    { key: 'yoy', title: t('hotspots.col.yoy'), width: 88, className: 'hotspot-num', render: (_, r) => <span data-testid="hotspot-yoy" data-yoy={r.group.yoy ?? ''}>{nullTip(r.group.yoy, t('hotspots.null.yoy'), signedPct(r.group.yoy))}</span> },
    { key: 'trend', title: t('hotspots.col.trend', { n: covered.length }), width: 140, render: (_, r) => <TrendSparkline values={r.series} covered={covered} hot={r.group.hotspot} /> },
    {
      key: 'actions', title: t('hotspots.col.actions'), width: 200,
      render: (_, r) => {
        const s = hotspotSelector(by, r.parts);
        const btn = (
          <Button size="small" data-testid="hotspot-start" disabled={!s.ok} onClick={(e) => { e.stopPropagation(); onStart(r); }}>{t('hotspots.start')}</Button>
        );
        if (!s.ok) return <Tooltip title={t(s.gap === 'unitOnly' ? 'hotspots.start.unitOnly' : 'hotspots.start.blank')}><span>{btn}</span></Tooltip>;
        return s.dropped.length ? <Tooltip title={t('hotspots.start.dropped')}>{btn}</Tooltip> : btn;
      },
    },
  ];
  return (
    <Table<HotspotRow>
      className="hotspot-table" data-testid="hotspot-table" size="small" rowKey="key" columns={columns} dataSource={rows}
      pagination={{ pageSize: 15, showSizeChanger: false, hideOnSinglePage: true }}
      rowClassName={(r) => [r.group.hotspot ? 'hotspot-row-hot' : '', r.key === selected ? 'hotspot-row-selected' : ''].join(' ')}
      onRow={(r) => ({
        tabIndex: 0, 'data-testid': 'hotspot-row', 'data-hotspot': r.group.hotspot ? '1' : '0',
        'aria-selected': r.key === selected, onClick: () => onSelect(r), onKeyDown: rowKeyHandler(() => onSelect(r)),
      }) as HTMLAttributes<HTMLElement>}
    />
  );
}
