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

/** Applies a drill-down another page left for the grid (once), before the grid asks for rows. */
function takeDrillDown(): void {
  const q = useNavStore.getState().takePendingTicketQuery();
  if (q) useTicketsStore.getState().applyDrill(q);
}

/** #/tickets: every ticket in one grid, with filters, search, views, export and the detail drawer. */
export function TicketsPage() {
  // Before the first render of the grid, so its first request already carries the drill-down.
  useState(takeDrillDown);
  const { stats, error } = useStoreStats();
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
        title="工单数据没有加载成功"
        description={`${error}。请重新打开本页；如果仍然失败，请在“设置”中备份后清空数据，再重新导入。`}
      />
    );
  }
  if (!stats) return <Spin style={{ margin: 48 }} description="正在加载工单…"><div /></Spin>;
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
  return (
    <div style={{ padding: 64 }} data-testid="tickets-empty">
      <Empty
        description={
          <Space orientation="vertical">
            <Typography.Text strong>还没有工单</Typography.Text>
            <Typography.Text type="secondary">导入 12345 热线导出的工单文件（CSV 或 Excel），或先载入示范城市数据熟悉功能。</Typography.Text>
          </Space>
        }
      >
        <Space>
          <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('import')}>导入工单</Button>
          <Button icon={<RocketOutlined />} onClick={() => navigate('welcome')}>载入示范数据</Button>
        </Space>
      </Empty>
    </div>
  );
}
