import { useEffect, useState } from 'react';
import { Alert, Button, Empty, Space, Spin, Typography } from 'antd';
import { ImportOutlined, RocketOutlined } from '@ant-design/icons';
import { useNavStore, navigate } from '@renderer/app/navigation';
import { ColumnChooser } from './ColumnChooser';
import { ExportMenu } from './ExportMenu';
import { FilterTags } from './FilterTags';
import { SavedViews } from './SavedViews';
import { SearchBox } from './SearchBox';
import { StatusBar } from './StatusBar';
import { TicketDrawer } from './TicketDrawer';
import { TicketGrid } from './TicketGrid';
import { useTicketsStore } from './tickets-store';
import { useFillHeight } from './use-fill-height';
import { useStoreStats } from '@renderer/app/use-store-stats';
import { useT } from '@renderer/i18n';

/** Applies a drill-down another page left for the grid (once), before the grid asks for rows. */
function takeDrillDown(): void {
  const q = useNavStore.getState().takePendingTicketQuery();
  if (q) useTicketsStore.getState().applyDrill(q);
}

/** #/tickets: every ticket in one grid, with filters, search, views, export and the detail drawer. */
export function TicketsPage() {
  // Before the first render of the grid, so its first request already carries the drill-down.
  useState(takeDrillDown);
  const t = useT();
  const { stats, error } = useStoreStats({ early: true });
  const [fillRef, height] = useFillHeight<HTMLDivElement>();

  // A drill-down that arrives while the page is open (command palette, a link in the drawer).
  useEffect(() => useNavStore.subscribe((s) => { if (s.pendingTicketQuery) takeDrillDown(); }), []);
  // The drawer and the selection belong to this visit; filters, columns and sort are kept.
  useEffect(() => () => {
    const s = useTicketsStore.getState();
    s.openDrawer(null);
    s.setSelected(0);
  }, []);

  if (error) {
    return (
      <Alert
        style={{ margin: 24 }}
        type="error"
        showIcon
        title={t('tickets.loadFailed')}
        description={t('tickets.loadFailedHint', { error })}
      />
    );
  }
  if (!stats) return <Spin style={{ margin: 48 }} description={t('tickets.loading')}><div /></Spin>;
  if (stats.tickets === 0) return <NoTickets />;

  return (
    <div ref={fillRef} style={{ display: 'flex', flexDirection: 'column', height: height ?? '80vh', padding: 12, gap: 8, boxSizing: 'border-box' }} data-testid="tickets-page">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <SearchBox />
        <SavedViews />
        <div style={{ flex: 1 }} />
        <ColumnChooser />
        <ExportMenu />
      </div>
      <FilterTags />
      <TicketGrid dataVersion={`${stats.tickets}:${stats.events}:${stats.lastImportAt ?? 0}`} />
      <StatusBar total={stats.tickets} />
      <TicketDrawer />
    </div>
  );
}

function NoTickets() {
  const t = useT();
  return (
    <div style={{ padding: 64 }} data-testid="tickets-empty">
      <Empty
        description={
          <Space orientation="vertical">
            <Typography.Text strong>{t('tickets.empty')}</Typography.Text>
            <Typography.Text type="secondary">{t('tickets.emptyHint')}</Typography.Text>
          </Space>
        }
      >
        <Space>
          <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('import')}>{t('tickets.import')}</Button>
          <Button icon={<RocketOutlined />} onClick={() => navigate('welcome')}>{t('tickets.loadDemo')}</Button>
        </Space>
      </Empty>
    </div>
  );
}
