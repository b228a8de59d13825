import { Space, Typography } from 'antd';
import { useTicketsStore } from './tickets-store';

const fmt = (n: number): string => n.toLocaleString('zh-CN');

/** Row counts under the grid: matching / all tickets, and the selection. */
export function StatusBar({ total }: { total: number | null }) {
  const matched = useTicketsStore((s) => s.matched);
  const selected = useTicketsStore((s) => s.selected);
  const filtered = useTicketsStore((s) => s.filters.length > 0 || s.search.trim() !== '');
  return (
    <Space size="large" style={{ padding: '6px 4px', fontSize: 13 }} data-testid="tickets-status">
      <Typography.Text>
        {filtered ? '筛选结果 ' : '共 '}
        <b data-testid="status-matched">{matched === null ? '…' : fmt(matched)}</b> 条
        {filtered && total !== null && <> ／ 全部 <span data-testid="status-total">{fmt(total)}</span> 条</>}
      </Typography.Text>
      <Typography.Text type={selected ? undefined : 'secondary'}>已选 <span data-testid="status-selected">{fmt(selected)}</span> 条</Typography.Text>
      <Typography.Text type="secondary">双击或按 Enter 查看详情 · Shift+点击表头可多列排序</Typography.Text>
    </Space>
  );
}
