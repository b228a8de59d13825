import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HotspotKey } from '@core/hotspots/keys';
import type { WeekBucket } from '@core/hotspots/weeks';
import { useFormat, useT } from '@renderer/i18n';
import { THEME_COLORS, useThemeMode } from '@renderer/theme';
import { shareLevel } from './heat';
import type { HotspotRow } from './HeatTable';
import { rowKeyHandler } from './HeatTable';
import { keyLabel } from './labels';

type Props = {
  rows: HotspotRow[];
  by: readonly HotspotKey[];
  weeks: readonly WeekBucket[];
  selected: string | null;
  onSelect(row: HotspotRow): void;
  onDrillWeek(row: HotspotRow, week: WeekBucket): void;
};

const alpha = (hex: string, a: number): string => {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a.toFixed(3)})`;
};

/**
 * The weekly view: the same groups, one column per ISO week around the month (the weeks before
 * it greyed), each cell shaded by its share of the row's busiest week so a spike inside the month
 * stands out; a cell opens that week's tickets.
 */
export function WeeklyTable({ rows, by, weeks, selected, onSelect, onDrillWeek }: Props) {
  const t = useT();
  const f = useFormat();
  const mode = useThemeMode();
  const hot = THEME_COLORS[mode].danger;
  const columns: ColumnsType<HotspotRow> = [
    { key: 'flag', title: t('hotspots.col.flag'), width: 72, fixed: 'left', render: (_, r) => (r.group.hotspot ? <Tag color="red">{t('hotspots.flag')}</Tag> : null) },
    ...by.map((k, j) => ({
      key: `k${j}`, title: keyLabel(k, t), width: 150, ellipsis: true, fixed: 'left' as const,
      render: (_: unknown, r: HotspotRow) => (r.parts[j] === '' ? t('hotspots.blank') : r.parts[j]),
    })),
    ...weeks.map((w, i) => {
      const range = t('hotspots.week.range', { start: w.start, end: w.end });
      return {
        key: `w${i}`, width: 84,
        title: <Tooltip title={w.daysInMonth === 0 ? `${range}（${t('hotspots.week.before')}）` : range}><span className={w.daysInMonth === 0 ? 'hotspot-week-before' : ''}>{w.week.slice(5)}</span></Tooltip>,
        render: (_: unknown, r: HotspotRow) => {
          const x = r.weeks[i] ?? 0;
          const max = Math.max(...r.weeks);
          const a = shareLevel(x, max) * (w.daysInMonth === 0 ? 0.25 : 0.6);
          return (
            <Tooltip title={t('hotspots.week.cellTip', { range, count: x })}>
              <a className={`hotspot-week-cell${w.daysInMonth === 0 ? ' hotspot-week-before' : ''}`} role="button" tabIndex={0} data-testid="hotspot-week-cell"
                style={{ background: a > 0 ? alpha(hot, a) : undefined }}
                onClick={(e) => { e.stopPropagation(); onDrillWeek(r, w); }}
                onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); onDrillWeek(r, w); } }}>
                {f.number(x)}
              </a>
            </Tooltip>
          );
        },
      };
    }),
  ];
  return (
    <Table<HotspotRow>
      className="hotspot-table" data-testid="hotspot-weekly" size="small" rowKey="key" columns={columns} dataSource={rows}
      scroll={{ x: 'max-content' }} pagination={{ pageSize: 15, showSizeChanger: false, hideOnSinglePage: true }}
      rowClassName={(r) => [r.group.hotspot ? 'hotspot-row-hot' : '', r.key === selected ? 'hotspot-row-selected' : ''].join(' ')}
      onRow={(r) => ({ tabIndex: 0, onClick: () => onSelect(r), onKeyDown: rowKeyHandler(() => onSelect(r)) })}
    />
  );
}
