import { useEffect, useState, type MouseEvent } from 'react';
import { Dropdown, Popover } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, FilterFilled, FilterOutlined, MoreOutlined } from '@ant-design/icons';
import type { CustomHeaderProps } from 'ag-grid-react';
import { useT } from '@renderer/i18n';
import { ColumnFilter } from './ColumnFilter';
import type { GridColumnSpec } from './grid-columns';
import { filterOn } from './query-edit';
import { useTicketsStore } from './tickets-store';

export type HeaderCellParams = { spec: GridColumnSpec };

/**
 * Our column header: click sorts (shift-click adds a sort key, as in AG Grid's own header),
 * the funnel opens our filter editor (AG Grid's set filter is Enterprise), the menu pins/hides.
 */
export function HeaderCell(props: CustomHeaderProps & HeaderCellParams) {
  const { column, displayName, spec, progressSort, api } = props;
  const t = useT();
  // Read the sort from the column at render time; the events below only ask for a re-render
  // (sort indexes change on other columns' clicks, after this column's own event).
  const [, setTick] = useState(0);
  const sort = { dir: column.getSort(), index: column.getSortIndex() };
  const [open, setOpen] = useState(false);
  const filter = useTicketsStore((s) => filterOn(s.filters, spec.key));
  const pinned = useTicketsStore((s) => s.pinned.includes(spec.key));
  const setFilter = useTicketsStore((s) => s.setFilter);
  const removeFilter = useTicketsStore((s) => s.removeFilter);
  const setPinned = useTicketsStore((s) => s.setPinned);
  const setVisible = useTicketsStore((s) => s.setColumnVisible);

  useEffect(() => {
    const update = () => setTick((t) => t + 1);
    column.addEventListener('sortChanged', update);
    api.addEventListener('sortChanged', update);
    return () => {
      column.removeEventListener('sortChanged', update);
      if (!api.isDestroyed()) api.removeEventListener('sortChanged', update);
    };
  }, [column, api]);

  const onSortClick = (e: MouseEvent) => progressSort(e.shiftKey);
  const stop = (e: MouseEvent) => e.stopPropagation();

  return (
    <div className="duban-grid-header" style={{ display: 'flex', alignItems: 'center', width: '100%', gap: 4, minWidth: 0 }}>
      <span
        role="button"
        title={t('tickets.header.sortHint')}
        onClick={onSortClick}
        style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', cursor: 'pointer' }}
        data-testid={`header-${spec.key}`}
      >
        {displayName}
        {sort.dir === 'asc' && <ArrowUpOutlined style={{ marginLeft: 4, fontSize: 11 }} aria-label={t('tickets.header.asc')} />}
        {sort.dir === 'desc' && <ArrowDownOutlined style={{ marginLeft: 4, fontSize: 11 }} aria-label={t('tickets.header.desc')} />}
        {sort.dir && sort.index != null && (sort.index > 0 || multiSorted(api)) && <sup style={{ marginLeft: 1 }}>{sort.index + 1}</sup>}
      </span>
      {spec.filter && (
        <Popover
          trigger="click"
          open={open}
          onOpenChange={setOpen}
          placement="bottomLeft"
          destroyOnHidden
          title={t('tickets.header.filterTitle', { name: spec.header })}
          content={
            <ColumnFilter
              spec={spec}
              current={filter}
              onApply={(f) => { setFilter(f); setOpen(false); }}
              onClear={() => { removeFilter(spec.key); setOpen(false); }}
            />
          }
        >
          <span role="button" aria-label={t('tickets.header.filterAria', { name: spec.header })} onClick={stop} style={{ cursor: 'pointer', padding: '0 2px' }} data-testid={`filter-${spec.key}`}>
            {filter ? <FilterFilled style={{ color: 'var(--ag-accent-color, #1f5fbf)' }} /> : <FilterOutlined style={{ opacity: 0.55 }} />}
          </span>
        </Popover>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'pin', label: t(pinned ? 'tickets.header.unpin' : 'tickets.header.pin') },
            { key: 'hide', label: t('tickets.header.hide'), disabled: spec.key === 'id' },
          ],
          onClick: ({ key, domEvent }) => {
            domEvent.stopPropagation();
            if (key === 'pin') setPinned(spec.key, !pinned);
            if (key === 'hide') setVisible(spec.key, false);
          },
        }}
      >
        <span role="button" aria-label={t('tickets.header.menuAria', { name: spec.header })} onClick={stop} style={{ cursor: 'pointer', opacity: 0.55 }}>
          <MoreOutlined />
        </span>
      </Dropdown>
    </div>
  );
}

/** True when more than one column is sorted (then each header shows its sort position). */
function multiSorted(api: CustomHeaderProps['api']): boolean {
  return api.getColumnState().filter((c) => c.sort).length > 1;
}
