import { Button, Space, Tag, Tooltip } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useT } from '@renderer/i18n';
import { describeFilter, filterKey } from './query-edit';
import { useTicketsStore } from './tickets-store';

/** The active filters as removable tags; a drill-down shows as one tag with its label. */
export function FilterTags() {
  const t = useT();
  const filters = useTicketsStore((s) => s.filters);
  const drill = useTicketsStore((s) => s.drill);
  const search = useTicketsStore((s) => s.search);
  const removeFilter = useTicketsStore((s) => s.removeFilter);
  const removeDrill = useTicketsStore((s) => s.removeDrill);
  const setSearch = useTicketsStore((s) => s.setSearch);
  const clearFilters = useTicketsStore((s) => s.clearFilters);
  const own = filters.filter((f) => !drill?.filters.includes(f));
  if (!drill && own.length === 0 && !search) return null;
  return (
    <Space size={[4, 4]} wrap data-testid="filter-tags">
      {drill && (
        <Tooltip title={drill.filters.map((f) => describeFilter(f, t)).join(t('tickets.filter.tagSep')) || t('tickets.tags.noConditions')}>
          <Tag color="blue" icon={<LinkOutlined />} closable onClose={removeDrill} data-testid="drill-tag">
            {drill.label}
          </Tag>
        </Tooltip>
      )}
      {own.map((f) => (
        <Tag key={filterKey(f)} closable onClose={() => removeFilter(filterKey(f))}>
          {describeFilter(f, t)}
        </Tag>
      ))}
      {search && (
        <Tag closable onClose={() => setSearch('')}>{t('tickets.tags.search', { text: search })}</Tag>
      )}
      <Button size="small" type="link" onClick={clearFilters}>{t('tickets.tags.clearAll')}</Button>
    </Space>
  );
}
