import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Campaign } from '@core/campaigns/campaign';
import { formatHash } from '@renderer/app/router';
import { useT } from '@renderer/i18n';
import { listCampaigns, openTasks } from './campaign-repo';
import { STATUS_COLOR, statusLabel, typeLabel } from './labels';
import { today } from './use-campaign';

type Row = Campaign & { overdue: number; open: number };

/** Every campaign: status, period, problems, lead unit and overdue tasks; a row opens the campaign. */
export function CampaignList({ onCreate }: { onCreate: () => void }) {
  const t = useT();
  const campaigns = useLiveQuery(listCampaigns, []);
  const open = useLiveQuery(openTasks, []);
  const day = today();
  const rows = useMemo<Row[]>(() => {
    const o = new Map<string, { open: number; overdue: number }>();
    for (const x of open ?? []) {
      const v = o.get(x.campaignId) ?? { open: 0, overdue: 0 };
      v.open++;
      if (day > x.deadline) v.overdue++;
      o.set(x.campaignId, v);
    }
    return (campaigns ?? []).map((c) => ({ ...c, open: o.get(c.id)?.open ?? 0, overdue: o.get(c.id)?.overdue ?? 0 }));
  }, [campaigns, open, day]);

  const href = (id: string): string => formatHash('campaigns', { tab: 'campaigns', id });
  return (
    <div data-testid="campaign-list">
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="campaign-new">{t('cmp.list.new')}</Button>
        <Typography.Text type="secondary">{t('cmp.list.hint')}</Typography.Text>
      </Space>
      <Table<Row>
        rowKey="id" size="middle" dataSource={rows} loading={campaigns === undefined} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('cmp.list.empty')} /> }}
        onRow={(r) => ({ 'data-testid': `campaign-row-${r.id}` } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('cmp.f.id'), dataIndex: 'id', width: 130, render: (id: string) => <a href={href(id)} data-testid="campaign-link">{id}</a> },
          { title: t('cmp.f.theme'), dataIndex: 'theme', render: (v: string, r) => <a href={href(r.id)}>{v}</a> },
          { title: t('cmp.f.type'), dataIndex: 'type', width: 110, render: (v: Campaign['type']) => typeLabel(v, t) },
          { title: t('cmp.f.status'), dataIndex: 'status', width: 90, render: (s: Campaign['status']) => <Tag color={STATUS_COLOR[s]}>{statusLabel(s, t)}</Tag> },
          { title: t('cmp.f.period'), width: 220, render: (_: unknown, r) => t('cmp.period', { from: r.from, to: r.to }) },
          { title: t('cmp.f.problems'), render: (_: unknown, r) => (r.problems.length ? r.problems.map((p) => <div key={p.id}>{p.title}</div>) : <Typography.Text type="secondary">{t('cmp.list.noProblems')}</Typography.Text>) },
          { title: t('cmp.f.leadUnit'), dataIndex: 'leadUnit', width: 160 },
          {
            title: t('cmp.f.overdue'), dataIndex: 'overdue', width: 110, align: 'right',
            render: (n: number, r) => (n > 0 ? <Tag color="red" data-testid="campaign-overdue">{t('cmp.list.overdue', { n })}</Tag> : r.open > 0 ? t('cmp.list.open', { n: r.open }) : '—'),
          },
        ]}
      />
    </div>
  );
}
