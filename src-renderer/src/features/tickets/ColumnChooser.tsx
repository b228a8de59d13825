import { Button, Checkbox, Divider, Popover, Space, Tooltip, Typography } from 'antd';
import { PushpinFilled, PushpinOutlined, TableOutlined } from '@ant-design/icons';
import { useT } from '@renderer/i18n';
import { extraColumn, GRID_COLUMNS, localizedSpec } from './grid-columns';
import { useTicketsStore } from './tickets-store';

/** Which columns the grid shows and which are pinned left. */
export function ColumnChooser() {
  const t = useT();
  const columns = useTicketsStore((s) => s.columns);
  const pinned = useTicketsStore((s) => s.pinned);
  const extraKeys = useTicketsStore((s) => s.extraKeys);
  const setVisible = useTicketsStore((s) => s.setColumnVisible);
  const setPinned = useTicketsStore((s) => s.setPinned);
  const reset = useTicketsStore((s) => s.resetColumns);
  const specs = [...GRID_COLUMNS, ...extraKeys.map(extraColumn)].map((c) => localizedSpec(c, t));
  const content = (
    <div style={{ width: 260, maxHeight: 420, overflowY: 'auto' }} data-testid="column-chooser">
      {specs.map((c, i) => {
        const isPinned = pinned.includes(c.key);
        return (
          <div key={c.key}>
            {i === GRID_COLUMNS.length && <Divider style={{ margin: '6px 0' }}>{t('tickets.columns.extra')}</Divider>}
            <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '2px 0' }}>
              <Checkbox checked={columns.includes(c.key)} disabled={c.key === 'id'} onChange={(e) => setVisible(c.key, e.target.checked)}>
                {c.header}
              </Checkbox>
              <Tooltip title={t(isPinned ? 'tickets.header.unpin' : 'tickets.header.pin')}>
                <Button
                  size="small"
                  type="text"
                  aria-label={t(isPinned ? 'tickets.header.unpinAria' : 'tickets.header.pinAria', { name: c.header })}
                  icon={isPinned ? <PushpinFilled /> : <PushpinOutlined style={{ opacity: 0.5 }} />}
                  onClick={() => setPinned(c.key, !isPinned)}
                />
              </Tooltip>
            </div>
          </div>
        );
      })}
      <Divider style={{ margin: '6px 0' }} />
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('tickets.columns.shown', { count: columns.length })}</Typography.Text>
        <Button size="small" onClick={reset}>{t('tickets.columns.reset')}</Button>
      </Space>
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('tickets.columns.title')} content={content}>
      <Button icon={<TableOutlined />} data-testid="column-chooser-button">{t('tickets.columns.button')}</Button>
    </Popover>
  );
}
