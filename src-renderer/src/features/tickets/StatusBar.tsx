import { Space, Typography } from 'antd';
import { useFormat, useT } from '@renderer/i18n';
import { useTicketsStore } from './tickets-store';

/** Row counts under the grid: matching / all tickets, and the selection. */
export function StatusBar({ total }: { total: number | null }) {
  const t = useT();
  const fmt = useFormat().number;
  const matched = useTicketsStore((s) => s.matched);
  const selected = useTicketsStore((s) => s.selected);
  const filtered = useTicketsStore((s) => s.filters.length > 0 || s.search.trim() !== '');
  return (
    <Space size="large" style={{ padding: '6px 4px', fontSize: 13 }} data-testid="tickets-status">
      <Typography.Text>
        {t(filtered ? 'tickets.status.filtered' : 'tickets.status.total')}
        <b data-testid="status-matched">{matched === null ? '…' : fmt(matched)}</b>{t('tickets.status.rows')}
        {filtered && total !== null && <>{t('tickets.status.ofAll')}<span data-testid="status-total">{fmt(total)}</span>{t('tickets.status.rows')}</>}
      </Typography.Text>
      <Typography.Text type={selected ? undefined : 'secondary'}>{t('tickets.status.selected')}<span data-testid="status-selected">{fmt(selected)}</span>{t('tickets.status.rows')}</Typography.Text>
      <Typography.Text type="secondary">{t('tickets.status.hint')}</Typography.Text>
    </Space>
  );
}
